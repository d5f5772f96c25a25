import type { components, operations, paths } from "@kie-kit/spec"
import createClient, { type Client } from "openapi-fetch"
import { version } from "../package.json" with { type: "json" }
import { registerSecret, UnexpectedResponseError } from "./core/errors"
import { minPollIntervalMs } from "./core/schedule"
import { type KieApi, normalizeRecord, type Task } from "./core/task"
import { type CallOptions, createTransport, type KieLogger, type OperationKind } from "./transport"
import { type WaitOptions, waitForTask } from "./wait"

/** The JSON request body of an operation, straight from the spec. */
export type RequestBody<Op extends keyof operations> = operations[Op] extends {
  requestBody: { content: { "application/json": infer B } }
}
  ? B
  : operations[Op] extends { requestBody?: { content: { "application/json": infer B } } }
    ? B
    : never

export type FluxKontextGenerateRequest = RequestBody<"fluxKontextGenerate">
/** The Market model ids whose `input` the spec types. */
export type KnownMarketModel = components["schemas"]["KnownMarketModel"]
/**
 * A Market create body for model `M`: the spec's typed task for a known model (so a bad `input`
 * is a type error), an open `input` for any other model id.
 */
export type MarketTask<M extends string = string> = M extends KnownMarketModel
  ? Extract<RequestBody<"marketCreateTask">, { model: M }>
  : { model: M; input: Record<string, unknown>; callBackUrl?: string }
export type Gpt4oImageGenerateRequest = RequestBody<"gpt4oImageGenerate">
export type MarketCreateTaskRequest = RequestBody<"marketCreateTask">
export type Gpt4oImageDownloadUrlRequest = RequestBody<"gpt4oImageDownloadUrl">
export type UploadBase64Request = RequestBody<"uploadFileBase64">
export type UploadUrlRequest = RequestBody<"uploadFileUrl">

/** The stream (multipart) upload: the file as a Blob (a File keeps its name) or bytes. */
export interface UploadStreamRequest {
  readonly file: Blob | Uint8Array
  readonly uploadPath: string
  readonly fileName?: string
}

/** What the upload endpoints return (`data` of the upload response). */
export interface UploadedFile {
  readonly fileName: string
  readonly filePath: string
  readonly downloadUrl: string
  readonly fileSize: number
  readonly mimeType: string
  readonly uploadedAt: string
  readonly [extra: string]: unknown
}

/** A create request for any family, as `run` and the CLI's batch files take it. */
export type RunRequest<M extends string = string> =
  | ({ readonly api: "flux-kontext" } & FluxKontextGenerateRequest)
  | ({ readonly api: "gpt4o-image" } & Gpt4oImageGenerateRequest)
  | ({ readonly api: "market" } & MarketTask<M>)

export interface RunOptions extends WaitOptions {
  /** Called with the taskId as soon as the task exists, before waiting (persist it to resume). */
  readonly onTaskCreated?: (created: { api: KieApi; taskId: string }) => void | Promise<void>
}

export interface KieClientOptions {
  /** The API key (from https://kie.ai/api-key). Defaults to the KIE_API_KEY environment variable. */
  readonly apiKey?: string | undefined
  /** Default `https://api.kie.ai`. */
  readonly baseUrl?: string | undefined
  /** The File Upload API host. Default `https://kieai.redpandaai.co`. */
  readonly uploadBaseUrl?: string | undefined
  /** A fetch implementation (tests, proxies); it receives a Request. Default: the global fetch. */
  readonly fetch?: ((request: Request) => Promise<Response>) | undefined
  /** Per-request timeout in ms. Default 60 000. */
  readonly timeoutMs?: number | undefined
  /** Retries of one request after its first attempt. Default 3. */
  readonly maxRetries?: number | undefined
  /** Sent as User-Agent where the platform allows it. Default `kie-kit/<version>`. */
  readonly userAgent?: string | undefined
  /** Receives one redacted line per request and retry. */
  readonly logger?: KieLogger | undefined
}

export const DEFAULT_BASE_URL = "https://api.kie.ai"
export const DEFAULT_UPLOAD_BASE_URL = "https://kieai.redpandaai.co"
export const DEFAULT_TIMEOUT_MS = 60_000
export const DEFAULT_MAX_RETRIES = 3
const USER_AGENT = `kie-kit/${version}`

const envApiKey = (): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
    ?.KIE_API_KEY

