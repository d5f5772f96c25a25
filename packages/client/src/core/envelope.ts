/**
 * The `{ code, msg, data }` envelope every KIE response uses: both the HTTP status and the body
 * `code` are error signals (errors usually come as HTTP 200 with a non-200 `code`, sometimes as a
 * real HTTP status). Pure.
 */

import { effectiveErrorCode, errorFromApi } from "./codes"
import { type AnyKieApiError, UnexpectedResponseError } from "./errors"

export interface DecodeEnvelopeInput {
  /** The response body: its text (parsed here) or an already-parsed JSON value. */
  readonly body: unknown
  readonly httpStatus: number
  readonly operation?: string | undefined
  /** From `Retry-After`, see `parseRetryAfter`. */
  readonly retryAfterMs?: number | undefined
}

export type DecodeEnvelopeResult =
  | { readonly ok: true; readonly data: unknown; readonly msg: string | undefined }
  | { readonly ok: false; readonly error: AnyKieApiError | UnexpectedResponseError }

/** The envelope's message: `msg`, or `message` (Market narrative examples use that key). */
export const envelopeMessage = (body: unknown): string | undefined => {
  if (typeof body !== "object" || body === null) return undefined
  const { msg, message } = body as { msg?: unknown; message?: unknown }
  if (typeof msg === "string") return msg
  return typeof message === "string" ? message : undefined
}

const isSuccessStatus = (status: number): boolean => status >= 200 && status <= 299

const snippet = (text: string): string => {
  const flat = text.replace(/\s+/g, " ").trim()
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat
}

/**
 * Decodes a response without throwing. Order of checks:
 * 1. text that is not JSON: an API error from the HTTP status when it is not 2xx (e.g. an HTML 502
 *    page), else UnexpectedResponseError;
 * 2. a JSON value that is not an object: same;
 * 3. a body `code` other than 200, or a non-2xx HTTP status: the API error (body code preferred);
 * 4. a 2xx response whose `code` is missing or not an integer: UnexpectedResponseError at `code`;
 * 5. otherwise `{ ok: true, data }` (`data` still to be decoded by the caller).
 */
export const decodeEnvelope = (input: DecodeEnvelopeInput): DecodeEnvelopeResult => {
  const { httpStatus, operation, retryAfterMs } = input
  const base = { httpStatus, operation, retryAfterMs }
  let body = input.body
  if (typeof body === "string") {
    try {
      body = JSON.parse(body)
    } catch (cause) {
      if (!isSuccessStatus(httpStatus)) {
        return { ok: false, error: errorFromApi({ ...base, msg: snippet(input.body as string) }) }
      }
      return {
        ok: false,
        error: new UnexpectedResponseError({
          body: input.body,
          reason: "the body is not valid JSON",
          httpStatus,
          operation,
          cause,
        }),
      }
    }
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    if (!isSuccessStatus(httpStatus)) return { ok: false, error: errorFromApi(base) }
    return {
      ok: false,
      error: new UnexpectedResponseError({
        body,
        reason: "expected a JSON object envelope { code, msg, data }",
        httpStatus,
        operation,
      }),
    }
  }
  const envelope = body as { code?: unknown; data?: unknown }
  const msg = envelopeMessage(envelope)
  if (effectiveErrorCode({ code: envelope.code, httpStatus }) !== undefined) {
    return { ok: false, error: errorFromApi({ ...base, code: envelope.code, msg }) }
  }
  if (envelope.code !== 200 && envelope.code !== "200") {
    return {
      ok: false,
      error: new UnexpectedResponseError({
        body,
        path: "code",
        reason: envelope.code === undefined ? "code is missing" : "code is not an integer",
        httpStatus,
        operation,
      }),
    }
  }
  return { ok: true, data: envelope.data, msg }
}

/** {@link decodeEnvelope}, returning `data` or throwing the error. */
export const unwrapEnvelope = (input: DecodeEnvelopeInput): unknown => {
  const result = decodeEnvelope(input)
  if (!result.ok) throw result.error
  return result.data
}
