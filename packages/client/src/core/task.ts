/**
 * The one normalized task model, and the decoders that turn every family's record-info `data`
 * and every callback payload into it. Pure and synchronous.
 *
 * Strictness rule: fields that decide the status, the outputs or the failure (taskId,
 * successFlag/status/state, result URL fields, `resultJson`, and any JSON string we read) must be
 * well-formed, otherwise an {@link UnexpectedResponseError} carrying the raw payload and the path
 * is thrown — never a silent "running". Informational fields (timestamps, progress, model) are
 * best-effort: an unparsable value is dropped (it stays in `raw`).
 */

import { envelopeMessage } from "./envelope"
import { TaskFailedError, UnexpectedResponseError } from "./errors"
import { compact, isObj, type Obj, truncate } from "./util"

/** The three API families. */
export type KieApi = "flux-kontext" | "gpt4o-image" | "market"

/** All {@link KieApi} values. */
export const KIE_APIS: readonly KieApi[] = /* @__PURE__ */ Object.freeze([
  "flux-kontext",
  "gpt4o-image",
  "market",
])

/** `queued` and `running` are in progress; `succeeded` and `failed` are terminal. */
export type TaskStatus = "queued" | "running" | "succeeded" | "failed"

/** Why a task failed: the family's failure code (as a string) and message. */
export interface TaskError {
  readonly code: string
  readonly message: string
}

/** One task, whatever the family and whether it came from polling or a callback. */
export interface Task {
  readonly api: KieApi
  readonly taskId: string
  readonly status: TaskStatus
  /** 0..1 when the family reports it (4o Image; Market when present). */
  readonly progress?: number
  /** Result URLs (they expire: 14 days, some 24 hours). Empty until succeeded. */
  readonly outputs: string[]
  /** Set when `status === "failed"`. */
  readonly error?: TaskError
  readonly createdAt?: Date
  readonly completedAt?: Date
  /** The model (Market: `data.model` or from `param`; Flux: from `paramJson` when present). */
  readonly model?: string
  /** Market text models: the parsed `resultJson.resultObject`. */
  readonly result?: unknown
  /** The record `data` (or the whole callback payload) as received. */
  readonly raw: unknown
}

/** `true` when the task will not change any more. */
export const isTerminal = (task: Pick<Task, "status">): boolean =>
  task.status === "succeeded" || task.status === "failed"

/** The {@link TaskFailedError} for a failed task, with the family's failure code and message. */
export const taskFailedError = (task: Task): TaskFailedError =>
  new TaskFailedError({
    api: task.api,
    taskId: task.taskId,
    failCode: task.error?.code ?? "unknown",
    failMessage: task.error?.message ?? "",
    task,
  })

// ---------------------------------------------------------------------------------------------
// Decoding helpers
// ---------------------------------------------------------------------------------------------

/**
 * A malformed field at `path`. The helpers below throw it; the public decoders turn it into an
 * {@link UnexpectedResponseError} carrying the raw payload (see {@link decoding}).
 */
class DecodeFailure {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {}
}

/** Runs `decode`, turning a {@link DecodeFailure} into an UnexpectedResponseError about `raw`. */
const decoding = <T>(raw: unknown, decode: () => T): T => {
  try {
    return decode()
  } catch (error) {
    if (!(error instanceof DecodeFailure)) throw error
    throw new UnexpectedResponseError({ body: raw, path: error.path, reason: error.reason })
  }
}

const describe = (value: unknown): string => {
  if (value === null) return "null"
  if (Array.isArray(value)) return "an array"
  if (typeof value === "string") return JSON.stringify(truncate(value, 60))
  if (typeof value === "object") return "an object"
  return `${typeof value} ${String(value)}`
}

const fail = (path: string, reason: string): never => {
  throw new DecodeFailure(path, reason)
}

/**
 * Fails at `path`: `"<field> is missing"` when `value` is undefined, else
 * `"expected <expected>, got <value>"`, or `"unknown <field> <value>"` without `expected`.
 */
const invalid = (path: string, value: unknown, expected?: string): never => {
  const field = path.slice(path.lastIndexOf(".") + 1)
  return fail(
    path,
    value === undefined
      ? `${field} is missing`
      : expected
        ? `expected ${expected}, got ${describe(value)}`
        : `unknown ${field} ${describe(value)}`,
  )
}

const requireObj = (value: unknown, path: string): Obj =>
  isObj(value) ? value : invalid(path, value, "an object")

const optionalObj = (value: unknown, path: string): Obj | undefined =>
  value == null ? undefined : requireObj(value, path)

/** `data.taskId`, which must be a non-empty string. */
const requireTaskId = (d: Obj): string =>
  nonEmptyString(d.taskId) ?? invalid("data.taskId", d.taskId, "a non-empty string")

