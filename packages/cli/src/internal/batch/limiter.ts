/**
 * A sliding-window limiter for creates: at most `limit` acquisitions per `windowMs`, handed out
 * in call order. KIE allows 20 creates per 10 s per account and rejects (429) beyond that.
 */
export interface CreateRate {
  readonly limit: number
  readonly windowMs: number
}

export const DEFAULT_CREATE_RATE: CreateRate = { limit: 20, windowMs: 10_000 }

/**
 * Each create holds a slot from the moment it is allowed until `window` after its answer came
 * back: KIE counts a create when it arrives, which is never later than our answer, so counting
 * from the answer keeps us under the limit whatever the network latency.
 */
export const createLimiter = (rate: CreateRate) => {
  interface Slot {
    /** When the answer came back; undefined while the request is in flight. */
    done?: number
  }
  const slots: Slot[] = []
  let chain: Promise<void> = Promise.resolve()
  let wake: (() => void) | undefined

  const pause = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason)
      const finish = () => {
        clearTimeout(timer)
        signal.removeEventListener("abort", onAbort)
        wake = undefined
        resolve()
      }
      const timer = setTimeout(finish, ms)
      const onAbort = () => {
        clearTimeout(timer)
        wake = undefined
        reject(signal.reason)
      }
      wake = finish
      signal.addEventListener("abort", onAbort, { once: true })
    })

  const take = async (signal: AbortSignal): Promise<() => void> => {
    for (;;) {
      const now = Date.now()
      for (let i = slots.length - 1; i >= 0; i--) {
        const done = slots[i]?.done
        if (done !== undefined && done <= now - rate.windowMs) slots.splice(i, 1)
      }
      if (slots.length < rate.limit) {
        const slot: Slot = {}
        slots.push(slot)
        return () => {
          slot.done ??= Date.now()
          wake?.()
        }
      }
      const finished = slots.flatMap((slot) => (slot.done === undefined ? [] : [slot.done]))
      // Sleep until the oldest answered slot leaves the window, or until an answer arrives.
      const wait = finished.length > 0 ? Math.min(...finished) + rate.windowMs - now : rate.windowMs
      await pause(Math.max(1, wait), signal)
    }
  }

  return {
    /**
     * Resolves with `release` when a create may be sent; call `release()` once its answer (or
     * failure) is in. Rejects when `signal` aborts. Callers are served in order.
     */
    acquire: (signal: AbortSignal): Promise<() => void> => {
      const turn = chain.then(() => take(signal))
      chain = turn.then(
        () => {},
        () => {},
      )
      return turn
    },
  }
}

/** Parses `N/DURATION`, e.g. `20/10s`. */
export const parseCreateRate = (
  text: string,
  parseDuration: (text: string) => number,
): CreateRate => {
  const match = /^\s*(\d+)\s*\/\s*(\S+)\s*$/.exec(text)
  if (!match) throw new Error(`expected N/DURATION such as 20/10s, got "${text}"`)
  const limit = Number(match[1])
  if (!(limit >= 1)) throw new Error(`expected at least 1 create per window, got ${limit}`)
  return { limit, windowMs: parseDuration(match[2] as string) }
}
