/**
 * The KIE API as an Effect service.
 *
 * Example (`examples/doc/kie-client.ts`, type-checked):
 *
 * ```ts
 * import { KieClient } from "@kie-kit/effect-client"
 * import { Effect, Redacted } from "effect"
 * import { FetchHttpClient } from "effect/http"
 *
 * const program = Effect.gen(function* () {
 *   const kie = yield* KieClient
 *   const { taskId } = yield* kie.fluxKontext.generate({ prompt: "a red fox" })
 *   return yield* kie.waitForTask({ api: "flux-kontext", taskId }, { timeout: "10 minutes" })
 * })
 *
 * export const main = (apiKey: string) =>
 *   program.pipe(
 *     Effect.provide(KieClient.layer({ apiKey: Redacted.make(apiKey) })),
 *     Effect.provide(FetchHttpClient.layer), // KieClient.layer needs an HttpClient
 *   )
 * ```
 *
 * @since 0.1.0
 */
import {
  type CreateRequest,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_UPLOAD_BASE_URL,
  type ExtraBody,
  type FluxKontextGenerateRequest,
  type Gpt4oImageDownloadUrlRequest,
  type Gpt4oImageGenerateRequest,
  type KieApi,
  type KnownMarketModel,
  type MarketCreateTaskRequest,
  type OperationId,
  type OperationRoleOf,
  type QueryInput,
  type ReadFamily,
  type RequestBody,
  type ResponseData,
  type RunRequest,
  type Surface,
  type Task,
  type TaskCreated,
  type TaskOf,
  type UploadBase64Request,
  type UploadedFile,
  type UploadStreamRequest,
  type UploadUrlRequest,
} from "@kie-kit/client/core"
import * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import type * as Stream from "effect/Stream"
import { make } from "./internal/client"
import type { CreateError, ReadError, RunError, WaitError } from "./KieError"
import type * as Poll from "./Poll"
import type * as Retry from "./Retry"

export type {
  CreateRequest,
  ExtraBody,
  FluxKontextGenerateRequest,
  Gpt4oImageDownloadUrlRequest,
  Gpt4oImageGenerateRequest,
  KieApi,
  KnownMarketModel,
  MarketCreateTaskRequest,
  OperationId,
  RequestBody,
  RunRequest,
  Task,
  TaskCreated,
  TaskOf,
  UploadBase64Request,
  UploadedFile,
  UploadStreamRequest,
  UploadUrlRequest,
}

/**
 * The default hosts (`https://api.kie.ai`, and `https://kieai.redpandaai.co` for file uploads):
 * the shared core's constants (from the spec's servers), so both clients always agree.
 */
export { DEFAULT_BASE_URL, DEFAULT_UPLOAD_BASE_URL }
/** The default per-request timeout: 60 seconds (the shared core's `DEFAULT_TIMEOUT_MS`). */
export const DEFAULT_TIMEOUT: Duration.Duration = Duration.millis(DEFAULT_TIMEOUT_MS)

/** Identifies a task: its family and id. */
export interface TaskRef<A extends KieApi = KieApi> {
  readonly api: A
  readonly taskId: string
}

// -------------------------------------------------------------------------------------------------
// Options
// -------------------------------------------------------------------------------------------------

/** Per-call overrides of one request. */
export interface RequestOptions {
  /**
   * Replaces the client's retry schedule for this call. Whether a failure may be retried at all
   * is still decided by the client (creates are never resent when their outcome is unknown).
   */
  readonly retrySchedule?: Retry.RetrySchedule | undefined
  /** Per-attempt timeout; default the client's (60 s). */
  readonly timeout?: Duration.Input | undefined
  /**
   * Fields the spec does not know yet, merged into the JSON body (nested objects field by field):
   * the escape hatch for a vendor field newer than this version. See the README.
   */
  readonly extraBody?: ExtraBody | undefined
}

/** Options of `waitForTask` and `watchTask`. */
export interface WaitOptions<T extends Task = Task> {
  /**
   * When to poll again. Default `Poll.defaultSchedule` (2-3 s, then 5-10 s after 30 s, then
   * 15-30 s after 2 min). Never faster than the family's per-task limit. When it stops, the wait
   * fails with `WaitTimeoutError`.
   */
  readonly schedule?: Poll.PollSchedule | undefined
  /**
   * Overall deadline; default the client's `waitTimeout` (15 minutes). It cuts a poll in flight
   * too: the wait then fails with `WaitTimeoutError`, never later. `Duration.infinity`: no
   * deadline (the wait ends with the task, the schedule, or interruption).
   */
  readonly timeout?: Duration.Input | undefined
  /** Runs on the first read and on every change of status or progress. */
  readonly onUpdate?: ((task: T) => Effect.Effect<void>) | undefined
  /** Options of each poll request. */
  readonly request?: RequestOptions | undefined
}

