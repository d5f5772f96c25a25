/**
 * @kie-kit/mock-server: a KIE.AI-compatible local HTTP server for tests, demos and integration
 * tests, driven by the kie-kit OpenAPI spec. Start it with `startMockServer()` or the `kie-mock`
 * command (`main`).
 */
export { type MainIo, main } from "./cli"
export type { TaskApi, TaskStatus } from "./families"
export {
  type CallbackDelivery,
  FAULT_KINDS,
  type FaultKind,
  type FaultOptions,
  type InjectFaultOptions,
  type MockServer,
  type MockServerOptions,
  type MockTask,
  type OperationId,
  type RateLimitOptions,
  type RecordedRequest,
  type ResultUrlTtls,
} from "./options"
export { DEFAULT_SEED, startMockServer } from "./server"
