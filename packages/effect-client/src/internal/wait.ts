/**
 * Polling a task until it finishes, as a pull-based Stream of updates. `waitForTask` runs the same
 * stream to its last element, so both obey one set of rules — the plain client's (`wait.ts`):
 *
 * - the deadline is absolute: it cuts a poll in flight (its request is interrupted, so aborted)
 *   as well as a sleep, and the wait then fails with `WaitTimeoutError` carrying the last task;
 * - a transient read failure (`isRetryableRead`, after the request's own retries) does not end the
 *   wait: polling goes on, and the last such error becomes the `cause` of an eventual
 *   `WaitTimeoutError`; any other failure (401, 404, an undecodable body, ...) ends it at once;
 * - one task is never polled sooner than `minPollIntervalMs(api)` after the previous poll, not
 *   even at the deadline: when less than that remains, the wait sleeps until the deadline and
 *   gives up without polling again.
 * @internal
 */
import {
  isRetryableRead,
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

/** What the wait knows between two polls. */
interface Seen<T> {
  /** The last task read, if any read succeeded. */
  readonly last: T | undefined
  /** The last transient read failure, reported as the cause of a `WaitTimeoutError`. */
  readonly lastError: ReadError | undefined
}

type State<T> =
  /** Sleep `delayMs`, then poll. */
  | ({ readonly _tag: "Poll"; readonly delayMs: number } & Seen<T>)
  /** Sleep `delayMs` (until the deadline), then give up without polling. */
  | ({ readonly _tag: "Expire"; readonly delayMs: number } & Seen<T>)
  | { readonly _tag: "Fail"; readonly error: WaitError }

type Page<T> = readonly [ReadonlyArray<T>, Option.Option<State<T>>]

const changed = (last: Task | undefined, task: Task): boolean =>
  last === undefined || last.status !== task.status || last.progress !== task.progress

/** The wait's deadline in ms: `Infinity` (no deadline) for an infinite duration. */
const deadlineMs = (timeout: Duration.Input): number => {
  const ms = Duration.toMillis(Duration.fromInputUnsafe(timeout))
  return Number.isNaN(ms) ? 0 : Math.max(0, ms)
}

const sleepMs = (ms: number): Effect.Effect<void> => (ms > 0 ? Effect.sleep(ms) : Effect.void)

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
      const limit = deadlineMs(options.timeout ?? defaults.timeout)
      const minMs = minPollIntervalMs(task.api)
      // The schedule's input before any read succeeded: the task as created (not yet read).
      const unread: Task = {
        api: task.api,
        taskId: task.taskId,
        status: "queued",
        outputs: [],
        raw: undefined,
      }

      const timedOut = (now: number, seen: Seen<T>): WaitTimeoutError =>
        new WaitTimeoutError({
          api: task.api,
          taskId: task.taskId,
          elapsedMs: now - start,
          lastTask: seen.last,
          ...(seen.lastError !== undefined && { cause: seen.lastError }),
        })

      /** After a poll (a task, or a transient failure): emit, finish, or plan the next poll. */
      const afterPoll = (
        previous: T | undefined,
        current: T | undefined,
        lastError: ReadError | undefined,
      ): Effect.Effect<Page<T>> => {
        const emit: ReadonlyArray<T> =
          current !== undefined && changed(previous, current) ? [current] : []
        if (current?.status === "succeeded") return Effect.succeed([emit, Option.none()])
        if (current?.status === "failed") {
          return Effect.succeed([
            emit,
            Option.some({ _tag: "Fail", error: taskFailedError(current) }),
          ])
        }
        const seen: Seen<T> = { last: current ?? previous, lastError }
        return Effect.flatMap(Clock.currentTimeMillis, (now): Effect.Effect<Page<T>> => {
          const remaining = limit - (now - start)
          const expire = (): Page<T> => [
            emit,
            Option.some({ _tag: "Expire", delayMs: Math.max(remaining, 0), ...seen }),
          ]
          // Too little time left for another poll at the family's rate: wait it out, give up.
          if (remaining < minMs) return Effect.succeed(expire())
          return step(now, seen.last ?? unread).pipe(
            Effect.map(([, delay]): Page<T> => {
              const wanted = Duration.toMillis(delay)
              // Never faster than the family's per-task limit.
              const delayMs = Number.isNaN(wanted) ? minMs : Math.max(wanted, minMs)
              // The next poll would come at or after the deadline: the wait ends at the deadline.
              if (delayMs >= remaining) return expire()
              return [emit, Option.some({ _tag: "Poll", delayMs, ...seen })]
            }),
            // The schedule stopped: the wait gives up now.
            Pull.catchDone(() =>
              Effect.succeed<Page<T>>([
                emit,
                Option.some({ _tag: "Fail", error: timedOut(now, seen) }),
              ]),
            ),
          )
        })
      }

      /** One poll, cut by the deadline: the request in flight is interrupted (aborted) then. */
      const poll = (seen: Seen<T>): Effect.Effect<Page<T>, WaitError> =>
        Effect.flatMap(Clock.currentTimeMillis, (now) => {
          const remaining = limit - (now - start)
          const bounded = Number.isFinite(remaining)
            ? Effect.timeoutOption(get, Math.max(remaining, 0))
            : Effect.asSome(get)
          return Effect.matchEffect(bounded, {
            onFailure: (error): Effect.Effect<Page<T>, WaitError> =>
              isRetryableRead(error) ? afterPoll(seen.last, undefined, error) : Effect.fail(error),
            onSuccess: (read) =>
              Option.isSome(read)
                ? afterPoll(seen.last, read.value, seen.lastError)
                : Effect.flatMap(Clock.currentTimeMillis, (at) => Effect.fail(timedOut(at, seen))),
          })
        })

      const next = (state: State<T>): Effect.Effect<Page<T>, WaitError> => {
        switch (state._tag) {
          case "Fail":
            return Effect.fail(state.error)
          case "Expire":
            return Effect.andThen(
              sleepMs(state.delayMs),
              Effect.flatMap(Clock.currentTimeMillis, (now) => Effect.fail(timedOut(now, state))),
            )
          case "Poll":
            return Effect.andThen(sleepMs(state.delayMs), poll(state))
        }
      }

      return Stream.paginate<State<T>, T, WaitError>(
        { _tag: "Poll", delayMs: 0, last: undefined, lastError: undefined },
        next,
      )
    }),
  )
