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

/** What kie-kit knows about one envelope `code` (or HTTP status). */
export interface KieCodeInfo {
  readonly code: number
  /** Paraphrased meaning from the KIE docs. */
  readonly meaning: string
  /** The error class it maps to. */
  readonly errorTag: KieApiErrorTag
  /** A read (record-info, credits, download-url) may be retried with backoff. */
  readonly retryableRead: boolean
  /** A create that got this answer was provably not processed, so resending is safe. */
  readonly safeToRetryCreate: boolean
}

const entry = (
  code: number,
  meaning: string,
  errorTag: KieApiErrorTag,
  retryableRead: boolean,
  safeToRetryCreate: boolean,
): KieCodeInfo => ({ code, meaning, errorTag, retryableRead, safeToRetryCreate })

/**
 * Every documented non-success code. 200 is success and not listed. Codes not in this table map
 * to {@link ServerError}.
 *
 * Decisions where the docs are vague:
 * - 400 (bad JSON / missing parameter), 405 (wrong method, upload host) and 451 (KIE could not
 *   download a supplied image) map to ValidationError: resending the same request fails again.
 * - 501 ("generation failed") maps to ServerError but is NOT retryable for reads: it reports a
 *   deterministic failure, not a transient fault, so polling again returns the same answer.
 * - 408 (upstream silent for 10 minutes) is a transient server fault: retryable for reads; for a
 *   create the outcome is unknown.
 */
export const KIE_CODES: Readonly<Record<number, KieCodeInfo>> = Object.freeze({
  400: entry(
    400,
    "Bad request: malformed body or missing parameter",
    "ValidationError",
    false,
    false,
  ),
  401: entry(
    401,
    "Missing or invalid API key (or IP not whitelisted)",
    "AuthenticationError",
    false,
    false,
  ),
  402: entry(402, "Insufficient credits", "InsufficientCreditsError", false, false),
  404: entry(404, "Task, record or endpoint not found", "NotFoundError", false, false),
  405: entry(405, "Method not allowed (file upload host)", "ValidationError", false, false),
  408: entry(
    408,
    "Upstream returned no result for more than 10 minutes",
    "ServerError",
    true,
    false,
  ),
  422: entry(422, "Parameter validation failed", "ValidationError", false, false),
  429: entry(429, "Rate limited: request rejected, not queued", "RateLimitError", true, true),
  433: entry(433, "Sub-key usage exceeds its configured limit", "KeyLimitError", false, false),
  451: entry(451, "KIE could not download the supplied image", "ValidationError", false, false),
  455: entry(455, "Service unavailable: maintenance", "MaintenanceError", true, true),
  500: entry(500, "Internal server error", "ServerError", true, false),
  501: entry(501, "Generation failed", "ServerError", false, false),
  505: entry(505, "Feature disabled", "FeatureDisabledError", false, false),
  550: entry(550, "Connection denied: the upstream queue is full", "QueueFullError", true, true),
})

/** The table entry for a code, or `undefined` for an unknown code. */
export const codeInfo = (code: number): KieCodeInfo | undefined =>
  Object.hasOwn(KIE_CODES, code) ? KIE_CODES[code] : undefined

const toCode = (value: unknown): number | undefined => {
  if (typeof value === "number" && Number.isInteger(value)) return value
  if (typeof value === "string" && /^\s*\d{1,4}\s*$/.test(value)) return Number(value)
  return undefined
}

const isSuccessStatus = (status: number): boolean => status >= 200 && status <= 299

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
  if (!isSuccessStatus(input.httpStatus)) return input.httpStatus
  return undefined
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

const classes: Record<KieApiErrorTag, new (params: KieApiErrorParams) => AnyKieApiError> = {
  AuthenticationError,
  InsufficientCreditsError,
  NotFoundError,
  ValidationError,
  RateLimitError,
  KeyLimitError,
  MaintenanceError,
  FeatureDisabledError,
  QueueFullError,
  ServerError,
}

/**
 * The {@link KieApiError} subclass for a failed response. The body code wins unless it is 200 or
 * absent, then the HTTP status decides (see {@link effectiveErrorCode}). Unknown codes give a
 * {@link ServerError}. If both say success (a caller bug) a ServerError with that code is returned.
 */
export const errorFromApi = (input: ErrorFromApiInput): AnyKieApiError => {
  const code = effectiveErrorCode(input) ?? toCode(input.code) ?? input.httpStatus
  const tag = codeInfo(code)?.errorTag ?? "ServerError"
  const params: {
    -readonly [K in keyof KieApiErrorParams]: KieApiErrorParams[K]
  } = { code, httpStatus: input.httpStatus }
  if (typeof input.msg === "string") params.msg = input.msg
  if (input.operation !== undefined) params.operation = input.operation
  if (input.retryAfterMs !== undefined) params.retryAfterMs = input.retryAfterMs
  if (input.cause !== undefined) params.cause = input.cause
  return new classes[tag](params)
}

const HTTP_DATE =
  /^(?:[A-Za-z]{3},\s*\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}:\d{2}\s+GMT|[A-Za-z]{6,9},\s*\d{1,2}-[A-Za-z]{3}-\d{2,4}\s+\d{2}:\d{2}:\d{2}\s+GMT|[A-Za-z]{3}\s+[A-Za-z]{3}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\s+\d{4})$/

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
  if (typeof headerValue !== "string") return undefined
  const value = headerValue.trim()
  if (value === "") return undefined
  if (/^\d+(?:\.\d+)?$/.test(value)) {
    const ms = Math.round(Number(value) * 1000)
    return Number.isFinite(ms) ? ms : undefined
  }
  if (!HTTP_DATE.test(value)) return undefined
  const at = Date.parse(value)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - nowMs)
}