/** An integer from a number or a numeric string; `undefined` when absent or not numeric. */
const toInt = (value: unknown): number | undefined => {
  if (typeof value === "number" && Number.isInteger(value)) return value
  if (typeof value === "string" && /^\s*-?\d+\s*$/.test(value)) return Number(value)
  return undefined
}

const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined

/** A failure code as a string (numbers are stringified), or `undefined` when empty/absent. */
const codeString = (value: unknown): string | undefined =>
  typeof value === "number" && Number.isFinite(value)
    ? String(value)
    : nonEmptyString(value)?.trim()

/** Parses a JSON-string field; fails at `path` when it is not valid JSON. */
const parseJson = (text: string, path: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return fail(path, "not valid JSON")
  }
}

/**
 * A JSON object given as its text (parsed here) or already parsed; `undefined` when absent or
 * empty; fails when it is anything else.
 */
const jsonObject = (value: unknown, path: string): Obj | undefined => {
  if (value == null || (typeof value === "string" && value.trim() === "")) return undefined
  const parsed = typeof value === "string" ? parseJson(value, path) : value
  return isObj(parsed) ? parsed : invalid(path, parsed, "a JSON object")
}

/**
 * Result URLs: an array of strings, or with `single` one string. Empty strings are dropped;
 * `undefined` when absent; anything else fails.
 */
const urls = (value: unknown, path: string, single = false): string[] | undefined => {
  if (value == null) return undefined
  const list: unknown = single ? [value] : value
  if (!Array.isArray(list)) return invalid(path, value, "an array of URLs")
  return list.filter((item: unknown, index) =>
    typeof item === "string"
      ? item.trim() !== ""
      : invalid(single ? path : `${path}.${index}`, item, "a URL string"),
  )
}

/**
 * A timestamp from epoch ms (number or digit string; values below 1e11 are taken as epoch
 * seconds), an ISO-8601 string, or a `"YYYY-MM-DD HH:mm:ss"` string without zone (taken as UTC).
 * Anything else (null, "", garbage) gives `undefined`.
 */
export const parseTimestamp = (value: unknown): Date | undefined => {
  let ms = typeof value === "number" ? value : Number.NaN
  if (typeof value === "string") {
    const text = value.trim()
    if (/^\d+$/.test(text)) ms = Number(text)
    // A date-time without a zone designator is UTC (Date.parse would take local time).
    else if (/^\d{4}-\d\d-\d\d[ T][\d:.]+$/.test(text))
      ms = Date.parse(`${text.replace(" ", "T")}Z`)
    else ms = Date.parse(text)
  }
  if (!(Number.isFinite(ms) && ms > 0)) return undefined
  return new Date(ms < 1e11 ? ms * 1000 : ms)
}

/**
 * A progress fraction in 0..1 from a number or decimal string, clamped. With `percentAbove1`
 * (Market, whose `progress` scale is undocumented) values in (1, 100] are read as percent.
 */
const parseProgress = (value: unknown, percentAbove1 = false): number | undefined => {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string"
        ? Number.parseFloat(value)
        : Number.NaN
  if (!Number.isFinite(n)) return undefined
  return Math.min(1, Math.max(0, percentAbove1 && n > 1 && n <= 100 ? n / 100 : n))
}

// ---------------------------------------------------------------------------------------------
// Flux Kontext and 4o Image
// ---------------------------------------------------------------------------------------------

/** Both families report `successFlag` 0-3; 4o Image also sends these names as `status`. */
const FLAG_STATES = ["GENERATING", "SUCCESS", "CREATE_TASK_FAILED", "GENERATE_FAILED"]

const STATE_STATUS: Record<string, TaskStatus> = {
  GENERATING: "running",
  SUCCESS: "succeeded",
  CREATE_TASK_FAILED: "failed",
  GENERATE_FAILED: "failed",
}

/** The state name for a `successFlag`; fails at `data.successFlag` unless it is 0-3. */
const flagState = (flag: unknown): string =>
  FLAG_STATES[toInt(flag) ?? -1] ?? invalid("data.successFlag", flag)

/** The Task of a Flux Kontext or 4o Image record in `state` (a {@link FLAG_STATES} name). */
const imageTask = (
  api: "flux-kontext" | "gpt4o-image",
  d: Obj,
  taskId: string,
  state: string,
  outputs: string[] | undefined,
  progress: number | undefined,
  model: string | undefined,
): Task => {
  const status = STATE_STATUS[state] as TaskStatus
  const fallbackMessage =
    state === "CREATE_TASK_FAILED"
      ? "KIE could not create the generation task"
      : "The generation failed"
  return compact<Task>({
    api,
    taskId,
    status,
    outputs: outputs ?? [],
    raw: d,
    progress,
    error:
      status === "failed"
        ? {
            code: codeString(d.errorCode) ?? state,
            message: nonEmptyString(d.errorMessage) ?? fallbackMessage,
          }
        : undefined,
    createdAt: parseTimestamp(d.createTime),
    completedAt: parseTimestamp(d.completeTime),
    model,
  })
}

