/**
 * Retry schedules for KIE requests.
 *
 * A retry schedule is an ordinary `Schedule` whose input is the failed attempt's error
 * ({@link Input}). The client decides *whether* a failure may be retried at all — reads retry
 * transport errors, timeouts and 408/429/455/5xx; creates only when KIE provably did not process
 * them (a connect-phase failure, 429, 455, 550) — and the schedule decides *when* and *how many
 * times*. So any schedule is safe: none can make the client resend a create whose outcome is
 * unknown.
 *
 * The client also sets a floor under every delay, whatever the schedule: never sooner than the
 * server's `Retry-After` (capped at 60 s, as in the plain client), and a read of a task record
 * never sooner than the family's per-task query limit (334 ms, Market 100 ms).
 *
 * Example (`examples/doc/retry.ts`, type-checked):
 *
 * ```ts
 * import { KieClient, Retry } from "@kie-kit/effect-client"
 * import { Redacted, Schedule } from "effect"
 *
 * // per client
 * export const PatientKie = (apiKey: string) =>
 *   KieClient.layer({
 *     apiKey: Redacted.make(apiKey),
 *     retrySchedule: Retry.make({ maxRetries: 5, maxDelay: "30 seconds" }),
 *   })
 *
 * // per call
 * export const getTask = (taskId: string) =>
 *   KieClient.use((kie) =>
 *     kie.market.get(taskId, {
 *       retrySchedule: Schedule.spaced("1 second").pipe(Schedule.upTo({ times: 2 })),
 *     }),
 *   )
 * ```
 *
 * @since 0.1.0
 */
import { backoffDelay, DEFAULT_RETRY, retryAfterMsOf } from "@kie-kit/client/core"
import * as Cause from "effect/Cause"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"
import type { RequestError } from "./KieError"

/** The input of a retry schedule: the error of the attempt that just failed. */
export type Input = RequestError

/**
 * A retry schedule: any `Schedule` without requirements or errors that accepts the failed
 * attempt's error as input (a `Schedule<X, unknown>` such as `Schedule.recurs(3)` fits too).
 */
export type RetrySchedule = Schedule.Schedule<unknown, Input>

/** Options of {@link make}. */
export interface Options {
  /** Retries after the first attempt. Default 3 (so at most 4 requests). */
  readonly maxRetries?: number | undefined
  /** First backoff ceiling, doubled per retry. Default 500 ms. */
  readonly baseDelay?: Duration.Input | undefined
  /** Largest backoff ceiling. Default 20 s. */
  readonly maxDelay?: Duration.Input | undefined
  /**
   * Largest `Retry-After` this schedule honours (a longer or bogus request is cut to it). Default
   * 60 s. The client itself never retries sooner than `Retry-After` up to 60 s, whatever the
   * schedule, so this only matters above 60 s.
   */
  readonly maxRetryAfter?: Duration.Input | undefined
}

const toMillis = (input: Duration.Input | undefined, fallback: number): number =>
  input === undefined ? fallback : Duration.toMillis(Duration.fromInputUnsafe(input))

/**
 * Exponential backoff with full jitter and a cap, honouring `Retry-After`: the delay before retry
 * `n` (0-based) is `random() * min(maxDelay, baseDelay * 2^n)`, but never less than the delay the
 * server asked for with `Retry-After` (capped at `maxRetryAfter`). Stops after `maxRetries`
 * retries. The output is the delay.
 *
 * The randomness comes from Effect's `Random` service, so `Random.withSeed` or a custom `Random`
 * makes the sequence deterministic in tests. The arithmetic is the plain client's
 * (`backoffDelay` from `@kie-kit/client/core`), so both clients back off identically.
 */
export const make = (options: Options = {}): Schedule.Schedule<Duration.Duration, unknown> => {
  const maxRetries = options.maxRetries ?? DEFAULT_RETRY.maxRetries
  const baseMs = toMillis(options.baseDelay, DEFAULT_RETRY.baseMs)
  const capMs = toMillis(options.maxDelay, DEFAULT_RETRY.capMs)
  const maxRetryAfterMs = toMillis(options.maxRetryAfter, DEFAULT_RETRY.maxRetryAfterMs)
  return Schedule.fromStepWithMetadata(
    Effect.succeed((meta: Schedule.InputMetadata<unknown>) => {
      if (meta.attempt > maxRetries) return Cause.done(Duration.zero)
      return Effect.map(Random.next, (r): [Duration.Duration, Duration.Duration] => {
        const delay = Duration.millis(
          backoffDelay(meta.attempt - 1, {
            baseMs,
            capMs,
            maxRetryAfterMs,
            random: () => r,
            retryAfterMs: retryAfterMsOf(meta.input),
          }),
        )
        return [delay, delay]
      })
    }),
  )
}

/**
 * The default retry schedule: {@link make} with its defaults — at most 3 retries, full-jitter
 * exponential backoff from 500 ms capped at 20 s, `Retry-After` honoured up to 60 s.
 */
export const defaultSchedule: Schedule.Schedule<Duration.Duration, unknown> = make()

/**
 * Makes any schedule honour `Retry-After`: each delay becomes at least the delay the server asked
 * for (capped at `maxRetryAfter`, default 60 s). {@link make} already does this, and the client
 * applies the same floor (up to 60 s) to any schedule; use this to see the floor in the
 * schedule's own output, or to honour a `Retry-After` longer than 60 s.
 */
export const honorRetryAfter =
  (options: { readonly maxRetryAfter?: Duration.Input | undefined } = {}) =>
  <Output, In, E, R>(
    self: Schedule.Schedule<Output, In, E, R>,
  ): Schedule.Schedule<Output, In, E, R> => {
    const maxMs = toMillis(options.maxRetryAfter, DEFAULT_RETRY.maxRetryAfterMs)
    return Schedule.modifyDelay(self, ({ input, duration }) => {
      const after = retryAfterMsOf(input)
      if (after === undefined || !Number.isFinite(after)) return Effect.succeed(duration)
      const floor = Math.min(Math.max(0, Math.ceil(after)), maxMs)
      return Effect.succeed(
        Duration.toMillis(duration) >= floor ? duration : Duration.millis(floor),
      )
    })
  }

/** No retries at all: every failure is reported at once. */
export const none: Schedule.Schedule<number, unknown> = Schedule.recurs(0)
