export interface MultipartPart {
  readonly name: string
  readonly filename?: string
  readonly contentType?: string
  readonly data: Buffer
}

/** The boundary parameter of a `multipart/form-data` Content-Type, if any. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (contentType === undefined || !/^multipart\/form-data\b/i.test(contentType)) return undefined
  const match = /;\s*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  const boundary = match?.[1] ?? match?.[2]
  return boundary?.trim() || undefined
}

function headerParam(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, "i").exec(header)
  if (match === null) return undefined
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, "$1") : match[2]?.trim()
}

/**
 * Parses a `multipart/form-data` body (RFC 7578). Returns undefined when the body is not a
 * well-formed multipart message for this boundary.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] | undefined {
  const delimiter = Buffer.from(`--${boundary}`)
  const parts: MultipartPart[] = []
  let position = body.indexOf(delimiter)
  if (position === -1) return undefined
  for (;;) {
    position += delimiter.length
    // "--" after a delimiter closes the message.
    if (body[position] === 0x2d && body[position + 1] === 0x2d) return parts
    // Skip transport padding and the CRLF that ends the delimiter line.
    while (body[position] === 0x20 || body[position] === 0x09) position++
    if (body[position] === 0x0d && body[position + 1] === 0x0a) position += 2
    else return undefined
    const headerEnd = body.indexOf("\r\n\r\n", position)
    if (headerEnd === -1) return undefined
    const headers = new Map<string, string>()
    for (const line of body.subarray(position, headerEnd).toString("utf8").split("\r\n")) {
      const colon = line.indexOf(":")
      if (colon > 0)
        headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
    }
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), headerEnd + 4)
    if (next === -1) return undefined
    const disposition = headers.get("content-disposition") ?? ""
    const name = headerParam(disposition, "name")
    if (name !== undefined) {
      const filename = headerParam(disposition, "filename")
      const contentType = headers.get("content-type")
      parts.push({
        name,
        ...(filename !== undefined ? { filename } : {}),
        ...(contentType !== undefined ? { contentType } : {}),
        data: body.subarray(headerEnd + 4, next),
      })
    }
    position = next + 2
  }
}
