import { describe, expect, it } from "vitest"
import {
  DEFAULT_POLL_BANDS,
  DEFAULT_WAIT_TIMEOUT_MS,
  defaultPollInterval,
  MAX_TIMER_MS,
  minPollIntervalMs,
  resolveInterval,
} from "../../src/core/index"

const zero = () => 0
const one = () => 1
const half = () => 0.5

describe("defaultPollInterval", () => {
  it("polls every 2-3 s during the first 30 s", () => {
    expect(defaultPollInterval(0, 0, zero)).toBe(2000)
    expect(defaultPollInterval(0, 0, one)).toBe(3000)
    expect(defaultPollInterval(5, 29_999, half)).toBe(2500)
  })

  it("polls every 5-10 s from 30 s to 2 min", () => {
    expect(defaultPollInterval(10, 30_000, zero)).toBe(5000)
    expect(defaultPollInterval(10, 30_000, one)).toBe(10_000)
    expect(defaultPollInterval(12, 119_999, half)).toBe(7500)
  })

  it("polls every 15-30 s after 2 min", () => {
    expect(defaultPollInterval(20, 120_000, zero)).toBe(15_000)
    expect(defaultPollInterval(20, 120_000, one)).toBe(30_000)
    expect(defaultPollInterval(99, 14 * 60_000, half)).toBe(22_500)
  })

  it("stays inside each band with Math.random", () => {
    for (let i = 0; i < 300; i++) {
      const elapsed = (i * 3001) % 300_000
      const ms = defaultPollInterval(i, elapsed)
      const band =
        elapsed < 30_000 ? [2000, 3000] : elapsed < 120_000 ? [5000, 10_000] : [15_000, 30_000]
      expect(ms).toBeGreaterThanOrEqual(band[0] as number)
      expect(ms).toBeLessThanOrEqual(band[1] as number)
    }
  })

  it("treats negative or NaN elapsed as 0 and bad random as 0", () => {
    expect(defaultPollInterval(0, -5, one)).toBe(3000)
    expect(defaultPollInterval(0, Number.NaN, one)).toBe(3000)
    expect(defaultPollInterval(0, 0, () => Number.NaN)).toBe(2000)
  })

  it("exposes the bands", () => {
    expect(DEFAULT_POLL_BANDS.map((b) => [b.untilMs, b.minMs, b.maxMs])).toEqual([
      [30_000, 2000, 3000],
      [120_000, 5000, 10_000],
      [Number.POSITIVE_INFINITY, 15_000, 30_000],
    ])
  })
})

describe("minPollIntervalMs", () => {
  it("matches the documented per-task query limits", () => {
    expect(minPollIntervalMs("gpt4o-image")).toBe(334)
    expect(minPollIntervalMs("market")).toBe(100)
    expect(minPollIntervalMs("flux-kontext")).toBe(334)
    expect(1000 / minPollIntervalMs("gpt4o-image")).toBeLessThanOrEqual(3)
  })
})

describe("DEFAULT_WAIT_TIMEOUT_MS", () => {
  it("is 15 minutes", () => {
    expect(DEFAULT_WAIT_TIMEOUT_MS).toBe(900_000)
  })
})

describe("resolveInterval", () => {
  it("uses the default schedule when undefined", () => {
    const next = resolveInterval(undefined, "market", zero)
    expect(next(0, 0)).toBe(2000)
    expect(next(0, 60_000)).toBe(5000)
    expect(next(0, 600_000)).toBe(15_000)
  })

  it("clamps a fixed number to the per-task minimum", () => {
    expect(resolveInterval(50, "gpt4o-image")(0, 0)).toBe(334)
    expect(resolveInterval(50, "market")(0, 0)).toBe(100)
    expect(resolveInterval(0, "flux-kontext")(3, 1000)).toBe(334)
    expect(resolveInterval(-10, "market")(0, 0)).toBe(100)
    expect(resolveInterval(1500, "gpt4o-image")(7, 99_000)).toBe(1500)
  })

  it("calls a function with (attempt, elapsedMs) and clamps its result", () => {
    const calls: Array<[number, number]> = []
    const next = resolveInterval((attempt, elapsed) => {
      calls.push([attempt, elapsed])
      return attempt * 100
    }, "gpt4o-image")
    expect(next(0, 0)).toBe(334)
    expect(next(3, 1234)).toBe(334)
    expect(next(10, 5000)).toBe(1000)
    expect(calls).toEqual([
      [0, 0],
      [3, 1234],
      [10, 5000],
    ])
  })

  it("turns NaN into the minimum, rounds up fractions, caps at the timer limit", () => {
    expect(resolveInterval(Number.NaN, "market")(0, 0)).toBe(100)
    expect(resolveInterval(() => Number.NaN, "gpt4o-image")(0, 0)).toBe(334)
    expect(resolveInterval(1000.2, "market")(0, 0)).toBe(1001)
    expect(resolveInterval(Number.POSITIVE_INFINITY, "market")(0, 0)).toBe(MAX_TIMER_MS)
    expect(MAX_TIMER_MS).toBe(2 ** 31 - 1)
  })
})
