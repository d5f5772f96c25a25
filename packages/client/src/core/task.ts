/**
 * The one normalized task model, and the one decoder that turns every family's record-info `data`
 * and every callback body into it. It interprets the task semantics the spec declares
 * (`x-kie-task`, generated into `taskFamilies` of `@kie-kit/spec`): no family is written here.
 * Pure and synchronous.
 *
 * The tolerant-reader rule, the same in both clients:
 * - strict about what decides the outcome: the task id (a non-empty string), the status (a
 *   documented value), the outputs of a succeeded task and the failure of a failed one must be
 *   well-formed, otherwise the read fails with an {@link UnexpectedResponseError} carrying the raw
 *   payload and the path — never a silent "running";
 * - best-effort about everything else: progress, timestamps, model, and the outputs of a task
 *   still running may be null, missing, of another type or garbage: they are dropped (and stay in
 *   `raw`); unknown fields are ignored. Status values match ignoring case and surrounding space, so
 *   flags read `1` and `"1"` alike.
 */

import {
  type StatusMeaning,
  type TaskRules,
  type TaskStatusValue,
  taskFamilies,
} from "@kie-kit/spec"
import { TaskFailedError, UnexpectedResponseError } from "./errors"
import { compact, isObj, type Obj, truncate } from "./util"

/** The task families (`flux-kontext`, `gpt4o-image`, `market`, ...). */
export type KieApi = keyof typeof taskFamilies

/** All {@link KieApi} values. */
export const KIE_APIS = /* @__PURE__ */ Object.freeze(
  Object.keys(taskFamilies),
) as readonly KieApi[]

/** `queued` and `running` are in progress; `succeeded` and `failed` are terminal. */
export type TaskStatus = TaskStatusValue

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
  /** 0..1 when the family reports it. */
  readonly progress?: number
  /** Result URLs (they expire: 14 days, some 24 hours). Empty until succeeded. */
  readonly outputs: string[]
  /** Set when `status === "failed"`. */
  readonly error?: TaskError
  readonly createdAt?: Date
  readonly completedAt?: Date
  /** The model, when the record names it (directly or in the request it echoes). */
  readonly model?: string
  /** A structured result (Market text models: `resultJson.resultObject`). */
  readonly result?: unknown
  /** The record `data` (or the whole callback body) as received. */
  readonly raw: unknown
}

/** The task type of one family. */
export type TaskOf<A extends KieApi> = Task & { readonly api: A }

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
// Reading fields
// ---------------------------------------------------------------------------------------------

/** A malformed field at `path`; the decoder turns it into an {@link UnexpectedResponseError}. */
export class DecodeFailure {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {}
}

const describe = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "an array"
      : typeof value === "string"
        ? JSON.stringify(truncate(value, 60))
        : typeof value === "object"
          ? "an object"
          : `${typeof value} ${String(value)}`

/** Fails at `path`: `"<field> is missing"`, `"expected <expected>, got …"` or `"unknown <field> …"`. */
const invalid = (path: string, value: unknown, expected?: string): never => {
  const field = path.slice(path.lastIndexOf(".") + 1)
  throw new DecodeFailure(
    path,
    value === undefined
      ? `${field} is missing`
      : expected
        ? `expected ${expected}, got ${describe(value)}`
        : `unknown ${field} ${describe(value)}`,
  )
}

/** Where a payload's fields are named from in errors: `data.` for a record, nothing for a body. */
type Prefix = "data." | ""

/** The field named by the first `count` steps of `steps` (without the `$json` and `*` markers). */
const fieldName = (prefix: Prefix, steps: readonly string[], count = steps.length): string => {
  const field = steps
    .slice(0, count)
    .filter((step) => step !== "$json" && step !== "*")
    .join(".")
  return field === "" ? prefix.slice(0, -1) || "(root)" : prefix + field
}

const stepsOf = new Map<string, readonly string[]>()
const steps = (path: string): readonly string[] => {
  let found = stepsOf.get(path)
  if (found === undefined) {
    found = path.split(".")
    stepsOf.set(path, found)
  }
  return found
}

/**
 * The values at `path` below `root` (one without `*`), or `undefined` when absent (null, missing
 * or an empty JSON string count as absent). Throws a {@link DecodeFailure} when the structure is
 * malformed: a step into something that is not an object, `*` on a non-array, invalid JSON.
 */
