import { type OperationInfo, operationTable, type paths } from "@kie-kit/spec"
import createClient, { type Client } from "openapi-fetch"
import { version } from "../package.json" with { type: "json" }
import { type ExtraBody, withExtraBody } from "./core/extra"
import {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_UPLOAD_BASE_URL,
  type TaskCreated,
  trimSlash,
  type UploadedFile,
} from "./core/operations"
import { registerSecret } from "./core/redact"
import { minPollIntervalMs } from "./core/schedule"
import {
  buildSurface,
  createCall,
  formData,
  linkCall,
  type OperationCall,
  readCall,
} from "./core/surface"
import type { KieApi, TaskOf } from "./core/task"
import type {
  MarketCreateTaskRequest,
  OperationId,
  OperationRoleOf,
  QueryInput,
  ReadFamily,
  RequestBody,
  ResponseData,
  RunRequest,
  Surface,
  UploadStreamRequest,
} from "./core/types"
import { type CallOptions, createTransport, type KieLogger } from "./transport"
import { type WaitOptions, waitForTask } from "./wait"

export { DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, DEFAULT_UPLOAD_BASE_URL }

export interface RunOptions extends WaitOptions {
  /** Fields the spec does not know yet, merged into the create body (see `CallOptions`). */
  readonly extraBody?: ExtraBody | undefined
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

const USER_AGENT = `kie-kit/${version}`

const envApiKey = (): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
    ?.KIE_API_KEY

/** The method of each operation, by role (`Overrides` below replace a few). */
type MethodByRole<Id extends OperationId, Role = OperationRoleOf<Id>> = Role extends "create"
  ? (body: RequestBody<Id>, options?: CallOptions) => Promise<TaskCreated>
  : Role extends "read"
    ? (taskId: string, options?: CallOptions) => Promise<TaskOf<ReadFamily<Id>>>
    : Role extends "link"
      ? (body: RequestBody<Id>, options?: CallOptions) => Promise<string>
      : Role extends "upload"
        ? (body: RequestBody<Id>, options?: CallOptions) => Promise<UploadedFile>
        : Role extends "query"
          ? (input: QueryInput<Id>, options?: CallOptions) => Promise<ResponseData<Id>>
          : (options?: CallOptions) => Promise<number>

/** The operations whose method has another shape than their role's. */
interface Overrides {
  /** Creates a Market task; `input` is typed by `model` for the models the spec knows. */
  readonly marketCreateTask: <M extends string>(
    body: MarketCreateTaskRequest<M>,
    options?: CallOptions,
  ) => Promise<TaskCreated>
  /** Turns a KIE result URL (any family) into a direct download link valid for 20 minutes. */
  readonly commonDownloadUrl: (url: string, options?: CallOptions) => Promise<string>
  /** Uploads a file as multipart/form-data (best for files over 10 MB). */
  readonly uploadFileStream: (
    body: UploadStreamRequest,
    options?: CallOptions,
  ) => Promise<UploadedFile>
}

/** Every operation of the spec, as a method of the plain client. */
export type KieOperations = Surface<{
  readonly [Id in OperationId]: Id extends keyof Overrides ? Overrides[Id] : MethodByRole<Id>
}>

/** openapi-fetch's GET/POST without the per-path types (the operation table carries those). */
type UntypedClient = Record<
  "GET" | "POST",
  (path: string, init: object) => Promise<{ response: Response; data?: unknown; error?: unknown }>
>

/**
 * Creates a KIE client. Every operation of the spec is a method at its name
 * (`kie.fluxKontext.generate`, `kie.market.get`, `kie.credits`, ...), built from the generated
 * operation table.
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
      baseUrl: trimSlash(baseUrl),
      headers: { Authorization: `Bearer ${apiKey}`, "User-Agent": options.userAgent ?? USER_AGENT },
      fetch: options.fetch ?? ((input: Request) => globalThis.fetch(input)),
    })
  const raw = clientFor(options.baseUrl ?? DEFAULT_BASE_URL)
  const hosts = { api: raw, upload: clientFor(options.uploadBaseUrl ?? DEFAULT_UPLOAD_BASE_URL) }
  const transport = createTransport({
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    logger: options.logger,
  })

  /** Sends one call through the transport; resolves with its decoded `data`. */
  const send = <A>(call: OperationCall<A>, callOptions: CallOptions | undefined): Promise<A> => {
    const { id, task } = call
    const body = withExtraBody(call.body, callOptions?.extraBody)
    const info = operationTable[id] as OperationInfo
    const init = {
      ...(body !== undefined && { body }),
      ...(body !== undefined &&
        info.body === "multipart" && {
          bodySerializer: () => formData(body as Record<string, unknown>),
        }),
      ...((task !== undefined || call.query !== undefined) && {
        params: { query: task !== undefined ? { taskId: task.taskId } : call.query },
      }),
      parseAs: "text",
    }
    return transport(
      {
        operation: id,
        role: info.role,
        decode: call.decode,
        // A retried read of a task stays within the family's per-task query limit.
        ...(task !== undefined && { minRetryDelayMs: minPollIntervalMs(task.api) }),
        send: (signal) =>
          (hosts[info.host] as unknown as UntypedClient)[info.method](info.path, {
            ...init,
            signal,
          }),
      },
      callOptions,
    )
  }

