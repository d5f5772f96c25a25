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

import { TaskFailedError, UnexpectedResponseError } from "./errors"

/** The three API families. */
export type KieApi = "flux-kontext" | "gpt4o-image" | "market"

/** All {@link KieApi} values. */
export const KIE_APIS: readonly KieApi[] = Object.freeze(["flux-kontext", "gpt4o-image", "market"])

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

type Obj = Record<string, unknown>

const isObj = (value: unknown): value is Obj =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const describe = (value: unknown): string => {
  if (value === null) return "null"
  if (Array.isArray(value)) return "an array"
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
  if (typeof value === "object") return "an object"
  return `${typeof value} ${String(value)}`
}

const fail = (raw: unknown, path: string, reason: string): never => {
  throw new UnexpectedResponseError({ body: raw, path, reason })
}

const join = (prefix: string, key: string): string => (prefix ? `${prefix}.${key}` : key)

const requireObj = (value: unknown, path: string, raw: unknown): Obj =>
  isObj(value) ? value : fail(raw, path || "(root)", `expected an object, got ${describe(value)}`)

const requireTaskId = (d: Obj, prefix: string, raw: unknown): string => {
  const id = d.taskId
  if (typeof id === "string" && id.trim() !== "") return id
  return fail(
    raw,
    join(prefix, "taskId"),
    id === undefined ? "taskId is missing" : `expected a non-empty string, got ${describe(id)}`,
  )
}

/** An integer from a number or a numeric string; `undefined` when absent or not numeric. */
const toInt = (value: unknown): number | undefined => {
  if (typeof value === "number" && Number.isInteger(value)) return value
  if (typeof value === "string" && /^\s*-?\d+\s*$/.test(value)) return Number(value)
  return undefined
}

const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined

/** A failure code as a string (numbers are stringified), or `undefined` when empty/absent. */
const codeString = (value: unknown): string | undefined => {
  if (typeof value === "number" && Number.isFinite(value)) return String(value)
  return nonEmptyString(value)?.trim()
}

/** Parses a JSON-string field; throws with the path when it is not valid JSON. */
const parseJsonField = (value: string, path: string, raw: unknown): unknown => {
  try {
    return JSON.parse(value)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return fail(raw, path, `not valid JSON (${why})`)
  }
}

/** An array of URL strings (empty strings dropped); throws when present but not string[]. */
const urlList = (value: unknown, path: string, raw: unknown): string[] | undefined => {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value))
    return fail(raw, path, `expected an array of URLs, got ${describe(value)}`)
  const out: string[] = []
  value.forEach((item, index) => {
    if (typeof item !== "string")
      fail(raw, `${path}.${index}`, `expected a URL string, got ${describe(item)}`)
    else if (item.trim() !== "") out.push(item)
  })
  return out
}

/** One optional URL string; throws when present but not a string. */
const singleUrl = (value: unknown, path: string, raw: unknown): string[] => {
  if (value === undefined || value === null) return []
  if (typeof value !== "string")
    return fail(raw, path, `expected a URL string, got ${describe(value)}`)
  return value.trim() === "" ? [] : [value]
}

const NAIVE_DATE_TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/

/**
 * A timestamp from epoch ms (number or digit string; values below 1e11 are taken as epoch
 * seconds), an ISO-8601 string, or a `"YYYY-MM-DD HH:mm:ss"` string without zone (taken as UTC).
 * Anything else (null, "", garbage) gives `undefined`.
 */
export const parseTimestamp = (value: unknown): Date | undefined => {
  let ms: number
  if (typeof value === "number") {
    ms = value
  } else if (typeof value === "string") {
    const text = value.trim()
    if (text === "") return undefined
    if (/^\d+$/.test(text)) ms = Number(text)
    else if (NAIVE_DATE_TIME.test(text)) ms = Date.parse(`${text.replace(" ", "T")}Z`)
    else ms = Date.parse(text)
  } else {
    return undefined
  }
  if (!Number.isFinite(ms) || ms <= 0) return undefined
  if (ms < 1e11) ms *= 1000
  return new Date(ms)
}

/**
 * A progress fraction in 0..1 from a number or decimal string, clamped. With `percentAbove1`
 * (Market, whose `progress` scale is undocumented) values in (1, 100] are read as percent.
 */
const parseProgress = (value: unknown, percentAbove1 = false): number | undefined => {
  let n: number
  if (typeof value === "number") n = value
  else if (typeof value === "string" && value.trim() !== "") n = Number.parseFloat(value)
  else return undefined
  if (!Number.isFinite(n)) return undefined
  if (percentAbove1 && n > 1 && n <= 100) n /= 100
  return Math.min(1, Math.max(0, n))
}