/** `model` from a JSON-string request echo (`paramJson`), when present. */
const modelFromJson = (value: unknown, path: string): string | undefined => {
  const parsed = typeof value === "string" && value.trim() !== "" ? parseJson(value, path) : null
  return isObj(parsed) ? nonEmptyString(parsed.model) : undefined
}

/**
 * Normalizes the `data` of GET /api/v1/flux/kontext/record-info.
 * `successFlag` 0 (GENERATING) -> running, 1 -> succeeded, 2 (CREATE_TASK_FAILED) and
 * 3 (GENERATE_FAILED) -> failed. Outputs = `[response.resultImageUrl]`; `originImageUrl` is left
 * out (it expires after ~10 minutes) and stays in `raw`.
 */
export const normalizeFluxKontextRecord = (data: unknown): Task =>
  decoding(data, () => {
    const d = requireObj(data, "data")
    const taskId = requireTaskId(d)
    const state = flagState(d.successFlag)
    const response = optionalObj(d.response, "data.response")
    const outputs = urls(response?.resultImageUrl, "data.response.resultImageUrl", true)
    const model = nonEmptyString(d.model) ?? modelFromJson(d.paramJson, "data.paramJson")
    return imageTask("flux-kontext", d, taskId, state, outputs, undefined, model)
  })

/**
 * Normalizes the `data` of GET /api/v1/gpt4o-image/record-info. `status` wins (GENERATING ->
 * running, SUCCESS -> succeeded, CREATE_TASK_FAILED / GENERATE_FAILED -> failed); without it
 * `successFlag` 0/1/2/3 is used. `progress` is the decimal string clamped to 0..1. Outputs come
 * from `response.resultUrls` or `response.result_urls`. Timestamps: epoch ms or naive
 * `"YYYY-MM-DD HH:mm:ss"` strings (taken as UTC) or null.
 */
export const normalizeGpt4oImageRecord = (data: unknown): Task =>
  decoding(data, () => {
    const d = requireObj(data, "data")
    const taskId = requireTaskId(d)
    let state: string
    if (d.status != null) {
      state = typeof d.status === "string" ? d.status.trim().toUpperCase() : ""
      if (!Object.hasOwn(STATE_STATUS, state)) invalid("data.status", d.status)
    } else if (d.successFlag == null) {
      return fail("data.status", "neither status nor successFlag is present")
    } else {
      state = flagState(d.successFlag)
    }
    const response = optionalObj(d.response, "data.response")
    const outputs =
      urls(response?.resultUrls, "data.response.resultUrls") ??
      urls(response?.result_urls, "data.response.result_urls")
    const progress = parseProgress(d.progress)
    return imageTask("gpt4o-image", d, taskId, state, outputs, progress, nonEmptyString(d.model))
  })

// ---------------------------------------------------------------------------------------------
// Market
// ---------------------------------------------------------------------------------------------

const MARKET_STATUS: Record<string, TaskStatus> = {
  waiting: "queued",
  queuing: "queued",
  generating: "running",
  success: "succeeded",
  fail: "failed",
}

/** The create request echoed in a Market record's `param`. */
export interface MarketParam {
  readonly model?: string
  readonly callBackUrl?: string
  /** The model input: an object, or (rarely) a string that was not valid JSON. */
  readonly input?: unknown
}

/**
 * Parses a Market `param` (a JSON string of the create request, or an already-parsed object).
 * Its `input` may itself be a JSON string (double-encoded, as in callback examples); it is decoded
 * when it is valid JSON and kept as the string otherwise. A malformed outer JSON string throws
 * {@link UnexpectedResponseError} at `path`. Returns `undefined` for an absent or empty value.
 */
export const parseMarketParam = (
  param: unknown,
  path = "data.param",
  raw: unknown = param,
): MarketParam | undefined => decoding(raw, () => readMarketParam(param, path))

const readMarketParam = (param: unknown, path: string): MarketParam | undefined => {
  const value = jsonObject(param, path)
  if (value === undefined) return undefined
  let input = value.input
  if (typeof input === "string") {
    try {
      input = JSON.parse(input)
    } catch {
      // not double-encoded after all: keep the string
    }
  }
  return compact<MarketParam>({
    model: nonEmptyString(value.model),
    callBackUrl: nonEmptyString(value.callBackUrl),
    input,
  })
}

