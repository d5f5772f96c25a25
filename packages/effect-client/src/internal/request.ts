/**
 * One KIE operation over `effect/http`: a request built once per call (no per-call layers, no
 * schema compilation), a per-attempt timeout, the envelope and error taxonomy of the shared core,
 * lazy retries that follow the create-safety rules, and a span named after the operation.
 * @internal
 */
import {
  ConnectionError,
  connectionPhase,
  createFailure,
  isKieError,
  isRetryable,
  parseRetryAfter,
  readResponse,
  retryFloorMs,
  TimeoutError,
} from "@kie-kit/client/core"
import type { OperationRole } from "@kie-kit/spec"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { constTrue } from "effect/Function"
import type * as Headers from "effect/http/Headers"
import type * as HttpBody from "effect/http/HttpBody"
import * as HttpClient from "effect/http/HttpClient"
import type * as HttpClientError from "effect/http/HttpClientError"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as UrlParams from "effect/http/UrlParams"
import * as Option from "effect/Option"
import * as Pull from "effect/Pull"
import * as Schedule from "effect/Schedule"
import type { CreateError, ReadError, RequestError } from "../KieError"
import { timeoutOrElse } from "./timeout"

/** What a client needs to run operations; built once by the layer. */
export interface Transport {
  readonly http: HttpClient.HttpClient
  readonly headers: Headers.Headers
  readonly timeout: Duration.Duration
  readonly retrySchedule: Schedule.Schedule<unknown, RequestError>
  /**
   * Keep the HttpClient's own `GET`/`POST` span (with trace propagation headers) under the
   * operation's span. Off by default: the operation's span already carries the HTTP attributes,
   * and the second span costs more than anything else on the `get()` path.
   */
  readonly httpSpans: boolean
}

/** Per-call overrides. */
export interface CallOptions {
  readonly retrySchedule?: Schedule.Schedule<unknown, RequestError> | undefined
  readonly timeout?: Duration.Input | undefined
}

/** One operation, described once per call. */
export interface Operation<A> {
  /** The operationId, e.g. `"marketRecordInfo"`; the span is `kie.<name>`. */
  readonly name: string
  /** Decides the retry rules: a create is resent only when KIE provably did not process it. */
  readonly role: OperationRole
  readonly method: "GET" | "POST"
  readonly url: string
  readonly body?: HttpBody.HttpBody | undefined
  /** Decodes the envelope's `data` (the core's decoders: they throw UnexpectedResponseError). */
  readonly decode: (data: unknown) => A
  /** Span attributes (never the key). */
  readonly attributes?: Record<string, unknown> | undefined
  /**
   * A floor for the delay before a retry, whatever the schedule says: a read of a task record
   * never goes below its family's per-task query limit (`minPollIntervalMs`).
   */
  readonly minRetryDelayMs?: number | undefined
}

// -------------------------------------------------------------------------------------------------
// Transport errors
// -------------------------------------------------------------------------------------------------

/**
 * Maps an `HttpClientError` to the taxonomy. The cause kept is the underlying platform error, never
 * the `HttpClientError` itself (it holds the request, whose headers carry the key).
 */
const fromHttpClientError = (
  error: HttpClientError.HttpClientError,
  operation: string,
): ConnectionError => {
  const reason = error.reason
  const cause = "cause" in reason && reason.cause !== undefined ? reason.cause : undefined
  const description = "description" in reason ? reason.description : undefined
  switch (reason._tag) {
    case "TransportError": {
      return new ConnectionError({
        phase: connectionPhase(cause),
        operation,
        cause: cause ?? description,
      })
    }
    case "InvalidUrlError":
    case "EncodeError":
      // Failed before anything was sent.
      return new ConnectionError({ phase: "connect", operation, cause: cause ?? description })
    default:
      // Reading the response failed: the request was sent.
      return new ConnectionError({ phase: "request", operation, cause: cause ?? description })
  }
}

// -------------------------------------------------------------------------------------------------
// One attempt
// -------------------------------------------------------------------------------------------------

const decodeResponse = <A>(
  op: Operation<A>,
  response: HttpClientResponse.HttpClientResponse,
  text: string,
  nowMs: number,
): Effect.Effect<A, RequestError> => {
  const retryAfter = response.headers["retry-after"]
  const retryAfterMs = retryAfter === undefined ? undefined : parseRetryAfter(retryAfter, nowMs)
  try {
    return Effect.succeed(
      readResponse(
        { body: text, httpStatus: response.status, operation: op.name, retryAfterMs },
        op.decode,
      ),
    )
  } catch (error) {
    // The envelope rules and the core's decoders throw the taxonomy's errors.
    return isKieError(error) ? Effect.fail(error as RequestError) : Effect.die(error)
  }
}

