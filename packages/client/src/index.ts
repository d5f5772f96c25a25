export {
  createKieClient,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_UPLOAD_BASE_URL,
  type KieClient,
  type KieClientOptions,
  type KieOperations,
  type RunOptions,
} from "./client"
export {
  AbortError,
  type AnyKieApiError,
  type AnyKieError,
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
  type KieErrorTag,
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
} from "./core/errors"
export type { ExtraBody } from "./core/extra"
export type { TaskCreated, UploadedFile } from "./core/operations"
export type {
  KieApi,
  Task,
  TaskError,
  TaskOf,
  TaskStatus,
} from "./core/task"
export type {
  CreateRequest,
  FluxKontextGenerateRequest,
  Gpt4oImageDownloadUrlRequest,
  Gpt4oImageGenerateRequest,
  KnownMarketModel,
  MarketCreateTaskRequest,
  OperationId,
  RequestBody,
  RunRequest,
  UploadBase64Request,
  UploadStreamRequest,
  UploadUrlRequest,
} from "./core/types"
export type { CallOptions, KieLogger } from "./transport"
export type { WaitOptions } from "./wait"
