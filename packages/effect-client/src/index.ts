/**
 * `@kie-kit/effect-client`: the KIE.AI API as an Effect 4 service, with exact typed error
 * channels, `Schedule`-based retries and polling, timeouts and interruption.
 *
 * @since 0.1.0
 */
export {
  type CreateRequest,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT,
  DEFAULT_UPLOAD_BASE_URL,
  type FluxKontextGenerateRequest,
  type Gpt4oImageDownloadUrlRequest,
  type Gpt4oImageGenerateRequest,
  type KieApi,
  KieClient,
  type KieClientOptions,
  type KieClientService,
  type KieOperations,
  type KnownMarketModel,
  type MarketCreateTaskRequest,
  type OperationId,
  type RequestBody,
  type RequestOptions,
  type RunOptions,
  type RunRequest,
  type Task,
  type TaskCreated,
  type TaskOf,
  type TaskRef,
  type UploadBase64Request,
  type UploadedFile,
  type UploadStreamRequest,
  type UploadUrlRequest,
  type WaitOptions,
} from "./KieClient"
export * from "./KieError"
export * as Poll from "./Poll"
export * as Retry from "./Retry"
export * as Webhook from "./Webhook"
