/**
 * The KIE error-code table (REFERENCE section 6) as data, and the mapping from a response's body
 * `code` + HTTP status to the error taxonomy. Pure.
 */

import {
  type AnyKieApiError,
  AuthenticationError,
  FeatureDisabledError,
  InsufficientCreditsError,
  KeyLimitError,
  type KieApiErrorParams,
  type KieApiErrorTag,
  MaintenanceError,
  NotFoundError,
  QueueFullError,
  RateLimitError,
  ServerError,
  ValidationError,
} from "./errors"
import { isRetryableCreate, isRetryableRead } from "./retry"
import { isSuccessStatus } from "./util"

/** What kie-kit knows about one envelope `code` (or HTTP status). */
export interface KieCodeInfo {
  readonly code: number
  /** The error class it maps to. */
  readonly errorTag: KieApiErrorTag
  /** A read (record-info, credits, download-url) may be retried with backoff. */
  readonly retryableRead: boolean
  /** A create that got this answer was provably not processed, so resending is safe. */
  readonly safeToRetryCreate: boolean
}

/**
 * The error class of every documented non-success code, with its meaning from the KIE docs.
 * 200 is success and not listed; codes not in this table map to {@link ServerError}.
 *
 * Decisions where the docs are vague:
 * - 400 (bad JSON / missing parameter), 405 (wrong method, upload host) and 451 (KIE could not
 *   download a supplied image) map to ValidationError: resending the same request fails again.
 * - 501 ("generation failed") maps to ServerError but is NOT retryable for reads: it reports a
 *   deterministic failure, not a transient fault, so polling again returns the same answer.
 * - 408 (upstream silent for 10 minutes) is a transient server fault: retryable for reads; for a
 *   create the outcome is unknown.
 */
const CODE_CLASSES: Record<number, new (params: KieApiErrorParams) => AnyKieApiError> = {
  400: ValidationError, // bad request: malformed body or missing parameter
  401: AuthenticationError, // missing or invalid API key (or IP not whitelisted)
  402: InsufficientCreditsError, // insufficient credits
  404: NotFoundError, // task, record or endpoint not found
  405: ValidationError, // method not allowed (file upload host)
  408: ServerError, // upstream returned no result for more than 10 minutes
  422: ValidationError, // parameter validation failed
  429: RateLimitError, // rate limited: request rejected, not queued
  433: KeyLimitError, // sub-key usage exceeds its configured limit
  451: ValidationError, // KIE could not download the supplied image
  455: MaintenanceError, // service unavailable: maintenance
  500: ServerError, // internal server error
  501: ServerError, // generation failed
  505: FeatureDisabledError, // feature disabled
  550: QueueFullError, // connection denied: the upstream queue is full
}

const toCode = (value: unknown): number | undefined => {
  if (typeof value === "number" && Number.isInteger(value)) return value
  if (typeof value === "string" && /^\s*\d{1,4}\s*$/.test(value)) return Number(value)
  return undefined
}

/**
 * The code that decides whether a response is an error: the body `code` when it is present and not
 * 200, otherwise the HTTP status when it is not 2xx; `undefined` when both say success.
 * (A non-2xx HTTP status with a 200 body code is still an error.)
 */
export const effectiveErrorCode = (input: {
  readonly code?: unknown
  readonly httpStatus: number
}): number | undefined => {
  const body = toCode(input.code)
  if (body !== undefined && body !== 200) return body
  return isSuccessStatus(input.httpStatus) ? undefined : input.httpStatus
}

export interface ErrorFromApiInput {
  /** The body `code` (number or numeric string); absent/null when the body had none. */
  readonly code?: unknown
  readonly httpStatus: number
  /** The body `msg` (or `message`). */
  readonly msg?: string | null | undefined
  readonly operation?: string | undefined
  /** From the `Retry-After` header, see {@link parseRetryAfter}. */
  readonly retryAfterMs?: number | undefined
  readonly cause?: unknown
}

/**
 * The {@link KieApiError} subclass for a failed response. The body code wins unless it is 200 or
 * absent, then the HTTP status decides (see {@link effectiveErrorCode}). Unknown codes give a
 * {@link ServerError}. If both say success (a caller bug) a ServerError with that code is returned.
 */
export const errorFromApi = (input: ErrorFromApiInput): AnyKieApiError => {
  const { httpStatus, msg, operation, retryAfterMs, cause } = input
  const code = effectiveErrorCode(input) ?? toCode(input.code) ?? httpStatus
  const ErrorClass = CODE_CLASSES[code] ?? ServerError
  return new ErrorClass({ code, httpStatus, msg: msg ?? undefined, operation, retryAfterMs, cause })
}

/**
 * Every documented non-success code with its error class and retry rules. Derived from the
 * classes above and the rules in `retry.ts`, so the table cannot disagree with the client.
 */
export const KIE_CODES: Readonly<Record<number, KieCodeInfo>> = /* @__PURE__ */ (() => {
  const table: Record<number, KieCodeInfo> = {}
  for (const key of Object.keys(CODE_CLASSES)) {
    const code = Number(key)
    const error = errorFromApi({ code, httpStatus: 200 })
    table[code] = {
      code,
      errorTag: error._tag,
      retryableRead: isRetryableRead(error),
      safeToRetryCreate: isRetryableCreate(error),
    }
  }
  return Object.freeze(table)
})()

/** The table entry for a code, or `undefined` for an unknown code. */
export const codeInfo = (code: number): KieCodeInfo | undefined =>
  Object.hasOwn(KIE_CODES, code) ? KIE_CODES[code] : undefined

/**
 * Parses a `Retry-After` header into a delay in ms: delay-seconds (`"5"`, also `"1.5"`) or an
 * HTTP-date (IMF-fixdate, RFC 850 or asctime), relative to `nowMs`. A date in the past gives 0.
 * Anything else (empty, negative, garbage) gives `undefined`. Not capped here; see
 * `backoffDelay`'s `maxRetryAfterMs`.
 */
export const parseRetryAfter = (
  headerValue: string | null | undefined,
  nowMs: number,
): number | undefined => {
  const value = headerValue?.trim() ?? ""
  if (/^\d+(\.\d+)?$/.test(value)) {
    const ms = Math.round(Number(value) * 1000)
    return Number.isFinite(ms) ? ms : undefined
  }
  // The three HTTP-date formats start with a day name and end with "hh:mm:ss GMT" or (asctime)
  // "hh:mm:ss yyyy"; Date.parse reads each of them.
  const at = /^[a-z]{3}\D.*\d:\d\d (GMT|\d{4})$/i.test(value) ? Date.parse(value) : Number.NaN
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs)
}
