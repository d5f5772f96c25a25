/**
 * The kie-kit error taxonomy in Effect's error channel.
 *
 * These are the very classes of `@kie-kit/client` (re-exported from its dependency-free core),
 * not wrappers: each has a readonly `_tag` equal to its class name, so `Effect.catchTag`,
 * `Effect.catchTags` and `instanceof` work, and code that handles errors of the plain client
 * handles errors of the Effect client unchanged. Every message is one actionable sentence and
 * never contains the API key.
 *
 * The unions below are the exact error channels of the {@link KieClient} operations:
 * - a read (`get`, `credits`, `downloadUrl`, uploads) fails with {@link ReadError};
 * - a create (`generate`, `createTask`) fails with {@link CreateError}: an ambiguous failure
 *   (timeout, reset after sending, 5xx, an undecodable success body) is reported as
 *   {@link CreateOutcomeUnknownError} and never resent, so a create cannot fail with
 *   `TimeoutError` or `UnexpectedResponseError`;
 * - `waitForTask` and `watchTask` fail with {@link WaitError};
 * - `run` (create + wait) fails with {@link RunError}.
 *
 * @since 0.1.0
 */
import type {
  AnyKieApiError,
  AuthenticationError,
  ConnectionError,
  CreateOutcomeUnknownError,
  FeatureDisabledError,
  InsufficientCreditsError,
  KeyLimitError,
  MaintenanceError,
  NotFoundError,
  QueueFullError,
  RateLimitError,
  ServerError,
  TaskFailedError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  WaitTimeoutError,
} from "@kie-kit/client/core"

export {
  AuthenticationError,
  ConnectionError,
  type ConnectionPhase,
  CreateOutcomeUnknownError,
  FeatureDisabledError,
  InsufficientCreditsError,
  isKieApiError,
  isKieError,
  KeyLimitError,
  KieApiError,
  KieError,
  MaintenanceError,
  NotFoundError,
  QueueFullError,
  RateLimitError,
  ServerError,
  TaskFailedError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  WaitTimeoutError,
} from "@kie-kit/client/core"

/** Every error built from a KIE response `code` (body or HTTP status). */
export type ApiError = AnyKieApiError

/** The errors every API response can map to, by `_tag`. */
export type ApiErrorTag = ApiError["_tag"]

/**
 * What one request can fail with before the create-safety rules apply: an API error, a network
 * failure, a per-request timeout, or a response not in the documented shape. This is also the
 * input of a retry schedule (see `Retry`).
 */
export type RequestError = ApiError | ConnectionError | TimeoutError | UnexpectedResponseError

/** The error channel of a read: `get`, `credits`, `downloadUrl`, `gpt4oImage.downloadUrl`, uploads. */
export type ReadError = RequestError

/**
 * The error channel of a create (`fluxKontext.generate`, `gpt4oImage.generate`,
 * `market.createTask`). `ConnectionError` here is always a connect-phase failure (nothing was
 * sent); anything that may have been processed is a {@link CreateOutcomeUnknownError}.
 */
export type CreateError = ApiError | ConnectionError | CreateOutcomeUnknownError

/** The error channel of `waitForTask` and `watchTask`: the polls' errors plus the two outcomes. */
export type WaitError = ReadError | TaskFailedError | WaitTimeoutError

/** The error channel of `run` (create, then wait). */
export type RunError = CreateError | WaitError

/** Every error the client can fail with. */
export type AnyError = RunError

/** Every `_tag` in {@link AnyError}. */
export type Tag = AnyError["_tag"]

/** The API errors, spelled out (for documentation and exhaustive matching). */
export type ApiErrors =
  | AuthenticationError
  | InsufficientCreditsError
  | NotFoundError
  | ValidationError
  | RateLimitError
  | KeyLimitError
  | MaintenanceError
  | ServerError
  | FeatureDisabledError
  | QueueFullError
