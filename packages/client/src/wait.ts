import { WaitTimeoutError } from "./core/errors"
import { isRetryableRead } from "./core/retry"
import { DEFAULT_WAIT_TIMEOUT_MS, minPollIntervalMs, resolveInterval } from "./core/schedule"
import { type KieApi, type Task, taskFailedError } from "./core/task"
import { onAbort, sleep } from "./transport"

/** The abort reason of a wait whose deadline passed. */
const DEADLINE = Symbol("deadline")

export interface WaitOptions {
  /**
   * Time between polls: milliseconds, or `(attempt, elapsedMs) => ms`. Default: KIE's advice
   * (2-3 s for the first 30 s, 5-10 s until 2 min, then 15-30 s), jittered. Never faster than the
   * family's per-task query limit.
   */
  readonly interval?: number | ((attempt: number, elapsedMs: number) => number) | undefined
  /** Overall deadline in ms. Default 15 minutes. */
  readonly timeoutMs?: number | undefined
  /** Stops the wait at once (also during a sleep or a request). */
  readonly signal?: AbortSignal | undefined
  /** Called with the task on the first poll and whenever its status or progress changes. */
  readonly onUpdate?: ((task: Task) => void) | undefined
}

/**
 * Polls `get` until the task is terminal; see {@link WaitOptions}. The deadline also cuts a poll
 * in flight, and a transient read failure (already retried by the transport) does not end the
 * wait: polling goes on until the deadline, which then reports the last task seen.
 */
export const waitForTask = async (
  get: (taskId: string, signal: AbortSignal | undefined) => Promise<Task>,
  { api, taskId }: { api: KieApi; taskId: string },
  options: WaitOptions = {},
): Promise<Task> => {
  const { signal, onUpdate } = options
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS
  const interval = resolveInterval(options.interval, api)
  const minimum = minPollIntervalMs(api)
  const started = Date.now()
  // One signal for every poll and sleep: the caller's abort, or the deadline.
  const stop = new AbortController()
  const unsubscribe = onAbort(signal, () => stop.abort(signal?.reason))
  const deadline = setTimeout(() => stop.abort(DEADLINE), timeoutMs)
  let last: Task | undefined
  let lastError: unknown
  const timedOut = () =>
    new WaitTimeoutError({
      api,
      taskId,
      elapsedMs: Date.now() - started,
      lastTask: last,
      ...(lastError !== undefined && { cause: lastError }),
    })
  try {
    for (let attempt = 0; ; attempt++) {
      const task = await get(taskId, stop.signal).catch((error: unknown) => {
        if (stop.signal.aborted || !isRetryableRead(error)) throw error
        lastError = error
        return undefined
      })
      if (task) {
        if (last?.status !== task.status || last.progress !== task.progress) onUpdate?.(task)
        last = task
        if (task.status === "succeeded") return task
        if (task.status === "failed") throw taskFailedError(task)
      }
      const elapsedMs = Date.now() - started
      const remaining = timeoutMs - elapsedMs
      // Never poll sooner than the per-task limit, not even for a last poll at the deadline.
      if (remaining < minimum) {
        await sleep(Math.max(remaining, 0), stop.signal, "waitForTask")
        throw timedOut()
      }
      await sleep(Math.min(interval(attempt, elapsedMs), remaining), stop.signal, "waitForTask")
    }
  } catch (error) {
    // The deadline cut a poll or a sleep short.
    if (stop.signal.reason === DEADLINE && !(error instanceof WaitTimeoutError)) throw timedOut()
    throw error
  } finally {
    clearTimeout(deadline)
    unsubscribe()
  }
}