/** The record-info and create endpoint of each family. */
const RECORD_PATHS = {
  "flux-kontext": "/api/v1/flux/kontext/record-info",
  "gpt4o-image": "/api/v1/gpt4o-image/record-info",
  market: "/api/v1/jobs/recordInfo",
} as const
const CREATE_PATHS = {
  "flux-kontext": "/api/v1/flux/kontext/generate",
  "gpt4o-image": "/api/v1/gpt4o-image/generate",
  market: "/api/v1/jobs/createTask",
} as const

/** openapi-fetch's GET/POST without the per-path types (the public methods carry those). */
type UntypedClient = Record<
  "GET" | "POST",
  (path: string, init: object) => Promise<{ response: Response; data?: unknown; error?: unknown }>
>

/** Returns `value` when it is a non-empty string, else explains that the response has none. */
/** What `call` sends: openapi-fetch's options, plus a retry-delay floor for the transport. */
interface SendInit {
  body?: unknown
  params?: unknown
  bodySerializer?: () => FormData
  minRetryDelayMs?: number
}

const dataString = (value: unknown, operation: string, path: string): string => {
  if (typeof value === "string" && value !== "") return value
  throw new UnexpectedResponseError({ body: value, path, reason: "expected a string", operation })
}

/**
 * Creates a KIE client.
 *
 * ```ts
 * const kie = createKieClient({ apiKey: process.env.KIE_API_KEY })
 * const task = await kie.run({ api: "flux-kontext", prompt: "a red fox in fresh snow" })
 * console.log(task.outputs)
 * ```
 */
