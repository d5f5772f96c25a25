/**
 * Command implementations, loaded lazily by `commands/lazy.ts` (one chunk, only when a command
 * actually runs).
 */
export { credits, upload } from "./account"
export { batch } from "./batch/index"
export { fluxGenerate, gpt4oGenerate, marketCreate } from "./generate"
export { mock } from "./mock"
export { download, taskGet, taskWait } from "./task"
export { webhookVerify } from "./webhook"
