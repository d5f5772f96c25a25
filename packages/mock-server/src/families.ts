// Per-family behaviour: what a create request turns into (cost, outputs, failure trigger,
// duration), and how a task is rendered as a record-info `data` object and as a callback
// payload at a given moment. Everything here is a pure function of the task and the time.
// `FAMILIES` at the end ties each task family of the spec to its functions.

import { taskFamilies } from "@kie-kit/spec"
import { marketModel } from "@kie-kit/spec/models"
import { genericFamily, genericStatus } from "./generic"

/** A task family of the spec (`taskFamilies` of `@kie-kit/spec`). */
export type TaskApi = keyof typeof taskFamilies

/** Whether a spec family name is a task family. */
export function isTaskFamily(family: string): family is TaskApi {
  return Object.hasOwn(taskFamilies, family)
}

/** The normalized task status (the project's one task model). */
export type TaskStatus = "queued" | "running" | "succeeded" | "failed"

export type OutputFormat = "png" | "jpeg" | "wav" | "mp4"

/** One result file a task produces. */
export interface TaskOutput {
  /** File name under `/files/<taskId>/`. */
  readonly name: string
  readonly format: OutputFormat
  /** Text the content is derived from (prompt or TTS text). */
  readonly seedText: string
  readonly variant: number
  /** Aspect ratio for images ("16:9", "landscape_4_3", ...). */
  readonly ratio?: string
  /** How long the URL stays valid after the task completes. */
  readonly ttlMs: number
  /** Flux only: the short-lived upstream "origin" copy, not listed as a result. */
  readonly origin?: boolean
}

/** A failure decided at creation from a `mock:fail` trigger. */
export interface TaskFailure {
  /** Family failure code: Flux/4o `errorCode` (number), Market `failCode` (numeric string). */
  readonly code: number | string
  readonly message: string
  /** "create" = Flux/4o CREATE_TASK_FAILED (terminal at once); "generate" otherwise. */
  readonly stage: "create" | "generate"
}

export interface TaskPlan {
  readonly model: string
  readonly cost: number
  readonly outputs: readonly TaskOutput[]
  readonly failure?: TaskFailure
  /** Duration forced by `mock:duration=<ms>`. */
  readonly durationMs?: number
}

export interface FamilyTtls {
  readonly "flux-kontext": number
  readonly "gpt4o-image": number
  readonly market: number
  /** Every other family. */
  readonly other: number
}

const FLUX_ORIGIN_TTL_MS = 10 * 60_000

export const FLUX_FAILURES: Record<string, { code: number; message: string }> = {
  "400": {
    code: 400,
    message: "Your prompt was flagged by Website as violating content policies.",
  },
  "500": { code: 500, message: "Internal error, please try again later." },
  "501": { code: 501, message: "Image generation task failed" },
}
export const FLUX_DEFAULT_FAILURE = "501"

export const GPT4O_FAILURES: Record<string, { code: number; message: string }> = {
  "400": { code: 400, message: "Your content was flagged by OpenAI as violating content policies" },
  "451": {
    code: 451,
    message:
      "Failed to fetch the image. Kindly verify any access limits set by you or your service provider.",
  },
  "500": { code: 500, message: "Generation failed, please try again or contact support" },
}
export const GPT4O_DEFAULT_FAILURE = "500"

export const MARKET_FAILURES: Record<string, string> = {
  "400": "Your prompt was flagged as violating content policies.",
  "401": "Unauthorized: the task could not be authorised upstream.",
  "404": "The requested resource was not found upstream.",
  "422": "Invalid prompt: prompt contains prohibited content",
  "500": "Internal error, please try again later.",
  "501": "Generation failed.",
}
export const MARKET_DEFAULT_FAILURE = "500"

const CREATE_FAILED_MESSAGE = "Failed to create the task, please try again later."

export interface Triggers {
  /** undefined = no failure; "" = `mock:fail` without a code; otherwise the code or "create". */
  readonly fail?: string
  readonly durationMs?: number
}

