// The task store: the create and read operations of every task family (rate limits, validation,
// credits and refunds, task ids), the tasks themselves and the URLs of their files. Task state is
// never stored: it is derived from `now()` whenever a task is read.

import { queryTemplates } from "@kie-kit/spec/templates"
import {
  behaviour,
  type TaskApi,
  type TaskOutput,
  type TaskUrls,
  type TaskView,
  taskStatus,
} from "../families"
import { envelope, httpError, MESSAGES, type Reply } from "../internal/http"
import type { MockTask } from "../options"
import type { SpecOperation } from "../spec"
import { type EngineContext, obj } from "./context"

/** A task as the engine keeps it. */
export interface InternalTask extends TaskView {
  readonly apiKey: string
  readonly durationMs: number
  readonly callBackUrl?: string
  readonly outputs: readonly TaskOutput[]
  refunded: boolean
  callback: "none" | "scheduled" | "delivering" | "done"
}

export class TaskStore {
  private readonly list: InternalTask[] = []
  private readonly index = new Map<string, InternalTask>()
  private readonly balances = new Map<string, number>()
  private readonly createWindows = new Map<string, number[]>()
  private readonly queryWindows = new Map<string, number[]>()

  /** `created` is called with every new task (the callbacks schedule its delivery). */
  constructor(
    private readonly ctx: EngineContext,
    private readonly created: (task: InternalTask) => void,
  ) {}

  // ---------------------------------------------------------------- lookups

  /** Every task, oldest first. */
  all(): readonly InternalTask[] {
    return this.list
  }

  get(taskId: string): InternalTask | undefined {
    return this.index.get(taskId)
  }

  /** A task of this family and key (another key's or family's task is "not found"). */
  find(api: TaskApi, taskId: string, apiKey: string): InternalTask | undefined {
    const task = this.index.get(taskId)
    return task !== undefined && task.api === api && task.apiKey === apiKey ? task : undefined
  }

  /** The tasks as `mock.tasks()` shows them, status and URLs derived now. */
  inspect(apiKey?: string): MockTask[] {
    const now = this.ctx.now()
    return this.list
      .filter((task) => apiKey === undefined || task.apiKey === apiKey)
      .map((task) => ({
        api: task.api,
        taskId: task.taskId,
        apiKey: task.apiKey,
        model: task.model,
        request: task.request,
        createdAt: task.createdAt,
        durationMs: task.durationMs,
        completesAt: task.completesAt,
        ...(task.callBackUrl !== undefined ? { callBackUrl: task.callBackUrl } : {}),
        cost: task.cost,
        status: taskStatus(task, now),
        resultUrls: [...this.urls(task).results],
        ...(task.failure !== undefined
          ? { failure: { code: task.failure.code, message: task.failure.message } }
          : {}),
      }))
  }

  // ---------------------------------------------------------------- file URLs

  /** The URL a task's file is served at (`/files/<taskId>/<name>` on the API host). */
  fileUrl(task: InternalTask, output: TaskOutput): string {
    return `${this.ctx.apiUrl}/files/${task.taskId}/${output.name}`
  }

  /** The task's result URLs, and (Flux) its origin URL. */
  urls(task: InternalTask): TaskUrls {
    const origin = task.outputs.find((o) => o.origin === true)
    return {
      results: task.outputs.filter((o) => o.origin !== true).map((o) => this.fileUrl(task, o)),
      ...(origin !== undefined ? { origin: this.fileUrl(task, origin) } : {}),
    }
  }

  // ---------------------------------------------------------------- credits

  credits(apiKey: string): number {
    this.applyRefunds(apiKey)
    return this.balances.get(apiKey) ?? this.ctx.config.credits
  }

  setCredits(apiKey: string, credits: number): void {
    this.applyRefunds(apiKey)
    this.balances.set(apiKey, credits)
  }

  /** Refunds the key's failed tasks that have reached their final state. */
  applyRefunds(apiKey: string): void {
    const now = this.ctx.now()
    for (const task of this.list) {
      if (task.apiKey !== apiKey || task.refunded || task.failure === undefined) continue
      if (now < task.completesAt) continue
      task.refunded = true
      this.balances.set(apiKey, (this.balances.get(apiKey) ?? this.ctx.config.credits) + task.cost)
    }
  }

  // ---------------------------------------------------------------- operations

  /** A create operation (role `create`) of a task family; the key is authenticated. */
  create(op: SpecOperation, api: TaskApi, apiKey: string, body: unknown): Reply {
    const { config, spec } = this.ctx
    const now = this.ctx.now()
    const limit = config.rateLimit
    if (limit !== false) {
      const window = (this.createWindows.get(apiKey) ?? []).filter((t) => t > now - limit.perMs)
      this.createWindows.set(apiKey, window)
      if (window.length >= limit.creates) {
        const oldest = window[0] ?? now
        const retryAfter = Math.max(1, Math.ceil((oldest + limit.perMs - now) / 1000))
        return httpError(
          429,
          429,
          `Rate limit exceeded: at most ${limit.creates} new tasks per ${limit.perMs / 1000} s; the request was rejected, not queued`,
          { "Retry-After": String(retryAfter) },
        )
      }
      window.push(now)
    }
    const invalid = spec.validateBody(op, body)
    if (invalid !== undefined) return envelope(422, invalid)

    const plan = behaviour(api).plan(body, config.ttls)
    if (this.credits(apiKey) < plan.cost) return envelope(402, MESSAGES.credits)
    this.balances.set(apiKey, this.credits(apiKey) - plan.cost)

    const durationMs =
      plan.failure?.stage === "create" ? 0 : (plan.durationMs ?? config.taskDurationMs)
    const callBackUrl = obj(body).callBackUrl
    const task: InternalTask = {
      api,
      taskId: this.newTaskId(),
      apiKey,
      model: plan.model,
      request: body,
      createdAt: now,
      durationMs,
      completesAt: now + durationMs,
      cost: plan.cost,
      outputs: plan.outputs,
      ...(plan.failure !== undefined ? { failure: plan.failure } : {}),
      ...(typeof callBackUrl === "string" ? { callBackUrl } : {}),
      refunded: false,
      callback: "none",
    }
    this.list.push(task)
    this.index.set(task.taskId, task)
    this.created(task)
    return envelope(200, "success", { taskId: task.taskId })
  }

