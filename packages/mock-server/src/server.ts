import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http"
import { request as httpsRequest } from "node:https"
import type { AddressInfo } from "node:net"
import { performance } from "node:perf_hooks"
import {
  type FamilyTtls,
  fluxCallback,
  fluxRecord,
  gpt4oCallback,
  gpt4oRecord,
  marketCallback,
  marketRecord,
  planFluxKontext,
  planGpt4oImage,
  planMarket,
  type TaskApi,
  type TaskOutput,
  type TaskPlan,
  type TaskView,
  taskStatus,
} from "./families"
import { multipartBoundary, parseMultipart } from "./internal/multipart"
import { Random, streamSeed } from "./internal/random"
import { signWebhook } from "./internal/webhook"
import { renderImage } from "./media/image"
import { renderMp4 } from "./media/mp4"
import { renderWav } from "./media/wav"
import {
  type CallbackDelivery,
  FAULT_KINDS,
  type FaultKind,
  type InjectFaultOptions,
  type MockServer,
  type MockServerOptions,
  type MockTask,
  type OperationId,
  type RecordedRequest,
} from "./options"
import { bundledSpec, type Host, type Spec, type SpecOperation } from "./spec"

const DAY = 24 * 60 * 60_000
export const DEFAULT_SEED = 0x4b1e

export const DEFAULTS = {
  host: "127.0.0.1",
  credits: 1000,
  taskDurationMs: 1500,
  resultUrlTtlMs: { fluxKontext: 14 * DAY, gpt4oImage: 14 * DAY, market: DAY },
  downloadUrlTtlMs: 20 * 60_000,
  uploadTtlMs: 3 * DAY,
  retentionMs: 14 * DAY,
  rateLimit: {
    creates: 20,
    perMs: 10_000,
    gpt4oQueriesPerSecond: 3,
    marketQueriesPerSecond: false,
  },
  faults: { rate: 0, slowMs: 2000 },
  callbackRetryDelaysMs: [1000, 5000, 15000],
  callbackTimeoutMs: 15_000,
} as const

const MESSAGES = {
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

const CREATE_OPERATIONS: Partial<Record<string, TaskApi>> = {
  fluxKontextGenerate: "flux-kontext",
  gpt4oImageGenerate: "gpt4o-image",
  marketCreateTask: "market",
}

const RECORD_OPERATIONS: Partial<Record<string, TaskApi>> = {
  fluxKontextRecordInfo: "flux-kontext",
  gpt4oImageRecordInfo: "gpt4o-image",
  marketRecordInfo: "market",
}

const CONTENT_TYPES: Record<TaskOutput["format"], string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  wav: "audio/wav",
  mp4: "video/mp4",
}

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

interface InternalTask extends TaskView {
  readonly apiKey: string
  readonly durationMs: number
  readonly callBackUrl?: string
  readonly outputs: readonly TaskOutput[]
  refunded: boolean
  callback: "none" | "scheduled" | "delivering" | "done"
}

interface StoredUpload {
  readonly data: Buffer
  readonly mimeType: string
  readonly uploadedAt: number
  readonly expiresAt: number
}

interface DownloadToken {
  readonly taskId: string
  readonly name: string
  readonly expiresAt: number
}

interface Reply {
  readonly status: number
  readonly json?: unknown
  readonly raw?: Buffer
  readonly contentType?: string
  readonly headers?: OutgoingHttpHeaders
}

interface ForcedFault {
  readonly kind: FaultKind
  readonly operationId?: string
  remaining: number
}

interface ForcedError {
  readonly code: number
  readonly operationId?: string
  remaining: number
}

/** The messages KIE documents for the codes tests most often force with `injectError`. */
const INJECTED_ERROR_MESSAGES: Readonly<Record<number, string>> = {
  401: "You do not have access permissions",
  402: "Credits insufficient",
  404: "Not found",
  408: "Upstream has not returned a result for more than 10 minutes",
  422: "Validation error",
  429: "Rate limit exceeded",
  433: "Sub-key usage exceeds the configured limit",
  455: "Service unavailable: system maintenance",
  500: "Server error",
  501: "Generation failed",
  505: "The feature is disabled",
  550: "Connection denied: the task was rejected because the queue is full",
}

interface Config {
  readonly host: string
  readonly apiKeys?: ReadonlySet<string>
  readonly credits: number
  readonly taskDurationMs: number
  readonly ttls: FamilyTtls
  readonly downloadUrlTtlMs: number
  readonly uploadTtlMs: number
  readonly retentionMs: number
  readonly webhookSecret?: string
  readonly rateLimit:
    | false
    | {
        creates: number
        perMs: number
        gpt4oQueriesPerSecond: number | false
        marketQueriesPerSecond: number | false
      }
  readonly faultRate: number
  readonly faultKinds: readonly FaultKind[]
  readonly slowMs: number
  readonly seed: number
  readonly now: () => number
  readonly log?: (line: string) => void
  readonly callbackRetryDelaysMs: readonly number[]
  readonly callbackTimeoutMs: number
}

