/**
 * Polling a task until it finishes, as a pull-based Stream of updates. `waitForTask` runs the same
 * stream to its last element, so both obey one set of rules.
 * @internal
 */
import {
  DEFAULT_WAIT_TIMEOUT_MS,
  type KieApi,
  minPollIntervalMs,
  type Task,
  taskFailedError,
  WaitTimeoutError,
} from "@kie-kit/client/core"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Pull from "effect/Pull"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import type { ReadError, WaitError } from "../KieError"
import type * as Poll from "../Poll"

export interface WatchOptions {
  readonly schedule?: Poll.PollSchedule | undefined
  readonly timeout?: Duration.Input | undefined
}

type State<T> =
  | { readonly _tag: "Poll"; readonly delayMs: number; readonly last: T | undefined }
  | { readonly _tag: "Fail"; readonly error: WaitError }

const changed = (last: Task | undefined, task: Task): boolean =>
  last === undefined || last.status !== task.status || last.progress !== task.progress

/**
 * A Stream of the task's updates: the first read, then every change of status or progress, ending
 * with the final task. After a failed task it fails with `TaskFailedError`; when the deadline or
 * the schedule ends first, with `WaitTimeoutError`. Nothing runs until the stream is pulled, and
 * interrupting the consumer stops polling at once (during a sleep or a request).
 */
export const watch = <T extends Task>(
  get: Effect.Effect<T, ReadError>,
  task: { readonly api: KieApi; readonly taskId: string },
  options: WatchOptions,
  defaults: { readonly schedule: Poll.PollSchedule; readonly timeout: Duration.Duration },
): Stream.Stream<T, WaitError> =>
  Stream.unwrap(
    Effect.gen(function* () {
      const step = yield* Schedule.toStep(options.schedule ?? defaults.schedule)
      const start = yield* Clock.currentTimeMillis
      const timeoutMs =
        options.timeout === undefined
          ? Duration.toMillis(defaults.timeout)
          : Duration.toMillis(Duration.fromInputUnsafe(options.timeout))
      const limit = Number.isFinite(timeoutMs) ? timeoutMs : DEFAULT_WAIT_TIMEOUT_MS
      const minMs = minPollIntervalMs(task.api)

      const timedOut = (now: number, last: T): State<T> => ({
        _tag: "Fail",
        error: new WaitTimeoutError({
          api: task.api,
          taskId: task.taskId,
          elapsedMs: now - start,
          lastTask: last,
        }),
      })

      const afterRead = (
        previous: T | undefined,
        current: T,
      ): Effect.Effect<readonly [ReadonlyArray<T>, Option.Option<State<T>>]> => {
        const emit: ReadonlyArray<T> = changed(previous, current) ? [current] : []
        if (current.status === "succeeded") return Effect.succeed([emit, Option.none()] as const)
        if (current.status === "failed") {
          const failed: State<T> = { _tag: "Fail", error: taskFailedError(current) }
          return Effect.succeed([emit, Option.some(failed)] as const)
        }
        return Effect.flatMap(Clock.currentTimeMillis, (now) => {
          const remaining = limit - (now - start)
          if (remaining <= 0)
            return Effect.succeed([emit, Option.some(timedOut(now, current))] as const)
          return step(now, current).pipe(
            Effect.map(([, delay]): readonly [ReadonlyArray<T>, Option.Option<State<T>>] => {
              const wanted = Duration.toMillis(delay)
              // Never faster than the family's per-task limit; the last sleep ends at the deadline.
              const delayMs = Math.min(
                Math.max(Number.isFinite(wanted) ? wanted : minMs, minMs),
                remaining,
              )
              return [emit, Option.some({ _tag: "Poll", delayMs, last: current })]
            }),
            Pull.catchDone(() =>
              Effect.succeed([emit, Option.some(timedOut(now, current))] as const),
            ),
          )
        })
      }

      const next = (
        state: State<T>,
      ): Effect.Effect<readonly [ReadonlyArray<T>, Option.Option<State<T>>], WaitError> => {
        if (state._tag === "Fail") return Effect.fail(state.error)
        const read = Effect.flatMap(get, (current) => afterRead(state.last, current))
        return state.delayMs > 0 ? Effect.andThen(Effect.sleep(state.delayMs), read) : read
      }

      return Stream.paginate<State<T>, T, WaitError>(
        { _tag: "Poll", delayMs: 0, last: undefined },
        next,
      )
    }),
  )