/** Reads `mock:fail`, `mock:fail=<code>` and `mock:duration=<ms>` from a prompt. */
export function parseTriggers(text: string | undefined): Triggers {
  if (text === undefined) return {}
  const fail = /mock:fail(?:=([A-Za-z0-9_-]+))?/.exec(text)
  const duration = /mock:duration=(\d+)/.exec(text)
  return {
    ...(fail !== null ? { fail: fail[1] ?? "" } : {}),
    ...(duration !== null ? { durationMs: Number(duration[1]) } : {}),
  }
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined
}

function obj(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function imageFormat(value: unknown, fallback: "png" | "jpeg"): "png" | "jpeg" {
  const format = str(value)?.toLowerCase()
  if (format === "png") return "png"
  if (format === "jpeg" || format === "jpg") return "jpeg"
  return fallback
}

function ext(format: OutputFormat): string {
  return format === "jpeg" ? "jpg" : format
}

/**
 * Which kind of media a Market model produces: its kind in the spec's model catalog, else a guess
 * from its id.
 */
export function marketKind(model: string): "image" | "audio" | "video" | "text" {
  return marketModel(model)?.kind ?? marketMediaKind(model)
}

/** Which kind of media a Market model the spec does not type produces, guessed from its id. */
export function marketMediaKind(model: string): "image" | "audio" | "video" {
  const id = model.toLowerCase()
  if (/elevenlabs|text-to-speech|tts|audio|music|suno|sound|speech|voice/.test(id)) return "audio"
  if (/video|kling|wan\/|sora|veo|hailuo|seedance|runway|luma|infinitalk|avatar/.test(id)) {
    return "video"
  }
  return "image"
}

export function planFluxKontext(body: unknown, ttls: FamilyTtls): TaskPlan {
  const request = obj(body)
  const prompt = str(request.prompt) ?? ""
  const model = str(request.model) ?? "flux-kontext-pro"
  const format = imageFormat(request.outputFormat, "jpeg")
  const ratio = str(request.aspectRatio) ?? "16:9"
  const triggers = parseTriggers(prompt)
  const base = { format, seedText: prompt, variant: 0, ratio } as const
  let failure: TaskFailure | undefined
  if (triggers.fail === "create") {
    failure = { code: 500, message: CREATE_FAILED_MESSAGE, stage: "create" }
  } else if (triggers.fail !== undefined) {
    const known = FLUX_FAILURES[triggers.fail] ?? FLUX_FAILURES[FLUX_DEFAULT_FAILURE]
    if (known !== undefined) failure = { ...known, stage: "generate" }
  }
  return {
    model,
    cost: model === "flux-kontext-max" ? 10 : 5,
    outputs: [
      { ...base, name: `result.${ext(format)}`, ttlMs: ttls["flux-kontext"] },
      { ...base, name: `origin.${ext(format)}`, ttlMs: FLUX_ORIGIN_TTL_MS, origin: true },
    ],
    ...(failure !== undefined ? { failure } : {}),
    ...(triggers.durationMs !== undefined ? { durationMs: triggers.durationMs } : {}),
  }
}

export function planGpt4oImage(body: unknown, ttls: FamilyTtls): TaskPlan {
  const request = obj(body)
  const prompt = str(request.prompt)
  const variants = typeof request.nVariants === "number" ? request.nVariants : 1
  const seedText = prompt ?? JSON.stringify(request.filesUrl ?? request.fileUrl ?? "")
  const ratio = str(request.size) ?? "1:1"
  const triggers = parseTriggers(prompt)
  let failure: TaskFailure | undefined
  if (triggers.fail === "create") {
    failure = { code: 500, message: CREATE_FAILED_MESSAGE, stage: "create" }
  } else if (triggers.fail !== undefined) {
    const known = GPT4O_FAILURES[triggers.fail] ?? GPT4O_FAILURES[GPT4O_DEFAULT_FAILURE]
    if (known !== undefined) failure = { ...known, stage: "generate" }
  }
  const outputs: TaskOutput[] = []
  for (let i = 0; i < variants; i++) {
    outputs.push({
      name: `${i}.png`,
      format: "png",
      seedText,
      variant: i,
      ratio,
      ttlMs: ttls["gpt4o-image"],
    })
  }
  return {
    model: "gpt-4o-image",
    cost: variants >= 4 ? 8 : variants === 2 ? 7 : 6,
    outputs,
    ...(failure !== undefined ? { failure } : {}),
    ...(triggers.durationMs !== undefined ? { durationMs: triggers.durationMs } : {}),
  }
}

export function planMarket(body: unknown, ttls: FamilyTtls): TaskPlan {
  const request = obj(body)
  const model = str(request.model) ?? "unknown"
  const input = obj(request.input)
  const text = str(input.prompt) ?? str(input.text)
  const seedText = text ?? JSON.stringify(input)
  // Triggers may be in any text of the input (speech-to-text takes a URL and options only).
  const triggers = parseTriggers(text ?? JSON.stringify(input))
  const kind = marketKind(model)
  const ttlMs = ttls.market
  const outputs: TaskOutput[] = []
  let cost: number
  if (kind === "text") {
    cost = 1
  } else if (kind === "audio") {
    outputs.push({ name: "0.wav", format: "wav", seedText, variant: 0, ttlMs })
    cost = 3
  } else if (kind === "video") {
    outputs.push({ name: "0.mp4", format: "mp4", seedText, variant: 0, ttlMs })
    cost = 30
  } else {
    const format = imageFormat(input.output_format, "png")
    const ratio = str(input.aspect_ratio) ?? str(input.image_size) ?? "1:1"
    const requested = typeof input.max_images === "number" ? Math.floor(input.max_images) : 1
    const count = Math.min(6, Math.max(1, requested))
    for (let i = 0; i < count; i++) {
      outputs.push({ name: `${i}.${ext(format)}`, format, seedText, variant: i, ratio, ttlMs })
    }
    cost = 4 * count
  }
  let failure: TaskFailure | undefined
  if (triggers.fail !== undefined) {
    const code = /^\d{3}$/.test(triggers.fail) ? triggers.fail : MARKET_DEFAULT_FAILURE
    const message = MARKET_FAILURES[code] ?? `Mock failure ${code}`
    failure = { code, message, stage: "generate" }
  }
  return {
    model,
    cost,
    outputs,
    ...(failure !== undefined ? { failure } : {}),
    ...(triggers.durationMs !== undefined ? { durationMs: triggers.durationMs } : {}),
  }
}

/** The parts of a task the renderers need. */
export interface TaskView {
  readonly api: TaskApi
  readonly taskId: string
  readonly model: string
  readonly request: unknown
  readonly createdAt: number
  readonly completesAt: number
  readonly cost: number
  readonly failure?: TaskFailure
}

/** The normalized status of a task at `now`. */
export function taskStatus(task: TaskView, now: number): TaskStatus {
  if (now >= task.completesAt) return task.failure === undefined ? "succeeded" : "failed"
  if (task.api === "market") return marketState(task, now) === "waiting" ? "queued" : "running"
  if (FAMILIES[task.api] === undefined) return genericStatus(task, now)
  return "running"
}

/** Fraction of the duration at which a Market task enters each state. */
const MARKET_PHASES = { queuing: 0.15, generating: 0.3 } as const

export function marketState(
  task: TaskView,
  now: number,
): "waiting" | "queuing" | "generating" | "success" | "fail" {
  if (now >= task.completesAt) return task.failure === undefined ? "success" : "fail"
  const fraction = (now - task.createdAt) / Math.max(1, task.completesAt - task.createdAt)
  if (fraction < MARKET_PHASES.queuing) return "waiting"
  if (fraction < MARKET_PHASES.generating) return "queuing"
  return "generating"
}

function marketUpdatedAt(task: TaskView, now: number): number {
  const duration = task.completesAt - task.createdAt
  switch (marketState(task, now)) {
    case "waiting":
      return task.createdAt
    case "queuing":
      return task.createdAt + Math.round(duration * MARKET_PHASES.queuing)
    case "generating":
      return task.createdAt + Math.round(duration * MARKET_PHASES.generating)
    default:
      return task.completesAt
  }
}

/** 4o progress as a two-decimal string: rises with time, "1.00" only on success. */
export function gpt4oProgress(task: TaskView, now: number): string {
  if (now >= task.completesAt) return task.failure === undefined ? "1.00" : "0.00"
  const fraction = (now - task.createdAt) / Math.max(1, task.completesAt - task.createdAt)
  return (Math.min(0.99, Math.max(0, Math.floor(fraction * 100) / 100)) + 0).toFixed(2)
}

const iso = (ms: number) => new Date(ms).toISOString()

/** `data` of `fluxKontextRecordInfo`. */
export function fluxRecord(task: TaskView, now: number, urls: FluxUrls): Record<string, unknown> {
  const record: Record<string, unknown> = {
    taskId: task.taskId,
    paramJson: JSON.stringify(task.request),
    createTime: iso(task.createdAt),
  }
  if (now < task.completesAt) {
    return { ...record, successFlag: 0, errorCode: null, errorMessage: "" }
  }
  if (task.failure === undefined) {
    return {
      ...record,
      completeTime: iso(task.completesAt),
      response: { originImageUrl: urls.origin, resultImageUrl: urls.result },
      successFlag: 1,
      errorCode: null,
      errorMessage: "",
    }
  }
  return {
    ...record,
    completeTime: iso(task.completesAt),
    successFlag: task.failure.stage === "create" ? 2 : 3,
    errorCode: Number(task.failure.code),
    errorMessage: task.failure.message,
  }
}

export interface FluxUrls {
  readonly origin: string
  readonly result: string
}

/** Flux `onImageGenerated` callback body for a finished task. */
export function fluxCallback(task: TaskView, urls: FluxUrls): Record<string, unknown> {
  if (task.failure === undefined) {
    return {
      code: 200,
      msg: "BFL image generated successfully.",
      data: {
        taskId: task.taskId,
        info: { originImageUrl: urls.origin, resultImageUrl: urls.result },
      },
    }
  }
  return {
    code: Number(task.failure.code),
    msg: task.failure.message,
    data: { taskId: task.taskId, info: { originImageUrl: "", resultImageUrl: "" } },
  }
}

/** `data` of `gpt4oImageRecordInfo`. */
export function gpt4oRecord(
  task: TaskView,
  now: number,
  resultUrls: readonly string[],
): Record<string, unknown> {
  const record: Record<string, unknown> = {
    taskId: task.taskId,
    paramJson: JSON.stringify(task.request),
    createTime: task.createdAt,
    progress: gpt4oProgress(task, now),
  }
  if (now < task.completesAt) {
    return {
      ...record,
      completeTime: null,
      response: null,
      successFlag: 0,
      status: "GENERATING",
      errorCode: null,
      errorMessage: "",
    }
  }
  if (task.failure === undefined) {
    return {
      ...record,
      completeTime: task.completesAt,
      response: { resultUrls: [...resultUrls] },
      successFlag: 1,
      status: "SUCCESS",
      errorCode: null,
      errorMessage: "",
    }
  }
  return {
    ...record,
    completeTime: task.completesAt,
    response: null,
    successFlag: 2,
    status: task.failure.stage === "create" ? "CREATE_TASK_FAILED" : "GENERATE_FAILED",
    errorCode: Number(task.failure.code),
    errorMessage: task.failure.message,
  }
}

/** 4o `on4oImageGenerated` callback body for a finished task. */
export function gpt4oCallback(task: TaskView, resultUrls: readonly string[]) {
  if (task.failure === undefined) {
    return {
      code: 200,
      msg: "success",
      data: { taskId: task.taskId, info: { result_urls: [...resultUrls] } },
    }
  }
  return {
    code: Number(task.failure.code),
    msg: task.failure.message,
    data: { taskId: task.taskId, info: null },
  }
}

/**
 * A succeeded Market task's `resultJson`: `{resultUrls}` for media models, `{resultObject}` for
 * text models (what the mock "understood": the model and the input it was given).
 */
function marketResultJson(task: TaskView, resultUrls: readonly string[]): string {
  if (marketKind(task.model) !== "text") return JSON.stringify({ resultUrls })
  return JSON.stringify({
    resultObject: { model: task.model, input: obj(task.request).input ?? {} },
  })
}

/** `data` of `marketRecordInfo`. */
export function marketRecord(
  task: TaskView,
  now: number,
  resultUrls: readonly string[],
): Record<string, unknown> {
  const state = marketState(task, now)
  const record: Record<string, unknown> = {
    taskId: task.taskId,
    model: task.model,
    state,
    param: JSON.stringify(task.request),
    resultJson: state === "success" ? marketResultJson(task, resultUrls) : "",
    failCode: state === "fail" ? String(task.failure?.code ?? "") : "",
    failMsg: state === "fail" ? (task.failure?.message ?? "") : "",
    createTime: task.createdAt,
    updateTime: marketUpdatedAt(task, now),
  }
  if (state === "success") {
    record.costTime = task.completesAt - task.createdAt
    record.completeTime = task.completesAt
    record.creditsConsumed = task.cost
  } else if (state === "fail") {
    record.completeTime = task.completesAt
    record.creditsConsumed = 0
  }
  return record
}

/**
 * Market callback body. As in the vendor's callback examples, `param` double-encodes `input`
 * (the `input` inside the JSON string is itself a JSON string) and `costTime` is in seconds.
 */
export function marketCallback(task: TaskView, resultUrls: readonly string[]) {
  const request = obj(task.request)
  const param = JSON.stringify({ ...request, input: JSON.stringify(request.input ?? {}) })
  const common = {
    taskId: task.taskId,
    model: task.model,
    param,
    costTime: Math.round((task.completesAt - task.createdAt) / 1000),
    completeTime: task.completesAt,
    createTime: task.createdAt,
    updateTime: task.completesAt,
  }
  if (task.failure === undefined) {
    return {
      code: 200,
      msg: "Playground task completed successfully.",
      data: {
        ...common,
        state: "success",
        resultJson: marketResultJson(task, resultUrls),
        creditsConsumed: task.cost,
      },
    }
  }
  return {
    code: 501,
    msg: "Playground task failed.",
    data: {
      ...common,
      state: "fail",
      failCode: String(task.failure.code),
      failMsg: task.failure.message,
      creditsConsumed: 0,
    },
  }
}

/** The URLs of a task's files: its results, and (Flux) the short-lived origin copy. */
export interface TaskUrls {
  readonly results: readonly string[]
  readonly origin?: string
}

/** What the engine needs of one task family. */
export interface FamilyBehaviour {
  /** What a (validated) create request turns into. */
  readonly plan: (body: unknown, ttls: FamilyTtls) => TaskPlan
  /** `data` of the family's read operation at `now`. */
  readonly record: (task: TaskView, now: number, urls: TaskUrls) => Record<string, unknown>
  /** The callback body of a finished task. */
  readonly callback: (task: TaskView, urls: TaskUrls) => unknown
}

const fluxUrls = (urls: TaskUrls): FluxUrls => ({
  origin: urls.origin ?? "",
  result: urls.results[0] ?? "",
})

/**
 * The task families with a hand-written behaviour (they predate the generic one, and add what the
 * examples cannot say: 4o's progress string, Market's state phases and double-encoded callback
 * `param`, Flux's origin URL). Every other family of the spec is rendered from the spec alone
 * ({@link genericFamily}).
 */
export const FAMILIES: Partial<Readonly<Record<TaskApi, FamilyBehaviour>>> = {
  "flux-kontext": {
    plan: planFluxKontext,
    record: (task, now, urls) => fluxRecord(task, now, fluxUrls(urls)),
    callback: (task, urls) => fluxCallback(task, fluxUrls(urls)),
  },
  "gpt4o-image": {
    plan: planGpt4oImage,
    record: (task, now, urls) => gpt4oRecord(task, now, urls.results),
    callback: (task, urls) => gpt4oCallback(task, urls.results),
  },
  market: {
    plan: planMarket,
    record: (task, now, urls) => marketRecord(task, now, urls.results),
    callback: (task, urls) => marketCallback(task, urls.results),
  },
}

const generic = new Map<TaskApi, FamilyBehaviour>()

/** The behaviour of a task family: hand-written, else derived from the spec. */
export function behaviour(api: TaskApi): FamilyBehaviour {
  const own = FAMILIES[api]
  if (own !== undefined) return own
  let derived = generic.get(api)
  if (derived === undefined) {
    derived = genericFamily(api)
    generic.set(api, derived)
  }
  return derived
}
