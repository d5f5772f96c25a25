/**
 * The kie-kit error taxonomy, shared by the plain client and the Effect client.
 *
 * Every error:
 * - extends {@link KieError} (so `instanceof KieError` works) and `Error`;
 * - has a readonly `_tag` equal to its class name (a literal type) and `name` equal to it too
 *   (so {@link AbortError} has `name === "AbortError"`, like a DOM abort);
 * - carries one actionable sentence as `message`;
 * - never contains a secret: the message and every text field are passed through `redact`
 *   when the error is built, and {@link KieError.toJSON} redacts again when it is serialized (so a
 *   key registered later is still hidden). `cause` is kept by reference for debugging but is only
 *   serialized as a redacted `{ name, message }`.
 *
 * Pure: no I/O, no timers, no Node APIs.
 */

import { redact, redactValue, serializeCause } from "./redact"
import type { KieApi, Task } from "./task"
import { truncate } from "./util"

/**
 * A short description of a cause for a message, at most 200 characters: `"CODE: message"`, plus
 * one level of nested cause (undici's `TypeError: fetch failed` hides the real `ECONNREFUSED`
 * there). `""` when there is nothing to say.
 */
const describeCause = (cause: unknown, nested = false): string => {
  if (!(cause instanceof Error)) return typeof cause === "string" ? truncate(cause) : ""
  const code = (cause as { code?: unknown }).code
  let text = cause.message || cause.name
  if (typeof code === "string" && !text.includes(code)) text = `${code}: ${text}`
  const inner = nested ? "" : describeCause(cause.cause, true)
  return truncate(inner && !text.includes(inner) ? `${text}: ${inner}` : text)
}

/** Formats `" on <operation>"` or `""`. */
const on = (operation: string | undefined): string => (operation ? ` on ${operation}` : "")

// ---------------------------------------------------------------------------------------------
// Base classes
// ---------------------------------------------------------------------------------------------

export interface KieErrorOptions {
  /** The underlying error (kept by reference; serialized redacted). */
  readonly cause?: unknown
}

/** Params that are not fields of the error. */
const NOT_FIELDS = ["message", "cause"]

/** Base class of every kie-kit error. */
export abstract class KieError extends Error {
  declare readonly _tag: string

  /**
   * Sets `_tag` and `name` to `tag` and the message to `params.message ?? message`. Every other
   * defined entry of `params` becomes a field of the error, strings redacted;
   * those fields are what {@link toJSON} serializes.
   */
  protected constructor(
    tag: string,
    params: KieErrorOptions & { readonly message?: string | undefined },
    message: string,
  ) {
    const { cause } = params
    super(redact(params.message ?? message), cause === undefined ? undefined : { cause })
    const self = this as unknown as Record<string, unknown>
    self._tag = self.name = tag
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && !NOT_FIELDS.includes(key)) {
        self[key] = typeof value === "string" ? redact(value) : value
      }
    }
  }

  /** A plain object safe to log or send: no secret, no stack, `cause` as `{ name, message }`. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      _tag: this._tag,
      name: this.name,
      message: redact(this.message),
    }
    for (const [key, value] of Object.entries(this)) out[key] = redactValue(value)
    if (this.cause !== undefined) out.cause = serializeCause(this.cause)
    return out
  }

  /**
   * What Node's `util.inspect` (and so `console.log(error)`) prints: the redacted fields and stack,
   * never the raw `cause`, which may hold a Request whose headers carry the key.
   */
  [Symbol.for("nodejs.util.inspect.custom")](): Record<string, unknown> {
    return { ...this.toJSON(), stack: redact(this.stack ?? "") }
  }
}