  const get = <A extends KieApi>(api: A, taskId: string, callOptions?: CallOptions) =>
    send(readCall(api, taskId), callOptions) as Promise<TaskOf<A>>

  /** Creates the task of a `{ api, ...body }` request with its family's main create. */
  const createFrom = <M extends string>(request: RunRequest<M>, callOptions?: CallOptions) => {
    const { api, ...body } = request
    return send(createCall(api, body), callOptions) as Promise<TaskCreated>
  }

  const surface = buildSurface<CallOptions>(send)

  const waitFor = <A extends KieApi>(task: { api: A; taskId: string }, waitOptions?: WaitOptions) =>
    waitForTask(
      (taskId, signal) => get(task.api, taskId, { signal }),
      task,
      waitOptions,
    ) as Promise<TaskOf<A>>

  return Object.assign(surface as KieOperations, {
    /**
     * Creates a task from `{ api, ...body }` (the shape of `run` and of a `kie batch` line) with
     * the family's main create. Never resent when its outcome is unknown.
     */
    create: createFrom,
    /** Reads a task of any family: `{ api, taskId }`. */
    getTask: <A extends KieApi>(task: { api: A; taskId: string }, callOptions?: CallOptions) =>
      get(task.api, task.taskId, callOptions),
    /**
     * A direct download link (valid 20 minutes) for one result URL of a task, through its
     * family's own download-url operation or the common one: use it when a result URL expired.
     */
    downloadLink: (
      task: { api: KieApi; taskId: string; url: string },
      callOptions?: CallOptions,
    ): Promise<string> =>
      send(linkCall(task.api, task.taskId, task.url), callOptions) as Promise<string>,
    /**
     * Polls a task until it succeeds (returns it), fails (throws TaskFailedError) or the deadline
     * passes (throws WaitTimeoutError, which tells how to resume).
     */
    waitForTask: waitFor,
    /** Creates a task and waits for it; `onTaskCreated` gets the taskId before the wait starts. */
    run: async <M extends string>(
      request: RunRequest<M>,
      runOptions: RunOptions = {},
    ): Promise<TaskOf<RunRequest<M>["api"]>> => {
      const { api } = request
      const { taskId } = await createFrom(request, {
        signal: runOptions.signal,
        extraBody: runOptions.extraBody,
      })
      await runOptions.onTaskCreated?.({ api, taskId })
      return waitFor({ api, taskId }, runOptions) as Promise<TaskOf<RunRequest<M>["api"]>>
    },
    /** The underlying openapi-fetch client (same base URL, auth and fetch; no kie-kit rules). */
    raw,
  })
}

export type KieClient = ReturnType<typeof createKieClient>