/** Builds a Task without `undefined` optional properties. */
const makeTask = (fields: {
  api: KieApi
  taskId: string
  status: TaskStatus
  outputs: string[]
  raw: unknown
  progress?: number | undefined
  error?: TaskError | undefined
  createdAt?: Date | undefined
  completedAt?: Date | undefined
  model?: string | undefined
  result?: unknown
}): Task => {
  const task: { -readonly [K in keyof Task]: Task[K] } = {
    api: fields.api,
    taskId: fields.taskId,
    status: fields.status,
    outputs: fields.outputs,
    raw: fields.raw,
  }
  if (fields.progress !== undefined) task.progress = fields.progress
  if (fields.error !== undefined) task.error = fields.error
  if (fields.createdAt !== undefined) task.createdAt = fields.createdAt
  if (fields.completedAt !== undefined) task.completedAt = fields.completedAt
  if (fields.model !== undefined) task.model = fields.model
  if (fields.result !== undefined) task.result = fields.result
  return task
}

/** `model` from a JSON-string request echo (`paramJson`/`param`), when present. */
const modelFromJson = (value: unknown, path: string, raw: unknown): string | undefined => {
  if (typeof value !== "string" || value.trim() === "") return undefined
  const parsed = parseJsonField(value, path, raw)
  return isObj(parsed) ? nonEmptyString(parsed.model) : undefined
}

// ---------------------------------------------------------------------------------------------
// Flux Kontext
// ---------------------------------------------------------------------------------------------

const FLUX_FAILURE: Record<number, { code: string; message: string }> = {
  2: { code: "CREATE_TASK_FAILED", message: "KIE could not create the generation task" },
  3: { code: "GENERATE_FAILED", message: "The generation failed" },
}

/**
 * Normalizes the `data` of GET /api/v1/flux/kontext/record-info.
 * `successFlag` 0 (GENERATING) -> running, 1 -> succeeded, 2 (CREATE_TASK_FAILED) and
 * 3 (GENERATE_FAILED) -> failed. Outputs = `[response.resultImageUrl]`; `originImageUrl` is left
 * out (it expires after ~10 minutes) and stays in `raw`.
 */
export const normalizeFluxKontextRecord = (data: unknown): Task => {
  const d = requireObj(data, "data", data)
  const taskId = requireTaskId(d, "data", data)
  const flag = toInt(d.successFlag)
  let status: TaskStatus
  if (flag === 0) status = "running"
  else if (flag === 1) status = "succeeded"
  else if (flag === 2 || flag === 3) status = "failed"
  else {
    return fail(
      data,
      "data.successFlag",
      d.successFlag === undefined
        ? "successFlag is missing"
        : `unknown successFlag ${describe(d.successFlag)} (expected 0, 1, 2 or 3)`,
    )
  }
  let outputs: string[] = []
  if (d.response !== undefined && d.response !== null) {
    const response = requireObj(d.response, "data.response", data)
    outputs = singleUrl(response.resultImageUrl, "data.response.resultImageUrl", data)
  }
  let error: TaskError | undefined
  if (status === "failed") {
    const fallback = FLUX_FAILURE[flag] ?? { code: "FAILED", message: "The task failed" }
    error = {
      code: codeString(d.errorCode) ?? fallback.code,
      message: nonEmptyString(d.errorMessage) ?? fallback.message,
    }
  }
  return makeTask({
    api: "flux-kontext",
    taskId,
    status,
    outputs,
    raw: data,
    error,
    createdAt: parseTimestamp(d.createTime),
    completedAt: parseTimestamp(d.completeTime),
    model: nonEmptyString(d.model) ?? modelFromJson(d.paramJson, "data.paramJson", data),
  })
}

// ---------------------------------------------------------------------------------------------
// 4o Image
// ---------------------------------------------------------------------------------------------

const GPT4O_STATUS: Record<string, TaskStatus> = {
  GENERATING: "running",
  SUCCESS: "succeeded",
  CREATE_TASK_FAILED: "failed",
  GENERATE_FAILED: "failed",
}

const GPT4O_FLAG: Record<number, { status: TaskStatus; code: string }> = {
  0: { status: "running", code: "GENERATING" },
  1: { status: "succeeded", code: "SUCCESS" },
  2: { status: "failed", code: "CREATE_TASK_FAILED" },
  3: { status: "failed", code: "GENERATE_FAILED" },
}

