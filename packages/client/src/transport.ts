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
  RateLimitError,
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
  /** A floor for the delay before a retry (a task read never goes below its query limit). */
  readonly minRetryDelayMs?: number
  /** Sends the request; resolves like openapi-fetch (the body is `data` or `error`). */
  readonly send: (
    signal: AbortSignal,
  ) => Promise<{ response: Response; data?: unknown; error?: unknown }>
}

/** KIE's create rate-limit window: 20 creates per 10 s per account. */
const CREATE_WINDOW_MS = 10_000

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
  const attempt = async (
    { operation, kind, send }: Call,
    signal?: AbortSignal,
  ): Promise<unknown> => {
    if (signal?.aborted) throw new AbortError({ operation, cause: signal.reason })
    const controller = new AbortController()
    const unsubscribe = onAbort(signal, () => controller.abort(signal?.reason))
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    let result: Awaited<ReturnType<Call["send"]>>
    try {
      result = await send(controller.signal)
    } catch (error) {
      if (signal?.aborted) {
        const abort = new AbortError({ operation, cause: signal.reason })
        // The create was already on its way: KIE may have processed it.
        throw kind === "create" ? new CreateOutcomeUnknownError({ operation, cause: abort }) : abort
      }
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
          // A 429 without Retry-After on a create waits out KIE's 10 s create window.
          const retryAfterMs =
            error.retryAfterMs ??
            (kind === "create" && error instanceof RateLimitError ? CREATE_WINDOW_MS : undefined)
          const delay = Math.max(
            call.minRetryDelayMs ?? 0,
            backoffDelay(retry, { random, retryAfterMs }),
          )
          logger?.warn?.(
            redact(
              `kie: ${operation} failed with ${error._tag}; retry ${retry + 1}/${maxRetries} in ${delay} ms`,
            ),
          )
          await sleep(delay, signal, operation)
          continue
        }
        const final =
          kind === "create" && createOutcomeIsUnknown(error)
            ? new CreateOutcomeUnknownError({ operation, cause: error })
            : error
        logger?.warn?.(
          redact(`kie: ${operation} failed with ${final._tag} (${Date.now() - started} ms)`),
        )
        throw final
      }
    }
  }
}

export type Transport = ReturnType<typeof createTransport>
