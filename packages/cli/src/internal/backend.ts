/**
 * The small interface the commands talk to. It hides which client does the work (the Effect
 * client, or the plain client behind the same shape), so commands, batch runs and tests depend
 * on this shape only. Every failure is one of the shared kie-kit errors (`@kie-kit/client/core`),
 * recognised by its `_tag`.
 */
import type { AnyKieError, KieApi, Task } from "@kie-kit/client/core"
import type { Effect } from "effect"

/** A create request for any family: `{ api, ...body }` exactly as the API takes the body. */
export type CreateRequest =
  | { readonly api: "flux-kontext"; readonly body: Record<string, unknown> }
  | { readonly api: "gpt4o-image"; readonly body: Record<string, unknown> }
  | { readonly api: "market"; readonly body: Record<string, unknown> }

export interface CreateOptions {
  /** Send the request once: no client-level retry, not even of a definite rejection. */
  readonly singleAttempt?: boolean | undefined
}

export interface WaitSettings {
  /** Fixed time between polls in ms; `undefined` = KIE's advised schedule. */
  readonly intervalMs?: number | undefined
  /** Overall deadline in ms. */
  readonly timeoutMs: number
  /** Called on the first poll and on every status or progress change. */
  readonly onUpdate?: ((task: Task) => void) | undefined
}

export interface SavedFile {
  /** Absolute path written. */
  readonly path: string
  /** The output URL it came from. */
  readonly url: string
  readonly bytes: number
}

export interface UploadRequest {
  /** Local file path. */
  readonly file: string
  /** Destination folder on KIE's file storage. */
  readonly uploadPath: string
  readonly fileName?: string | undefined
}

/** What the upload endpoints return: the client's type, from the spec's upload response. */
export type { UploadedFile } from "@kie-kit/client"

import type { UploadedFile } from "@kie-kit/client"

export type KieFailure = AnyKieError

export interface Backend {
  /** Which client implements this backend (shown with --verbose). */
  readonly implementation: string
  /**
   * Creates a task; never resent when its outcome is unknown (CreateOutcomeUnknownError). A
   * definite rejection (429, 455, 550, no connection) is resent with backoff, unless
   * `singleAttempt` is set: then it fails at once and the caller decides (the batch journals it
   * and queues the job again through its rate limiter).
   */
  readonly create: (
    request: CreateRequest,
    options?: CreateOptions,
  ) => Effect.Effect<{ readonly taskId: string }, KieFailure>
  readonly get: (api: KieApi, taskId: string) => Effect.Effect<Task, KieFailure>
  /** Polls until succeeded (returns it), failed (TaskFailedError) or timed out (WaitTimeoutError). */
  readonly wait: (
    api: KieApi,
    taskId: string,
    settings: WaitSettings,
  ) => Effect.Effect<Task, KieFailure>
  /**
   * Saves every output of a succeeded task as `<taskId>-<n>.<ext>`, atomically and durably (each
   * file fsynced before its rename); resolves once every file is on disk.
   */
  readonly download: (
    task: Task,
    dir: string,
    onFile?: (file: SavedFile) => void,
  ) => Effect.Effect<ReadonlyArray<SavedFile>, KieFailure>
  readonly credits: Effect.Effect<number, KieFailure>
  readonly upload: (request: UploadRequest) => Effect.Effect<UploadedFile, KieFailure>
}

/** How to reach KIE, resolved from the global flags. */
export interface Connection {
  readonly apiKey: string
  readonly baseUrl?: string | undefined
  readonly uploadBaseUrl?: string | undefined
  readonly maxRetries?: number | undefined
  /** Receives redacted request/retry lines (--verbose). */
  readonly log?: ((line: string) => void) | undefined
}