/** Fields of every error built from a KIE response (`code` in the body and/or HTTP status). */
export interface KieApiErrorParams extends KieErrorOptions {
  /**
   * The code that decided the error: the body `code`, or the HTTP status when the body carried no
   * error code (absent or 200).
   */
  readonly code: number
  /** The HTTP status of the response (often 200 even for errors). */
  readonly httpStatus: number
  /** The `msg` (or `message`) text of the body, as received (redacted). */
  readonly msg?: string | undefined
  /** The operation that failed, e.g. `"fluxKontext.generate"`. */
  readonly operation?: string | undefined
  /** Delay the server asked for (`Retry-After`), in milliseconds. */
  readonly retryAfterMs?: number | undefined
  /** Overrides the generated message (it is still redacted). */
  readonly message?: string | undefined
}

/** Every tag of a concrete {@link KieApiError} subclass. */
export type KieApiErrorTag =
  | "AuthenticationError"
  | "InsufficientCreditsError"
  | "NotFoundError"
  | "ValidationError"
  | "RateLimitError"
  | "KeyLimitError"
  | "MaintenanceError"
  | "FeatureDisabledError"
  | "QueueFullError"
  | "ServerError"

/**
 * What each API error says: what happened, and what to do (`{wait}` becomes `" after N s"` when
 * the server sent `Retry-After`). The ServerError summary is the one for 5xx codes.
 */
const API_MESSAGES: Record<KieApiErrorTag, readonly [summary: string, advice: string]> = {
  AuthenticationError: [
    "KIE rejected the API key",
    "check KIE_API_KEY (or apiKey) and the key's IP whitelist",
  ],
  InsufficientCreditsError: [
    "The KIE account has insufficient credits",
    "top up at https://kie.ai",
  ],
  NotFoundError: [
    "KIE could not find the task or resource",
    "check the taskId, its API family and baseUrl",
  ],
  ValidationError: ["KIE rejected the request parameters", "fix them as KIE says before resending"],
  RateLimitError: [
    "KIE rate-limited the request, which was not queued",
    "retry{wait} with backoff",
  ],
  KeyLimitError: [
    "The API key exceeded its usage limit",
    "raise it in the KIE dashboard or use another key",
  ],
  MaintenanceError: ["KIE is under maintenance", "retry later{wait}"],
  FeatureDisabledError: ["This KIE feature or model is disabled", "use another model or endpoint"],
  QueueFullError: ["KIE's upstream queue is full, so no task was created", "retry later{wait}"],
  ServerError: ["KIE reported a server error", "retry later or contact KIE support"],
}

/** ServerError summaries for codes that are not plain 5xx faults. */
const SERVER_SUMMARIES: Record<number, string> = {
  408: "KIE's upstream returned no result in time",
  500: "KIE reported an internal server error",
  501: "KIE reported that the generation failed",
}

/** `"<summary> (code C, HTTP S on <op>; KIE said "<msg>"): <advice>."` */
const apiMessage = (tag: KieApiErrorTag, params: KieApiErrorParams): string => {
  const { code, httpStatus, retryAfterMs } = params
  let [summary, advice] = API_MESSAGES[tag]
  if (tag === "ServerError") {
    summary =
      SERVER_SUMMARIES[code] ??
      (code >= 500 && code <= 599 ? summary : "KIE returned an unknown error code")
  }
  const status = httpStatus !== code && httpStatus !== 200 ? `, HTTP ${httpStatus}` : ""
  const msg = params.msg?.trim()
  const said = msg ? `; KIE said "${truncate(msg)}"` : ""
  const wait = retryAfterMs === undefined ? "" : ` after ${Math.ceil(retryAfterMs / 1000)} s`
  return `${summary} (code ${code}${status}${on(params.operation)}${said}): ${advice.replace("{wait}", wait)}.`
}

/** An error reported by the KIE API itself (body `code` or HTTP status). Abstract. */
export abstract class KieApiError extends KieError {
  declare readonly _tag: KieApiErrorTag
  /** The body `code`, or the HTTP status when the body carried none (or 200). */
  declare readonly code: number
  /** The HTTP status of the response. */
  declare readonly httpStatus: number
  /** The body's `msg`/`message` as received (redacted); `""` when absent. */
  declare readonly msg: string
  declare readonly operation?: string
  /** The delay the server asked for via `Retry-After`, in ms (any status may carry it). */
  declare readonly retryAfterMs?: number

