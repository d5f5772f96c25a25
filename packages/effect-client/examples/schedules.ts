/**
 * Schedules: retries and polling are ordinary Effect Schedules, per client or per call.
 */
import { KieClient, Poll, Retry } from "@kie-kit/effect-client"
import { Effect, Layer, Redacted, Schedule } from "effect"
import { FetchHttpClient } from "effect/http"

// Per client: more retries, a longer cap (still full jitter, still honouring Retry-After).
export const PatientClient = (apiKey: string, baseUrl?: string) =>
  KieClient.layer({
    apiKey: Redacted.make(apiKey),
    baseUrl,
    retrySchedule: Retry.make({ maxRetries: 6, baseDelay: "1 second", maxDelay: "1 minute" }),
    // poll every 3 s, whatever the elapsed time
    pollSchedule: Schedule.spaced("3 seconds"),
  }).pipe(Layer.provide(FetchHttpClient.layer))

// Per call: any Schedule; the client still decides whether a failure may be retried at all,
// so no schedule can resend a create whose outcome is unknown.
export const quickCredits = Effect.gen(function* () {
  const kie = yield* KieClient
  return yield* kie.credits({
    retrySchedule: Schedule.exponential("50 millis").pipe(
      Schedule.upTo({ times: 2 }),
      Retry.honorRetryAfter(),
    ),
  })
})

// A poll schedule that stops ends the wait with WaitTimeoutError, like the deadline does.
export const waitBriefly = (taskId: string) =>
  Effect.gen(function* () {
    const kie = yield* KieClient
    return yield* kie.waitForTask(
      { api: "market", taskId },
      { schedule: Schedule.spaced("200 millis").pipe(Schedule.upTo({ times: 50 })) },
    )
  })

// The default poll schedule, reused and composed: the vendor's bands, at most 20 polls.
export const boundedDefault = Poll.defaultSchedule.pipe(Schedule.upTo({ times: 20 }))
