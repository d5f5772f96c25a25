/**
 * One request to KIE, with the rules every operation shares: a per-request timeout composed with
 * the caller's AbortSignal, envelope unwrapping, the error taxonomy, and retries that never resend
 * a create whose outcome is unknown.
 */
import { parseRetryAfter } from "./core/codes"
import { unwrapEnvelope } from "./core/envelope"
import {
  AbortError,
  ConnectionError,
  CreateOutcomeUnknownError,
  type KieError,
  redact,
  TimeoutError,
} from "./core/errors"
import {
  backoffDelay,
  createOutcomeIsUnknown,
  isRetryableCreate,
  isRetryableRead,
} from "./core/retry"

/** How an operation may be retried: reads freely, creates only when provably not processed. */
export type OperationKind = "read" | "create"

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
}

/** What an operation hands the transport: the name used in errors and a function doing the I/O. */
export interface Call {
  readonly operation: string
  readonly kind: OperationKind
  readonly send: (signal: AbortSignal) => Promise<{ response: Response; body: unknown }>
}

const CONNECT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
])

/** Node's fetch wraps the socket error in `cause` (sometimes an AggregateError of attempts). */
const errorCode = (error: unknown): string | undefined => {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === "string") return code
    const errors = (current as { errors?: unknown }).errors
    if (Array.isArray(errors) && errors.length > 0) current = errors[0]
    else current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** Resolves after `ms`, or rejects with the signal's abort as soon as it fires. */
export const sleep = (ms: number, signal: AbortSignal | undefined, operation?: string) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError({ operation, cause: signal.reason }))
    const onAbort = () => {
      clearTimeout(timer)
      reject(new AbortError({ operation, cause: signal?.reason }))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort)
      resolve()
    }, ms)
    signal?.addEventListener("abort", onAbort, { once: true })
  })

const TIMEOUT = Symbol("timeout")

/** Creates the function every operation runs through. */
export const createTransport = (options: TransportOptions) => {
  const { timeoutMs, maxRetries, logger } = options
  const random = options.random ?? Math.random

  /** One attempt: I/O with timeout + abort, then the envelope rules. */
  const attempt = async (call: Call, signal: AbortSignal | undefined): Promise<unknown> => {
    if (signal?.aborted) throw new AbortError({ operation: call.operation, cause: signal.reason })
    const controller = new AbortController()
    const onAbort = () => controller.abort(signal?.reason)
    signal?.addEventListener("abort", onAbort, { once: true })
    const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs)
    let result: { response: Response; body: unknown }
    try {
      result = await call.send(controller.signal)
    } catch (error) {
      if (signal?.aborted) throw new AbortError({ operation: call.operation, cause: signal.reason })
      if (controller.signal.aborted) {
        throw new TimeoutError({ timeoutMs, operation: call.operation })
      }
      const code = errorCode(error)
      throw new ConnectionError({
        phase: code && CONNECT_CODES.has(code) ? "connect" : "request",
        operation: call.operation,
        cause: error,
      })
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener("abort", onAbort)
    }
    const { response, body } = result
    return unwrapEnvelope({
      body,
      httpStatus: response.status,
      operation: call.operation,
      retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), Date.now()),
    })
  }

  /**
   * Runs a call with the retry rules. Reads retry transient failures; a create retries only when
   * KIE provably did not process it, and an ambiguous failure becomes CreateOutcomeUnknownError.
   */
  return async (call: Call, callOptions: CallOptions = {}): Promise<unknown> => {
    const { signal } = callOptions
    for (let retry = 0; ; retry++) {
      const started = Date.now()
      try {
        const data = await attempt(call, signal)
        logger?.debug?.(`kie: ${call.operation} ok (${Date.now() - started} ms)`)
        return data
      } catch (caught) {
        const error = caught as KieError
        const retryable = call.kind === "read" ? isRetryableRead(error) : isRetryableCreate(error)
        if (retryable && retry < maxRetries) {
          const retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs
          const delay = backoffDelay(retry, { random, retryAfterMs })
          logger?.warn?.(
            redact(
              `kie: ${call.operation} failed with ${error._tag}; retry ${retry + 1}/${maxRetries} in ${Math.round(delay)} ms`,
            ),
          )
          await sleep(delay, signal, call.operation)
          continue
        }
        if (call.kind === "create" && createOutcomeIsUnknown(error)) {
          throw new CreateOutcomeUnknownError({ operation: call.operation, cause: error })
        }
        throw error
      }
    }
  }
}

export type Transport = ReturnType<typeof createTransport>
