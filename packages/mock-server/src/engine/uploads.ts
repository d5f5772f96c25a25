// The File Upload API stand-in: the three upload operations (role `upload`: base64, multipart
// stream, URL), the in-memory store of uploaded files, and serving them at
// `/files/<uploadPath>/<fileName>` on the upload host until they expire.

import { request as httpRequest } from "node:http"
import { request as httpsRequest } from "node:https"
import { type Reply, safeDecode, text, uploadError } from "../internal/http"
import type { SpecOperation } from "../spec"
import type { ParsedBody } from "./body"
import { type EngineContext, obj } from "./context"
import { LOOPBACK } from "./files"

const EXTENSION_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  jfif: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  svg: "image/svg+xml",
  wav: "audio/wav",
  mp3: "audio/mpeg",
  mp4: "video/mp4",
  mov: "video/quicktime",
  pdf: "application/pdf",
  txt: "text/plain",
  json: "application/json",
}

interface StoredUpload {
  readonly data: Buffer
  readonly mimeType: string
  readonly uploadedAt: number
  readonly expiresAt: number
}

export class Uploads {
  private readonly files = new Map<string, StoredUpload>()

  constructor(private readonly ctx: EngineContext) {}

  /** Answers a GET/HEAD of an uploaded file; undefined for any other path. */
  serve(path: string): Reply | undefined {
    if (!path.startsWith("/files/")) return undefined
    const stored = this.files.get(safeDecode(path.slice("/files/".length)))
    if (stored === undefined) return text(404, "Not Found")
    if (this.ctx.now() >= stored.expiresAt) {
      return text(410, "Gone: uploaded files are deleted after 3 days")
    }
    return { status: 200, raw: stored.data, contentType: stored.mimeType }
  }

  /** An upload operation; the key is authenticated. */
  async upload(op: SpecOperation, parsed: ParsedBody): Promise<Reply> {
    if (parsed.invalid === true) {
      return uploadError(
        400,
        op.bodyType === "multipart/form-data"
          ? "Invalid multipart/form-data body"
          : "Invalid JSON body",
      )
    }
    const invalid = this.ctx.spec.validateBody(op, parsed.value)
    if (invalid !== undefined) {
      const missing = /^(\S+) is required$/.exec(invalid)
      return uploadError(
        400,
        missing !== null ? `Missing required parameter: ${missing[1]}` : invalid,
      )
    }
    const fields = obj(parsed.value)
    const uploadPath = String(fields.uploadPath)
    const fileName = typeof fields.fileName === "string" ? fields.fileName : undefined
    switch (op.operationId) {
      case "uploadFileBase64": {
        const decoded = decodeBase64(String(fields.base64Data))
        if (decoded === undefined) {
          return uploadError(400, "Base64 decoding failed: Invalid Base64 format")
        }
        return this.store(uploadPath, fileName, decoded.data, decoded.mimeType)
      }
      case "uploadFileStream": {
        const file = parsed.multipart?.file
        if (file === undefined) return uploadError(400, "Missing required parameter: file")
        const contentType =
          file.contentType !== undefined && file.contentType !== "application/octet-stream"
            ? file.contentType
            : undefined
        return this.store(uploadPath, fileName ?? file.filename, file.data, contentType)
      }
      case "uploadFileUrl": {
        const fileUrl = String(fields.fileUrl)
        const fetched = await fetchLocal(fileUrl)
        if ("error" in fetched) return uploadError(400, `File download failed: ${fetched.error}`)
        const lastSegment = new URL(fileUrl).pathname.split("/").pop() ?? ""
        const urlName = /\.[A-Za-z0-9]+$/.test(lastSegment) ? safeDecode(lastSegment) : undefined
        return this.store(uploadPath, fileName ?? urlName, fetched.data, fetched.contentType)
      }
      default:
        return uploadError(500, `${op.operationId} is not implemented by the mock server`)
    }
  }

  reset(): void {
    this.files.clear()
  }

