export {
  createKieClient,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_UPLOAD_BASE_URL,
  type FluxKontextGenerateRequest,
  type Gpt4oImageDownloadUrlRequest,
  type Gpt4oImageGenerateRequest,
  type KieClient,
  type KieClientOptions,
  type KnownMarketModel,
  type MarketCreateTaskRequest,
  type MarketTask,
  type RequestBody,
  type RunOptions,
  type RunRequest,
  type UploadBase64Request,
  type UploadedFile,
  type UploadStreamRequest,
  type UploadUrlRequest,
} from "./client"
export * from "./core/errors"
export { type KieApi, parseCallback, type Task, type TaskStatus } from "./core/task"
export { verifyWebhookSignature } from "./core/webhook"
export type { CallOptions, KieLogger } from "./transport"
export type { WaitOptions } from "./wait"
export { createWebhookHandler, type WebhookHandlerOptions } from "./webhooks"
