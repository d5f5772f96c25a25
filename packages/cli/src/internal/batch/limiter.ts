import { CREATE_LIMIT, CREATE_WINDOW_MS, DEFAULT_TIMEOUT_MS } from "@kie-kit/client/core"

/**
 * A sliding-window limiter for creates: at most `limit` acquisitions per `windowMs`, handed out
 * in call order. KIE allows 20 creates per 10 s per account and rejects (429) beyond that.
 */
export interface CreateRate {
  readonly limit: number
  readonly windowMs: number
}

/** The account's limit (the spec's `x-kie-limits`): 20 creates per 10 s. */
export const DEFAULT_CREATE_RATE: CreateRate = { limit: CREATE_LIMIT, windowMs: CREATE_WINDOW_MS }

/**
 * How long after its `intent` a create whose answer was never journaled (the run was killed)
 * may still have reached KIE: the client's per-request timeout.
 */
export const UNANSWERED_CREATE_MS = DEFAULT_TIMEOUT_MS

/** A create an earlier run sent (from the journal): see `SentCreate` in `journal.ts`. */
export interface EarlierCreate {
  readonly sentAt: number
  readonly answeredAt: number | undefined
}

export interface LimiterOptions {
  /**
   * Creates of earlier runs (the journal's `intent`s): those whose slot is still inside the
   * window count against it, so a rerun right after a kill does not overshoot KIE's limit.
   */
  readonly history?: ReadonlyArray<EarlierCreate> | undefined
  /** The clock (tests). Default `Date.now`. */
  readonly now?: (() => number) | undefined
}

/**
 * Each create holds a slot from the moment it is allowed until `window` after its answer came
 * back: KIE counts a create when it arrives, which is never later than our answer, so counting
 * from the answer keeps us under the limit whatever the network latency. A create of an earlier
 * run counts the same way from its journaled answer; one without an answer (killed in flight)
 * counts from `min(now, sentAt + UNANSWERED_CREATE_MS)`.
 */
export const createLimiter = (rate: CreateRate, options: LimiterOptions = {}) => {
  const clock = options.now ?? Date.now
  interface Slot {
    /** When the answer came back; undefined while the request is in flight. */
    done?: number
  }
  const slots: Slot[] = []
  const started = clock()
  for (const earlier of options.history ?? []) {
    const done = earlier.answeredAt ?? Math.min(started, earlier.sentAt + UNANSWERED_CREATE_MS)
    if (done > started - rate.windowMs) slots.push({ done: Math.min(done, started) })
  }
  /** No create before this time (KIE answered 429 with Retry-After). */
  let heldUntil = 0
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
      const now = clock()
      if (now < heldUntil) {
        await pause(heldUntil - now, signal)
        continue
      }
      for (let i = slots.length - 1; i >= 0; i--) {
        const done = slots[i]?.done
        if (done !== undefined && done <= now - rate.windowMs) slots.splice(i, 1)
      }
      if (slots.length < rate.limit) {
        const slot: Slot = {}
        slots.push(slot)
        return () => {
          slot.done ??= clock()
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
    /**
     * Holds every create back until `ms` from now (KIE's Retry-After on a 429: the account's
     * window is full, whatever this run counted).
     */
    holdFor: (ms: number): void => {
      if (Number.isFinite(ms) && ms > 0) heldUntil = Math.max(heldUntil, clock() + ms)
    },
    /** Slots counted now (in flight, or answered inside the window); for tests. */
    used: (): number => {
      const now = clock()
      return slots.filter((slot) => slot.done === undefined || slot.done > now - rate.windowMs)
        .length
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