const resolve = (root: unknown, path: string, prefix: Prefix): unknown[] | undefined => {
  const all = steps(path)
  let values: unknown[] = [root]
  for (let index = 0; index < all.length && values.length > 0; index++) {
    const step = all[index] as string
    const next: unknown[] = []
    for (const value of values) {
      if (step === "$json") {
        if (typeof value !== "string") next.push(value)
        else if (value.trim() !== "") {
          try {
            next.push(JSON.parse(value))
          } catch {
            throw new DecodeFailure(fieldName(prefix, all, index), "not valid JSON")
          }
        }
      } else if (step === "*") {
        if (!Array.isArray(value)) invalid(fieldName(prefix, all, index), value, "an array")
        for (const item of value as unknown[]) if (item != null) next.push(item)
      } else {
        if (!isObj(value)) invalid(fieldName(prefix, all, index), value, "an object")
        const child = (value as Obj)[step]
        if (child != null) next.push(child)
      }
    }
    values = next
  }
  return values.length === 0 ? undefined : values
}

/** The first value present (not absent, not `""`) at one of `paths`, with its path. */
const first = (root: unknown, paths: readonly string[] = [], prefix: Prefix) => {
  for (const path of paths) {
    const value = resolve(root, path, prefix)?.[0]
    if (value !== undefined && value !== "") return { value, path: fieldName(prefix, steps(path)) }
  }
  return undefined
}

/** `read()`, or `undefined` when it fails: an informational field is dropped, never fatal. */
const bestEffort = <T>(read: () => T): T | undefined => {
  try {
    return read()
  } catch (error) {
    if (error instanceof DecodeFailure) return undefined
    throw error
  }
}

const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined

/** A code or message as text: a string, or a finite number; `undefined` for anything else. */
const text = (value: unknown): string | undefined =>
  typeof value === "number" && Number.isFinite(value)
    ? String(value)
    : nonEmptyString(value)?.trim()

/**
 * A timestamp from epoch ms (number or digit string; values below 1e11 are taken as epoch
 * seconds, fractions allowed), an ISO-8601 string, or a `"YYYY-MM-DD HH:mm:ss"` string without
 * zone (taken as UTC). Anything else (null, "", garbage) gives `undefined`.
 */
export const parseTimestamp = (value: unknown): Date | undefined => {
  let ms = typeof value === "number" ? value : Number.NaN
  if (typeof value === "string") {
    const trimmed = value.trim()
    if (/^\d+(\.\d+)?$/.test(trimmed)) ms = Number(trimmed)
    // A date-time without a zone designator is UTC (Date.parse would take local time).
    else if (/^\d{4}-\d\d-\d\d[ T][\d:.]+$/.test(trimmed))
      ms = Date.parse(`${trimmed.replace(" ", "T")}Z`)
    else ms = Date.parse(trimmed)
  }
  return Number.isFinite(ms) && ms > 0
    ? new Date(Math.round(ms < 1e11 ? ms * 1000 : ms))
    : undefined
}

// ---------------------------------------------------------------------------------------------
// The decoder
// ---------------------------------------------------------------------------------------------

/** The status value that decided a task's status, and what it means. */
interface Decided {
  readonly meaning: Exclude<StatusMeaning, string>
  readonly value: unknown
}

/** The status a payload is in: the first status rule whose field is present decides. */
const readStatus = (root: unknown, rules: TaskRules, prefix: Prefix): Decided => {
  for (const { path, values } of rules.status) {
    const value = resolve(root, path, prefix)?.[0]
    if (value === undefined || value === "") continue
    const key = typeof value === "object" ? undefined : String(value).trim().toLowerCase()
    const meaning =
      key === undefined ? undefined : Object.hasOwn(values, key) ? values[key] : values["*"]
    if (meaning === undefined) return invalid(fieldName(prefix, steps(path)), value)
    if (meaning !== "pass") {
      return { meaning: typeof meaning === "string" ? { status: meaning } : meaning, value }
    }
  }
  const names = [...new Set(rules.status.map((rule) => fieldName(prefix, steps(rule.path))))]
  throw new DecodeFailure(names[0] ?? "status", `the status is missing (${names.join(", ")})`)
}

/** Result URLs: a string or an array of strings at the first path present; empty strings dropped. */
const readOutputs = (root: unknown, paths: readonly string[] = [], prefix: Prefix): string[] => {
  for (const path of paths) {
    const values = resolve(root, path, prefix)
    if (values === undefined) continue
    const urls: string[] = []
    for (const value of values) {
      const list: unknown[] = Array.isArray(value) ? value : [value]
      list.forEach((item, index) => {
        if (typeof item !== "string") {
          const field = fieldName(prefix, steps(path))
          invalid(Array.isArray(value) ? `${field}.${index}` : field, item, "a URL string")
        }
        if ((item as string).trim() !== "") urls.push(item as string)
      })
    }
    return urls
  }
  return []
}

