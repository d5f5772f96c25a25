import { describe, expectTypeOf, it } from "vitest"
import {
  type AbortError,
  type AnyKieError,
  type AuthenticationError,
  type ConnectionError,
  errorFromApi,
  type KieApi,
  type KieErrorTag,
  normalizeRecord,
  parseCallback,
  resolveInterval,
  type ServerError,
  type Task,
  type TaskOf,
  type TaskStatus,
  verifyWebhookSignature,
} from "../../src/core/index"

describe("core public types", () => {
  it("pins _tag literals", () => {
    expectTypeOf<AuthenticationError["_tag"]>().toEqualTypeOf<"AuthenticationError">()
    expectTypeOf<ServerError["_tag"]>().toEqualTypeOf<"ServerError">()
    expectTypeOf<AbortError["name"]>().toEqualTypeOf<"AbortError">()
    expectTypeOf<ConnectionError["phase"]>().toEqualTypeOf<"connect" | "request">()
    expectTypeOf<KieErrorTag>().toEqualTypeOf<
      | "AuthenticationError"
      | "InsufficientCreditsError"
      | "NotFoundError"
      | "ValidationError"
      | "RateLimitError"
      | "KeyLimitError"
      | "MaintenanceError"
      | "FeatureDisabledError"
      | "QueueFullError"
      | "ServerError"
      | "ConnectionError"
      | "TimeoutError"
      | "AbortError"
      | "UnexpectedResponseError"
      | "CreateOutcomeUnknownError"
      | "TaskFailedError"
      | "WaitTimeoutError"
    >()
  })

  it("narrows the union by _tag", () => {
    const handle = (error: AnyKieError) => {
      if (error._tag === "RateLimitError") {
        expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>()
      }
      if (error._tag === "WaitTimeoutError") {
        expectTypeOf(error.lastTask).toEqualTypeOf<Task | undefined>()
      }
    }
    expectTypeOf(handle).parameter(0).toEqualTypeOf<AnyKieError>()
    expectTypeOf(errorFromApi({ httpStatus: 500 })._tag).toExtend<KieErrorTag>()
  })

  it("pins the task model", () => {
    expectTypeOf<KieApi>().toEqualTypeOf<
      | "flux-kontext"
      | "gpt4o-image"
      | "market"
      | "veo"
      | "suno"
      | "suno-lyrics"
      | "suno-wav"
      | "suno-midi"
      | "suno-mp4"
      | "suno-cover"
      | "suno-vocal-removal"
      | "midjourney"
      | "luma"
      | "runway"
      | "aleph"
    >()
    expectTypeOf<TaskStatus>().toEqualTypeOf<"queued" | "running" | "succeeded" | "failed">()
    expectTypeOf<Task["outputs"]>().toEqualTypeOf<string[]>()
    expectTypeOf<Task["progress"]>().toEqualTypeOf<number | undefined>()
    expectTypeOf<Task["error"]>().toEqualTypeOf<
      { readonly code: string; readonly message: string } | undefined
    >()
    expectTypeOf(normalizeRecord("market", {})).toEqualTypeOf<TaskOf<"market">>()
    expectTypeOf(parseCallback("flux-kontext", {})).toEqualTypeOf<TaskOf<"flux-kontext">>()
    expectTypeOf<TaskOf<"market">>().toExtend<Task>()
  })

  it("pins helper signatures", () => {
    expectTypeOf(verifyWebhookSignature).returns.toEqualTypeOf<Promise<boolean>>()
    expectTypeOf(resolveInterval).returns.toEqualTypeOf<
      (attempt: number, elapsedMs: number) => number
    >()
  })
})