  private store(
    uploadPath: string,
    fileName: string | undefined,
    data: Buffer,
    mimeType: string | undefined,
  ): Reply {
    const now = this.ctx.now()
    const type = mimeType ?? guessMimeType(fileName, data)
    const name = fileName ?? `${this.ctx.ids.hex(8)}.${extensionFor(type)}`
    const filePath = `${uploadPath}/${name}`
    this.files.set(filePath, {
      data,
      mimeType: type,
      uploadedAt: now,
      expiresAt: now + this.ctx.config.uploadTtlMs,
    })
    const downloadUrl = `${this.ctx.uploadUrl}/files/${filePath.split("/").map(encodeURIComponent).join("/")}`
    return {
      status: 200,
      json: {
        success: true,
        code: 200,
        msg: "File uploaded successfully",
        data: {
          fileName: name,
          filePath,
          downloadUrl,
          fileSize: data.length,
          mimeType: type,
          uploadedAt: new Date(now).toISOString(),
        },
      },
    }
  }
}

/** URL upload: fetches only from the mock's own URLs or loopback addresses. */
function fetchLocal(
  fileUrl: string,
): Promise<{ data: Buffer; contentType?: string } | { error: string }> {
  const url = new URL(fileUrl)
  if (!LOOPBACK.has(url.hostname)) {
    return Promise.resolve({
      error: `the mock server only fetches from its own URLs or 127.0.0.1, not ${url.hostname}`,
    })
  }
  return new Promise((resolve) => {
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(
      url,
      { method: "GET", agent: false, timeout: 30_000 },
      (response) => {
        const chunks: Buffer[] = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("error", (error) => resolve({ error: error.message }))
        response.on("end", () => {
          const status = response.statusCode ?? 0
          if (status < 200 || status >= 300) {
            resolve({ error: `HTTP ${status} from ${fileUrl}` })
            return
          }
          const type = response.headers["content-type"]?.split(";")[0]?.trim()
          resolve({
            data: Buffer.concat(chunks),
            ...(type !== undefined && type !== "application/octet-stream"
              ? { contentType: type }
              : {}),
          })
        })
      },
    )
    request.on("timeout", () => request.destroy(new Error("timed out after 30 s")))
    request.on("error", (error) => resolve({ error: error.message }))
    request.end()
  })
}

function decodeBase64(input: string): { data: Buffer; mimeType?: string } | undefined {
  let payload = input.trim()
  let mimeType: string | undefined
  const dataUrl = /^data:([^;,]*)(?:;[^,]*)?;base64,/i.exec(payload)
  if (dataUrl !== null) {
    mimeType = dataUrl[1] !== "" ? dataUrl[1] : undefined
    payload = payload.slice(dataUrl[0].length)
  } else if (payload.startsWith("data:")) {
    return undefined
  }
  const compact = payload.replace(/\s+/g, "")
  if (compact === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) {
    return undefined
  }
  const data = Buffer.from(compact, "base64")
  if (data.length === 0) return undefined
  return { data, ...(mimeType !== undefined ? { mimeType } : {}) }
}

function guessMimeType(fileName: string | undefined, data: Buffer): string {
  const ext = fileName?.split(".").pop()?.toLowerCase()
  if (ext !== undefined && EXTENSION_TYPES[ext] !== undefined) return EXTENSION_TYPES[ext]
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return "image/png"
  }
  if (data[0] === 0xff && data[1] === 0xd8) return "image/jpeg"
  if (data.subarray(0, 4).toString("latin1") === "GIF8") return "image/gif"
  if (data.subarray(8, 12).toString("latin1") === "WEBP") return "image/webp"
  if (data.subarray(8, 12).toString("latin1") === "WAVE") return "audio/wav"
  if (data.subarray(4, 8).toString("latin1") === "ftyp") return "video/mp4"
  if (data.subarray(0, 4).toString("latin1") === "%PDF") return "application/pdf"
  return "application/octet-stream"
}

function extensionFor(mimeType: string): string {
  for (const [ext, type] of Object.entries(EXTENSION_TYPES)) if (type === mimeType) return ext
  return "bin"
}
