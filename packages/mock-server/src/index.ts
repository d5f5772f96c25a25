/**
 * @kie-kit/mock-server: a KIE.AI-compatible local HTTP server for tests, demos and integration
 * tests, driven by the kie-kit OpenAPI spec. Start it with `startMockServer()` or the `kie-mock`
 * command (its `main` is exported by `@kie-kit/mock-server/cli`).
 */

export { DEFAULT_SEED } from "./config"
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
  type ScriptedFault,
  type ScriptedRequest,
  type ScriptedResponse,
} from "./options"
export { startMockServer } from "./server"