const attempt = <A>(
  transport: Transport,
  op: Operation<A>,
  request: HttpClientRequest.HttpClientRequest,
  timeout: Duration.Duration,
): Effect.Effect<A, RequestError> => {
  const send = Effect.mapError(
    Effect.flatMap(
      transport.httpSpans
        ? transport.http.execute(request)
        : Effect.provideService(
            transport.http.execute(request),
            HttpClient.TracerDisabledWhen,
            constTrue,
          ),
      (response) => Effect.map(response.text, (text) => [response, text] as const),
    ),
    (error) => fromHttpClientError(error, op.name),
  )
  // Interrupting `send` (timeout, or the caller's fiber) aborts the fetch.
  const timeoutMs = Duration.toMillis(timeout)
  const bounded = Number.isFinite(timeoutMs)
    ? timeoutOrElse(send, timeoutMs, () => new TimeoutError({ timeoutMs, operation: op.name }))
    : send
  return Effect.flatMap(bounded, ([response, text]) =>
    // The clock is only needed to resolve a Retry-After date.
    response.headers["retry-after"] === undefined
      ? decodeResponse(op, response, text, 0)
      : Effect.flatMap(Clock.currentTimeMillis, (now) => decodeResponse(op, response, text, now)),
  )
}

// -------------------------------------------------------------------------------------------------
// Retries
// -------------------------------------------------------------------------------------------------

/**
 * Runs `once`, and only when it fails with a retryable error steps `schedule` (built lazily, so
 * the success path allocates nothing for retries). Each later failure is fed to the schedule
 * again; when the schedule stops, or the error may not be retried, the last error is returned.
 * The schedule decides when and how often, but never sooner than {@link retryFloorMs}.
 */
const retrying = <A>(
  name: string,
  once: Effect.Effect<A, RequestError>,
  retryable: (error: RequestError) => boolean,
  schedule: Schedule.Schedule<unknown, RequestError>,
  minRetryDelayMs: number,
  role: OperationRole,
): Effect.Effect<A, RequestError> =>
  Effect.catch(once, (first) => {
    if (!retryable(first)) return Effect.fail(first)
    return Effect.flatMap(Schedule.toStep(schedule), (step) => {
      let retry = 0
      const loop = (error: RequestError): Effect.Effect<A, RequestError> =>
        Effect.flatMap(Clock.currentTimeMillis, (now) =>
          step(now, error).pipe(
            Pull.catchDone(() => Effect.fail(error)),
            Effect.flatMap(([, delay]) => {
              const wanted = Duration.toMillis(delay)
              const floor = retryFloorMs(error, { role, minDelayMs: minRetryDelayMs })
              const delayMs = Number.isNaN(wanted) || wanted < floor ? floor : wanted
              // One line per retry: the operation, the error's tag and the delay; never the key.
              return Effect.logDebug(
                `kie: ${name} failed with ${error._tag}; retry ${++retry} in ${Math.round(delayMs)} ms`,
              ).pipe(
                Effect.andThen(Effect.sleep(delayMs)),
                Effect.andThen(
                  Effect.catch(once, (next) => (retryable(next) ? loop(next) : Effect.fail(next))),
                ),
              )
            }),
          ),
        )
      return loop(first)
    })
  })

// -------------------------------------------------------------------------------------------------
// Operations
// -------------------------------------------------------------------------------------------------

const makeRequest = (
  transport: Transport,
  op: Operation<unknown>,
): HttpClientRequest.HttpClientRequest =>
  HttpClientRequest.makeWith(
    op.method,
    op.url,
    UrlParams.empty,
    Option.none(),
    transport.headers,
    op.body ?? HttpClientRequest.empty.body,
  )

const spanName = (op: Operation<unknown>) => `kie.${op.name}`

const spanOptions = (op: Operation<unknown>) => ({
  kind: "client" as const,
  // A stack trace per span is the costliest part of a span; the name says where it comes from.
  captureStackTrace: false,
  attributes: {
    "kie.operation": op.name,
    "http.request.method": op.method,
    "url.full": op.url,
    ...op.attributes,
  },
})

const resolveTimeout = (
  transport: Transport,
  options: CallOptions | undefined,
): Duration.Duration =>
  options?.timeout === undefined ? transport.timeout : Duration.fromInputUnsafe(options.timeout)

const run = <A>(
  transport: Transport,
  op: Operation<A>,
  options: CallOptions | undefined,
): Effect.Effect<A, RequestError> =>
  retrying(
    op.name,
    attempt(
      transport,
      op,
      makeRequest(transport, op as Operation<unknown>),
      resolveTimeout(transport, options),
    ),
    (error) => isRetryable(op.role, error),
    options?.retrySchedule ?? transport.retrySchedule,
    op.minRetryDelayMs ?? 0,
    op.role,
  )

/** Runs a read: retries transient failures; fails with {@link ReadError}. */
export const read = <A>(
  transport: Transport,
  op: Operation<A>,
  options?: CallOptions,
): Effect.Effect<A, ReadError> =>
  Effect.withSpan(
    run(transport, op, options),
    spanName(op as Operation<unknown>),
    spanOptions(op as Operation<unknown>),
  )

/**
 * Runs a create: resent only when provably not processed; an ambiguous failure becomes
 * `CreateOutcomeUnknownError` and is never resent.
 */
export const create = <A>(
  transport: Transport,
  op: Operation<A>,
  options?: CallOptions,
): Effect.Effect<A, CreateError> =>
  Effect.withSpan(
    Effect.mapError(
      run(transport, op, options),
      (error) => createFailure(error, op.name) as CreateError,
    ),
    spanName(op as Operation<unknown>),
    spanOptions(op as Operation<unknown>),
  )
