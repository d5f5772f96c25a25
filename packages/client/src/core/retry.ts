/**
 * Retry classification and backoff, shared by both clients. Pure: the clients do the sleeping.
 *
 * Rules ("creates are never silently repeated"):
 * - Reads (record-info, credits, download-url) retry transport errors, timeouts and
 *   408/429/455/550/5xx, except 501 ("generation failed" is a deterministic answer, not a transient
 *   fault) and 505 (feature disabled).
 * - Creates are resent only when the request provably was not processed: a connect-phase
 *   connection failure, or an explicit rejection (429, 455, 550).
 * - Any other create failure that may have been processed (reset or timeout after sending, 408,
 *   5xx, an undecodable success body) is an unknown outcome: raise CreateOutcomeUnknownError.
 */

import { limits, type OperationRole } from "@kie-kit/spec"
import {
  ConnectionError,
  CreateOutcomeUnknownError,
  KieApiError,
  MaintenanceError,
  QueueFullError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
} from "./errors"
import { unitRandom } from "./util"

/** Default retry settings. */
export const DEFAULT_RETRY = Object.freeze({
  /** Retries after the first attempt (so at most 4 requests). */
  maxRetries: 3,
  /** First backoff ceiling, doubled per attempt. */
  baseMs: 500,
  /** Largest backoff ceiling. */
  capMs: 20_000,
  /**
   * Largest `Retry-After` honoured. A server asking for longer (or a bogus far-future date) is
   * waited for at most 60 s before the next try, so a retry loop never hangs for minutes.
   */
  maxRetryAfterMs: 60_000,
})

/** KIE's create rate limit per account (`x-kie-limits` of the spec): 20 creates per 10 s. */
export const CREATE_LIMIT: number = limits.creates
/** The window of {@link CREATE_LIMIT}: 10 s. */
export const CREATE_WINDOW_MS: number = limits.createWindowMs

/**
 * 429, 455 and 550: KIE explicitly rejected the request without processing it (a create that got
 * one was not created, so it may be sent again; a batch queues it again itself).
 */
export const isRejection = (error: unknown): boolean =>
  error instanceof RateLimitError ||
  error instanceof MaintenanceError ||
  error instanceof QueueFullError

/**
 * Whether a failed read may be retried: ConnectionError (either phase), TimeoutError,
 * RateLimitError, MaintenanceError, QueueFullError, and ServerError with 408 or 5xx except 501.
 * Never: 401/402/404/422/433/505, AbortError, UnexpectedResponseError, unknown 4xx codes,
 * or anything that is not a kie-kit error.
 */
export const isRetryableRead = (error: unknown): boolean =>
  error instanceof ConnectionError ||
  error instanceof TimeoutError ||
  isRejection(error) ||
  (error instanceof ServerError &&
    (error.code === 408 || (error.code >= 500 && error.code <= 599 && error.code !== 501)))

/**
 * Whether a failed create may be resent: only when it provably was not processed — a
 * ConnectionError in the `"connect"` phase, RateLimitError (429), MaintenanceError (455) or
 * QueueFullError (550).
 */
export const isRetryableCreate = (error: unknown): boolean =>
  (error instanceof ConnectionError && error.phase === "connect") || isRejection(error)

/** Whether a failure of an operation with `role` may be retried (creates: only when safe). */
export const isRetryable = (role: OperationRole, error: unknown): boolean =>
  role === "create" ? isRetryableCreate(error) : isRetryableRead(error)

/**
 * What a failed create reports: {@link CreateOutcomeUnknownError} when KIE may have processed it
 * (see {@link createOutcomeIsUnknown}), else the error itself.
 */
export const createFailure = <E>(error: E, operation: string): E | CreateOutcomeUnknownError =>
  createOutcomeIsUnknown(error) ? new CreateOutcomeUnknownError({ operation, cause: error }) : error

/**
 * Whether a failed create may nevertheless have been processed (and billed), so the client must
 * raise CreateOutcomeUnknownError instead of the error itself and must not resend:
 * ConnectionError in the `"request"` phase, any TimeoutError (fetch cannot tell whether a
 * timed-out request was sent), ServerError except unknown 4xx codes (a 4xx means the request was
 * refused), and UnexpectedResponseError (an undecodable answer may hide a created task).
 * An AbortError is the caller's decision and is reported as such (false).
 */
export const createOutcomeIsUnknown = (error: unknown): boolean =>
  error instanceof ConnectionError
    ? error.phase === "request"
    : error instanceof TimeoutError ||
      error instanceof UnexpectedResponseError ||
      (error instanceof ServerError &&
        !(error.code >= 400 && error.code <= 499 && error.code !== 408))

