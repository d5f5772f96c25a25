/**
 * The kie-kit error taxonomy, shared by the plain client and the Effect client.
 *
 * Every error:
 * - extends {@link KieError} (so `instanceof KieError` works) and `Error`;
 * - has a readonly `_tag` equal to its class name (a literal type) and `name` equal to it too
 *   (so {@link AbortError} has `name === "AbortError"`, like a DOM abort);
 * - carries one actionable sentence as `message`;
 * - never contains a secret: the message and every text field are passed through {@link redact}
 *   when the error is built, and {@link KieError.toJSON} redacts again when it is serialized (so a
 *   key registered later is still hidden). `cause` is kept by reference for debugging but is only
 *   serialized as a redacted `{ name, message }`.
 *
 * Pure: no I/O, no timers, no Node APIs.
 */

import type { KieApi, Task } from "./task"

// ---------------------------------------------------------------------------------------------
// Secret redaction
// ---------------------------------------------------------------------------------------------

/** The text that replaces a secret. */
export const REDACTED = "[REDACTED]"

const secretRegistry = new Set<string>()

/**
 * Matches `Bearer <token>` anywhere (an `Authorization` header echoed in a message or body).
 * The token is everything up to whitespace, a quote, a comma, a semicolon or a closing bracket.
 */
const BEARER_PATTERN = /\b(Bearer)(\s+)(?!\[REDACTED\])[^\s"'`,;<>)}\]]+/gi

/**
 * Registers a secret (an API key, a webhook HMAC key) so that {@link redact} and every error built
 * afterwards replace it with `[REDACTED]`. The client calls this with its API key. Empty or
 * whitespace-only strings are ignored (they would blank every message).
 */
export const registerSecret = (secret: string | undefined | null): void => {
  if (typeof secret !== "string" || secret.trim() === "") return
  secretRegistry.add(secret)
}

/** Removes a secret registered with {@link registerSecret} (for tests and disposable clients). */
export const unregisterSecret = (secret: string): void => {
  secretRegistry.delete(secret)
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * Replaces every occurrence of each secret (also its URI-encoded form) and every `Bearer <token>`
 * with `[REDACTED]`. Longer secrets are replaced first so a secret that contains another one is
 * hidden whole.
 */
export const redactSecrets = (text: string, secrets: Iterable<string>): string => {
  let out = text
  const variants = new Set<string>()
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret.trim() === "") continue
    variants.add(secret)
    const encoded = encodeURIComponent(secret)
    if (encoded !== secret) variants.add(encoded)
  }
  const ordered = [...variants].sort((a, b) => b.length - a.length)
  for (const variant of ordered) {
    if (out.includes(variant)) out = out.replace(new RegExp(escapeRegExp(variant), "g"), REDACTED)
  }
  return out.replace(BEARER_PATTERN, `$1$2${REDACTED}`)
}

/** {@link redactSecrets} with the module-level registry filled by {@link registerSecret}. */
export const redact = (text: string): string => redactSecrets(text, secretRegistry)

const MAX_REDACT_DEPTH = 32

/**
 * Deep-copies a JSON-like value with every string passed through {@link redact}. Dates are kept,
 * errors become `{ name, message }`, cycles become `"[Circular]"`, functions are dropped.
 */
export const redactValue = (value: unknown): unknown => redactValueInner(value, new WeakSet(), 0)

const redactValueInner = (value: unknown, seen: WeakSet<object>, depth: number): unknown => {
  if (typeof value === "string") return redact(value)
  if (value === null || typeof value !== "object") {
    return typeof value === "function" || typeof value === "symbol" ? undefined : value
  }
  if (value instanceof Date) return new Date(value.getTime())
  if (seen.has(value)) return "[Circular]"
  if (depth >= MAX_REDACT_DEPTH) return "[Truncated]"
  seen.add(value)
  try {
    if (value instanceof Error) return serializeCause(value)
    if (Array.isArray(value)) return value.map((item) => redactValueInner(item, seen, depth + 1))
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const redacted = redactValueInner(item, seen, depth + 1)
      if (redacted !== undefined) out[key] = redacted
    }
    return out
  } finally {
    seen.delete(value)
  }
}

const serializeCause = (cause: unknown): { name: string; message: string } | string => {
  if (cause instanceof Error) return { name: cause.name, message: redact(cause.message) }
  if (typeof cause === "string") return redact(cause)
  return redact(String(cause))
}

/**
 * A short description of a cause for a message: `"CODE: message"`, plus one level of nested cause
 * (undici's `TypeError: fetch failed` hides the real `ECONNREFUSED` there).
 */
