import type { operationTable } from "@kie-kit/spec"
import type { TaskApi, TaskStatus } from "./families"

/** Fault kinds the mock can inject (randomly, seeded, or on demand with `injectFault`). */
export type FaultKind =
  | "5xx"
  | "maintenance"
  | "slow"
  | "reset-before"
  | "reset-after"
  | "malformed"

export const FAULT_KINDS: readonly FaultKind[] = [
  "5xx",
  "maintenance",
  "slow",
  "reset-before",
  "reset-after",
  "malformed",
]

/** The operationIds of the spec (the mock routes by them): the keys of its operation table. */
export type OperationId = keyof typeof operationTable

export interface RateLimitOptions {
  /** Creates accepted per key within `perMs` (default 20). */
  readonly creates?: number
  /** The create window in ms (default 10 000). */
  readonly perMs?: number
  /** 4o record-info queries per second per task (default 3; `false` disables). */
  readonly gpt4oQueriesPerSecond?: number | false
  /** Market recordInfo queries per second per key (default `false` = off; the docs say 10). */
  readonly marketQueriesPerSecond?: number | false
}

export interface FaultOptions {
  /** Probability (0-1) that an operation request gets a random fault (default 0). */
  readonly rate?: number
  /** Kinds random injection picks from (default: all of `FAULT_KINDS`). */
  readonly kinds?: readonly FaultKind[]
  /** Delay of the "slow" fault in ms (default 2000). */
  readonly slowMs?: number
}

export interface ResultUrlTtls {
  /** Flux Kontext result URLs (default 14 days). */
  readonly fluxKontext?: number
  /** 4o Image result URLs (default 14 days). */
  readonly gpt4oImage?: number
  /** Market result URLs (default 24 hours). */
  readonly market?: number
  /** Every other family's result URLs (Veo, Suno, Runway, ...; default 14 days). */
  readonly other?: number
}

export interface MockServerOptions {
  /** Port of the API host stand-in (default 0 = any free port). */
  readonly port?: number
  /** Port of the upload host stand-in (default 0 = any free port). */
  readonly uploadPort?: number
  /** Interface to listen on (default "127.0.0.1"). */
  readonly host?: string
  /** Accepted API keys (default: any non-empty bearer token). */
  readonly apiKeys?: readonly string[]
  /** Starting credit balance of every key (default 1000). */
  readonly credits?: number
  /** How long a task takes from creation to its final state, in ms (default 1500). */
  readonly taskDurationMs?: number
  /** Result URL lifetime after completion: one number for every family, or per family. */
  readonly resultUrlTtlMs?: number | ResultUrlTtls
  /** Lifetime of download-url links (default 20 minutes). */
  readonly downloadUrlTtlMs?: number
  /** Lifetime of uploaded files (default 3 days). */
  readonly uploadTtlMs?: number
  /**
   * How long generated files are kept after completion (default 14 days). The download-url
   * endpoints refresh an expired result URL while its task is within this period.
   */
  readonly retentionMs?: number
  /** HMAC key for callback signatures; callbacks are unsigned without it (default unset). */
  readonly webhookSecret?: string
  /** Rate limits; `false` disables all of them. */
  readonly rateLimit?: RateLimitOptions | false
  /** Seeded random fault injection. */
  readonly faults?: FaultOptions
  /** Seed of the PRNG behind task ids and random faults (default 0x4b1e). */
  readonly seed?: number
  /** The clock (default `Date.now`). Task state is derived from it on every read. */
  readonly now?: () => number
  /** Receives one line per request and callback attempt (default: silent). */
  readonly logger?: ((line: string) => void) | false
  /** Delays before callback retries (default [1000, 5000, 15000]). */
  readonly callbackRetryDelaysMs?: readonly number[]
  /** How long a callback receiver may take to answer (default 15 000 ms). */
  readonly callbackTimeoutMs?: number
}

/** One request the mock received, as recorded in `mock.requests`. */
export interface RecordedRequest {
  /** Which stand-in received it. */
  readonly host: "api" | "upload"
  readonly method: string
  readonly path: string
  /** The spec operation it matched (absent for file downloads and unknown routes). */
  readonly operationId?: OperationId
  readonly query: Readonly<Record<string, string>>
  /**
   * The parsed JSON body; for multipart uploads `{ fields, file: { filename, contentType, size } }`;
   * the raw text when it was not valid JSON.
   */
  readonly body?: unknown
  /** HTTP status sent; 0 when the connection was destroyed instead (reset faults). */
  readonly status: number
  /** The body `code` sent, when the response was a JSON envelope. */
  readonly code?: number
  /** The bearer token exactly as sent (undefined when there was none). */
  readonly apiKey?: string
  /** `now()` when the request arrived. */
  readonly at: number
  /** Wall-clock handling time in ms. */
  readonly durationMs: number
  /** The fault applied to this request, if any. */
  readonly fault?: FaultKind
  /** Set when a response queued with `injectResponse` answered this request. */
  readonly scripted?: true
}

