/**
 * The escape hatch for fields the spec does not know yet. Request types are exact (a typo is a
 * compile error), but KIE adds fields every month: a field it documents after this version
 * shipped is sent with the `extraBody` call option, merged into the typed body. Nothing at
 * runtime refuses a field because the spec does not know it.
 */

/** Fields sent on top of a typed body (merged into nested objects: `{ input: { seed: 7 } }`). */
export type ExtraBody = { readonly [field: string]: unknown }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype

/**
 * `body` with `extra` merged in: objects are merged field by field (so `{ input: { seed: 7 } }`
 * adds to a Market `input`), any other value replaces. Neither argument is changed.
 */
export const withExtraBody = (body: unknown, extra: ExtraBody | undefined): unknown => {
  if (extra === undefined) return body
  if (!isPlainObject(body)) return { ...extra }
  const merged: Record<string, unknown> = { ...body }
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key]
    merged[key] =
      isPlainObject(current) && isPlainObject(value) ? withExtraBody(current, value) : value
  }
  return merged
}