const describeCause = (cause: unknown, depth = 0): string | undefined => {
  if (cause === undefined || cause === null) return undefined
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code
    let text = cause.message || cause.name
    if (typeof code === "string" && !text.includes(code)) text = `${code}: ${text}`
    const inner = depth === 0 ? describeCause(cause.cause, 1) : undefined
    return inner && !text.includes(inner) ? `${text}: ${inner}` : text
  }
  return typeof cause === "string" ? cause : undefined
}

const truncate = (text: string, max = 300): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

/** Formats `" on <operation>"` or `""`. */
const on = (operation: string | undefined): string => (operation ? ` on ${operation}` : "")

// ---------------------------------------------------------------------------------------------
// Base classes
// ---------------------------------------------------------------------------------------------

export interface KieErrorOptions {
  /** The underlying error (kept by reference; serialized redacted). */
  readonly cause?: unknown
}

/** Base class of every kie-kit error. */
export abstract class KieError extends Error {
  abstract readonly _tag: string

  constructor(message: string, options?: KieErrorOptions) {
    super(redact(message), options?.cause !== undefined ? { cause: options.cause } : undefined)
  }

  /** Extra fields for {@link toJSON}; subclasses override. Values are redacted on output. */
  protected jsonFields(): Record<string, unknown> {
    return {}
  }

  /** A plain object safe to log or send: no secret, no stack, `cause` as `{ name, message }`. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      _tag: this._tag,
      name: this.name,
      message: redact(this.message),
    }
    for (const [key, value] of Object.entries(this.jsonFields())) {
      if (value !== undefined) out[key] = redactValue(value)
    }
    if (this.cause !== undefined) out.cause = serializeCause(this.cause)
    return out
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

const apiMessage = (
  summary: string,
  advice: string,
  params: KieApiErrorParams,
  retryAfterMs?: number,
): string => {
  const parts = [`code ${params.code}`]
  if (params.httpStatus !== params.code && params.httpStatus !== 200) {
    parts.push(`HTTP ${params.httpStatus}`)
  }
  let text = `${summary} (${parts.join(", ")}${on(params.operation)}`
  const msg = params.msg?.trim()
  if (msg) text += `; KIE said "${truncate(msg, 200)}"`
  text += ")"
  const wait = retryAfterMs !== undefined ? ` after ${Math.ceil(retryAfterMs / 1000)} s` : ""
  return `${text}: ${advice.replace("{wait}", wait)}.`
}

/** An error reported by the KIE API itself (body `code` or HTTP status). Abstract. */
export abstract class KieApiError extends KieError {
  abstract override readonly _tag: KieApiErrorTag
  /** The body `code`, or the HTTP status when the body carried none (or 200). */
  readonly code: number
  /** The HTTP status of the response. */
  readonly httpStatus: number
  /** The body's `msg`/`message` as received (redacted); `""` when absent. */
  readonly msg: string
  declare readonly operation?: string
  /** The delay the server asked for via `Retry-After`, in ms (any status may carry it). */
  declare readonly retryAfterMs?: number

  protected constructor(summary: string, advice: string, params: KieApiErrorParams) {
    super(params.message ?? apiMessage(summary, advice, params, params.retryAfterMs), params)
    this.code = params.code
    this.httpStatus = params.httpStatus
    this.msg = redact(params.msg ?? "")
    if (params.operation !== undefined) this.operation = params.operation
    if (params.retryAfterMs !== undefined) this.retryAfterMs = params.retryAfterMs
  }

