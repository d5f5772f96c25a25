/**
 * Timeouts and interruption: a timeout per request, a deadline per wait, and interruption that
 * cancels the in-flight request and stops polling at once.
 */
import { KieClient } from "@kie-kit/effect-client"
import { Effect, Fiber } from "effect"

export const timeouts = Effect.gen(function* () {
  const kie = yield* KieClient
  // each attempt of this request gets 5 s (the client default is 60 s); a read that times out is retried
  const credits = yield* kie.credits({ timeout: "5 seconds" })
  const { taskId } = yield* kie.market.createTask({
    model: "google/nano-banana",
    input: { prompt: "a lighthouse at dusk" },
  })
  // the wait gives up after 2 minutes with WaitTimeoutError; the task keeps running on KIE
  const task = yield* kie.waitForTask({ api: "market", taskId }, { timeout: "2 minutes" }).pipe(
    Effect.catchTag("WaitTimeoutError", (error) =>
      // resume later with the same call: nothing is lost
      kie.waitForTask({ api: error.api, taskId: error.taskId }, { timeout: "10 minutes" }),
    ),
  )
  return { credits, task }
})

// Interrupting a fiber cancels its in-flight HTTP request and stops polling immediately.
export const cancelAfter = (taskId: string, ms: number) =>
  Effect.gen(function* () {
    const kie = yield* KieClient
    const fiber = yield* Effect.forkChild(kie.waitForTask({ api: "market", taskId }))
    yield* Effect.sleep(ms)
    yield* Fiber.interrupt(fiber)
    return "cancelled"
  })

// Effect's own combinators compose too: an overall bound on create + wait.
export const runWithin = (prompt: string) =>
  Effect.gen(function* () {
    const kie = yield* KieClient
    return yield* kie
      .run({ api: "gpt4o-image", prompt, size: "1:1" })
      .pipe(Effect.timeoutOption("15 minutes"))
  })