export const createKieClient = (options: KieClientOptions = {}) => {
  const apiKey = options.apiKey ?? envApiKey()
  if (!apiKey?.trim()) {
    throw new TypeError(
      "createKieClient needs an API key: pass { apiKey } or set KIE_API_KEY (create one at https://kie.ai/api-key).",
    )
  }
  registerSecret(apiKey)
  const clientFor = (baseUrl: string): Client<paths> =>
    createClient<paths>({
      baseUrl: baseUrl.replace(/\/+$/, ""),
      headers: { Authorization: `Bearer ${apiKey}`, "User-Agent": options.userAgent ?? USER_AGENT },
      fetch: options.fetch ?? ((input: Request) => globalThis.fetch(input)),
    })
  const raw = clientFor(options.baseUrl ?? DEFAULT_BASE_URL)
  const upload = clientFor(options.uploadBaseUrl ?? DEFAULT_UPLOAD_BASE_URL)
  const transport = createTransport({
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    logger: options.logger,
  })

  /** Sends one request (`GET` without a body, else `POST`) through the transport; returns `data`. */
  const call = (
    operation: string,
    kind: OperationKind,
    path: string,
    { minRetryDelayMs, ...init }: SendInit,
    callOptions: CallOptions | undefined,
    client: Client<paths> = raw,
  ): Promise<unknown> =>
    transport(
      {
        operation,
        kind,
        ...(minRetryDelayMs !== undefined && { minRetryDelayMs }),
        send: (signal) =>
          (client as unknown as UntypedClient)[init.body === undefined ? "GET" : "POST"](path, {
            ...init,
            parseAs: "text",
            signal,
          }),
      },
      callOptions,
    )

  const getRecord = async (api: KieApi, taskId: string, callOptions?: CallOptions) =>
    normalizeRecord(
      api,
      await call(
        `${api}.get`,
        "read",
        RECORD_PATHS[api],
        // A retried read of a task stays within the family's per-task query limit.
        { params: { query: { taskId } }, minRetryDelayMs: minPollIntervalMs(api) },
        callOptions,
      ),
    )

  const create = async (api: KieApi, body: unknown, callOptions?: CallOptions) => {
    const operation = `${api}.create`
    const data = await call(operation, "create", CREATE_PATHS[api], { body }, callOptions)
    return {
      taskId: dataString((data as { taskId?: unknown } | null)?.taskId, operation, "data.taskId"),
    }
  }

  /** A read that answers with a download link. */
  const link = async (operation: string, path: string, body: unknown, callOptions?: CallOptions) =>
    dataString(await call(operation, "read", path, { body }, callOptions), operation, "data")

  /** Uploads are free and a same-name upload overwrites, so they are retried like reads. */
  const uploadFile = async (
    operation: string,
    path: string,
    init: { body: unknown; bodySerializer?: () => FormData },
    callOptions?: CallOptions,
  ) => {
    const data = await call(operation, "read", path, init, callOptions, upload)
    dataString(
      (data as { downloadUrl?: unknown } | null)?.downloadUrl,
      operation,
      "data.downloadUrl",
    )
    return data as UploadedFile
  }

  const client = {
    fluxKontext: {
      /** Creates a Flux Kontext generation or edit task. Never resent when its outcome is unknown. */
      generate: (body: FluxKontextGenerateRequest, callOptions?: CallOptions) =>
        create("flux-kontext", body, callOptions),
      /** Reads a Flux Kontext task as the normalized {@link Task}. */
      get: (taskId: string, callOptions?: CallOptions): Promise<Task> =>
        getRecord("flux-kontext", taskId, callOptions),
    },
    gpt4oImage: {
      generate: (body: Gpt4oImageGenerateRequest, callOptions?: CallOptions) =>
        create("gpt4o-image", body, callOptions),
      get: (taskId: string, callOptions?: CallOptions): Promise<Task> =>
        getRecord("gpt4o-image", taskId, callOptions),
      /** Turns a 4o result URL into a direct download link valid for 20 minutes. */
      downloadUrl: (body: Gpt4oImageDownloadUrlRequest, callOptions?: CallOptions) =>
        link("gpt4o-image.downloadUrl", "/api/v1/gpt4o-image/download-url", body, callOptions),
    },
    market: {
      /** Creates a Market task; `input` is typed by `model` for the models the spec knows. */
      createTask: <M extends string>(body: MarketTask<M>, callOptions?: CallOptions) =>
        create("market", body, callOptions),
      get: (taskId: string, callOptions?: CallOptions): Promise<Task> =>
        getRecord("market", taskId, callOptions),
    },
    /** The remaining credit balance of the account. */
    credits: async (callOptions?: CallOptions): Promise<number> => {
      const data = await call("credits", "read", "/api/v1/chat/credit", {}, callOptions)
      if (typeof data === "number") return data
      throw new UnexpectedResponseError({
        body: data,
        path: "data",
        reason: "expected a number",
        operation: "credits",
      })
    },
    /** Turns a KIE result URL (any family) into a direct download link valid for 20 minutes. */
    downloadUrl: (url: string, callOptions?: CallOptions): Promise<string> =>
      link("downloadUrl", "/api/v1/common/download-url", { url }, callOptions),
    files: {
      /** Uploads base64 data (bare or a `data:` URL). */
      uploadBase64: (body: UploadBase64Request, callOptions?: CallOptions) =>
        uploadFile("files.uploadBase64", "/api/file-base64-upload", { body }, callOptions),
      /** Uploads a file as multipart/form-data (best for files over 10 MB). */
      uploadStream: (body: UploadStreamRequest, callOptions?: CallOptions) =>
        uploadFile(
          "files.uploadStream",
          "/api/file-stream-upload",
          {
            body,
            bodySerializer: () => {
              const form = new FormData()
              const file = body.file instanceof Blob ? body.file : new Blob([body.file as BlobPart])
              form.append("file", file, body.fileName ?? (file as { name?: string }).name ?? "file")
              form.append("uploadPath", body.uploadPath)
              if (body.fileName !== undefined) form.append("fileName", body.fileName)
              return form
            },
          },
          callOptions,
        ),
      /** Asks KIE to fetch a public URL and store it (30 s fetch limit on KIE's side). */
      uploadUrl: (body: UploadUrlRequest, callOptions?: CallOptions) =>
        uploadFile("files.uploadUrl", "/api/file-url-upload", { body }, callOptions),
    },
    /**
     * Polls a task until it succeeds (returns it), fails (throws TaskFailedError) or the deadline
     * passes (throws WaitTimeoutError, which tells how to resume).
     */
    waitForTask: (task: { api: KieApi; taskId: string }, waitOptions?: WaitOptions) =>
      waitForTask((taskId, signal) => getRecord(task.api, taskId, { signal }), task, waitOptions),
    /** Creates a task and waits for it; `onTaskCreated` gets the taskId before the wait starts. */
    run: async <M extends string>(
      request: RunRequest<M>,
      runOptions: RunOptions = {},
    ): Promise<Task> => {
      const { api, ...body } = request
      const { taskId } = await create(api, body, { signal: runOptions.signal })
      await runOptions.onTaskCreated?.({ api, taskId })
      return client.waitForTask({ api, taskId }, runOptions)
    },
    /** The underlying openapi-fetch client (same base URL, auth and fetch; no kie-kit rules). */
    raw,
  }
  return client
}

export type KieClient = ReturnType<typeof createKieClient>