function resolveConfig(options: MockServerOptions): Config {
  const ttl = options.resultUrlTtlMs
  const ttls: FamilyTtls =
    typeof ttl === "number"
      ? { "flux-kontext": ttl, "gpt4o-image": ttl, market: ttl }
      : {
          "flux-kontext": ttl?.fluxKontext ?? DEFAULTS.resultUrlTtlMs.fluxKontext,
          "gpt4o-image": ttl?.gpt4oImage ?? DEFAULTS.resultUrlTtlMs.gpt4oImage,
          market: ttl?.market ?? DEFAULTS.resultUrlTtlMs.market,
        }
  const rate = options.rateLimit
  const kinds = options.faults?.kinds ?? FAULT_KINDS
  for (const kind of kinds) {
    if (!FAULT_KINDS.includes(kind)) throw new TypeError(`Unknown fault kind: ${String(kind)}`)
  }
  const faultRate = options.faults?.rate ?? DEFAULTS.faults.rate
  if (!(faultRate >= 0 && faultRate <= 1))
    throw new RangeError("faults.rate must be between 0 and 1")
  const logger = options.logger
  return {
    host: options.host ?? DEFAULTS.host,
    ...(options.apiKeys !== undefined ? { apiKeys: new Set(options.apiKeys) } : {}),
    credits: options.credits ?? DEFAULTS.credits,
    taskDurationMs: Math.max(0, options.taskDurationMs ?? DEFAULTS.taskDurationMs),
    ttls,
    downloadUrlTtlMs: options.downloadUrlTtlMs ?? DEFAULTS.downloadUrlTtlMs,
    uploadTtlMs: options.uploadTtlMs ?? DEFAULTS.uploadTtlMs,
    retentionMs: options.retentionMs ?? DEFAULTS.retentionMs,
    ...(options.webhookSecret !== undefined ? { webhookSecret: options.webhookSecret } : {}),
    rateLimit:
      rate === false
        ? false
        : {
            creates: rate?.creates ?? DEFAULTS.rateLimit.creates,
            perMs: rate?.perMs ?? DEFAULTS.rateLimit.perMs,
            gpt4oQueriesPerSecond:
              rate?.gpt4oQueriesPerSecond ?? DEFAULTS.rateLimit.gpt4oQueriesPerSecond,
            marketQueriesPerSecond:
              rate?.marketQueriesPerSecond ?? DEFAULTS.rateLimit.marketQueriesPerSecond,
          },
    faultRate,
    faultKinds: kinds,
    slowMs: options.faults?.slowMs ?? DEFAULTS.faults.slowMs,
    seed: options.seed ?? DEFAULT_SEED,
    now: options.now ?? Date.now,
    ...(typeof logger === "function" ? { log: logger } : {}),
    callbackRetryDelaysMs: options.callbackRetryDelaysMs ?? DEFAULTS.callbackRetryDelaysMs,
    callbackTimeoutMs: options.callbackTimeoutMs ?? DEFAULTS.callbackTimeoutMs,
  }
}

function bearer(header: string | undefined): string | undefined {
  if (header === undefined) return undefined
  const match = /^\s*Bearer\s+(.*?)\s*$/i.exec(header)
  return match === null ? undefined : match[1]
}

