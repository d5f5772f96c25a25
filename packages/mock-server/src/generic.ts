// The behaviour of every task family the mock has no hand-written renderer for (Veo, Suno,
// Runway, ...), derived from the spec alone: the family's task rules (`x-kie-task`, in
// `taskFamilies`/`callbackRules` of @kie-kit/spec) say where the task id, status, outputs,
// failure and timestamps live; its documented examples (`@kie-kit/spec/templates`) give the rest
// of each record and callback body. A record is the documented example of the same status (the
// succeeded one when the docs show no other), with the task's own id, status value (spelled and
// typed as documented), result URLs, failure and times written in at those paths.

import { callbackRules, type StatusMeaning, type TaskRules, taskFamilies } from "@kie-kit/spec"
import { marketModel } from "@kie-kit/spec/models"
import { type FamilyTemplates, familyTemplates, type StatusSpelling } from "@kie-kit/spec/templates"
import type {
  FamilyBehaviour,
  FamilyTtls,
  OutputFormat,
  TaskApi,
  TaskFailure,
  TaskOutput,
  TaskPlan,
  TaskStatus,
  TaskUrls,
  TaskView,
} from "./families"
import { marketMediaKind, parseTriggers } from "./families"

type Obj = Record<string, unknown>

const isObj = (value: unknown): value is Obj =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)

/** Credits a generic task costs, by what it produces. */
export const GENERIC_COST = { image: 4, video: 30, audio: 6, text: 1 } as const

/** Share of a task's duration spent queued, when the family documents a queued state. */
const QUEUED_SHARE = 0.15

const GENERIC_FAILURE_MESSAGE = "Generation failed (mock:fail)."
const CREATE_FAILURE_MESSAGE = "Failed to create the task, please try again later."

// ---------------------------------------------------------------- paths

/** Every value at `path` (`.` walks objects, `*` every array item, `$json` parses). */
function valuesAt(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value]
  for (const part of path.split(".")) {
    const next: unknown[] = []
    for (const item of current) {
      if (part === "*") {
        if (Array.isArray(item)) next.push(...item)
      } else if (part === "$json") {
        if (typeof item === "string" && item.trim() !== "") {
          try {
            next.push(JSON.parse(item))
          } catch {}
        }
      } else if (isObj(item) && item[part] !== undefined && item[part] !== null) {
        next.push(item[part])
      }
    }
    current = next
  }
  return current
}

/** The first of `paths` present in `value`, else the first of them. */
function pathIn(value: unknown, paths: readonly string[] | undefined): string | undefined {
  return paths?.find((path) => valuesAt(value, path).length > 0) ?? paths?.[0]
}

/** Whether every object on the way to `path`'s parent exists in `value`. */
function parentExists(value: unknown, path: string): boolean {
  const parts = path.split(".")
  return parts.length === 1 || valuesAt(value, parts.slice(0, -1).join(".")).length > 0
}

/**
 * Writes at `path` in `node` (mutating it; a `$json` string is rewritten). `write` gets the old
 * value and the index of the item when the path spreads an array (`*`); `count` resizes that array
 * (new items copy the first one).
 */
function writeAt(
  node: unknown,
  parts: readonly string[],
  write: (old: unknown, index: number) => unknown,
  count?: number,
  index = 0,
): unknown {
  const [part, ...rest] = parts
  if (part === undefined) return write(node, index)
  if (part === "$json") {
    // Documented as an object instead of a JSON string: written in place (the decoders pass an
    // object through `$json`).
    if (isObj(node) || Array.isArray(node)) return writeAt(node, rest, write, count, index)
    let parsed: unknown = {}
    if (typeof node === "string" && node.trim() !== "") {
      try {
        parsed = JSON.parse(node)
      } catch {}
    }
    return JSON.stringify(writeAt(parsed, rest, write, count, index))
  }
  if (part === "*") {
    const items = Array.isArray(node) ? node : []
    const size = count ?? items.length
    const out: unknown[] = []
    for (let i = 0; i < size; i++) {
      const item = i < items.length ? items[i] : structuredClone(items[0] ?? {})
      out.push(writeAt(item, rest, write, undefined, i))
    }
    return out
  }
  const target: Obj = isObj(node) ? node : {}
  const value = writeAt(target[part], rest, write, count, index)
  if (value === REMOVE) delete target[part]
  else target[part] = value
  return target
}