/**
 * The Task of a Market record `d`. For a callback, `callback` holds its `code` and message: a
 * code other than 200 fails the task, and a payload without `state` (Grok Imagine schema) is
 * decided by the code alone.
 */
const marketTask = (d: Obj, raw: unknown, callback?: { code: number; msg: unknown }): Task => {
  const taskId = requireTaskId(d)
  let status: TaskStatus
  if (callback && d.state == null) {
    status = callback.code === 200 ? "succeeded" : "failed"
  } else {
    const key = typeof d.state === "string" ? d.state.trim().toLowerCase() : ""
    status = Object.hasOwn(MARKET_STATUS, key)
      ? (MARKET_STATUS[key] as TaskStatus)
      : invalid("data.state", d.state)
  }
  const callbackCode = callback && callback.code !== 200 ? String(callback.code) : undefined
  if (callbackCode) status = "failed"
  const result = jsonObject(d.resultJson, "data.resultJson")
  return compact<Task>({
    api: "market",
    taskId,
    status,
    outputs: urls(result?.resultUrls, "data.resultJson.resultUrls") ?? [],
    raw,
    progress: parseProgress(d.progress, true),
    error:
      status === "failed"
        ? {
            code: codeString(d.failCode) ?? callbackCode ?? "FAILED",
            message:
              nonEmptyString(d.failMsg) ??
              nonEmptyString(callback?.msg) ??
              "The Market task failed",
          }
        : undefined,
    createdAt: parseTimestamp(d.createTime),
    completedAt: parseTimestamp(d.completeTime),
    model: nonEmptyString(d.model) ?? readMarketParam(d.param, "data.param")?.model,
    result: result?.resultObject,
  })
}

/**
 * Normalizes the `data` of GET /api/v1/jobs/recordInfo: `state` waiting/queuing -> queued,
 * generating -> running, success -> succeeded, fail -> failed (`failCode`/`failMsg`).
 * `resultJson` (a JSON string) gives `outputs` from `resultUrls` and `result` from `resultObject`.
 * `model` comes from `data.model`, else from `param` (double-encoded `input` tolerated).
 */
export const normalizeMarketRecord = (data: unknown): Task =>
  decoding(data, () => marketTask(requireObj(data, "data"), data))

const RECORD_DECODERS: Record<KieApi, (data: unknown) => Task> = {
  "flux-kontext": normalizeFluxKontextRecord,
  "gpt4o-image": normalizeGpt4oImageRecord,
  market: normalizeMarketRecord,
}

/** Normalizes a record-info `data` of any family. */
export const normalizeRecord = (api: KieApi, data: unknown): Task => RECORD_DECODERS[api](data)

// ---------------------------------------------------------------------------------------------
// Callbacks
// ---------------------------------------------------------------------------------------------

/**
 * Parses a callback body (an object, or its JSON text) into a {@link Task}; `raw` is the whole
 * payload.
 * - Flux Kontext `{code, msg, data:{taskId, info:{originImageUrl, resultImageUrl}}}`: code 200 ->
 *   succeeded with `[resultImageUrl]`; any other code (400/500/501) -> failed with that code + msg.
 * - 4o Image `{code, msg, data:{taskId, info:{result_urls}|null}}`: 200 -> succeeded; other -> failed.
 * - Market `{code, msg, data:{taskId, model, state, param, resultJson, failCode, failMsg, ...}}`:
 *   failed when the code is not 200 or the state is `fail` (error code = `failCode`, else the
 *   callback code); a payload without `state` (Grok Imagine schema) is decided by the code alone.
 */
export const parseCallback = (api: KieApi, payload: unknown): Task => {
  const body =
    typeof payload === "string" ? decoding(payload, () => parseJson(payload, "(body)")) : payload
  return decoding(body, () => {
    const p = requireObj(body, "(root)")
    const code = toInt(p.code) ?? invalid("code", p.code, "an integer")
    const d = requireObj(p.data, "data")
    if (api === "market") return marketTask(d, body, { code, msg: envelopeMessage(p) })
    const taskId = requireTaskId(d)
    const info = optionalObj(d.info, "data.info")
    const ok = code === 200
    const outputs =
      !ok || !info
        ? undefined
        : api === "flux-kontext"
          ? urls(info.resultImageUrl, "data.info.resultImageUrl", true)
          : (urls(info.result_urls, "data.info.result_urls") ??
            urls(info.resultUrls, "data.info.resultUrls"))
    return compact<Task>({
      api,
      taskId,
      status: ok ? "succeeded" : "failed",
      outputs: outputs ?? [],
      raw: body,
      error: ok
        ? undefined
        : {
            code: String(code),
            message: nonEmptyString(p.msg) ?? `KIE reported failure code ${code}`,
          },
    })
  })
}
