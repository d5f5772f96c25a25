/**
 * The `{ code, msg, data }` envelope every KIE response uses: both the HTTP status and the body
 * `code` are error signals (errors usually come as HTTP 200 with a non-200 `code`, sometimes as a
 * real HTTP status). Pure.
 */

import { effectiveErrorCode, errorFromApi } from "./codes"
import { type AnyKieApiError, UnexpectedResponseError } from "./errors"
import { DecodeFailure } from "./task"
import { isObj, isSuccessStatus, type Obj, truncate } from "./util"

export interface DecodeEnvelopeInput {
  /** The response body: its text (parsed here) or an already-parsed JSON value. */
  readonly body: unknown
  readonly httpStatus: number
  readonly operation?: string | undefined
  /** From `Retry-After`, see `parseRetryAfter`. */
  readonly retryAfterMs?: number | undefined
}

export type DecodeEnvelopeResult =
  | {
      readonly ok: true
      readonly data: unknown
      readonly msg: string | undefined
      /** The parsed body. */
      readonly body: Obj
    }
  | { readonly ok: false; readonly error: AnyKieApiError | UnexpectedResponseError }

/** The envelope's message: `msg`, or `message` (Market narrative examples use that key). */
export const envelopeMessage = (body: unknown): string | undefined => {
  const { msg, message } = (isObj(body) ? body : {}) as { msg?: unknown; message?: unknown }
  return typeof msg === "string" ? msg : typeof message === "string" ? message : undefined
}

/**
 * Decodes a response without throwing. Order of checks:
 * 1. text that is not JSON: an API error from the HTTP status when it is not 2xx (e.g. an HTML 502
 *    page, its text as `msg`), else UnexpectedResponseError;
 * 2. a JSON value that is not an object: same;
 * 3. a body `code` other than 200, or a non-2xx HTTP status: the API error (body code preferred);
 * 4. a 2xx response whose `code` is missing or not an integer: UnexpectedResponseError at `code`;
 * 5. otherwise `{ ok: true, data }` (`data` still to be decoded by the caller).
 */
export const decodeEnvelope = (input: DecodeEnvelopeInput): DecodeEnvelopeResult => {
  const { httpStatus, operation, retryAfterMs } = input
  const apiError = (code?: unknown, msg?: string) => ({
    ok: false as const,
    error: errorFromApi({ code, msg, httpStatus, operation, retryAfterMs }),
  })
  const unexpected = (body: unknown, reason: string, path?: string, cause?: unknown) => ({
    ok: false as const,
    error: new UnexpectedResponseError({ body, path, reason, httpStatus, operation, cause }),
  })
  const isError = !isSuccessStatus(httpStatus)
  const text = input.body
  let body = text
  if (typeof text === "string") {
    try {
      body = JSON.parse(text)
    } catch (cause) {
      return isError
        ? apiError(undefined, truncate(text.replace(/\s+/g, " ").trim()))
        : unexpected(text, "the body is not valid JSON", undefined, cause)
    }
  }
  if (!isObj(body)) {
    return isError ? apiError() : unexpected(body, "expected a JSON object envelope")
  }
  const { code } = body
  const msg = envelopeMessage(body)
  if (effectiveErrorCode({ code, httpStatus }) !== undefined) return apiError(code, msg)
  if (code !== 200 && code !== "200") {
    return unexpected(
      body,
      code === undefined ? "code is missing" : "code is not an integer",
      "code",
    )
  }
  return { ok: true, data: body.data, msg, body }
}

/** {@link decodeEnvelope}, returning `data` or throwing the error. */
export const unwrapEnvelope = (input: DecodeEnvelopeInput): unknown => {
  const result = decodeEnvelope(input)
  if (!result.ok) throw result.error
  return result.data
}

/**
 * Reads a response: the envelope rules ({@link decodeEnvelope}), then `decode` of its `data`. A
 * decoder's {@link DecodeFailure} (a path from the body's root, `data.state`, and a reason) is
 * reported as an {@link UnexpectedResponseError} with the whole body, the HTTP status and the
 * operation. Both clients read every answer through this.
 */
export const readResponse = <A>(input: DecodeEnvelopeInput, decode: (data: unknown) => A): A => {
  const result = decodeEnvelope(input)
  if (!result.ok) throw result.error
  try {
    return decode(result.data)
  } catch (error) {
    if (!(error instanceof DecodeFailure)) throw error
    throw new UnexpectedResponseError({
      body: result.body,
      path: error.path,
      reason: error.reason,
      httpStatus: input.httpStatus,
      operation: input.operation,
    })
  }
}