/** What a writer returns to remove the field. */
const REMOVE: unique symbol = Symbol("remove")

function setAt(
  node: unknown,
  path: string,
  write: (old: unknown, index: number) => unknown,
  count?: number,
): unknown {
  return writeAt(node, path.split("."), write, count)
}

// ---------------------------------------------------------------- values

/** A time written like the documented one: epoch ms or s, an ISO string, or "YYYY-MM-DD HH:MM:SS". */
function timeLike(old: unknown, ms: number): unknown {
  if (typeof old === "number") return old > 0 && old < 1e11 ? Math.floor(ms / 1000) : ms
  if (typeof old === "string" && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(old)) {
    return new Date(ms).toISOString().slice(0, 19).replace("T", " ")
  }
  if (typeof old === "string" && /^\d+$/.test(old)) return String(ms)
  return new Date(ms).toISOString()
}

/** A code written like the documented field: a number unless it holds a string. */
function codeLike(old: unknown, code: string | number): unknown {
  if (typeof old === "string") return String(code)
  const n = Number(code)
  return Number.isFinite(n) ? n : String(code)
}

/** Whether a status rule reads any undocumented value as a failure (`"*"`). */
function failsAnyOther(rules: TaskRules, path: string): boolean {
  const meaning = rules.status.find((rule) => rule.path === path)?.values["*"]
  return (
    meaning !== undefined &&
    meaning !== "pass" &&
    (typeof meaning === "string" ? meaning : meaning.status) === "failed"
  )
}

/** The meaning of a documented status value under a family's rules. */
function meaningOf(
  rules: TaskRules,
  path: string,
  value: string | number,
): StatusMeaning | undefined {
  const rule = rules.status.find((candidate) => candidate.path === path)
  return rule?.values[String(value).trim().toLowerCase()]
}

/**
 * The documented value for `status` at one status rule: for a failure, the one whose meaning names
 * a create failure when the task failed at creation, else the first other one.
 */
function spelled(
  spelling: StatusSpelling,
  rules: TaskRules,
  status: TaskStatus,
  failure: TaskFailure | undefined,
): string | number | undefined {
  const order: readonly TaskStatus[] =
    status === "queued"
      ? ["queued", "running"]
      : status === "running"
        ? ["running", "queued"]
        : [status]
  for (const candidate of order) {
    const values = spelling.values[candidate]
    if (values === undefined || values.length === 0) continue
    if (candidate !== "failed") return values[0]
    const isCreate = (value: string | number) => {
      const meaning = meaningOf(rules, spelling.path, value)
      const code = typeof meaning === "object" ? (meaning.code ?? "") : ""
      return /CREATE/i.test(`${code} ${value}`)
    }
    const wanted = failure?.stage === "create"
    return values.find((value) => isCreate(value) === wanted) ?? values[0]
  }
  return undefined
}

// ---------------------------------------------------------------- behaviour

function templatesOf(api: TaskApi): FamilyTemplates {
  const templates = familyTemplates[api]
  if (templates === undefined) throw new Error(`The spec has no templates for task family ${api}`)
  return templates
}

/** What a generic family's task produces: its media kind. */
function mediaOf(api: TaskApi, request: Obj): "image" | "video" | "audio" | "text" {
  const media = taskFamilies[api].media
  if (media !== "model") return media
  const model = str(request.model) ?? ""
  return marketModel(model)?.kind ?? marketMediaKind(model)
}

function formatOf(media: "image" | "video" | "audio", request: Obj): OutputFormat {
  if (media === "video") return "mp4"
  if (media === "audio") return "wav"
  const input = isObj(request.input) ? request.input : request
  const wanted = str(input.output_format ?? input.outputFormat)?.toLowerCase()
  return wanted === "jpeg" || wanted === "jpg" ? "jpeg" : "png"
}

