// Request bodies: the JSON or multipart body of an operation, parsed for the handlers and
// summarised for `mock.requests` (a multipart file is recorded by name, type and size only).

import { multipartBoundary, parseMultipart } from "../internal/multipart"
import type { SpecOperation } from "../spec"

export interface MultipartBody {
  readonly fields: Record<string, string>
  readonly file?: { data: Buffer; filename?: string; contentType?: string }
}

export interface ParsedBody {
  /** What the spec validates: the JSON value, or the multipart fields (`file: "<binary>"`). */
  readonly value?: unknown
  /** What `mock.requests` records (and a scripted-response function receives). */
  readonly recorded?: unknown
  /** The body could not be parsed (not JSON, or not multipart). */
  readonly invalid?: boolean
  readonly multipart?: MultipartBody
}

/** Parses the body of an operation by its media type; `{}` when it takes none. */
export function parseBody(
  op: SpecOperation,
  contentType: string | undefined,
  raw: Buffer,
): ParsedBody {
  if (op.bodyType === undefined) return {}
  if (op.bodyType === "multipart/form-data") {
    const boundary = multipartBoundary(contentType)
    const parts = boundary === undefined ? undefined : parseMultipart(raw, boundary)
    if (parts === undefined) return { invalid: true, recorded: `<${raw.length} bytes>` }
    const fields: Record<string, string> = {}
    let file: MultipartBody["file"]
    for (const part of parts) {
      if (part.name === "file" && file === undefined) {
        file = {
          data: part.data,
          ...(part.filename !== undefined ? { filename: part.filename } : {}),
          ...(part.contentType !== undefined ? { contentType: part.contentType } : {}),
        }
      } else if (part.filename === undefined) {
        fields[part.name] = part.data.toString("utf8")
      }
    }
    const multipart: MultipartBody = { fields, ...(file !== undefined ? { file } : {}) }
    return {
      multipart,
      value: { ...fields, ...(file !== undefined ? { file: "<binary>" } : {}) },
      recorded: {
        fields,
        ...(file !== undefined
          ? {
              file: {
                ...(file.filename !== undefined ? { filename: file.filename } : {}),
                ...(file.contentType !== undefined ? { contentType: file.contentType } : {}),
                size: file.data.length,
              },
            }
          : {}),
      },
    }
  }
  const textBody = raw.toString("utf8")
  try {
    const value: unknown = JSON.parse(textBody)
    return { value, recorded: value }
  } catch {
    return { invalid: true, recorded: textBody }
  }
}