/**
 * Normalizes the `data` of GET /api/v1/gpt4o-image/record-info. `status` wins (GENERATING ->
 * running, SUCCESS -> succeeded, CREATE_TASK_FAILED / GENERATE_FAILED -> failed); without it
 * `successFlag` 0/1/2/3 is used. `progress` is the decimal string clamped to 0..1. Outputs come
 * from `response.resultUrls` or `response.result_urls`. Timestamps: epoch ms or naive
 * `"YYYY-MM-DD HH:mm:ss"` strings (taken as UTC) or null.
 */
export const normalizeGpt4oImageRecord = (data: unknown): Task => {
  const d = requireObj(data, "data", data)
  const taskId = requireTaskId(d, "data", data)
  let status: TaskStatus
  let statusCode: string
  if (d.status !== undefined && d.status !== null) {
    const key = typeof d.status === "string" ? d.status.trim().toUpperCase() : undefined
    const mapped = key !== undefined ? GPT4O_STATUS[key] : undefined
    if (mapped === undefined || key === undefined) {
      return fail(data, "data.status", `unknown status ${describe(d.status)}`)
    }
    status = mapped
    statusCode = key
  } else {
    const flag = toInt(d.successFlag)
    const mapped = flag !== undefined ? GPT4O_FLAG[flag] : undefined
    if (mapped === undefined) {
      return fail(
        data,
        d.successFlag === undefined || d.successFlag === null ? "data.status" : "data.successFlag",
        d.successFlag === undefined || d.successFlag === null
          ? "neither status nor successFlag is present"
          : `unknown successFlag ${describe(d.successFlag)} (expected 0, 1, 2 or 3)`,
      )
    }
    status = mapped.status
    statusCode = mapped.code
  }
  let outputs: string[] = []
  if (d.response !== undefined && d.response !== null) {
    const response = requireObj(d.response, "data.response", data)
    outputs =
      urlList(response.resultUrls, "data.response.resultUrls", data) ??
      urlList(response.result_urls, "data.response.result_urls", data) ??
      []
  }
  const error: TaskError | undefined =
    status === "failed"
      ? {
          code: codeString(d.errorCode) ?? statusCode,
          message:
            nonEmptyString(d.errorMessage) ??
            (statusCode === "CREATE_TASK_FAILED"
              ? "KIE could not create the generation task"
              : "The generation failed"),
        }
      : undefined
  return makeTask({
    api: "gpt4o-image",
    taskId,
    status,
    outputs,
    raw: data,
    progress: parseProgress(d.progress),
    error,
    createdAt: parseTimestamp(d.createTime),
    completedAt: parseTimestamp(d.completeTime),
    model: nonEmptyString(d.model),
  })
}

// ---------------------------------------------------------------------------------------------
// Market
// ---------------------------------------------------------------------------------------------

const MARKET_STATE: Record<string, TaskStatus> = {
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
): MarketParam | undefined => {
  if (param === undefined || param === null) return undefined
  let value: unknown = param
  if (typeof param === "string") {
    if (param.trim() === "") return undefined
    value = parseJsonField(param, path, raw)
  }
  if (!isObj(value)) return fail(raw, path, `expected a JSON object, got ${describe(value)}`)
  const out: { -readonly [K in keyof MarketParam]: MarketParam[K] } = {}
  const model = nonEmptyString(value.model)
  if (model !== undefined) out.model = model
  const callBackUrl = nonEmptyString(value.callBackUrl)
  if (callBackUrl !== undefined) out.callBackUrl = callBackUrl
  if (value.input !== undefined) {
    let input = value.input
    if (typeof input === "string") {
      try {
        input = JSON.parse(input)
      } catch {
        // not double-encoded after all: keep the string
      }
    }
    out.input = input
  }
  return out
}

interface MarketResult {
  readonly urls: string[]
  readonly result?: unknown
}

/** Parses `resultJson` (JSON string or object) into URLs and the text models' `resultObject`. */
const parseMarketResult = (value: unknown, path: string, raw: unknown): MarketResult => {
  if (value === undefined || value === null) return { urls: [] }
  let parsed: unknown = value
  if (typeof value === "string") {
    if (value.trim() === "") return { urls: [] }
    parsed = parseJsonField(value, path, raw)
  }
  if (!isObj(parsed)) return fail(raw, path, `expected a JSON object, got ${describe(parsed)}`)
  const urls = urlList(parsed.resultUrls, `${path}.resultUrls`, raw) ?? []
  return parsed.resultObject !== undefined ? { urls, result: parsed.resultObject } : { urls }
}

interface MarketOverride {
  /** Callback `code`/`msg`, used when the callback says failure or lacks state. */
  readonly code: number
  readonly msg: string | undefined
}

