/**
 * Secret redaction: the registry of secrets (the API key, webhook keys) that every error message,
 * log line and serialized error is scrubbed of, and the functions that scrub. Shared by the
 * packages of kie-kit through `@kie-kit/client/core`; not part of the main entry.
 *
 * Pure: no I/O, no Node APIs.
 */

/** The text that replaces a secret. */
export const REDACTED = "[REDACTED]"

const secretRegistry = new Set<string>()

/**
 * Matches `Bearer <token>` anywhere (an `Authorization` header echoed in a message or body).
 * The token is everything up to whitespace, a quote, a comma, a semicolon or a closing bracket.
 */
const BEARER_PATTERN = /\b(Bearer\s+)(?!\[REDACTED\])[^\s"'`,;<>)}\]]+/gi

/**
 * Registers a secret (an API key, a webhook HMAC key) so that {@link redact} and every error built
 * afterwards replace it with `[REDACTED]`. The client calls this with its API key. Secrets shorter
 * than {@link MIN_SECRET_LENGTH} characters are ignored: hiding a word like `test` would garble
 * every message, and such a string protects nothing (real KIE keys are 32 characters).
 */
export const registerSecret = (secret: string | undefined | null): void => {
  if (typeof secret === "string" && secret.trim().length >= MIN_SECRET_LENGTH) {
    secretRegistry.add(secret)
  }
}

/** The shortest string {@link registerSecret} treats as a secret. */
export const MIN_SECRET_LENGTH = 8

/** Removes a secret registered with {@link registerSecret} (for tests and disposable clients). */
export const unregisterSecret = (secret: string): void => {
  secretRegistry.delete(secret)
}

/**
 * Replaces every occurrence of each secret (also its URI-encoded form) and every `Bearer <token>`
 * with `[REDACTED]`. Longer secrets are replaced first so a secret that contains another one is
 * hidden whole.
 */
export const redactSecrets = (text: string, secrets: Iterable<string>): string => {
  const variants: string[] = []
  for (const secret of secrets) {
    if (typeof secret === "string" && secret.trim() !== "") {
      variants.push(secret, encodeURIComponent(secret))
    }
  }
  let out = text
  for (const variant of variants.sort((a, b) => b.length - a.length)) {
    out = out.replaceAll(variant, REDACTED)
  }
  return out.replace(BEARER_PATTERN, `$1${REDACTED}`)
}

/** {@link redactSecrets} with the module-level registry filled by {@link registerSecret}. */
export const redact = (text: string): string => redactSecrets(text, secretRegistry)

/**
 * Deep-copies a JSON-like value with every string passed through {@link redact}. Dates are kept,
 * errors become `{ name, message }`, cycles become `"[Circular]"`, functions are dropped, and
 * nesting deeper than 32 levels becomes `"[Truncated]"`.
 */
export const redactValue = (value: unknown): unknown => copyRedacted(value, [])

/** {@link redactValue} below `ancestors` (the objects being copied, outermost first). */
const copyRedacted = (value: unknown, ancestors: object[]): unknown => {
  if (typeof value === "string") return redact(value)
  if (typeof value === "function" || typeof value === "symbol") return undefined
  if (typeof value !== "object" || value === null) return value
  if (value instanceof Date) return new Date(value.getTime())
  if (ancestors.includes(value)) return "[Circular]"
  if (ancestors.length >= 32) return "[Truncated]"
  if (value instanceof Error) return serializeCause(value)
  const copy = (item: unknown) => copyRedacted(item, [...ancestors, value])
  if (Array.isArray(value)) return value.map(copy)
  return Object.fromEntries(
    Object.entries(value)
      .map(([key, item]) => [key, copy(item)])
      .filter(([, item]) => item !== undefined),
  )
}

export const serializeCause = (cause: unknown): { name: string; message: string } | string =>
  cause instanceof Error
    ? { name: cause.name, message: redact(cause.message) }
    : redact(String(cause))