function obj(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function envelope(code: number, msg: string, data: unknown = null): Reply {
  return { status: 200, json: { code, msg, data } }
}

function httpError(
  status: number,
  code: number,
  msg: string,
  headers?: OutgoingHttpHeaders,
): Reply {
  return { status, json: { code, msg, data: null }, ...(headers !== undefined ? { headers } : {}) }
}

function uploadError(status: number, msg: string, code = status): Reply {
  return { status, json: { success: false, code, msg } }
}

function text(status: number, body: string): Reply {
  return { status, raw: Buffer.from(body), contentType: "text/plain; charset=utf-8" }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => resolve(Buffer.concat(chunks)))
    req.on("error", reject)
  })
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "") return "127.0.0.1"
  if (host === "::") return "[::1]"
  return host.includes(":") ? `[${host}]` : host
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      server.off("error", reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"])

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

/**
 * The engine behind both listeners: routing by the spec, auth, validation, tasks, files,
 * callbacks, limits and faults. Task state is never stored: it is derived from `now()`.
 */
class MockEngine {
  readonly requests: RecordedRequest[] = []
  readonly callbacks: CallbackDelivery[] = []
  private readonly taskList: InternalTask[] = []
  private readonly taskIndex = new Map<string, InternalTask>()
  private readonly balances = new Map<string, number>()
  private readonly createWindows = new Map<string, number[]>()
  private readonly queryWindows = new Map<string, number[]>()
  private readonly forcedFaults: ForcedFault[] = []
  private readonly forcedErrors: ForcedError[] = []
  private readonly uploads = new Map<string, StoredUpload>()
  private readonly downloadTokens = new Map<string, DownloadToken>()
  private readonly rendered = new Map<string, Buffer>()
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()
  private readonly sleeps = new Set<ReturnType<typeof setTimeout>>()
  private readonly inflight = new Set<Promise<void>>()
  private faultRandom: Random
  private idRandom: Random
  private generation = 0
  apiUrl = ""
  uploadUrl = ""

  constructor(
    private readonly config: Config,
    private readonly spec: Spec,
  ) {
    this.faultRandom = new Random(streamSeed(config.seed, "faults"))
    this.idRandom = new Random(streamSeed(config.seed, "ids"))
  }

  private now(): number {
    return this.config.now()
  }

  // ---------------------------------------------------------------- inspection

  tasks(apiKey?: string): MockTask[] {
    const now = this.now()
    return this.taskList
      .filter((task) => apiKey === undefined || task.apiKey === apiKey)
      .map((task) => ({
        api: task.api,
        taskId: task.taskId,
        apiKey: task.apiKey,
        model: task.model,
        request: task.request,
        createdAt: task.createdAt,
        durationMs: task.durationMs,
        completesAt: task.completesAt,
        ...(task.callBackUrl !== undefined ? { callBackUrl: task.callBackUrl } : {}),
        cost: task.cost,
        status: taskStatus(task, now),
        resultUrls: this.resultUrls(task),
        ...(task.failure !== undefined
          ? { failure: { code: task.failure.code, message: task.failure.message } }
          : {}),
      }))
  }

  credits(apiKey: string): number {
    this.applyRefunds(apiKey)
    return this.balances.get(apiKey) ?? this.config.credits
  }

  setCredits(apiKey: string, credits: number): void {
    this.applyRefunds(apiKey)
    this.balances.set(apiKey, credits)
  }

  injectFault(kind: FaultKind, options: InjectFaultOptions = {}): void {
    if (!FAULT_KINDS.includes(kind)) throw new TypeError(`Unknown fault kind: ${String(kind)}`)
    const times = options.times ?? 1
    if (!(Number.isInteger(times) && times > 0)) throw new RangeError("times must be >= 1")
    this.forcedFaults.push({
      kind,
      ...(options.operationId !== undefined ? { operationId: options.operationId } : {}),
      remaining: times,
    })
  }

  injectError(code: number, options: InjectFaultOptions = {}): void {
    if (!(Number.isInteger(code) && code >= 400 && code <= 599)) {
      throw new RangeError("code must be an error code between 400 and 599")
    }
    const times = options.times ?? 1
    if (!(Number.isInteger(times) && times > 0)) throw new RangeError("times must be >= 1")
    this.forcedErrors.push({
      code,
      ...(options.operationId !== undefined ? { operationId: options.operationId } : {}),
      remaining: times,
    })
  }

  reset(): void {
    this.clearTimers()
    this.generation++
    this.requests.length = 0
    this.callbacks.length = 0
    this.taskList.length = 0
    this.taskIndex.clear()
    this.balances.clear()
    this.createWindows.clear()
    this.queryWindows.clear()
    this.forcedFaults.length = 0
    this.forcedErrors.length = 0
    this.uploads.clear()
    this.downloadTokens.clear()
    this.rendered.clear()
    this.faultRandom = new Random(streamSeed(this.config.seed, "faults"))
    this.idRandom = new Random(streamSeed(this.config.seed, "ids"))
  }

  clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  async flushCallbacks(): Promise<void> {
    this.sweepDueCallbacks()
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight])
  }

  // ---------------------------------------------------------------- HTTP entry

  async handle(host: Host, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now()
    const at = this.now()
    const method = (req.method ?? "GET").toUpperCase()
    const url = new URL(req.url ?? "/", "http://mock.invalid")
    const path = url.pathname
    const query: Record<string, string> = {}
    for (const [key, value] of url.searchParams) query[key] = value
    const apiKey = bearer(req.headers.authorization)
    let raw: Buffer
    try {
      raw = await readBody(req)
    } catch {
      return
    }
    this.sweepDueCallbacks()

    const base = {
      host,
      method,
      path,
      query,
      ...(apiKey !== undefined ? { apiKey } : {}),
      at,
    }
    const finish = (reply: Reply | undefined, extra: Partial<RecordedRequest> = {}) => {
      const status = reply === undefined ? 0 : reply.status
      const json = reply?.json
      const code = typeof obj(json).code === "number" ? (obj(json).code as number) : undefined
      const durationMs = Math.round((performance.now() - started) * 100) / 100
      const entry: RecordedRequest = {
        ...base,
        ...extra,
        status,
        ...(code !== undefined ? { code } : {}),
        durationMs,
      }
      this.requests.push(entry)
      this.config.log?.(
        `${method} ${path}${url.search} ${status === 0 ? "RESET" : status}${
          code !== undefined ? ` code=${code}` : ""
        } ${Math.round(durationMs)}ms${entry.fault !== undefined ? ` fault=${entry.fault}` : ""}`,
      )
    }

    if (method === "OPTIONS") {
      this.send(res, method, { status: 204, raw: Buffer.alloc(0) })
      finish({ status: 204 })
      return
    }

    if (method === "GET" || method === "HEAD") {
      const fileReply = this.serveFile(host, path)
      if (fileReply !== undefined) {
        this.send(res, method, fileReply)
        finish(fileReply)
        return
      }
    }

    const op = this.spec.route(host, method, path)
    if (op === undefined) {
      const known = this.spec.hasPath(host, path)
      const status = known ? 405 : 404
      const msg = known ? "Method Not Allowed" : "Not Found"
      const reply = host === "upload" ? uploadError(status, msg) : httpError(status, status, msg)
      this.send(res, method, reply)
      finish(reply)
      return
    }

    const operationId = op.operationId as OperationId
    const fault = this.pickFault(op.operationId)
    const parsed = this.parseBody(op, req, raw)
    const extra: Partial<RecordedRequest> = {
      operationId,
      ...(parsed.recorded !== undefined ? { body: parsed.recorded } : {}),
      ...(fault !== undefined ? { fault } : {}),
    }

    if (fault === "reset-before") {
      req.socket.destroy()
      finish(undefined, extra)
      return
    }
    if (fault === "slow") await this.sleep(this.config.slowMs)

    let reply: Reply
    const forcedError = fault === undefined ? this.pickError(operationId) : undefined
    if (forcedError !== undefined) {
      const msg = INJECTED_ERROR_MESSAGES[forcedError] ?? `Error ${forcedError}`
      reply = host === "upload" ? uploadError(forcedError, msg) : envelope(forcedError, msg)
    } else if (fault === "5xx") {
      reply =
        host === "upload"
          ? uploadError(500, MESSAGES.uploadServerError)
          : httpError(500, 500, MESSAGES.serverError)
    } else if (fault === "maintenance") {
      reply =
        host === "upload"
          ? uploadError(500, MESSAGES.maintenance, 455)
          : envelope(455, MESSAGES.maintenance)
    } else {
      try {
        reply = await this.operation(op, apiKey, query, parsed)
      } catch (error) {
        this.config.log?.(`internal error: ${error instanceof Error ? error.stack : String(error)}`)
        reply =
          host === "upload"
            ? uploadError(500, MESSAGES.uploadServerError)
            : httpError(500, 500, MESSAGES.serverError)
      }
    }

    if (fault === "reset-after") {
      req.socket.destroy()
      finish(undefined, extra)
      return
    }
    this.send(res, method, reply, fault === "malformed")
    finish(reply, extra)
  }

  private send(res: ServerResponse, method: string, reply: Reply, malformed = false): void {
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
    res.writeHead(reply.status, {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Headers": "Authorization, Content-Type",
      "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
      "Access-Control-Expose-Headers": "Retry-After",
      ...(contentType !== undefined ? { "Content-Type": contentType } : {}),
      "Content-Length": body.length,
      ...reply.headers,
    })
    res.end(method === "HEAD" ? undefined : body)
  }

  // The "slow" fault's delay. Not cancelled by reset() (the request still gets its answer);
  // close() cancels it and drops the connection.
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.sleeps.delete(timer)
        resolve()
      }, ms)
      this.sleeps.add(timer)
    })
  }

  stop(): void {
    this.clearTimers()
    for (const timer of this.sleeps) clearTimeout(timer)
    this.sleeps.clear()
  }

  // ---------------------------------------------------------------- faults

  /** The next error forced with `injectError` for this operation, if any. */
  private pickError(operationId: string): number | undefined {
    const index = this.forcedErrors.findIndex(
      (e) => e.operationId === undefined || e.operationId === operationId,
    )
    const forced = this.forcedErrors[index]
    if (forced === undefined) return undefined
    forced.remaining--
    if (forced.remaining <= 0) this.forcedErrors.splice(index, 1)
    return forced.code
  }

  private pickFault(operationId: string): FaultKind | undefined {
    const index = this.forcedFaults.findIndex(
      (f) => f.operationId === undefined || f.operationId === operationId,
    )
    const forced = this.forcedFaults[index]
    if (forced !== undefined) {
      forced.remaining--
      if (forced.remaining <= 0) this.forcedFaults.splice(index, 1)
      return forced.kind
    }
    if (this.config.faultRate <= 0 || this.config.faultKinds.length === 0) return undefined
    const roll = this.faultRandom.next()
    if (roll >= this.config.faultRate) return undefined
    return this.config.faultKinds[this.faultRandom.int(this.config.faultKinds.length)]
  }

  // ---------------------------------------------------------------- bodies

  private parseBody(
    op: SpecOperation,
    req: IncomingMessage,
    raw: Buffer,
  ): { value?: unknown; recorded?: unknown; invalid?: boolean; multipart?: MultipartBody } {
    if (op.bodyType === undefined) return {}
    if (op.bodyType === "multipart/form-data") {
      const boundary = multipartBoundary(req.headers["content-type"])
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

  // ---------------------------------------------------------------- operations

  private async operation(
    op: SpecOperation,
    apiKey: string | undefined,
    query: Record<string, string>,
    parsed: { value?: unknown; invalid?: boolean; multipart?: MultipartBody },
  ): Promise<Reply> {
    const authorized =
      apiKey !== undefined &&
      apiKey !== "" &&
      (this.config.apiKeys === undefined || this.config.apiKeys.has(apiKey))
    if (op.host === "upload") {
      if (!authorized) return uploadError(401, MESSAGES.uploadAuth)
      return this.upload(op, parsed)
    }
    if (!authorized) return envelope(401, MESSAGES.noAccess)
    const key = apiKey

    if (parsed.invalid === true) {
      return op.operationId === "gpt4oImageGenerate"
        ? envelope(400, MESSAGES.formatError)
        : envelope(422, MESSAGES.invalidJson)
    }

    const createApi = CREATE_OPERATIONS[op.operationId]
    if (createApi !== undefined) return this.create(op, createApi, key, parsed.value)
    const recordApi = RECORD_OPERATIONS[op.operationId]
    if (recordApi !== undefined) return this.recordInfo(op, recordApi, key, query)

    switch (op.operationId) {
      case "getCredits":
        return envelope(200, "success", this.credits(key))
      case "commonDownloadUrl":
        return this.commonDownloadUrl(op, key, parsed.value)
      case "gpt4oImageDownloadUrl":
        return this.gpt4oDownloadUrl(op, key, parsed.value)
      default:
        return envelope(505, `${op.operationId} is not implemented by the mock server`)
    }
  }

  private create(op: SpecOperation, api: TaskApi, apiKey: string, body: unknown): Reply {
    const now = this.now()
    const limit = this.config.rateLimit
    if (limit !== false) {
      const window = (this.createWindows.get(apiKey) ?? []).filter((t) => t > now - limit.perMs)
      this.createWindows.set(apiKey, window)
      if (window.length >= limit.creates) {
        const oldest = window[0] ?? now
        const retryAfter = Math.max(1, Math.ceil((oldest + limit.perMs - now) / 1000))
        return httpError(
          429,
          429,
          `Rate limit exceeded: at most ${limit.creates} new tasks per ${limit.perMs / 1000} s; the request was rejected, not queued`,
          { "Retry-After": String(retryAfter) },
        )
      }
      window.push(now)
    }
    const invalid = this.spec.validateBody(op, body)
    if (invalid !== undefined) return envelope(422, invalid)

    const plan: TaskPlan =
      api === "flux-kontext"
        ? planFluxKontext(body, this.config.ttls)
        : api === "gpt4o-image"
          ? planGpt4oImage(body, this.config.ttls)
          : planMarket(body, this.config.ttls)
    if (this.credits(apiKey) < plan.cost) return envelope(402, MESSAGES.credits)
    this.balances.set(apiKey, this.credits(apiKey) - plan.cost)

    const durationMs =
      plan.failure?.stage === "create" ? 0 : (plan.durationMs ?? this.config.taskDurationMs)
    const callBackUrl = obj(body).callBackUrl
    const task: InternalTask = {
      api,
      taskId: this.newTaskId(),
      apiKey,
      model: plan.model,
      request: body,
      createdAt: now,
      durationMs,
      completesAt: now + durationMs,
      cost: plan.cost,
      outputs: plan.outputs,
      ...(plan.failure !== undefined ? { failure: plan.failure } : {}),
      ...(typeof callBackUrl === "string" ? { callBackUrl } : {}),
      refunded: false,
      callback: "none",
    }
    this.taskList.push(task)
    this.taskIndex.set(task.taskId, task)
    this.scheduleCallback(task)
    return envelope(200, "success", { taskId: task.taskId })
  }

  private newTaskId(): string {
    let id: string
    do id = this.idRandom.hex(16)
    while (this.taskIndex.has(id))
    return id
  }

  private recordInfo(
    op: SpecOperation,
    api: TaskApi,
    apiKey: string,
    query: Record<string, string>,
  ): Reply {
    const invalid = this.spec.validateQuery(op, query)
    if (invalid !== undefined) {
      if (api === "market") {
        const missing = query.taskId === undefined || query.taskId === ""
        return {
          status: 400,
          json: { code: 400, msg: missing ? "taskId parameter is required" : invalid },
        }
      }
      return envelope(422, invalid)
    }
    const taskId = query.taskId ?? ""
    const now = this.now()
    const limit = this.config.rateLimit
    const perSecond =
      limit === false
        ? false
        : api === "gpt4o-image"
          ? limit.gpt4oQueriesPerSecond
          : api === "market"
            ? limit.marketQueriesPerSecond
            : false
    if (perSecond !== false) {
      const key = api === "market" ? `market\u0000${apiKey}` : `4o\u0000${apiKey}\u0000${taskId}`
      const window = (this.queryWindows.get(key) ?? []).filter((t) => t > now - 1000)
      this.queryWindows.set(key, window)
      if (window.length >= perSecond) {
        const msg =
          api === "market"
            ? "Rate limit exceeded"
            : `Rate limit exceeded: at most ${perSecond} queries per second per task`
        return api === "market"
          ? { status: 429, json: { code: 429, msg }, headers: { "Retry-After": "1" } }
          : httpError(429, 429, msg, { "Retry-After": "1" })
      }
      window.push(now)
    }
    const task = this.findTask(api, taskId, apiKey)
    if (task === undefined) {
      return api === "market"
        ? { status: 404, json: { code: 404, msg: MESSAGES.notFound } }
        : envelope(404, MESSAGES.notFound)
    }
    if (now >= task.completesAt) this.applyRefunds(apiKey)
    const data =
      api === "flux-kontext"
        ? fluxRecord(task, now, this.fluxUrls(task))
        : api === "gpt4o-image"
          ? gpt4oRecord(task, now, this.resultUrls(task))
          : marketRecord(task, now, this.resultUrls(task))
    return envelope(200, "success", data)
  }

  private findTask(api: TaskApi, taskId: string, apiKey: string): InternalTask | undefined {
    const task = this.taskIndex.get(taskId)
    return task !== undefined && task.api === api && task.apiKey === apiKey ? task : undefined
  }

  private applyRefunds(apiKey: string): void {
    const now = this.now()
    for (const task of this.taskList) {
      if (task.apiKey !== apiKey || task.refunded || task.failure === undefined) continue
      if (now < task.completesAt) continue
      task.refunded = true
      this.balances.set(apiKey, (this.balances.get(apiKey) ?? this.config.credits) + task.cost)
    }
  }

  // ---------------------------------------------------------------- files

  private fileUrl(task: InternalTask, output: TaskOutput): string {
    return `${this.apiUrl}/files/${task.taskId}/${output.name}`
  }

  private resultUrls(task: InternalTask): string[] {
    return task.outputs.filter((o) => o.origin !== true).map((o) => this.fileUrl(task, o))
  }

  private fluxUrls(task: InternalTask): { origin: string; result: string } {
    const origin = task.outputs.find((o) => o.origin === true)
    const result = task.outputs.find((o) => o.origin !== true)
    return {
      origin: origin === undefined ? "" : this.fileUrl(task, origin),
      result: result === undefined ? "" : this.fileUrl(task, result),
    }
  }

  private render(task: InternalTask, output: TaskOutput): Buffer {
    const key = `${task.taskId}/${output.name}`
    let bytes = this.rendered.get(key)
    if (bytes === undefined) {
      bytes =
        output.format === "wav"
          ? renderWav(output.seedText)
          : output.format === "mp4"
            ? renderMp4(output.seedText)
            : renderImage(output.seedText, output.variant, output.format, output.ratio)
      this.rendered.set(key, bytes)
    }
    return bytes
  }

  /** A generated file of a task, by `/files/<taskId>/<name>` path, with its liveness. */
  private lookupResult(
    path: string,
  ): { task: InternalTask; output: TaskOutput; state: "live" | "pending" | "expired" } | undefined {
    const match = /^\/files\/([^/]+)\/([^/]+)$/.exec(path)
    if (match === null) return undefined
    const task = this.taskIndex.get(safeDecode(match[1] ?? ""))
    const output = task?.outputs.find((o) => o.name === safeDecode(match[2] ?? ""))
    if (task === undefined || output === undefined) return undefined
    const now = this.now()
    if (task.failure !== undefined) return undefined
    if (now < task.completesAt) return { task, output, state: "pending" }
    if (now >= task.completesAt + output.ttlMs) return { task, output, state: "expired" }
    return { task, output, state: "live" }
  }

  private serveFile(host: Host, path: string): Reply | undefined {
    if (host === "upload") {
      if (!path.startsWith("/files/")) return undefined
      const filePath = safeDecode(path.slice("/files/".length))
      const stored = this.uploads.get(filePath)
      if (stored === undefined) return text(404, "Not Found")
      if (this.now() >= stored.expiresAt)
        return text(410, "Gone: uploaded files are deleted after 3 days")
      return { status: 200, raw: stored.data, contentType: stored.mimeType }
    }
    if (path.startsWith("/files/")) {
      const found = this.lookupResult(path)
      if (found === undefined || found.state === "pending") return text(404, "Not Found")
      if (found.state === "expired") return text(410, "Gone: this result URL has expired")
      return {
        status: 200,
        raw: this.render(found.task, found.output),
        contentType: CONTENT_TYPES[found.output.format],
        headers: { "Cache-Control": "no-store" },
      }
    }
    const download = /^\/download\/([^/]+)\/([^/]+)$/.exec(path)
    if (download !== null) {
      const token = this.downloadTokens.get(download[1] ?? "")
      const task = token === undefined ? undefined : this.taskIndex.get(token.taskId)
      const output = task?.outputs.find((o) => o.name === token?.name)
      if (token === undefined || task === undefined || output === undefined) {
        return text(404, "Not Found")
      }
      if (this.now() >= token.expiresAt)
        return text(410, "Gone: download links are valid for 20 minutes")
      return {
        status: 200,
        raw: this.render(task, output),
        contentType: CONTENT_TYPES[output.format],
        headers: {
          "Content-Disposition": `attachment; filename="${output.name}"`,
          "Cache-Control": "no-store",
        },
      }
    }
    return undefined
  }

  private ownPath(url: string): string | undefined {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return undefined
    }
    const own = new URL(this.apiUrl)
    const sameHost =
      parsed.host === own.host ||
      (LOOPBACK.has(parsed.hostname) && LOOPBACK.has(own.hostname) && parsed.port === own.port)
    return sameHost && parsed.protocol === own.protocol ? parsed.pathname : undefined
  }

  /**
   * Whether KIE still keeps a task's files: a result URL may expire sooner (Market 24 h), but the
   * download-url endpoints work for any record within the retention period (14 days).
   */
  private retained(task: InternalTask): boolean {
    return this.now() < task.completesAt + this.config.retentionMs
  }

  private downloadLink(task: InternalTask, output: TaskOutput): string {
    const token = this.idRandom.hex(16)
    this.downloadTokens.set(token, {
      taskId: task.taskId,
      name: output.name,
      expiresAt: this.now() + this.config.downloadUrlTtlMs,
    })
    return `${this.apiUrl}/download/${token}/${output.name}`
  }

  private commonDownloadUrl(op: SpecOperation, apiKey: string, body: unknown): Reply {
    const invalid = this.spec.validateBody(op, body)
    if (invalid !== undefined) return envelope(422, invalid)
    const url = String(obj(body).url)
    const path = this.ownPath(url)
    const found = path === undefined ? undefined : this.lookupResult(path)
    if (found === undefined || found.task.apiKey !== apiKey || found.state === "pending") {
      return envelope(422, "url is not a file generated by KIE.AI for this account")
    }
    if (found.state === "expired" && !this.retained(found.task)) {
      return envelope(422, "the file is older than 14 days and has been deleted")
    }
    return envelope(200, "success", this.downloadLink(found.task, found.output))
  }

  private gpt4oDownloadUrl(op: SpecOperation, apiKey: string, body: unknown): Reply {
    const invalid = this.spec.validateBody(op, body)
    if (invalid !== undefined) return envelope(422, invalid)
    const request = obj(body)
    const task = this.findTask("gpt4o-image", String(request.taskId), apiKey)
    if (task === undefined) return envelope(422, "record is null")
    const now = this.now()
    if (now < task.completesAt || task.failure !== undefined) {
      return envelope(422, "record status is not success")
    }
    const path = this.ownPath(String(request.url))
    const found = path === undefined ? undefined : this.lookupResult(path)
    if (found === undefined || found.task !== task || found.output.origin === true) {
      return envelope(422, "url is not a result of this task")
    }
    if (!this.retained(task)) return envelope(422, "only records within 14 days are supported")
    return envelope(200, "success", this.downloadLink(task, found.output))
  }

  // ---------------------------------------------------------------- uploads

  private async upload(
    op: SpecOperation,
    parsed: { value?: unknown; invalid?: boolean; multipart?: MultipartBody },
  ): Promise<Reply> {
    if (parsed.invalid === true) {
      return uploadError(
        400,
        op.bodyType === "multipart/form-data"
          ? "Invalid multipart/form-data body"
          : "Invalid JSON body",
      )
    }
    const invalid = this.spec.validateBody(op, parsed.value)
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
        if (decoded === undefined)
          return uploadError(400, "Base64 decoding failed: Invalid Base64 format")
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
        const fetched = await this.fetchLocal(fileUrl)
        if ("error" in fetched) return uploadError(400, `File download failed: ${fetched.error}`)
        const lastSegment = new URL(fileUrl).pathname.split("/").pop() ?? ""
        const urlName = /\.[A-Za-z0-9]+$/.test(lastSegment) ? safeDecode(lastSegment) : undefined
        return this.store(uploadPath, fileName ?? urlName, fetched.data, fetched.contentType)
      }
      default:
        return uploadError(500, `${op.operationId} is not implemented by the mock server`)
    }
  }

  private store(
    uploadPath: string,
    fileName: string | undefined,
    data: Buffer,
    mimeType: string | undefined,
  ): Reply {
    const now = this.now()
    const type = mimeType ?? guessMimeType(fileName, data)
    const name = fileName ?? `${this.idRandom.hex(8)}.${extensionFor(type)}`
    const filePath = `${uploadPath}/${name}`
    this.uploads.set(filePath, {
      data,
      mimeType: type,
      uploadedAt: now,
      expiresAt: now + this.config.uploadTtlMs,
    })
    const downloadUrl = `${this.uploadUrl}/files/${filePath.split("/").map(encodeURIComponent).join("/")}`
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

  /** URL upload: fetches only from the mock's own URLs or loopback addresses. */
  private fetchLocal(
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

  // ---------------------------------------------------------------- callbacks

  private scheduleCallback(task: InternalTask): void {
    if (task.callBackUrl === undefined) return
    task.callback = "scheduled"
    this.arm(task, Math.max(0, task.completesAt - this.now()))
  }

  private arm(task: InternalTask, delay: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      if (task.callback !== "scheduled") return
      const remaining = task.completesAt - this.now()
      if (remaining <= 0) this.startDelivery(task)
      else this.arm(task, remaining)
    }, delay)
    timer.unref?.()
    this.timers.add(timer)
  }

  private sweepDueCallbacks(): void {
    const now = this.now()
    for (const task of this.taskList) {
      if (task.callback === "scheduled" && now >= task.completesAt) this.startDelivery(task)
    }
  }

  private callbackPayload(task: InternalTask): unknown {
    switch (task.api) {
      case "flux-kontext":
        return fluxCallback(task, this.fluxUrls(task))
      case "gpt4o-image":
        return gpt4oCallback(task, this.resultUrls(task))
      default:
        return marketCallback(task, this.resultUrls(task))
    }
  }

  private startDelivery(task: InternalTask): void {
    task.callback = "delivering"
    this.applyRefunds(task.apiKey)
    this.attempt(task, this.callbackPayload(task), 1)
  }

  private attempt(task: InternalTask, payload: unknown, attempt: number): void {
    const url = task.callBackUrl
    if (url === undefined) return
    const generation = this.generation
    const timestamp = String(Math.floor(this.now() / 1000))
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": "kie-kit-mock-server",
    }
    if (this.config.webhookSecret !== undefined) {
      headers["x-webhook-timestamp"] = timestamp
      headers["x-webhook-signature"] = signWebhook(
        this.config.webhookSecret,
        task.taskId,
        timestamp,
      )
    }
    const at = this.now()
    const started = performance.now()
    const promise = this.post(url, headers, JSON.stringify(payload)).then((result) => {
      if (generation !== this.generation) return
      const durationMs = Math.round((performance.now() - started) * 100) / 100
      this.callbacks.push({
        api: task.api,
        taskId: task.taskId,
        url,
        attempt,
        at,
        headers,
        payload,
        ...result,
        durationMs,
      })
      const status = "status" in result ? result.status : undefined
      const ok = status !== undefined && status >= 200 && status < 300
      this.config.log?.(
        `CALLBACK POST ${url} ${"status" in result ? result.status : `ERROR ${result.error}`} task=${task.taskId} attempt=${attempt} ${Math.round(durationMs)}ms`,
      )
      if (ok) {
        task.callback = "done"
        return
      }
      const delay = this.config.callbackRetryDelaysMs[attempt - 1]
      if (delay === undefined) {
        task.callback = "done"
        return
      }
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        this.attempt(task, payload, attempt + 1)
      }, delay)
      timer.unref?.()
      this.timers.add(timer)
    })
    this.inflight.add(promise)
    void promise.finally(() => this.inflight.delete(promise))
  }

  private post(
    url: string,
    headers: Record<string, string>,
    body: string,
  ): Promise<{ status: number } | { error: string }> {
    let target: URL
    try {
      target = new URL(url)
    } catch {
      return Promise.resolve({ error: `invalid callback URL: ${url}` })
    }
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      return Promise.resolve({ error: `unsupported callback URL scheme: ${target.protocol}` })
    }
    return new Promise((resolve) => {
      const request = (target.protocol === "https:" ? httpsRequest : httpRequest)(
        target,
        {
          method: "POST",
          agent: false,
          timeout: this.config.callbackTimeoutMs,
          headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        },
        (response) => {
          response.resume()
          response.on("end", () => resolve({ status: response.statusCode ?? 0 }))
          response.on("error", (error) => resolve({ error: error.message }))
        },
      )
      request.on("timeout", () =>
        request.destroy(new Error(`no answer within ${this.config.callbackTimeoutMs} ms`)),
      )
      request.on("error", (error) => resolve({ error: error.message || String(error) }))
      request.end(body)
    })
  }
}