/** Options of `run`. */
export interface RunOptions<T extends Task = Task> extends WaitOptions<T> {
  /** Fields the spec does not know yet, merged into the create body (see `RequestOptions`). */
  readonly extraBody?: ExtraBody | undefined
  /** Runs with the taskId as soon as the task exists, before the wait (persist it to resume). */
  readonly onTaskCreated?: ((created: TaskRef) => Effect.Effect<void>) | undefined
}

/** Options of {@link KieClient.layer}. */
export interface KieClientOptions {
  /**
   * The API key (https://kie.ai/api-key). Kept `Redacted`; it never appears in errors or spans.
   * An empty or blank key fails the layer with `Config.ConfigError`.
   */
  readonly apiKey: Redacted.Redacted<string>
  /** Default `https://api.kie.ai`. */
  readonly baseUrl?: string | undefined
  /** The File Upload API host. Default `https://kieai.redpandaai.co`. */
  readonly uploadBaseUrl?: string | undefined
  /** Per-attempt request timeout. Default 60 seconds; `Duration.infinity` disables it. */
  readonly timeout?: Duration.Input | undefined
  /** Retry schedule of every request. Default `Retry.defaultSchedule`. */
  readonly retrySchedule?: Retry.RetrySchedule | undefined
  /** Poll schedule of every wait. Default `Poll.defaultSchedule`. */
  readonly pollSchedule?: Poll.PollSchedule | undefined
  /** Overall deadline of every wait. Default 15 minutes; `Duration.infinity`: no deadline. */
  readonly waitTimeout?: Duration.Input | undefined
  /** Sent as `User-Agent` where the platform allows it. */
  readonly userAgent?: string | undefined
  /**
   * Also record the HttpClient's own span (`GET`/`POST`, with `traceparent`/`b3` propagation)
   * under each operation's span. Default `false`: the operation's span (`kie.market.get`, ...)
   * carries the method and URL itself, and the nested span is the largest cost of a request.
   */
  readonly httpSpans?: boolean | undefined
}

// -------------------------------------------------------------------------------------------------
// The service
// -------------------------------------------------------------------------------------------------

/** The method of each operation, by role (`Overrides` below replace a few). */
type MethodByRole<Id extends OperationId, Role = OperationRoleOf<Id>> = Role extends "create"
  ? (body: RequestBody<Id>, options?: RequestOptions) => Effect.Effect<TaskCreated, CreateError>
  : Role extends "read"
    ? (taskId: string, options?: RequestOptions) => Effect.Effect<TaskOf<ReadFamily<Id>>, ReadError>
    : Role extends "link"
      ? (body: RequestBody<Id>, options?: RequestOptions) => Effect.Effect<string, ReadError>
      : Role extends "upload"
        ? (
            body: RequestBody<Id>,
            options?: RequestOptions,
          ) => Effect.Effect<UploadedFile, ReadError>
        : Role extends "query"
          ? (
              input: QueryInput<Id>,
              options?: RequestOptions,
            ) => Effect.Effect<ResponseData<Id>, ReadError>
          : (options?: RequestOptions) => Effect.Effect<number, ReadError>

/** The operations whose method has another shape than their role's (as in the plain client). */
interface Overrides {
  /** Creates a Market task; `input` is typed by `model` for the models the spec knows. */
  readonly marketCreateTask: <M extends string>(
    body: MarketCreateTaskRequest<M>,
    options?: RequestOptions,
  ) => Effect.Effect<TaskCreated, CreateError>
  /** Turns a KIE result URL (any family) into a direct download link valid for 20 minutes. */
  readonly commonDownloadUrl: (
    url: string,
    options?: RequestOptions,
  ) => Effect.Effect<string, ReadError>
  /** Uploads a file as multipart/form-data (best above 10 MB). Retried like a read. */
  readonly uploadFileStream: (
    body: UploadStreamRequest,
    options?: RequestOptions,
  ) => Effect.Effect<UploadedFile, ReadError>
}

/**
 * Every operation of the spec at its name (`fluxKontext.generate`, `market.get`, `credits`, ...),
 * the same names as the plain client's, each returning an Effect with its exact error channel: a
 * create fails with {@link CreateError}, everything else with {@link ReadError}.
 */
export type KieOperations = Surface<{
  readonly [Id in OperationId]: Id extends keyof Overrides ? Overrides[Id] : MethodByRole<Id>
}>

