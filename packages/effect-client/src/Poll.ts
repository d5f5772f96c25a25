/**
 * Polling schedules for `waitForTask`, `watchTask` and `run`.
 *
 * A poll schedule is an ordinary `Schedule` whose input is the task as last read (still queued or
 * running). Its delay is the time to wait before the next poll; when it stops, the wait gives up
 * with a `WaitTimeoutError` (as when the overall `timeout` passes). A poll that failed with a
 * transient error (after its own retries) steps the schedule too, with the last task read as
 * input (before any read succeeded, the task as created: `status: "queued"`, no outputs).
 *
 * Whatever the schedule says, the client never polls one task sooner than its family's
 * documented query limit (`minPollIntervalMs`) after the previous poll, and never after the
 * deadline: a poll that would come at or after it is not made, and the wait ends at the deadline
 * (a poll in flight then is interrupted).
 *
 * Example (`examples/doc/poll.ts`, type-checked):
 *
 * ```ts
 * import { KieClient } from "@kie-kit/effect-client"
 * import { Schedule } from "effect"
 *
 * // poll every 5 s, at most 100 times
 * export const waitSteadily = (taskId: string) =>
 *   KieClient.use((kie) =>
 *     kie.waitForTask(
 *       { api: "market", taskId },
 *       { schedule: Schedule.spaced("5 seconds").pipe(Schedule.upTo({ times: 100 })) },
 *     ),
 *   )
 * ```
 *
 * @since 0.1.0
 */
import {
  DEFAULT_WAIT_TIMEOUT_MS,
  defaultPollInterval,
  type KieApi,
  minPollIntervalMs,
  type PollInterval,
  type Task,
} from "@kie-kit/client/core"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"

/**
 * The input of a poll schedule: the task as last read (queued or running); before any read
 * succeeded, the task as created (`status: "queued"`).
 */
export type Input = Task

/** A poll schedule: any `Schedule` without requirements or errors that accepts the task. */
export type PollSchedule = Schedule.Schedule<unknown, Input>

/** The default overall deadline of a wait: 15 minutes (`Duration.infinity`: no deadline). */
export const defaultTimeout: Duration.Duration = Duration.millis(DEFAULT_WAIT_TIMEOUT_MS)

/** The smallest delay between two polls of one task of `api`, from the documented query limits. */
export const minInterval = (api: KieApi): Duration.Duration =>
  Duration.millis(minPollIntervalMs(api))

/**
 * The vendor's advice, jittered: every 2-3 s during the first 30 s of the wait, every 5-10 s until
 * 2 minutes, then every 15-30 s. Never stops by itself (the wait's `timeout` does). Randomness
 * comes from Effect's `Random` service; the bands are the plain client's
 * (`defaultPollInterval` from `@kie-kit/client/core`).
 */
export const defaultSchedule: Schedule.Schedule<Duration.Duration, unknown> =
  Schedule.fromStepWithMetadata(
    Effect.succeed((meta: Schedule.InputMetadata<unknown>) =>
      Effect.map(Random.next, (r): [Duration.Duration, Duration.Duration] => {
        const delay = Duration.millis(defaultPollInterval(meta.attempt - 1, meta.elapsed, () => r))
        return [delay, delay]
      }),
    ),
  )

/**
 * A schedule from the plain client's `interval` option: a fixed number of milliseconds, or a
 * function of the 0-based poll count and the elapsed milliseconds.
 */
export const fromInterval = (
  interval: PollInterval,
): Schedule.Schedule<Duration.Duration, unknown> =>
  Schedule.fromStepWithMetadata(
    Effect.succeed((meta: Schedule.InputMetadata<unknown>) => {
      const ms = typeof interval === "number" ? interval : interval(meta.attempt - 1, meta.elapsed)
      const delay = Duration.millis(Number.isFinite(ms) && ms > 0 ? ms : 0)
      return Effect.succeed<[Duration.Duration, Duration.Duration]>([delay, delay])
    }),
  )