  protected constructor(tag: KieApiErrorTag, params: KieApiErrorParams) {
    const fields: KieApiErrorParams = { ...params, msg: params.msg ?? "" }
    super(tag, fields, apiMessage(tag, params))
  }
}

// ---------------------------------------------------------------------------------------------
// API errors
// ---------------------------------------------------------------------------------------------

/** 401: the API key is missing, wrong, or not allowed from this IP. */
export class AuthenticationError extends KieApiError {
  declare readonly _tag: "AuthenticationError"
  declare readonly name: "AuthenticationError"
  constructor(params: KieApiErrorParams) {
    super("AuthenticationError", params)
  }
}

/** 402: the account has not enough credits for this request. */
export class InsufficientCreditsError extends KieApiError {
  declare readonly _tag: "InsufficientCreditsError"
  declare readonly name: "InsufficientCreditsError"
  constructor(params: KieApiErrorParams) {
    super("InsufficientCreditsError", params)
  }
}

/** 404: the task, record or endpoint does not exist. */
export class NotFoundError extends KieApiError {
  declare readonly _tag: "NotFoundError"
  declare readonly name: "NotFoundError"
  constructor(params: KieApiErrorParams) {
    super("NotFoundError", params)
  }
}

/** 422 (and 400/405/451 bad-request cases): the request parameters were rejected. */
export class ValidationError extends KieApiError {
  declare readonly _tag: "ValidationError"
  declare readonly name: "ValidationError"
  constructor(params: KieApiErrorParams) {
    super("ValidationError", params)
  }
}

/** 429: too many requests; the request was rejected, not queued, so it is safe to resend. */
export class RateLimitError extends KieApiError {
  declare readonly _tag: "RateLimitError"
  declare readonly name: "RateLimitError"
  constructor(params: KieApiErrorParams) {
    super("RateLimitError", params)
  }
}

/** 433: the (sub-)key exceeded the usage cap configured for it in the dashboard. */
export class KeyLimitError extends KieApiError {
  declare readonly _tag: "KeyLimitError"
  declare readonly name: "KeyLimitError"
  constructor(params: KieApiErrorParams) {
    super("KeyLimitError", params)
  }
}

/** 455: KIE is under maintenance. */
export class MaintenanceError extends KieApiError {
  declare readonly _tag: "MaintenanceError"
  declare readonly name: "MaintenanceError"
  constructor(params: KieApiErrorParams) {
    super("MaintenanceError", params)
  }
}

/** 505: the feature or model is disabled. */
export class FeatureDisabledError extends KieApiError {
  declare readonly _tag: "FeatureDisabledError"
  declare readonly name: "FeatureDisabledError"
  constructor(params: KieApiErrorParams) {
    super("FeatureDisabledError", params)
  }
}

/** 550: the task was rejected because the upstream queue is full (4o generate). */
export class QueueFullError extends KieApiError {
  declare readonly _tag: "QueueFullError"
  declare readonly name: "QueueFullError"
  constructor(params: KieApiErrorParams) {
    super("QueueFullError", params)
  }
}

/** 5xx, 408 and any unknown code. */
export class ServerError extends KieApiError {
  declare readonly _tag: "ServerError"
  declare readonly name: "ServerError"
  constructor(params: KieApiErrorParams) {
    super("ServerError", params)
  }
}

// ---------------------------------------------------------------------------------------------
// Transport and decoding errors
// ---------------------------------------------------------------------------------------------

/**
 * Where a connection failed: `"connect"` = provably nothing was sent (DNS failure, connection
 * refused); `"request"` = the request may have reached KIE (reset, socket closed mid-response).
 */
export type ConnectionPhase = "connect" | "request"

export interface ConnectionErrorParams extends KieErrorOptions {
  readonly phase: ConnectionPhase
  readonly operation?: string | undefined
  readonly message?: string | undefined
}

