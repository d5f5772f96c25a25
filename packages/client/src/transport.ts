/**
 * One request to KIE, with the rules every operation shares: a per-request timeout composed with
 * the caller's AbortSignal, envelope unwrapping, the error taxonomy, and retries that never resend
 * a create whose outcome is unknown.
 */

import type { OperationRole } from "@kie-kit/spec"
import { parseRetryAfter } from "./core/codes"
import { readResponse } from "./core/envelope"
import {
  AbortError,
  ConnectionError,
  CreateOutcomeUnknownError,
  type KieApiError,
  TimeoutError,
} from "./core/errors"
import type { ExtraBody } from "./core/extra"
import { redact } from "./core/redact"
import { connectionPhase, createFailure, isRetryable, retryDelayMs } from "./core/retry"

/** A minimal logger; `console` fits. Every line is redacted before it is written. */
export interface KieLogger {
  debug?(message: string): void
  warn?(message: string): void
}

export interface TransportOptions {
  readonly timeoutMs: number
  readonly maxRetries: number
  readonly logger?: KieLogger | undefined
  /** Backoff randomness, injectable for tests. */
  readonly random?: () => number
}

export interface CallOptions {
  readonly signal?: AbortSignal | undefined
  /**
   * Fields the spec does not know yet, merged into the JSON body (nested objects field by field):
   * the escape hatch for a vendor field newer than this version. See the README.
   */
  readonly extraBody?: ExtraBody | undefined
}

/**
 * What an operation hands the transport: the name used in errors, a function doing the I/O and
 * the decoder of the answer's `data`.
 */
export interface Call<A = unknown> {
  /** The operationId (errors and log lines name it). */
  readonly operation: string
  /** Decides the retry rules: a create is resent only when KIE provably did not process it. */
  readonly role: OperationRole
  /** A floor for the delay before a retry (a task read never goes below its query limit). */
  readonly minRetryDelayMs?: number
  /** Sends the request; resolves like openapi-fetch (the body is `data` or `error`). */
  readonly send: (
    signal: AbortSignal,
  ) => Promise<{ response: Response; data?: unknown; error?: unknown }>
  /** Decodes the envelope's `data` (the core's decoders); part of the attempt. */
  readonly decode: (data: unknown) => A
}

/** Calls `listener` once `signal` aborts (at once if it already has); returns the unsubscribe. */
export const onAbort = (signal: AbortSignal | undefined, listener: () => void): (() => void) => {
  if (signal?.aborted) listener()
  else signal?.addEventListener("abort", listener, { once: true })
  return () => signal?.removeEventListener("abort", listener)
}

/** Resolves after `ms`, or rejects with the signal's abort as soon as it fires. */
export const sleep = (ms: number, signal: AbortSignal | undefined, operation?: string) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe()
      resolve()
    }, ms)
    const unsubscribe = onAbort(signal, () => {
      clearTimeout(timer)
      reject(new AbortError({ operation, cause: signal?.reason }))
    })
  })

/** Creates the function every operation runs through. */
export const createTransport = (options: TransportOptions) => {
  const { timeoutMs, maxRetries, logger, random = Math.random } = options

  /** One attempt: I/O with timeout + abort, then the envelope rules. */
  const attempt = async <A>(
    { operation, role, send, decode }: Call<A>,
    signal?: AbortSignal,
  ): Promise<A> => {
    if (signal?.aborted) throw new AbortError({ operation, cause: signal.reason })
    const controller = new AbortController()
    const unsubscribe = onAbort(signal, () => controller.abort(signal?.reason))
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    let result: Awaited<ReturnType<Call<A>["send"]>>
    try {
      result = await send(controller.signal)
    } catch (error) {
      if (signal?.aborted) {
        const abort = new AbortError({ operation, cause: signal.reason })
        // The create was already on its way: KIE may have processed it.
        throw role === "create" ? new CreateOutcomeUnknownError({ operation, cause: abort }) : abort
      }
      if (controller.signal.aborted) throw new TimeoutError({ timeoutMs, operation })
      const phase = connectionPhase(error)
      throw new ConnectionError({ phase, operation, cause: error })
    } finally {
      clearTimeout(timer)
      unsubscribe()
    }
    const { response } = result
    return readResponse(
      {
        body: result.data ?? result.error,
        httpStatus: response.status,
        operation,
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), Date.now()),
      },
      decode,
    )
  }

  /**
   * Runs a call with the retry rules. Reads retry transient failures; a create retries only when
   * KIE provably did not process it, and an ambiguous failure becomes CreateOutcomeUnknownError.
   */
  return async <A>(call: Call<A>, { signal }: CallOptions = {}): Promise<A> => {
    const { operation, role } = call
    for (let retry = 0; ; retry++) {
      const started = Date.now()
      try {
        const data = await attempt(call, signal)
        logger?.debug?.(`kie: ${operation} ok (${Date.now() - started} ms)`)
        return data
      } catch (caught) {
        const error = caught as KieApiError
        if (retry < maxRetries && isRetryable(role, error)) {
          const delay = retryDelayMs(retry, error, {
            role,
            minDelayMs: call.minRetryDelayMs,
            random,
          })
          logger?.warn?.(
            redact(
              `kie: ${operation} failed with ${error._tag}; retry ${retry + 1}/${maxRetries} in ${delay} ms`,
            ),
          )
          await sleep(delay, signal, operation)
          continue
        }
        const final = role === "create" ? createFailure(error, operation) : error
        logger?.warn?.(
          redact(`kie: ${operation} failed with ${final._tag} (${Date.now() - started} ms)`),
        )
        throw final
      }
    }
  }
}

export type Transport = ReturnType<typeof createTransport>
