/**
 * Small helpers shared by the core modules. Internal: not exported from `@kie-kit/client/core`.
 */

export type Obj = Record<string, unknown>

/** A plain JSON object (not null, not an array). */
export const isObj = (value: unknown): value is Obj =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** Cuts `text` to `max` characters, ending with an ellipsis when it was longer. */
export const truncate = (text: string, max = 200): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

export const isSuccessStatus = (status: number): boolean => status >= 200 && status <= 299

/** `random()` clamped to 0..1; a non-finite value counts as 0. */
export const unitRandom = (random: () => number): number => {
  const value = random()
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0
}

/**
 * A copy of `object` without its `undefined` properties (for `exactOptionalPropertyTypes` shapes).
 * A copy rather than `delete`: deleting leaves a slow dictionary-mode object, and costs more.
 */
export const compact = <T extends object>(object: { [K in keyof T]: T[K] | undefined }): T => {
  const result: Obj = {}
  for (const key in object) if (object[key] !== undefined) result[key] = object[key]
  return result as T
}
