// The HTTP plumbing under the engine: reading request bodies and the bearer token, the `Reply`
// value every handler returns and `send`, which writes one (with CORS headers), the reply
// shapes of the two hosts (envelope/httpError on the API host, uploadError on the upload host),
// and starting/stopping a listener.

import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

/** What a handler answers; `send` writes it. `json` wins over `raw`. */
export interface Reply {
  readonly status: number
  readonly json?: unknown
  readonly raw?: Buffer
  readonly contentType?: string
  readonly headers?: OutgoingHttpHeaders
}

/** The messages the mock answers with (KIE's own wording where its docs give one). */
export const MESSAGES = {
  noAccess: "You do not have access permissions",
  credits: "The current credits are insufficient. Please top up.",
  notFound: "Task not found",
  serverError: "Server Error - An unexpected error occurred while processing the request",
  maintenance: "The service is under maintenance, please try again later.",
  formatError: "Format Error: the request body is not valid JSON",
  invalidJson: "The request body is not valid JSON",
  uploadAuth: "Authentication failed: Invalid API Key",
  uploadServerError: "Internal server error",
} as const

/** An API-host answer: HTTP 200 with `{code, msg, data}`. */
export function envelope(code: number, msg: string, data: unknown = null): Reply {
  return { status: 200, json: { code, msg, data } }
}

/** An API-host answer with a real HTTP error status (429, 500, 404/405). */
export function httpError(
  status: number,
  code: number,
  msg: string,
  headers?: OutgoingHttpHeaders,
): Reply {
  return { status, json: { code, msg, data: null }, ...(headers !== undefined ? { headers } : {}) }
}

/** An upload-host failure: `{success: false, code, msg}`, the code doubling as HTTP status. */
export function uploadError(status: number, msg: string, code = status): Reply {
  return { status, json: { success: false, code, msg } }
}

/** A plain-text answer (file downloads). */
export function text(status: number, body: string): Reply {
  return { status, raw: Buffer.from(body), contentType: "text/plain; charset=utf-8" }
}

/** The host-appropriate HTTP 500 (5xx fault, or an error inside the mock). */
export function serverError(host: "api" | "upload"): Reply {
  return host === "upload"
    ? uploadError(500, MESSAGES.uploadServerError)
    : httpError(500, 500, MESSAGES.serverError)
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => resolve(Buffer.concat(chunks)))
    req.on("error", reject)
  })
}

/** The token of an `Authorization: Bearer <token>` header, exactly as sent. */
export function bearer(header: string | undefined): string | undefined {
  if (header === undefined) return undefined
  const match = /^\s*Bearer\s+(.*?)\s*$/i.exec(header)
  return match === null ? undefined : match[1]
}

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Expose-Headers": "Retry-After",
}

/**
 * Writes a reply. `malformed` truncates a JSON body to its first half (the "malformed" fault).
 * The reply's own headers override the defaults, whatever their case.
 */
export function send(res: ServerResponse, method: string, reply: Reply, malformed = false): void {
  if (res.destroyed) return
  let body: Buffer
  let contentType = reply.contentType
  if (reply.json !== undefined) {
    const textBody = JSON.stringify(reply.json)
    body = Buffer.from(
      malformed ? textBody.slice(0, Math.max(1, Math.floor(textBody.length / 2))) : textBody,
    )
    contentType = "application/json; charset=utf-8"
  } else {
    body = reply.raw ?? Buffer.alloc(0)
  }
  // 204 and 304 answers never carry a body.
  if (reply.status === 204 || reply.status === 304) body = Buffer.alloc(0)
  const headers: OutgoingHttpHeaders = {
    ...CORS_HEADERS,
    ...(contentType !== undefined ? { "Content-Type": contentType } : {}),
    "Content-Length": body.length,
  }
  for (const [name, value] of Object.entries(reply.headers ?? {})) {
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === name.toLowerCase()) delete headers[key]
    }
    headers[name] = value
  }
  res.writeHead(reply.status, headers)
  res.end(method === "HEAD" ? undefined : body)
}

/** The host part of a base URL for an interface (`0.0.0.0` → `127.0.0.1`, IPv6 bracketed). */
export function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "") return "127.0.0.1"
  if (host === "::") return "[::1]"
  return host.includes(":") ? `[${host}]` : host
}

/** Starts listening; resolves with the port actually bound. */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      server.off("error", reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

/** Stops listening and drops every open connection. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}