/** A task as seen by `mock.tasks()`; `status` and `resultUrls` are derived at call time. */
export interface MockTask {
  readonly api: TaskApi
  readonly taskId: string
  readonly apiKey: string
  readonly model: string
  /** The create request body as received. */
  readonly request: unknown
  readonly createdAt: number
  readonly durationMs: number
  /** createdAt + durationMs: when the task reaches its final state. */
  readonly completesAt: number
  readonly callBackUrl?: string
  /** Credits charged at creation (refunded when the task fails). */
  readonly cost: number
  readonly status: TaskStatus
  /** The result URLs (the task's files; they serve 404 until the task succeeds). */
  readonly resultUrls: readonly string[]
  /** Set when a `mock:fail` trigger made the task fail. */
  readonly failure?: { readonly code: number | string; readonly message: string }
}

/** One callback delivery attempt, as recorded in `mock.callbacks`. */
export interface CallbackDelivery {
  readonly api: TaskApi
  readonly taskId: string
  readonly url: string
  /** 1 for the first delivery, 2+ for retries. */
  readonly attempt: number
  /** `now()` when the attempt was sent. */
  readonly at: number
  /** Request headers sent (including the signature headers when signing). */
  readonly headers: Readonly<Record<string, string>>
  readonly payload: unknown
  /** HTTP status the receiver answered with (absent on connection errors). */
  readonly status?: number
  /** Connection error or timeout (absent when the receiver answered). */
  readonly error?: string
  readonly durationMs: number
}

/** Which requests an injected fault, error or scripted response applies to. */
export interface InjectFaultOptions {
  /** Only requests to this operation get it (default: any operation). */
  readonly operationId?: OperationId
  /** How many matching requests get it (default 1). */
  readonly times?: number
}

/** A response scripted with `mock.injectResponse`, sent exactly as given. */
export interface ScriptedResponse {
  /** HTTP status, 200-599 (default 200). */
  readonly status?: number
  /**
   * The body: a string is sent as is (`Content-Type: text/plain; charset=utf-8` unless `headers`
   * set one); anything else is serialized as JSON (`application/json; charset=utf-8`).
   */
  readonly body: unknown
  /** Extra response headers, e.g. `{ "Retry-After": "2" }`; they override the defaults. */
  readonly headers?: Readonly<Record<string, string>>
}

/**
 * A fault scripted with `mock.injectResponse`: the request is handled with this fault (as
 * `injectFault` would), in its place in the queue of scripted responses.
 */
export interface ScriptedFault {
  readonly fault: FaultKind
}

/** The request a scripted-response function is called with. */
export interface ScriptedRequest {
  readonly operationId: OperationId
  readonly query: Readonly<Record<string, string>>
  /** The body as `mock.requests` records it (parsed JSON, raw text, or a multipart summary). */
  readonly body?: unknown
}

/** The running mock server. */
export interface MockServer {
  /** Base URL of the api.kie.ai stand-in, e.g. `http://127.0.0.1:54321`. */
  readonly url: string
  /** Base URL of the upload host stand-in (kieai.redpandaai.co), on a second port. */
  readonly uploadUrl: string
  readonly port: number
  readonly uploadPort: number
  /** Every request seen, oldest first (live array; cleared by `reset()`). */
  readonly requests: readonly RecordedRequest[]
  /** Every callback delivery attempt, oldest first (live array). */
  readonly callbacks: readonly CallbackDelivery[]
  /** Tasks created, oldest first, optionally only those of one key. */
  tasks(apiKey?: string): MockTask[]
  /** Current credit balance of a key (refunds of failed tasks included). */
  credits(apiKey: string): number
  setCredits(apiKey: string, credits: number): void
  /** Forces a fault on the next matching request(s), ahead of any random fault. */
  injectFault(kind: FaultKind, options?: InjectFaultOptions): void
  /**
   * Answers the next matching request(s) with this error code in the body (HTTP 200, `data:
   * null`; on the upload host `success: false`), before anything else happens: for codes no
   * trigger produces, such as 433 (key limit), 505 (feature disabled) or 550 (queue full).
   */
  injectError(code: number, options?: InjectFaultOptions): void
  /**
   * Answers the next matching operation request(s) with exactly this response instead of
   * handling them: no authentication, validation, task, charge, rate-limit count, fault or
   * injected error, and the request is recorded in `requests` with `scripted: true`. A function
   * is called with each matching request and returns the response to send.
   *
   * Scripts are used first in first out (each for `times` requests), and ahead of any fault or
   * error injected for the same request, which stay queued. `reset()` forgets them. Throws a
   * RangeError/TypeError for an invalid status, header or body (a function's result is checked
   * when it is called; an invalid one is answered with HTTP 500 and logged).
   *
   * A `{ fault }` in the queue makes that request fail with the fault (a reset before or after
   * handling, a body cut short, a slow answer) instead, so a script can say "a reset, then
   * this answer" in order.
   *
   * @example
   * mock.injectResponse(
   *   { status: 429, body: { code: 429, msg: "Slow down" }, headers: { "Retry-After": "2" } },
   *   { operationId: "marketCreateTask", times: 2 },
   * )
   */
  injectResponse(
    response: ScriptedResponse | ScriptedFault | ((request: ScriptedRequest) => ScriptedResponse),
    options?: InjectFaultOptions,
  ): void
  /**
   * Starts the callbacks of every task that is complete at `now()` and waits until all
   * delivery attempts in flight have finished (retries scheduled for later are not awaited).
   */
  flushCallbacks(): Promise<void>
  /**
   * Forgets all tasks, requests, callbacks, uploads, balances, limits, injected faults, errors
   * and scripted responses; re-seeds.
   */
  reset(): void
  /** Stops both listeners, drops open connections and cancels pending timers. */
  close(): Promise<void>
}