interface MultipartBody {
  readonly fields: Record<string, string>
  readonly file?: { data: Buffer; filename?: string; contentType?: string }
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

/**
 * Starts a KIE-compatible mock server: an api.kie.ai stand-in on `url` and a File Upload API
 * stand-in (kieai.redpandaai.co) on `uploadUrl`, both on 127.0.0.1 by default.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const config = resolveConfig(options)
  const engine = new MockEngine(config, bundledSpec())
  const onRequest = (host: Host) => (req: IncomingMessage, res: ServerResponse) => {
    engine.handle(host, req, res).catch((error: unknown) => {
      config.log?.(`internal error: ${error instanceof Error ? error.stack : String(error)}`)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  }
  const apiServer = createServer(onRequest("api"))
  const uploadServer = createServer(onRequest("upload"))
  let port: number
  let uploadPort: number
  try {
    port = await listen(apiServer, options.port ?? 0, config.host)
    uploadPort = await listen(uploadServer, options.uploadPort ?? 0, config.host)
  } catch (error) {
    await Promise.all(
      [closeServer(apiServer), closeServer(uploadServer)].map((p) => p.catch(() => {})),
    )
    throw error
  }
  const hostPart = urlHost(config.host)
  engine.apiUrl = `http://${hostPart}:${port}`
  engine.uploadUrl = `http://${hostPart}:${uploadPort}`
  let closed: Promise<void> | undefined

  return {
    url: engine.apiUrl,
    uploadUrl: engine.uploadUrl,
    port,
    uploadPort,
    get requests() {
      return engine.requests
    },
    get callbacks() {
      return engine.callbacks
    },
    tasks: (apiKey?: string) => engine.tasks(apiKey),
    credits: (apiKey: string) => engine.credits(apiKey),
    setCredits: (apiKey: string, credits: number) => engine.setCredits(apiKey, credits),
    injectFault: (kind: FaultKind, injectOptions?: InjectFaultOptions) =>
      engine.injectFault(kind, injectOptions),
    injectError: (code: number, injectOptions?: InjectFaultOptions) =>
      engine.injectError(code, injectOptions),
    flushCallbacks: () => engine.flushCallbacks(),
    reset: () => engine.reset(),
    close: () => {
      closed ??= (async () => {
        engine.stop()
        await Promise.all([closeServer(apiServer), closeServer(uploadServer)])
      })()
      return closed
    },
  }
}