/** The server-requested delay carried by an API error (`Retry-After`), if any. */
export const retryAfterMsOf = (error: unknown): number | undefined =>
  error instanceof KieApiError ? error.retryAfterMs : undefined

export interface BackoffOptions {
  /** First ceiling in ms (default 500). */
  readonly baseMs?: number
  /** Largest ceiling in ms (default 20 000). */
  readonly capMs?: number
  /** Source of randomness in [0, 1) (default Math.random); inject for tests. */
  readonly random?: (() => number) | undefined
  /** A server-requested minimum delay (`Retry-After`), in ms. */
  readonly retryAfterMs?: number | undefined
  /** Largest `retryAfterMs` honoured (default 60 000). */
  readonly maxRetryAfterMs?: number
}

/** `value` when it is a finite number >= 0, else `fallback`. */
const nonNegative = (value: number | undefined, fallback: number): number =>
  value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback

/**
 * The delay before retry number `attempt` (0 = the first retry): exponential backoff with FULL
 * jitter, `floor(random() * min(capMs, baseMs * 2^attempt))`, but never less than `retryAfterMs`
 * (itself capped at `maxRetryAfterMs`, default 60 s). The result is an integer number of ms.
 */
export const backoffDelay = (attempt: number, options: BackoffOptions = {}): number => {
  const { retryAfterMs } = options
  const baseMs = nonNegative(options.baseMs, DEFAULT_RETRY.baseMs)
  const capMs = nonNegative(options.capMs, DEFAULT_RETRY.capMs)
  const maxRetryAfterMs = nonNegative(options.maxRetryAfterMs, DEFAULT_RETRY.maxRetryAfterMs)
  // NaN and negative attempts count as 0; Infinity just hits the cap.
  const ceiling = Math.min(capMs, baseMs * 2 ** (attempt > 0 ? Math.floor(attempt) : 0))
  const jittered = Math.floor(unitRandom(options.random ?? Math.random) * ceiling)
  const floor =
    retryAfterMs !== undefined && Number.isFinite(retryAfterMs)
      ? Math.min(Math.max(0, Math.ceil(retryAfterMs)), maxRetryAfterMs)
      : 0
  return Math.max(jittered, floor)
}

/**
 * The smallest delay before retrying after `error`, whatever the schedule says: the server's
 * `Retry-After` (capped at {@link DEFAULT_RETRY}.maxRetryAfterMs), a full create window after a
 * 429 on a create that named no delay (retrying inside the window is only rejected again), and
 * the operation's own floor (a read of a task never comes sooner than its family's query limit).
 */
export const retryFloorMs = (
  error: unknown,
  options: { readonly role: OperationRole; readonly minDelayMs?: number | undefined },
): number => {
  const after =
    retryAfterMsOf(error) ??
    (options.role === "create" && error instanceof RateLimitError ? CREATE_WINDOW_MS : undefined)
  const retryAfter =
    after !== undefined && Number.isFinite(after)
      ? Math.min(Math.max(0, Math.ceil(after)), DEFAULT_RETRY.maxRetryAfterMs)
      : 0
  return Math.max(retryAfter, options.minDelayMs ?? 0)
}

/**
 * The delay before retry number `attempt` (0-based) after `error`: the default backoff
 * ({@link backoffDelay}), never below {@link retryFloorMs}.
 */
export const retryDelayMs = (
  attempt: number,
  error: unknown,
  options: {
    readonly role: OperationRole
    readonly minDelayMs?: number | undefined
    readonly random?: (() => number) | undefined
  },
): number => Math.max(backoffDelay(attempt, options), retryFloorMs(error, options))

/** Socket error codes that prove nothing was sent: DNS failures and refused or unreachable hosts. */
const CONNECT_CODES = new Set<unknown>([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
])

/**
 * Where a network failure happened, from the platform error a fetch threw: `"connect"` when its
 * socket code proves nothing was sent (Node's fetch wraps it in `cause`, sometimes inside an
 * AggregateError of attempts), else `"request"` (a browser's bare "Failed to fetch" included), so
 * only a provable connect failure lets a create be resent.
 */
export const connectionPhase = (error: unknown): "connect" | "request" => {
  let current = error as { code?: unknown; errors?: unknown[]; cause?: unknown } | undefined
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    if (typeof current.code === "string")
      return CONNECT_CODES.has(current.code) ? "connect" : "request"
    current = (current.errors?.[0] ?? current.cause) as typeof current
  }
  return "request"
}