/** The network failed (DNS, refused, reset, TLS...). */
export class ConnectionError extends KieError {
  declare readonly _tag: "ConnectionError"
  declare readonly name: "ConnectionError"
  declare readonly phase: ConnectionPhase
  declare readonly operation?: string

  constructor(params: ConnectionErrorParams) {
    const detail = describeCause(params.cause)
    const where = `${on(params.operation)}${detail && ` (${detail})`}`
    super(
      "ConnectionError",
      params,
      params.phase === "connect"
        ? `Could not connect to KIE${where}, so nothing was sent: check the network and baseUrl.`
        : `The connection to KIE failed after sending${where}, so KIE may have processed the request: check the network.`,
    )
  }
}

export interface TimeoutErrorParams extends KieErrorOptions {
  readonly timeoutMs: number
  readonly operation?: string | undefined
  readonly message?: string | undefined
}

/**
 * A single request took longer than its timeout. fetch cannot tell whether a timed-out request
 * was sent, so for a create this is always an ambiguous outcome.
 */
export class TimeoutError extends KieError {
  declare readonly _tag: "TimeoutError"
  declare readonly name: "TimeoutError"
  declare readonly timeoutMs: number
  declare readonly operation?: string

  constructor(params: TimeoutErrorParams) {
    super(
      "TimeoutError",
      params,
      `KIE did not answer within ${params.timeoutMs} ms${on(params.operation)}: retry later or raise the request timeout (timeoutMs / timeout).`,
    )
  }
}

export interface AbortErrorParams extends KieErrorOptions {
  readonly operation?: string | undefined
  readonly message?: string | undefined
}

/**
 * The caller aborted (their `AbortSignal` fired). `name === "AbortError"` so code that checks
 * `error.name === "AbortError"` (as for a DOM abort) recognises it. `cause` is the signal's reason.
 */
export class AbortError extends KieError {
  declare readonly _tag: "AbortError"
  declare readonly name: "AbortError"
  declare readonly operation?: string

  constructor(params: AbortErrorParams = {}) {
    super(
      "AbortError",
      params,
      `The caller aborted the KIE request${on(params.operation)}; it is not retried.`,
    )
  }
}

export interface UnexpectedResponseErrorParams extends KieErrorOptions {
  /** The raw body: text, or the parsed value. Redacted when the error is built. */
  readonly body: unknown
  /** Where decoding failed, e.g. `"data.state"`. */
  readonly path?: string | undefined
  /** What was wrong, e.g. `unknown state "paused"`. */
  readonly reason?: string | undefined
  readonly httpStatus?: number | undefined
  readonly operation?: string | undefined
  readonly message?: string | undefined
}

/** The response was not in the documented shape (bad JSON, unknown state, missing field...). */
export class UnexpectedResponseError extends KieError {
  declare readonly _tag: "UnexpectedResponseError"
  declare readonly name: "UnexpectedResponseError"
  /** The raw body (redacted copy). */
  declare readonly body: unknown
  declare readonly path?: string
  /** What was wrong at `path`. */
  declare readonly reason?: string
  declare readonly httpStatus?: number
  declare readonly operation?: string

  constructor(params: UnexpectedResponseErrorParams) {
    const { path, reason, httpStatus } = params
    const where = `${path ? ` at ${path}` : ""}${reason ? ` (${truncate(reason)})` : ""}`
    const status = httpStatus === undefined ? "" : `, HTTP ${httpStatus}`
    const fields: UnexpectedResponseErrorParams = { ...params, body: redactValue(params.body) }
    super(
      "UnexpectedResponseError",
      fields,
      `KIE sent a response kie-kit cannot decode${where}${on(params.operation)}${status}: update kie-kit or report error.body.`,
    )
  }
}

// ---------------------------------------------------------------------------------------------
// Create / task / wait errors
// ---------------------------------------------------------------------------------------------

export interface CreateOutcomeUnknownErrorParams {
  /** The create operation, e.g. `"market.createTask"`. */
  readonly operation: string
  /** The ambiguous failure (connection reset after send, timeout, 5xx, undecodable body...). */
  readonly cause: unknown
  readonly message?: string | undefined
}