/** The operations of {@link KieClient}, mirroring the plain client's names. */
export type KieClientService = KieOperations & {
  /**
   * Creates a task from `{ api, ...body }` (the shape of `run` and of a `kie batch` line) with the
   * family's main create. Never resent when its outcome is unknown.
   */
  readonly create: <M extends string>(
    request: RunRequest<M>,
    options?: RequestOptions,
  ) => Effect.Effect<TaskCreated, CreateError>
  /** Reads a task of any family: `{ api, taskId }`. */
  readonly getTask: <A extends KieApi>(
    task: TaskRef<A>,
    options?: RequestOptions,
  ) => Effect.Effect<TaskOf<A>, ReadError>
  /**
   * A direct download link (valid 20 minutes) for one result URL of a task, through its family's
   * own download-url operation or the common one: use it when a result URL expired.
   */
  readonly downloadLink: (
    task: TaskRef & { readonly url: string },
    options?: RequestOptions,
  ) => Effect.Effect<string, ReadError>
  /**
   * Polls a task until it succeeds (the result), fails (`TaskFailedError`) or the deadline passes
   * (`WaitTimeoutError`, which says how to resume). Works on any existing task id. A transient
   * read failure (after the request's retries) does not end the wait; it is the `cause` of the
   * `WaitTimeoutError` if the deadline comes first. Other read errors end it at once.
   */
  readonly waitForTask: <A extends KieApi>(
    task: TaskRef<A>,
    options?: WaitOptions<TaskOf<A>>,
  ) => Effect.Effect<TaskOf<A>, WaitError>
  /**
   * The task's updates as a Stream: the first read, every change of status or progress, and the
   * final task last. After a failed task the stream fails with `TaskFailedError`.
   */
  readonly watchTask: <A extends KieApi>(
    task: TaskRef<A>,
    options?: Omit<WaitOptions<TaskOf<A>>, "onUpdate">,
  ) => Stream.Stream<TaskOf<A>, WaitError>
  /** Creates a task and waits for it; `onTaskCreated` runs before the wait. */
  readonly run: <R extends RunRequest>(
    request: R,
    options?: RunOptions<TaskOf<R["api"]>>,
  ) => Effect.Effect<TaskOf<R["api"]>, RunError>
}

const configLayer = (options: Omit<KieClientOptions, "apiKey" | "baseUrl"> = {}) =>
  Layer.effect(
    KieClient,
    Effect.gen(function* () {
      const apiKey = yield* Config.Redacted("KIE_API_KEY")
      const baseUrl = yield* Config.option(Config.String("KIE_BASE_URL"))
      const uploadBaseUrl = yield* Config.option(Config.String("KIE_UPLOAD_BASE_URL"))
      return yield* make({
        ...options,
        apiKey,
        baseUrl: Option.getOrUndefined(baseUrl),
        uploadBaseUrl: options.uploadBaseUrl ?? Option.getOrUndefined(uploadBaseUrl),
      })
    }),
  )

/**
 * The KIE client service. Get it with `yield* KieClient`; provide it with {@link KieClient.layer}
 * or {@link KieClient.layerConfig} (both need an `HttpClient`, e.g. `FetchHttpClient.layer`), or
 * with any layer of your own in tests (`Layer.succeed(KieClient, fake)`).
 */
export class KieClient extends Context.Service<KieClient, KieClientService>()(
  "@kie-kit/effect-client/KieClient",
) {
  /**
   * Builds the service (for custom layers). Requires `HttpClient.HttpClient`. Fails with
   * `Config.ConfigError` when the API key is empty or blank.
   */
  static readonly make: (
    options: KieClientOptions,
  ) => Effect.Effect<KieClientService, Config.ConfigError, HttpClient.HttpClient> = make

  /**
   * A layer of the client. It requires an `HttpClient`: provide `FetchHttpClient.layer` from
   * `effect/http` (or any HttpClient layer: a proxy, a test double, a traced client). Building it
   * fails with `Config.ConfigError` (a typed error, not a defect) when the API key is empty or
   * blank; nothing is sent then.
   */
  static readonly layer = (
    options: KieClientOptions,
  ): Layer.Layer<KieClient, Config.ConfigError, HttpClient.HttpClient> =>
    Layer.effect(KieClient, make(options))

  /**
   * {@link KieClient.layer} configured through `Config`: `KIE_API_KEY` (required, read as
   * `Redacted`), `KIE_BASE_URL` and `KIE_UPLOAD_BASE_URL` (optional). Other options are passed
   * directly. Requires an `HttpClient`. A missing, empty or blank `KIE_API_KEY` is a
   * `Config.ConfigError`.
   */
  static readonly layerConfig = (
    options?: Omit<KieClientOptions, "apiKey" | "baseUrl">,
  ): Layer.Layer<KieClient, Config.ConfigError, HttpClient.HttpClient> => configLayer(options)
}