const normalizeMarket = (d: Obj, prefix: string, raw: unknown, callback?: MarketOverride): Task => {
  const taskId = requireTaskId(d, prefix, raw)
  let status: TaskStatus
  if (callback !== undefined && (d.state === undefined || d.state === null)) {
    // Some callback schemas (Grok Imagine) carry only the taskId: the code decides.
    status = callback.code === 200 ? "succeeded" : "failed"
  } else {
    const key = typeof d.state === "string" ? d.state.trim().toLowerCase() : undefined
    const mapped = key !== undefined ? MARKET_STATE[key] : undefined
    if (mapped === undefined) {
      return fail(
        raw,
        join(prefix, "state"),
        d.state === undefined ? "state is missing" : `unknown state ${describe(d.state)}`,
      )
    }
    status = mapped
  }
  if (callback !== undefined && callback.code !== 200) status = "failed"
  const result = parseMarketResult(d.resultJson, join(prefix, "resultJson"), raw)
  let error: TaskError | undefined
  if (status === "failed") {
    const callbackCode =
      callback !== undefined && callback.code !== 200 ? String(callback.code) : undefined
    error = {
      code: codeString(d.failCode) ?? callbackCode ?? "FAILED",
      message:
        nonEmptyString(d.failMsg) ?? nonEmptyString(callback?.msg) ?? "The Market task failed",
    }
  }
  const model =
    nonEmptyString(d.model) ?? parseMarketParam(d.param, join(prefix, "param"), raw)?.model
  return makeTask({
    api: "market",
    taskId,
    status,
    outputs: result.urls,
    raw,
    progress: parseProgress(d.progress, true),
    error,
    createdAt: parseTimestamp(d.createTime),
    completedAt: parseTimestamp(d.completeTime),
    model,
    result: result.result,
  })
}

/**
 * Normalizes the `data` of GET /api/v1/jobs/recordInfo: `state` waiting/queuing -> queued,
 * generating -> running, success -> succeeded, fail -> failed (`failCode`/`failMsg`).
 * `resultJson` (a JSON string) gives `outputs` from `resultUrls` and `result` from `resultObject`.
 * `model` comes from `data.model`, else from `param` (double-encoded `input` tolerated).
 */
export const normalizeMarketRecord = (data: unknown): Task =>
  normalizeMarket(requireObj(data, "data", data), "data", data)

/** Normalizes a record-info `data` of any family. */
export const normalizeRecord = (api: KieApi, data: unknown): Task => {
  switch (api) {
    case "flux-kontext":
      return normalizeFluxKontextRecord(data)
    case "gpt4o-image":
      return normalizeGpt4oImageRecord(data)
    case "market":
      return normalizeMarketRecord(data)
  }
}

// ---------------------------------------------------------------------------------------------
// Callbacks
// ---------------------------------------------------------------------------------------------

const callbackCode = (p: Obj, raw: unknown): number => {
  const code = toInt(p.code)
  return code !== undefined
    ? code
    : fail(
        raw,
        "code",
        p.code === undefined ? "code is missing" : `expected an integer, got ${describe(p.code)}`,
      )
}

const callbackFailure = (code: number, msg: unknown): TaskError => ({
  code: String(code),
  message: nonEmptyString(msg) ?? `KIE reported failure code ${code}`,
})

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
  let body = payload
  if (typeof payload === "string") body = parseJsonField(payload, "(body)", payload)
  const p = requireObj(body, "", body)
  const code = callbackCode(p, body)
  const d = requireObj(p.data, "data", body)
  switch (api) {
    case "flux-kontext": {
      const taskId = requireTaskId(d, "data", body)
      const info =
        d.info === undefined || d.info === null ? undefined : requireObj(d.info, "data.info", body)
      const ok = code === 200
      return makeTask({
        api,
        taskId,
        status: ok ? "succeeded" : "failed",
        outputs: ok && info ? singleUrl(info.resultImageUrl, "data.info.resultImageUrl", body) : [],
        raw: body,
        error: ok ? undefined : callbackFailure(code, p.msg),
      })
    }
    case "gpt4o-image": {
      const taskId = requireTaskId(d, "data", body)
      const info =
        d.info === undefined || d.info === null ? undefined : requireObj(d.info, "data.info", body)
      const ok = code === 200
      const outputs =
        ok && info
          ? (urlList(info.result_urls, "data.info.result_urls", body) ??
            urlList(info.resultUrls, "data.info.resultUrls", body) ??
            [])
          : []
      return makeTask({
        api,
        taskId,
        status: ok ? "succeeded" : "failed",
        outputs,
        raw: body,
        error: ok ? undefined : callbackFailure(code, p.msg),
      })
    }
    case "market":
      return normalizeMarket(d, "data", body, {
        code,
        msg:
          typeof p.msg === "string" ? p.msg : typeof p.message === "string" ? p.message : undefined,
      })
  }
}