/**
 * A create may or may not have been processed (and billed); it was deliberately not resent.
 */
export class CreateOutcomeUnknownError extends KieError {
  declare readonly _tag: "CreateOutcomeUnknownError"
  declare readonly name: "CreateOutcomeUnknownError"
  declare readonly operation: string

  constructor(params: CreateOutcomeUnknownErrorParams) {
    const detail = describeCause(params.cause)
    super(
      "CreateOutcomeUnknownError",
      params,
      `The create ${params.operation} may or may not have been processed by KIE${detail && ` after "${detail}"`} and was NOT resent to avoid a duplicate paid task: check kie.credits(), the dashboard or the callback before retrying.`,
    )
  }
}

export interface TaskFailedErrorParams extends KieErrorOptions {
  readonly api: KieApi
  readonly taskId: string
  /** The family's failure code as a string (Flux/4o `errorCode`, Market `failCode`, callback `code`). */
  readonly failCode: string
  readonly failMessage: string
  readonly task: Task
  readonly message?: string | undefined
}

/** The task reached the failed state. */
export class TaskFailedError extends KieError {
  declare readonly _tag: "TaskFailedError"
  declare readonly name: "TaskFailedError"
  declare readonly api: KieApi
  declare readonly taskId: string
  declare readonly failCode: string
  declare readonly failMessage: string
  declare readonly task: Task

  constructor(params: TaskFailedErrorParams) {
    const said = params.failMessage.trim()
    super(
      "TaskFailedError",
      params,
      `KIE task ${params.taskId} (${params.api}) failed with code ${params.failCode}${said && `: "${truncate(said)}"`}; fix the input if the message points to it, then create a new task.`,
    )
  }
}

export interface WaitTimeoutErrorParams extends KieErrorOptions {
  readonly api: KieApi
  readonly taskId: string
  readonly elapsedMs: number
  /** The last task state seen, if any poll succeeded. */
  readonly lastTask?: Task | undefined
  readonly message?: string | undefined
}

/** `waitForTask` gave up before the task finished; the task keeps running on KIE. */
export class WaitTimeoutError extends KieError {
  declare readonly _tag: "WaitTimeoutError"
  declare readonly name: "WaitTimeoutError"
  declare readonly api: KieApi
  declare readonly taskId: string
  declare readonly elapsedMs: number
  declare readonly lastTask?: Task

  constructor(params: WaitTimeoutErrorParams) {
    const { api, taskId, lastTask } = params
    super(
      "WaitTimeoutError",
      params,
      `KIE task ${taskId} (${api}) was ${lastTask ? `still ${lastTask.status}` : "not finished"} after ${Math.round(params.elapsedMs / 1000)} s and keeps running on KIE: resume with kie.waitForTask({ api: "${api}", taskId: "${taskId}" }) or raise the wait timeout (timeoutMs / waitTimeout).`,
    )
  }
}

// ---------------------------------------------------------------------------------------------
// Unions and guards
// ---------------------------------------------------------------------------------------------

/** Every concrete API error. */
export type AnyKieApiError =
  | AuthenticationError
  | InsufficientCreditsError
  | NotFoundError
  | ValidationError
  | RateLimitError
  | KeyLimitError
  | MaintenanceError
  | FeatureDisabledError
  | QueueFullError
  | ServerError

/** Every concrete kie-kit error, discriminated by `_tag`. */
export type AnyKieError =
  | AnyKieApiError
  | ConnectionError
  | TimeoutError
  | AbortError
  | UnexpectedResponseError
  | CreateOutcomeUnknownError
  | TaskFailedError
  | WaitTimeoutError

/** Every `_tag` value. */
export type KieErrorTag = AnyKieError["_tag"]

/** `true` for any kie-kit error. */
export const isKieError = (value: unknown): value is AnyKieError => value instanceof KieError

/** `true` for any error built from a KIE response code. */
export const isKieApiError = (value: unknown): value is AnyKieApiError =>
  value instanceof KieApiError
