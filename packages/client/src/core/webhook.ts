/**
 * Webhook (callback) signature checking. KIE signs callbacks, once a `webhookHmacKey` is set in
 * the dashboard, with two headers:
 * - `X-Webhook-Timestamp`: Unix time in seconds;
 * - `X-Webhook-Signature`: base64(HMAC-SHA256(key, taskId + "." + timestamp)).
 *
 * Only the taskId and the timestamp are signed, not the body: after verifying, re-read the task
 * from the API before trusting the payload's status or URLs.
 *
 * Uses only Web Crypto (`crypto.subtle`), TextEncoder, atob and btoa (Node >= 20, Deno, Bun,
 * browsers, workers).
 */

import { isObj } from "./util"

/** Lower-cased header names (Fetch `Headers.get` is case-insensitive). */
export const WEBHOOK_TIMESTAMP_HEADER = "x-webhook-timestamp"
export const WEBHOOK_SIGNATURE_HEADER = "x-webhook-signature"

/** Default accepted clock difference between the callback's timestamp and now: 5 minutes. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300

const hmacSha256 = async (secret: string, message: string): Promise<Uint8Array> => {
  if (typeof secret !== "string" || secret === "") {
    throw new TypeError(
      "The webhook secret is empty: pass the webhookHmacKey from the KIE dashboard settings.",
    )
  }
  const encoder = new TextEncoder()
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  )
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)))
}

/** Decodes strict base64 (surrounding whitespace allowed); `undefined` when it is not base64. */
const fromBase64 = (text: string): Uint8Array | undefined => {
  const clean = text.trim()
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) return undefined
  try {
    return Uint8Array.from(atob(clean), (char) => char.charCodeAt(0))
  } catch {
    return undefined
  }
}

/**
 * Compares two byte arrays in time that depends only on their lengths: every byte of the longer
 * one is visited and differences are OR-ed together, so the position of the first mismatch leaks
 * nothing. Different lengths compare unequal.
 */
export const timingSafeEqual = (a: Uint8Array, b: Uint8Array): boolean => {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

export interface SignWebhookInput {
  readonly taskId: string
  /** Unix seconds, as sent in `X-Webhook-Timestamp` (a string is signed verbatim). */
  readonly timestamp: string | number
  readonly secret: string
}

/** The `X-Webhook-Signature` value KIE would send: base64 HMAC-SHA256 of `taskId.timestamp`. */
export const signWebhook = async (input: SignWebhookInput): Promise<string> =>
  btoa(
    String.fromCharCode(...(await hmacSha256(input.secret, `${input.taskId}.${input.timestamp}`))),
  )

export interface VerifyWebhookInput {
  /** The task id from the callback body (see {@link callbackTaskId}). */
  readonly taskId: string | null | undefined
  /** The `X-Webhook-Timestamp` header, verbatim (Unix seconds). */
  readonly timestamp: string | number | null | undefined
  /** The `X-Webhook-Signature` header (base64). */
  readonly signature: string | null | undefined
  /** The webhookHmacKey from the KIE dashboard. An empty secret rejects with a TypeError. */
  readonly secret: string
  /** Largest accepted |now - timestamp| in whole seconds, both directions (default 300). */
  readonly toleranceSeconds?: number | undefined
  /** The current time (a Date or epoch ms); defaults to `Date.now()`. */
  readonly now?: Date | number | undefined
}

/**
 * Checks a callback's signature headers. Resolves `false` when a header is missing, the timestamp
 * is not an integer number of seconds or is further than `toleranceSeconds` from `now` (either
 * direction), the signature is not base64, or it does not match; `true` only for a valid, fresh
 * signature. The comparison is constant-time over the decoded bytes.
 */
export const verifyWebhookSignature = async (input: VerifyWebhookInput): Promise<boolean> => {
  const { taskId, signature } = input
  const tolerance = input.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS
  // A number becomes its decimal form, so fractions, negatives and NaN fail the digit check.
  const timestamp = String(input.timestamp ?? "").trim()
  const nowSeconds = Math.floor(Number(input.now ?? Date.now()) / 1000)
  if (!taskId || typeof taskId !== "string" || typeof signature !== "string") return false
  if (!/^\d{1,15}$/.test(timestamp) || !(tolerance >= 0)) return false
  if (Math.abs(nowSeconds - Number(timestamp)) > tolerance) return false
  const expected = await hmacSha256(input.secret, `${taskId}.${timestamp}`)
  const given = fromBase64(signature)
  return given !== undefined && timingSafeEqual(expected, given)
}

/**
 * The task id a callback's signature covers: `data.taskId`, falling back to `data.task_id` (the
 * vendor's sample code reads that). Accepts the parsed body or its JSON text; `undefined` when
 * absent.
 */
export const callbackTaskId = (payload: unknown): string | undefined => {
  let body = payload
  if (typeof payload === "string") {
    try {
      body = JSON.parse(payload)
    } catch {
      return undefined
    }
  }
  const data = isObj(body) && isObj(body.data) ? body.data : {}
  for (const id of [data.taskId, data.task_id]) if (typeof id === "string" && id !== "") return id
  return undefined
}
