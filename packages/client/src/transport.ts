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
  type KieApiError,
  redact,
  TimeoutError,
} from "./core/errors"
import {
  backoffDelay,
  connectionPhase,
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
  /** Sends the request; resolves like openapi-fetch (the body is `data` or `error`). */
  readonly send: (
    signal: AbortSignal,
  ) => Promise<{ response: Response; data?: unknown; error?: unknown }>
}

/** Calls `listener` once `signal` aborts (at once if it already has); returns the unsubscribe. */
const onAbort = (signal: AbortSignal | undefined, listener: () => void): (() => void) => {
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
  const attempt = async ({ operation, send }: Call, signal?: AbortSignal): Promise<unknown> => {
    if (signal?.aborted) throw new AbortError({ operation, cause: signal.reason })
    const controller = new AbortController()
    const unsubscribe = onAbort(signal, () => controller.abort(signal?.reason))
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    let result: Awaited<ReturnType<Call["send"]>>
    try {
      result = await send(controller.signal)
    } catch (error) {
      if (signal?.aborted) throw new AbortError({ operation, cause: signal.reason })
      if (controller.signal.aborted) throw new TimeoutError({ timeoutMs, operation })
      const phase = connectionPhase(error)
      throw new ConnectionError({ phase, operation, cause: error })
    } finally {
      clearTimeout(timer)
      unsubscribe()
    }
    const { response } = result
    return unwrapEnvelope({
      body: result.data ?? result.error,
      httpStatus: response.status,
      operation,
      retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), Date.now()),
    })
  }

  /**
   * Runs a call with the retry rules. Reads retry transient failures; a create retries only when
   * KIE provably did not process it, and an ambiguous failure becomes CreateOutcomeUnknownError.
   */
  return async (call: Call, { signal }: CallOptions = {}): Promise<unknown> => {
    const { operation, kind } = call
    for (let retry = 0; ; retry++) {
      const started = Date.now()
      try {
        const data = await attempt(call, signal)
        logger?.debug?.(`kie: ${operation} ok (${Date.now() - started} ms)`)
        return data
      } catch (caught) {
        const error = caught as KieApiError
        if (retry < maxRetries && (kind === "read" ? isRetryableRead : isRetryableCreate)(error)) {
          const delay = backoffDelay(retry, { random, retryAfterMs: error.retryAfterMs })
          logger?.warn?.(
            redact(
              `kie: ${operation} failed with ${error._tag}; retry ${retry + 1}/${maxRetries} in ${delay} ms`,
            ),
          )
          await sleep(delay, signal, operation)
          continue
        }
        throw kind === "create" && createOutcomeIsUnknown(error)
          ? new CreateOutcomeUnknownError({ operation, cause: error })
          : error
      }
    }
  }
}

export type Transport = ReturnType<typeof createTransport>