/** The text a task's content is derived from (and its `mock:*` triggers read from). */
function seedTextOf(request: Obj): string {
  const input = isObj(request.input) ? request.input : {}
  for (const value of [request.prompt, input.prompt, request.text, input.text, request.content]) {
    if (typeof value === "string" && value !== "") return value
  }
  return JSON.stringify(request)
}

/** Every string in a request body. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value]
  if (Array.isArray(value)) return value.flatMap(texts)
  if (isObj(value)) return Object.values(value).flatMap(texts)
  return []
}

/** How many result files a task has: as many as the documented succeeded record lists. */
function outputCount(api: TaskApi): number {
  const rules: TaskRules = taskFamilies[api].record
  const succeeded = templatesOf(api).record.succeeded
  const path = pathIn(succeeded, rules.outputs)
  const found = path === undefined ? [] : valuesAt(succeeded, path)
  const urls = found.flatMap((value) => (Array.isArray(value) ? value : [value]))
  return Math.min(6, Math.max(1, urls.length))
}

export function planGeneric(api: TaskApi, body: unknown, ttls: FamilyTtls): TaskPlan {
  const request = isObj(body) ? body : {}
  const seedText = seedTextOf(request)
  // Triggers may be in any text of the request: some bodies have no prompt (Suno's WAV
  // conversion takes ids only).
  const triggers = parseTriggers(texts(request).join(" "))
  const media = mediaOf(api, request)
  const outputs: TaskOutput[] = []
  if (media !== "text") {
    const format = formatOf(media, request)
    const input = isObj(request.input) ? request.input : request
    const ratio = str(input.aspect_ratio ?? input.aspectRatio) ?? "1:1"
    const ext = format === "jpeg" ? "jpg" : format
    for (let i = 0; i < outputCount(api); i++) {
      outputs.push({ name: `${i}.${ext}`, format, seedText, variant: i, ratio, ttlMs: ttls.other })
    }
  }
  let failure: TaskFailure | undefined
  if (triggers.fail === "create") {
    failure = { code: 500, message: CREATE_FAILURE_MESSAGE, stage: "create" }
  } else if (triggers.fail !== undefined) {
    const code = /^\d{3}$/.test(triggers.fail) ? Number(triggers.fail) : 500
    failure = { code, message: GENERIC_FAILURE_MESSAGE, stage: "generate" }
  }
  return {
    model: str(request.model) ?? api,
    cost: GENERIC_COST[media],
    outputs,
    ...(failure !== undefined ? { failure } : {}),
    ...(triggers.durationMs !== undefined ? { durationMs: triggers.durationMs } : {}),
  }
}

/** The status of a generic family's task at `now`. */
export function genericStatus(task: TaskView, now: number): TaskStatus {
  if (now >= task.completesAt) return task.failure === undefined ? "succeeded" : "failed"
  const fraction = (now - task.createdAt) / Math.max(1, task.completesAt - task.createdAt)
  const queued = templatesOf(task.api).status.some((rule) => rule.values.queued?.length)
  return queued && fraction < QUEUED_SHARE ? "queued" : "running"
}

/**
 * Writes a task into a documented body: status at every status rule the body has (the first rule
 * always), the task id, the result URLs (or nothing while unfinished), the failure and the times.
 */
