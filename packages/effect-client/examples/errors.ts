/**
 * Errors: every failure is a tagged error in the type; handle them with catchTag / catchTags.
 * The classes are the plain client's, so `instanceof` and `_tag` checks are the same.
 */
import { KieClient } from "@kie-kit/effect-client"
import { Console, Effect } from "effect"

// A create's error channel includes CreateOutcomeUnknownError; a read's does not.
export const createSafely = (prompt: string) =>
  Effect.gen(function* () {
    const kie = yield* KieClient
    return yield* kie.fluxKontext.generate({ prompt }).pipe(
      Effect.map(({ taskId }) => ({ created: true as const, taskId })),
      Effect.catchTag("CreateOutcomeUnknownError", (error) =>
        // The request may or may not have created (and billed) a task: do NOT resend blindly.
        Console.warn(error.message).pipe(Effect.as({ created: "unknown" as const })),
      ),
    )
  })

// Several tags at once; the remaining error type shrinks accordingly.
export const creditsOrZero = Effect.gen(function* () {
  const kie = yield* KieClient
  return yield* kie.credits().pipe(
    Effect.catchTags({
      AuthenticationError: (error) => Console.error(error.message).pipe(Effect.as(0)),
      RateLimitError: (error) =>
        Console.warn(`rate limited; retry after ${error.retryAfterMs ?? 0} ms`).pipe(Effect.as(0)),
    }),
  )
})

// A failed task is an error too, with the family's failure code and message.
export const runOrExplain = (prompt: string) =>
  Effect.gen(function* () {
    const kie = yield* KieClient
    return yield* kie
      .run({ api: "market", model: "google/nano-banana", input: { prompt } })
      .pipe(
        Effect.map((task) => task.outputs),
        Effect.catchTag("TaskFailedError", (error) =>
          Effect.succeed(`task ${error.taskId} failed: ${error.failCode} ${error.failMessage}`),
        ),
      )
  })