  protected override jsonFields(): Record<string, unknown> {
    return {
      code: this.code,
      httpStatus: this.httpStatus,
      msg: this.msg,
      operation: this.operation,
      retryAfterMs: this.retryAfterMs,
    }
  }
}

// ---------------------------------------------------------------------------------------------
// API errors
// ---------------------------------------------------------------------------------------------

/** 401: the API key is missing, wrong, or not allowed from this IP. */
export class AuthenticationError extends KieApiError {
  readonly _tag = "AuthenticationError" as const
  override readonly name = "AuthenticationError" as const
  constructor(params: KieApiErrorParams) {
    super(
      "KIE rejected the API key",
      "check KIE_API_KEY (or the apiKey option) and the key's IP whitelist in the KIE dashboard",
      params,
    )
  }
}

/** 402: the account has not enough credits for this request. */
export class InsufficientCreditsError extends KieApiError {
  readonly _tag = "InsufficientCreditsError" as const
  override readonly name = "InsufficientCreditsError" as const
  constructor(params: KieApiErrorParams) {
    super(
      "The KIE account has insufficient credits",
      "top up at https://kie.ai and check the balance with kie.credits() before retrying",
      params,
    )
  }
}

/** 404: the task, record or endpoint does not exist. */
export class NotFoundError extends KieApiError {
  readonly _tag = "NotFoundError" as const
  override readonly name = "NotFoundError" as const
  constructor(params: KieApiErrorParams) {
    super(
      "KIE could not find the requested task or resource",
      "check the taskId (and that it belongs to this API family and account) and the baseUrl",
      params,
    )
  }
}

/** 422 (and 400/405/451 bad-request cases): the request parameters were rejected. */
export class ValidationError extends KieApiError {
  readonly _tag = "ValidationError" as const
  override readonly name = "ValidationError" as const
  constructor(params: KieApiErrorParams) {
    super(
      "KIE rejected the request parameters",
      "fix the request as the message says; sending it unchanged will fail again",
      params,
    )
  }
}

/** 429: too many requests; the request was rejected, not queued, so it is safe to resend. */
export class RateLimitError extends KieApiError {
  readonly _tag = "RateLimitError" as const
  override readonly name = "RateLimitError" as const
  constructor(params: KieApiErrorParams) {
    super(
      "KIE rate-limited the request, which was rejected and not queued",
      "retry{wait} with backoff or lower the request rate (default limit: 20 creates per 10 s per account)",
      params,
    )
  }
}

/** 433: the (sub-)key exceeded the usage cap configured for it in the dashboard. */
export class KeyLimitError extends KieApiError {
  readonly _tag = "KeyLimitError" as const
  override readonly name = "KeyLimitError" as const
  constructor(params: KieApiErrorParams) {
    super(
      "The API key exceeded the usage limit configured for it",
      "raise the key's hourly/daily/total cap in the KIE dashboard or use another key",
      params,
    )
  }
}

/** 455: KIE is under maintenance. */
export class MaintenanceError extends KieApiError {
  readonly _tag = "MaintenanceError" as const
  override readonly name = "MaintenanceError" as const
  constructor(params: KieApiErrorParams) {
    super(
      "KIE is temporarily unavailable for maintenance",
      "retry later{wait}; the request was not processed",
      params,
    )
  }
}

/** 505: the feature or model is disabled. */
export class FeatureDisabledError extends KieApiError {
  readonly _tag = "FeatureDisabledError" as const
  override readonly name = "FeatureDisabledError" as const
  constructor(params: KieApiErrorParams) {
    super(
      "This KIE feature or model is currently disabled",
      "use another model or endpoint, or ask KIE support to enable it",
      params,
    )
  }
}

/** 550: the task was rejected because the upstream queue is full (4o generate). */
export class QueueFullError extends KieApiError {
  readonly _tag = "QueueFullError" as const
  override readonly name = "QueueFullError" as const
  constructor(params: KieApiErrorParams) {
    super(
      "KIE rejected the task because the upstream queue is full",
      "retry later{wait} with backoff; the task was not created",
      params,
    )
  }
}

const serverSummary = (code: number): string => {
  switch (code) {
    case 408:
      return "KIE's upstream returned no result in time"
    case 500:
      return "KIE reported an internal server error"
    case 501:
      return "KIE reported that the generation failed"
    default:
      return code >= 500 && code <= 599
        ? "KIE reported a server error"
        : "KIE returned an error code kie-kit does not know"
  }
}

/** 5xx, 408 and any unknown code. */
export class ServerError extends KieApiError {
  readonly _tag = "ServerError" as const
  override readonly name = "ServerError" as const
  constructor(params: KieApiErrorParams) {
    super(
      serverSummary(params.code),
      "retry later with backoff; if it persists, check https://kie.ai status or contact KIE support",
      params,
    )
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
  readonly _tag = "ConnectionError" as const
  override readonly name = "ConnectionError" as const
  readonly phase: ConnectionPhase
  declare readonly operation?: string

  constructor(params: ConnectionErrorParams) {
    const detail = describeCause(params.cause)
    const why = detail ? ` (${truncate(detail, 200)})` : ""
    super(
      params.message ??
        (params.phase === "connect"
          ? `Could not connect to KIE${on(params.operation)}${why}, so nothing was sent: check the network, DNS, proxy and baseUrl.`
          : `The connection to KIE failed after the request was sent${on(params.operation)}${why}: check the network; the request may have been processed.`),
      params,
    )
    this.phase = params.phase
    if (params.operation !== undefined) this.operation = params.operation
  }

  protected override jsonFields(): Record<string, unknown> {
    return { phase: this.phase, operation: this.operation }
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
  readonly _tag = "TimeoutError" as const
  override readonly name = "TimeoutError" as const
  readonly timeoutMs: number
  declare readonly operation?: string

  constructor(params: TimeoutErrorParams) {
    super(
      params.message ??
        `KIE did not answer within ${params.timeoutMs} ms${on(params.operation)}: retry later or raise timeoutMs.`,
      params,
    )
    this.timeoutMs = params.timeoutMs
    if (params.operation !== undefined) this.operation = params.operation
  }

  protected override jsonFields(): Record<string, unknown> {
    return { timeoutMs: this.timeoutMs, operation: this.operation }
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
  readonly _tag = "AbortError" as const
  override readonly name = "AbortError" as const
  declare readonly operation?: string

  constructor(params: AbortErrorParams = {}) {
    super(
      params.message ??
        `The caller aborted the KIE request${on(params.operation)}; nothing will be retried.`,
      params,
    )
    if (params.operation !== undefined) this.operation = params.operation
  }

  protected override jsonFields(): Record<string, unknown> {
    return { operation: this.operation }
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
  readonly _tag = "UnexpectedResponseError" as const
  override readonly name = "UnexpectedResponseError" as const
  /** The raw body (redacted copy). */
  readonly body: unknown
  declare readonly path?: string
  declare readonly httpStatus?: number
  declare readonly operation?: string

  constructor(params: UnexpectedResponseErrorParams) {
    const where = params.path ? ` at ${params.path}` : ""
    const why = params.reason ? ` (${truncate(params.reason, 200)})` : ""
    const status = params.httpStatus !== undefined ? `, HTTP ${params.httpStatus}` : ""
    super(
      params.message ??
        `KIE returned a response kie-kit cannot decode${where}${why}${on(params.operation)}${status}: the API may have changed; update kie-kit or report the raw body attached as error.body.`,
      params,
    )
    this.body = redactValue(params.body)
    if (params.path !== undefined) this.path = params.path
    if (params.httpStatus !== undefined) this.httpStatus = params.httpStatus
    if (params.operation !== undefined) this.operation = params.operation
  }

  protected override jsonFields(): Record<string, unknown> {
    return {
      path: this.path,
      httpStatus: this.httpStatus,
      operation: this.operation,
      body: this.body,
    }
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
  readonly _tag = "CreateOutcomeUnknownError" as const
  override readonly name = "CreateOutcomeUnknownError" as const
  readonly operation: string

  constructor(params: CreateOutcomeUnknownErrorParams) {
    const detail = describeCause(params.cause)
    const why = detail ? ` after "${truncate(detail, 200)}"` : ""
    super(
      params.message ??
        `The create request ${params.operation} may or may not have been processed by KIE${why} and was NOT resent to avoid a duplicate paid task: check kie.credits() or the KIE dashboard, or wait for the callback, before retrying.`,
      { cause: params.cause },
    )
    this.operation = params.operation
  }

  protected override jsonFields(): Record<string, unknown> {
    return { operation: this.operation }
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
  readonly _tag = "TaskFailedError" as const
  override readonly name = "TaskFailedError" as const
  readonly api: KieApi
  readonly taskId: string
  readonly failCode: string
  readonly failMessage: string
  readonly task: Task

  constructor(params: TaskFailedErrorParams) {
    const said = params.failMessage.trim() ? `: "${truncate(params.failMessage.trim(), 200)}"` : ""
    super(
      params.message ??
        `KIE task ${params.taskId} (${params.api}) failed with code ${params.failCode}${said}; fix the input if the message points to it, then create a new task.`,
      params,
    )
    this.api = params.api
    this.taskId = params.taskId
    this.failCode = redact(params.failCode)
    this.failMessage = redact(params.failMessage)
    this.task = params.task
  }

  protected override jsonFields(): Record<string, unknown> {
    return {
      api: this.api,
      taskId: this.taskId,
      failCode: this.failCode,
      failMessage: this.failMessage,
      task: this.task,
    }
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
  readonly _tag = "WaitTimeoutError" as const
  override readonly name = "WaitTimeoutError" as const
  readonly api: KieApi
  readonly taskId: string
  readonly elapsedMs: number
  declare readonly lastTask?: Task

  constructor(params: WaitTimeoutErrorParams) {
    const state = params.lastTask ? `still ${params.lastTask.status}` : "not finished"
    const seconds = Math.round(params.elapsedMs / 1000)
    super(
      params.message ??
        `KIE task ${params.taskId} (${params.api}) was ${state} after waiting ${seconds} s; it keeps running on KIE: resume with kie.waitForTask({ api: "${params.api}", taskId: "${params.taskId}" }) or raise timeoutMs.`,
      params,
    )
    this.api = params.api
    this.taskId = params.taskId
    this.elapsedMs = params.elapsedMs
    if (params.lastTask !== undefined) this.lastTask = params.lastTask
  }

  protected override jsonFields(): Record<string, unknown> {
    return {
      api: this.api,
      taskId: this.taskId,
      elapsedMs: this.elapsedMs,
      lastTask: this.lastTask,
    }
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
