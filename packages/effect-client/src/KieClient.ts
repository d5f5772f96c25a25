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
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_UPLOAD_BASE_URL,
  type FluxKontextGenerateRequest,
  type Gpt4oImageDownloadUrlRequest,
  type Gpt4oImageGenerateRequest,
  type MarketCreateTaskRequest,
  type RunRequest,
  type UploadBase64Request,
  type UploadStreamRequest,
  type UploadUrlRequest,
} from "@kie-kit/client"
import type { KieApi, Task } from "@kie-kit/client/core"
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
import type * as KieSchema from "./KieSchema"
import type * as Poll from "./Poll"
import type * as Retry from "./Retry"

export type {
  FluxKontextGenerateRequest,
  Gpt4oImageDownloadUrlRequest,
  Gpt4oImageGenerateRequest,
  KieApi,
  MarketCreateTaskRequest,
  RunRequest,
  Task,
  UploadBase64Request,
  UploadStreamRequest,
  UploadUrlRequest,
}

/**
 * The default hosts (`https://api.kie.ai`, and `https://kieai.redpandaai.co` for file uploads):
 * the plain client's constants, so both clients always agree.
 */
export { DEFAULT_BASE_URL, DEFAULT_UPLOAD_BASE_URL }
/** The default per-request timeout: 60 seconds (the plain client's `DEFAULT_TIMEOUT_MS`). */
export const DEFAULT_TIMEOUT: Duration.Duration = Duration.millis(DEFAULT_TIMEOUT_MS)

// -------------------------------------------------------------------------------------------------
// Tasks
// -------------------------------------------------------------------------------------------------

/** A Flux Kontext task; `raw` is the decoded record (`paramJson` parsed). */
export interface FluxKontextTask extends Task {
  readonly api: "flux-kontext"
  readonly raw: KieSchema.FluxKontextRecord
}

/** A 4o Image task; `raw` is the decoded record (`paramJson` parsed). */
export interface Gpt4oImageTask extends Task {
  readonly api: "gpt4o-image"
  readonly raw: KieSchema.Gpt4oImageRecord
}

/** A Market task; `raw` is the decoded record (`param` and `resultJson` parsed). */
export interface MarketTask extends Task {
  readonly api: "market"
  readonly raw: KieSchema.MarketRecord
}

/** The task type of a family. */
export type TaskOf<A extends KieApi> = A extends "flux-kontext"
  ? FluxKontextTask
  : A extends "gpt4o-image"
    ? Gpt4oImageTask
    : A extends "market"
      ? MarketTask
      : never

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

/** The operations of {@link KieClient}, mirroring the plain client's names. */
export interface KieClientService {
  readonly fluxKontext: {
    /** Creates a Flux Kontext generation or edit task. Never resent when its outcome is unknown. */
    readonly generate: (
      body: FluxKontextGenerateRequest,
      options?: RequestOptions,
    ) => Effect.Effect<KieSchema.TaskCreated, CreateError>
    /** Reads a Flux Kontext task. */
    readonly get: (
      taskId: string,
      options?: RequestOptions,
    ) => Effect.Effect<FluxKontextTask, ReadError>
  }
  readonly gpt4oImage: {
    /** Creates a 4o Image task. Never resent when its outcome is unknown. */
    readonly generate: (
      body: Gpt4oImageGenerateRequest,
      options?: RequestOptions,
    ) => Effect.Effect<KieSchema.TaskCreated, CreateError>
    /** Reads a 4o Image task. */
    readonly get: (
      taskId: string,
      options?: RequestOptions,
    ) => Effect.Effect<Gpt4oImageTask, ReadError>
    /** Turns a 4o result URL into a direct download link valid for 20 minutes. */
    readonly downloadUrl: (
      body: Gpt4oImageDownloadUrlRequest,
      options?: RequestOptions,
    ) => Effect.Effect<string, ReadError>
  }
  readonly market: {
    /** Creates a Market task; `input` is typed by `model` where the spec types it. */
    readonly createTask: (
      body: MarketCreateTaskRequest,
      options?: RequestOptions,
    ) => Effect.Effect<KieSchema.MarketTaskCreated, CreateError>
    /** Reads a Market task. */
    readonly get: (taskId: string, options?: RequestOptions) => Effect.Effect<MarketTask, ReadError>
  }
  /** The remaining credits of the account. */
  readonly credits: (options?: RequestOptions) => Effect.Effect<number, ReadError>
  /** Turns a KIE result URL (any family) into a direct download link valid for 20 minutes. */
  readonly downloadUrl: (url: string, options?: RequestOptions) => Effect.Effect<string, ReadError>
  readonly files: {
    /** Uploads base64 data (bare or a `data:` URL). Free and overwriting, so retried like reads. */
    readonly uploadBase64: (
      body: UploadBase64Request,
      options?: RequestOptions,
    ) => Effect.Effect<KieSchema.UploadedFile, ReadError>
    /** Uploads a file as multipart/form-data (best above 10 MB). */
    readonly uploadStream: (
      body: UploadStreamRequest,
      options?: RequestOptions,
    ) => Effect.Effect<KieSchema.UploadedFile, ReadError>
    /** Asks KIE to fetch a public URL and store it. */
    readonly uploadUrl: (
      body: UploadUrlRequest,
      options?: RequestOptions,
    ) => Effect.Effect<KieSchema.UploadedFile, ReadError>
  }
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
