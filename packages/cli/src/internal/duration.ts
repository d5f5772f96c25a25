/**
 * Durations the way people type them: `500ms`, `30s`, `15m`, `1h`, and combinations such as
 * `1m30s` or `1h15m`. Bare numbers are rejected because their unit would be a guess.
 */

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const

const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy

export const DURATION_HINT = "a duration such as 500ms, 30s, 15m or 1h"

/** Parses a duration to milliseconds; throws an Error with a readable message when invalid. */
export const parseDuration = (text: string): number => {
  const input = text.trim().toLowerCase()
  if (input === "") throw new Error(`expected ${DURATION_HINT}, got an empty value`)
  if (/^\d+(\.\d+)?$/.test(input)) {
    throw new Error(`"${text}" has no unit: write ${DURATION_HINT}`)
  }
  PART.lastIndex = 0
  let total = 0
  let consumed = 0
  for (let match = PART.exec(input); match !== null; match = PART.exec(input)) {
    total += Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS]
    consumed = PART.lastIndex
  }
  if (consumed !== input.length) throw new Error(`"${text}" is not ${DURATION_HINT}`)
  if (!(total > 0) || !Number.isFinite(total)) {
    throw new Error(`"${text}" must be longer than 0: write ${DURATION_HINT}`)
  }
  return Math.round(total)
}

/** Formats milliseconds compactly: `850ms`, `12s`, `3m05s`, `1h02m`. */
export const formatDuration = (ms: number): string => {
  if (ms < 1_000) return `${Math.max(0, Math.round(ms))}ms`
  const seconds = Math.floor(ms / 1_000)
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, "0")}s`
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`
}