/** The failure of a failed task: the payload's code/message, else the status value's, else defaults. */
const readFailure = (
  root: unknown,
  rules: TaskRules,
  prefix: Prefix,
  decided: Decided,
): TaskError => {
  const field = (paths?: readonly string[]) => {
    const found = first(root, paths, prefix)
    return found && (text(found.value) ?? invalid(found.path, found.value, "a string or a number"))
  }
  const { meaning } = decided
  const failure = rules.failure
  const code =
    field(failure?.code) ??
    (meaning.code === "$value" ? text(decided.value) : meaning.code) ??
    failure?.default?.code ??
    String(decided.value)
  const message =
    field(failure?.message) ??
    meaning.message ??
    failure?.default?.message?.replaceAll("{code}", code) ??
    "The task failed"
  return { code, message }
}

/** Reads one payload with a family's rules (see the module comment for the rule). */
const decodeWith = (api: KieApi, rules: TaskRules, payload: unknown, prefix: Prefix): Task => {
  if (!isObj(payload)) invalid(prefix.slice(0, -1) || "(root)", payload, "an object")
  let taskId: string | undefined
  for (const path of rules.taskId) {
    const value = resolve(payload, path, prefix)?.[0]
    if (value === undefined) continue
    taskId =
      nonEmptyString(value) ?? invalid(fieldName(prefix, steps(path)), value, "a non-empty string")
    break
  }
  if (taskId === undefined)
    invalid(fieldName(prefix, steps(rules.taskId[0] ?? "taskId")), undefined)
  const decided = readStatus(payload, rules, prefix)
  const { status } = decided.meaning
  const succeeded = status === "succeeded"
  // The outputs and result decide the outcome of a succeeded task; before, they are informational.
  const outcome = <T>(read: () => T) => (succeeded ? read() : bestEffort(read))
  const informational = (paths?: readonly string[]) =>
    bestEffort(() => first(payload, paths, prefix)?.value)
  const progress = rules.progress
  const rawProgress = progress && bestEffort(() => resolve(payload, progress.path, prefix)?.[0])
  const n =
    typeof rawProgress === "number"
      ? rawProgress
      : typeof rawProgress === "string"
        ? Number.parseFloat(rawProgress)
        : Number.NaN
  return compact<Task>({
    api,
    taskId: taskId as string,
    status,
    outputs: outcome(() => readOutputs(payload, rules.outputs, prefix)) ?? [],
    raw: payload,
    // 0..1, clamped; `percent` (and `auto` above 1) read 0..100.
    progress:
      progress && Number.isFinite(n)
        ? Math.min(
            1,
            Math.max(
              0,
              progress.scale === "percent" || (progress.scale === "auto" && n > 1) ? n / 100 : n,
            ),
          )
        : undefined,
    error: status === "failed" ? readFailure(payload, rules, prefix, decided) : undefined,
    createdAt: parseTimestamp(informational(rules.createdAt)),
    completedAt: parseTimestamp(informational(rules.completedAt)),
    model: nonEmptyString(informational(rules.model)),
    result: outcome(() => first(payload, rules.result, prefix)?.value),
  })
}

/** Runs a decode, turning a {@link DecodeFailure} into an UnexpectedResponseError about `raw`. */
export const decoding = <T>(raw: unknown, decode: () => T, operation?: string): T => {
  try {
    return decode()
  } catch (error) {
    if (!(error instanceof DecodeFailure)) throw error
    throw new UnexpectedResponseError({
      body: raw,
      path: error.path,
      reason: error.reason,
      operation,
    })
  }
}

/**
 * A reader of one kind of payload with the families' rules from `source` (records: the
 * `x-kie-task` of their read operations; callbacks: of their webhooks). It throws a
 * {@link DecodeFailure} where the outcome cannot be read.
 */
export const taskReader =
  (source: Readonly<Record<string, TaskRules>>, prefix: Prefix, kind: string) =>
  (api: KieApi, payload: unknown): Task => {
    const rules = Object.hasOwn(source, api) ? source[api] : undefined
    if (rules === undefined) throw new TypeError(`No ${kind} rules for the task family "${api}".`)
    return decodeWith(api, rules, payload, prefix)
  }

/** Reads a record (`data` of a read operation's answer); throws a {@link DecodeFailure}. */
export const readRecord = taskReader(
  /* @__PURE__ */ Object.fromEntries(
    Object.entries(taskFamilies).map(([api, family]) => [api, family.record as TaskRules]),
  ),
  "data.",
  "record",
)

/**
 * Normalizes the `data` of a family's record-info answer into a {@link Task}, following the
 * family's `x-kie-task` rules. Throws {@link UnexpectedResponseError} (with the path, and the
 * `operation` when given) when a field that decides the outcome is malformed.
 */
export const normalizeRecord = <A extends KieApi>(
  api: A,
  data: unknown,
  operation?: string,
): TaskOf<A> => decoding(data, () => readRecord(api, data), operation) as TaskOf<A>
