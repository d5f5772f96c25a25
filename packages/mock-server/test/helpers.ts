import { createServer, request, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach } from "vitest"
import { type MockServer, type MockServerOptions, startMockServer } from "../src/index"

/** A controllable clock: task state is derived from it. */
export function clock(start = Date.UTC(2025, 0, 15, 10, 0, 0)) {
  let now = start
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms
    },
    set: (ms: number) => {
      now = ms
    },
  }
}

const open: MockServer[] = []

afterEach(async () => {
  await Promise.all(open.splice(0).map((mock) => mock.close()))
})

/** Starts a mock closed automatically after the test. */
export async function start(options: MockServerOptions = {}): Promise<MockServer> {
  const mock = await startMockServer(options)
  open.push(mock)
  return mock
}

export interface Json {
  readonly status: number
  readonly headers: Headers
  // biome-ignore lint/suspicious/noExplicitAny: test payloads are inspected freely
  readonly body: any
}

export function client(base: string, apiKey: string | null = "test-key") {
  const headers = (extra: Record<string, string> = {}) => ({
    ...(apiKey !== null ? { authorization: `Bearer ${apiKey}` } : {}),
    ...extra,
  })
  const parse = async (response: Response): Promise<Json> => {
    const text = await response.text()
    return { status: response.status, headers: response.headers, body: JSON.parse(text) }
  }
  return {
    get: async (path: string, query: Record<string, string> = {}) => {
      const qs = new URLSearchParams(query).toString()
      return parse(
        await fetch(`${base}${path}${qs === "" ? "" : `?${qs}`}`, { headers: headers() }),
      )
    },
    post: async (path: string, body: unknown) =>
      parse(
        await fetch(`${base}${path}`, {
          method: "POST",
          headers: headers({ "content-type": "application/json" }),
          body: typeof body === "string" ? body : JSON.stringify(body),
        }),
      ),
    postRaw: (path: string, body: BodyInit, contentType?: string) =>
      fetch(`${base}${path}`, {
        method: "POST",
        headers: headers(contentType !== undefined ? { "content-type": contentType } : {}),
        body,
      }),
  }
}

export const PATHS = {
  fluxGenerate: "/api/v1/flux/kontext/generate",
  fluxRecord: "/api/v1/flux/kontext/record-info",
  gptGenerate: "/api/v1/gpt4o-image/generate",
  gptRecord: "/api/v1/gpt4o-image/record-info",
  gptDownload: "/api/v1/gpt4o-image/download-url",
  marketCreate: "/api/v1/jobs/createTask",
  marketRecord: "/api/v1/jobs/recordInfo",
  credits: "/api/v1/chat/credit",
  download: "/api/v1/common/download-url",
  uploadBase64: "/api/file-base64-upload",
  uploadStream: "/api/file-stream-upload",
  uploadUrl: "/api/file-url-upload",
} as const

/**
 * A raw HTTP request with node:http that reports a socket error instead of throwing, so
 * connection-reset faults can be asserted precisely.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string } | { error: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    const req = request(
      url,
      { method: options.method ?? "GET", headers: options.headers ?? {}, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        )
        res.on("error", (error) => resolve({ error }))
      },
    )
    req.on("error", (error) => resolve({ error }))
    req.end(options.body)
  })
}

/** Fetches a URL and returns status, content type and bytes. */
export async function download(url: string) {
  const response = await fetch(url)
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    bytes: Buffer.from(await response.arrayBuffer()),
  }
}

export interface Received {
  readonly headers: Record<string, string | string[] | undefined>
  // biome-ignore lint/suspicious/noExplicitAny: callback payloads are inspected freely
  readonly body: any
}

/**
 * A callback receiver on 127.0.0.1:0 that answers with the scripted statuses in turn (the last
 * one repeats) and records every delivery.
 */
export async function receiver(statuses: readonly number[] = [200]) {
  const received: Received[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      received.push({
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
      })
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify({ code: 200, msg: "success" }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  receivers.push(server)
  return { url: `http://127.0.0.1:${port}/hook`, received, port }
}

const receivers: Server[] = []

afterEach(async () => {
  await Promise.all(
    receivers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        }),
    ),
  )
})
