/**
 * The polling schedule used by `waitForTask`. Pure functions: they say how long to wait before
 * the next poll; the client does the sleeping (and the Effect client turns them into a Schedule).
 */

import { taskFamilies } from "@kie-kit/spec"
import type { KieApi } from "./task"
import { unitRandom } from "./util"

/** Give up waiting after 15 minutes by default (the docs: "stop after 10-15 minutes"). */
export const DEFAULT_WAIT_TIMEOUT_MS = 15 * 60_000

/** The largest delay a timer can take (2^31 - 1 ms); longer values would fire at once. */
export const MAX_TIMER_MS = 2_147_483_647

/** One band of the default schedule: while `elapsedMs < untilMs`, wait `minMs..maxMs`. */
export interface PollBand {
  readonly untilMs: number
  readonly minMs: number
  readonly maxMs: number
}

/**
 * The vendor's advice (Market "Get Task Details"): every 2-3 s for the first 30 s, every 5-10 s
 * until 2 minutes, then every 15-30 s.
 */
export const DEFAULT_POLL_BANDS: readonly PollBand[] = Object.freeze([
  Object.freeze({ untilMs: 30_000, minMs: 2_000, maxMs: 3_000 }),
  Object.freeze({ untilMs: 120_000, minMs: 5_000, maxMs: 10_000 }),
  Object.freeze({ untilMs: Number.POSITIVE_INFINITY, minMs: 15_000, maxMs: 30_000 }),
])

/**
 * The default delay before the next poll, in ms: uniformly jittered inside the band that
 * `elapsedMs` (time since the wait started) falls in; a negative or NaN `elapsedMs` counts as 0.
 * `attempt` (0-based poll count) is accepted for signature compatibility with custom intervals
 * and is not used.
 */
export const defaultPollInterval = (
  _attempt: number,
  elapsedMs: number,
  random: () => number = Math.random,
): number => {
  // The last band ends at Infinity, so only NaN finds no band; it falls back to the first.
  const band = DEFAULT_POLL_BANDS.find((b) => elapsedMs < b.untilMs) ?? DEFAULT_POLL_BANDS[0]
  const { minMs, maxMs } = band as PollBand
  return Math.round(minMs + unitRandom(random) * (maxMs - minMs))
}

/**
 * The smallest delay between two polls of ONE task, from the family's documented query limit
 * (`pollIntervalMs` of its `x-kie-task` in the spec): 4o Image allows 3 queries per second per
 * task (334 ms); Market 10 requests per second per key (100 ms: this bounds one wait; many
 * concurrent waits on one key share that budget, so keep the default schedule for those); Flux
 * documents none and gets the strictest documented per-task limit (334 ms).
 */
export const minPollIntervalMs = (api: KieApi): number => taskFamilies[api].pollIntervalMs

/** A fixed interval in ms, or a function of the 0-based poll count and the elapsed ms. */
export type PollInterval = number | ((attempt: number, elapsedMs: number) => number)

/**
 * Turns the `interval` option into a function `(attempt, elapsedMs) => ms` that never goes below
 * {@link minPollIntervalMs} for `api` and never above {@link MAX_TIMER_MS}. `undefined` means the
 * default schedule ({@link defaultPollInterval}). A NaN or negative result becomes the minimum.
 */
export const resolveInterval = (
  interval: PollInterval | undefined,
  api: KieApi,
  random: () => number = Math.random,
): ((attempt: number, elapsedMs: number) => number) => {
  const min = minPollIntervalMs(api)
  const clamp = (ms: number): number =>
    Number.isNaN(ms) ? min : Math.min(MAX_TIMER_MS, Math.max(min, Math.ceil(ms)))
  const next =
    interval === undefined
      ? (attempt: number, elapsedMs: number) => defaultPollInterval(attempt, elapsedMs, random)
      : typeof interval === "number"
        ? () => interval
        : interval
  return (attempt, elapsedMs) => clamp(next(attempt, elapsedMs))
}