function fill(
  template: unknown,
  rules: TaskRules,
  spelling: readonly StatusSpelling[],
  task: TaskView,
  status: TaskStatus,
  urls: readonly string[],
  now: number,
  ownTemplate: boolean,
): unknown {
  let body = structuredClone(template)
  spelling.forEach((rule, i) => {
    if (i > 0 && valuesAt(body, rule.path).length === 0) return
    const value = spelled(rule, rules, status, task.failure)
    if (value !== undefined) {
      body = setAt(body, rule.path, (old) => codeLike(old, value))
    } else if (
      status === "failed" &&
      task.failure !== undefined &&
      failsAnyOther(rules, rule.path)
    ) {
      // A wildcard rule (`"*"` → failed, e.g. a callback's `code`): the failure code itself.
      const code = task.failure.code
      body = setAt(body, rule.path, (old) => codeLike(old ?? 0, code))
    }
  })
  const idPath = pathIn(body, rules.taskId)
  if (idPath !== undefined) body = setAt(body, idPath, () => task.taskId)

  const outPath = pathIn(body, rules.outputs)
  if (outPath !== undefined && (status === "succeeded" || !ownTemplate)) {
    const spread = outPath.includes("*")
    if (status === "succeeded") {
      // As documented: one URL per listed item, a list, or a single URL.
      const write = (previous: unknown, i: number) =>
        spread
          ? (urls[i] ?? null)
          : Array.isArray(previous) || (previous === undefined && urls.length > 1)
            ? [...urls]
            : urls[0]
      body = setAt(body, outPath, write, spread ? urls.length : undefined)
    } else if (parentExists(body, outPath)) {
      // Unfinished, from the succeeded example: no URLs yet (an empty list, an empty string in
      // each listed item, or no field at all).
      body = setAt(body, outPath, (old) => (Array.isArray(old) ? [] : spread ? "" : REMOVE))
    }
  }

  if (status === "failed" && task.failure !== undefined) {
    const { code, message } = task.failure
    const codePath = pathIn(body, rules.failure?.code)
    if (codePath !== undefined) body = setAt(body, codePath, (old) => codeLike(old, code))
    const messagePath = pathIn(body, rules.failure?.message)
    if (messagePath !== undefined) body = setAt(body, messagePath, () => message)
  }

  const created = pathIn(body, rules.createdAt)
  if (created !== undefined && parentExists(body, created)) {
    body = setAt(body, created, (old) => timeLike(old, task.createdAt))
  }
  const completed = pathIn(body, rules.completedAt)
  if (completed !== undefined && parentExists(body, completed)) {
    const done = status === "succeeded" || status === "failed"
    body = setAt(body, completed, (old) => (done ? timeLike(old, task.completesAt) : null))
  }
  const progress = rules.progress
  if (progress !== undefined && valuesAt(body, progress.path).length > 0) {
    const fraction =
      status === "succeeded"
        ? 1
        : Math.min(
            0.99,
            Math.max(0, (now - task.createdAt) / Math.max(1, task.completesAt - task.createdAt)),
          )
    const scaled = progress.scale === "percent" ? Math.round(fraction * 100) : fraction
    body = setAt(body, progress.path, (old) =>
      typeof old === "string"
        ? progress.scale === "percent"
          ? String(scaled)
          : scaled.toFixed(2)
        : scaled,
    )
  }
  return body
}

/** `data` of a generic family's read operation at `now`. */
export function genericRecord(task: TaskView, now: number, urls: TaskUrls): Obj {
  const templates = templatesOf(task.api)
  const status = genericStatus(task, now)
  const own = templates.record[status]
  const body = fill(
    own ?? templates.record.succeeded,
    taskFamilies[task.api].record as TaskRules,
    templates.status,
    task,
    status,
    urls.results,
    now,
    own !== undefined,
  )
  return isObj(body) ? body : {}
}

/** The callback body of a generic family's finished task. */
export function genericCallback(task: TaskView, urls: TaskUrls): unknown {
  const templates = templatesOf(task.api)
  const rules = (callbackRules as Readonly<Record<string, TaskRules>>)[task.api]
  if (templates.callback === undefined || rules === undefined) return undefined
  const status: TaskStatus = task.failure === undefined ? "succeeded" : "failed"
  const own = templates.callback[status]
  return fill(
    own ?? templates.callback.succeeded,
    rules,
    templates.callbackStatus ?? [],
    task,
    status,
    urls.results,
    task.completesAt,
    own !== undefined,
  )
}

/** The behaviour of a family the mock renders from the spec alone. */
export function genericFamily(api: TaskApi): FamilyBehaviour {
  return {
    plan: (body, ttls) => planGeneric(api, body, ttls),
    record: genericRecord,
    callback: genericCallback,
  }
}
