import { WaitTimeoutError } from "./core/errors"
import { DEFAULT_WAIT_TIMEOUT_MS, resolveInterval } from "./core/schedule"
import { type KieApi, type Task, taskFailedError } from "./core/task"
import { sleep } from "./transport"

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

/** Polls `get` until the task is terminal; see {@link WaitOptions}. */
export const waitForTask = async (
  get: (taskId: string, signal: AbortSignal | undefined) => Promise<Task>,
  { api, taskId }: { api: KieApi; taskId: string },
  options: WaitOptions = {},
): Promise<Task> => {
  const { signal, onUpdate } = options
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS
  const interval = resolveInterval(options.interval, api)
  const started = Date.now()
  let last: Task | undefined
  for (let attempt = 0; ; attempt++) {
    const task = await get(taskId, signal)
    if (last?.status !== task.status || last.progress !== task.progress) onUpdate?.(task)
    last = task
    if (task.status === "succeeded") return task
    if (task.status === "failed") throw taskFailedError(task)
    const elapsedMs = Date.now() - started
    const remaining = timeoutMs - elapsedMs
    if (remaining <= 0) throw new WaitTimeoutError({ api, taskId, elapsedMs, lastTask: task })
    // The last sleep ends at the deadline, so the final poll happens exactly there.
    await sleep(Math.min(interval(attempt, elapsedMs), remaining), signal, "waitForTask")
  }
}