  /** The read operation (role `read`) of a task family; the key is authenticated. */
  recordInfo(
    op: SpecOperation,
    api: TaskApi,
    apiKey: string,
    query: Readonly<Record<string, string>>,
  ): Reply {
    const invalid = this.ctx.spec.validateQuery(op, query)
    if (invalid !== undefined) {
      if (api === "market") {
        const missing = query.taskId === undefined || query.taskId === ""
        return {
          status: 400,
          json: { code: 400, msg: missing ? "taskId parameter is required" : invalid },
        }
      }
      return envelope(422, invalid)
    }
    const taskId = query.taskId ?? ""
    const now = this.ctx.now()
    const limited = this.queryLimit(api, apiKey, taskId, now)
    if (limited !== undefined) return limited
    const task = this.find(api, taskId, apiKey)
    if (task === undefined) {
      return api === "market"
        ? { status: 404, json: { code: 404, msg: MESSAGES.notFound } }
        : envelope(404, MESSAGES.notFound)
    }
    if (now >= task.completesAt) this.applyRefunds(apiKey)
    return envelope(200, "success", behaviour(api).record(task, now, this.urls(task)))
  }

  /**
   * A query operation (role `query`, no task: Veo's 1080p link, Suno's timestamped lyrics): the
   * documented answer. When the request names a task (`taskId`), it must be one of the key's
   * succeeded tasks of the family, and the answer carries its id and result URLs.
   */
  query(
    op: SpecOperation,
    api: TaskApi | undefined,
    apiKey: string,
    query: Readonly<Record<string, string>>,
    body: unknown,
  ): Reply {
    const { spec } = this.ctx
    const input = op.method === "GET" ? query : obj(body)
    const invalid =
      op.method === "GET" ? spec.validateQuery(op, query) : spec.validateBody(op, body)
    if (invalid !== undefined) return envelope(422, invalid)
    const template = queryTemplates[op.operationId]
    if (template === undefined) return envelope(505, `${op.operationId} has no documented answer`)
    const taskId = input.taskId
    if (typeof taskId !== "string" || api === undefined) {
      return envelope(200, "success", structuredClone(template))
    }
    const task = this.find(api, taskId, apiKey)
    if (task === undefined) return envelope(404, MESSAGES.notFound)
    if (this.ctx.now() < task.completesAt || task.failure !== undefined) {
      return envelope(422, "record status is not success")
    }
    const results = this.urls(task).results
    let next = 0
    const rewrite = (value: unknown, key?: string): unknown => {
      if (Array.isArray(value)) return value.map((item) => rewrite(item))
      if (typeof value === "object" && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, k)]))
      }
      if (key === "taskId" && typeof value === "string") return task.taskId
      if (typeof value === "string" && /^https?:\/\//.test(value) && results.length > 0) {
        return results[next++ % results.length]
      }
      return value
    }
    return envelope(200, "success", rewrite(template))
  }

  /** The read rate limits: 4o per task, Market per key (off by default). */
  private queryLimit(api: TaskApi, apiKey: string, taskId: string, now: number): Reply | undefined {
    const limit = this.ctx.config.rateLimit
    const perSecond =
      limit === false
        ? false
        : api === "gpt4o-image"
          ? limit.gpt4oQueriesPerSecond
          : api === "market"
            ? limit.marketQueriesPerSecond
            : false
    if (perSecond === false) return undefined
    const key = api === "market" ? `market\u0000${apiKey}` : `4o\u0000${apiKey}\u0000${taskId}`
    const window = (this.queryWindows.get(key) ?? []).filter((t) => t > now - 1000)
    this.queryWindows.set(key, window)
    if (window.length >= perSecond) {
      return api === "market"
        ? {
            status: 429,
            json: { code: 429, msg: "Rate limit exceeded" },
            headers: { "Retry-After": "1" },
          }
        : httpError(
            429,
            429,
            `Rate limit exceeded: at most ${perSecond} queries per second per task`,
            {
              "Retry-After": "1",
            },
          )
    }
    window.push(now)
    return undefined
  }

  private newTaskId(): string {
    let id: string
    do id = this.ctx.ids.hex(16)
    while (this.index.has(id))
    return id
  }

  reset(): void {
    this.list.length = 0
    this.index.clear()
    this.balances.clear()
    this.createWindows.clear()
    this.queryWindows.clear()
  }
}
