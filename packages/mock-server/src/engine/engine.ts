// The engine behind both listeners. `handle` takes one HTTP request through the steps the README
// documents: file downloads, routing by the spec's operation table, scripted responses, faults
// and injected errors, then authentication and the operation itself, dispatched by the
// operation's role and family. Every request is recorded in `requests`.

import type { IncomingMessage, ServerResponse } from "node:http"
import { performance } from "node:perf_hooks"
import type { Config } from "../config"
import { isTaskFamily } from "../families"
import {
  bearer,
  envelope,
  httpError,
  MESSAGES,
  type Reply,
  readBody,
  send,
  serverError,
  uploadError,
} from "../internal/http"
import type { OperationId, RecordedRequest } from "../options"
import type { Host, Spec, SpecOperation } from "../spec"
import { type ParsedBody, parseBody } from "./body"
import { Callbacks } from "./callbacks"
import { EngineContext, obj } from "./context"
import { Faults } from "./faults"
import { ResultFiles } from "./files"
import { Scripts, scriptedFault } from "./scripted"
import { TaskStore } from "./tasks"
import { Uploads } from "./uploads"

export class MockEngine {
  readonly requests: RecordedRequest[] = []
  readonly ctx: EngineContext
  readonly tasks: TaskStore
  readonly callbacks: Callbacks
  readonly files: ResultFiles
  readonly uploads: Uploads
  readonly faults: Faults
  readonly scripts = new Scripts()

  constructor(config: Config, spec: Spec) {
    this.ctx = new EngineContext(config, spec)
    this.tasks = new TaskStore(this.ctx, (task) => this.callbacks.schedule(task))
    this.callbacks = new Callbacks(this.ctx, this.tasks)
    this.files = new ResultFiles(this.ctx, this.tasks)
    this.uploads = new Uploads(this.ctx)
    this.faults = new Faults(config)
  }

  /** Forgets everything but the listeners; re-seeds the PRNGs. */
  reset(): void {
    this.callbacks.reset()
    this.requests.length = 0
    this.tasks.reset()
    this.files.reset()
    this.uploads.reset()
    this.faults.reset()
    this.scripts.clear()
    this.ctx.reseed()
  }

  /** Cancels every timer (callbacks, retries, slow faults). */
  stop(): void {
    this.callbacks.stop()
    this.faults.stop()
  }

  async handle(host: Host, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { config, spec } = this.ctx
    const started = performance.now()
    const at = this.ctx.now()
    const method = (req.method ?? "GET").toUpperCase()
    const url = new URL(req.url ?? "/", "http://mock.invalid")
    const path = url.pathname
    const query: Record<string, string> = {}
    for (const [key, value] of url.searchParams) query[key] = value
    const apiKey = bearer(req.headers.authorization)
    let raw: Buffer
    try {
      raw = await readBody(req)
    } catch {
      return
    }
    this.callbacks.sweep()

    const base = { host, method, path, query, ...(apiKey !== undefined ? { apiKey } : {}), at }
    const finish = (reply: Reply | undefined, extra: Partial<RecordedRequest> = {}) => {
      const status = reply === undefined ? 0 : reply.status
      const code = obj(reply?.json).code
      const durationMs = Math.round((performance.now() - started) * 100) / 100
      const entry: RecordedRequest = {
        ...base,
        ...extra,
        status,
        ...(typeof code === "number" ? { code } : {}),
        durationMs,
      }
      this.requests.push(entry)
      config.log?.(
        `${method} ${path}${url.search} ${status === 0 ? "RESET" : status}${
          typeof code === "number" ? ` code=${code}` : ""
        } ${Math.round(durationMs)}ms${entry.fault !== undefined ? ` fault=${entry.fault}` : ""}${
          entry.scripted === true ? " scripted" : ""
        }`,
      )
    }

    if (method === "OPTIONS") {
      send(res, method, { status: 204, raw: Buffer.alloc(0) })
      finish({ status: 204 })
      return
    }

    if (method === "GET" || method === "HEAD") {
      const fileReply = host === "upload" ? this.uploads.serve(path) : this.files.serve(path)
      if (fileReply !== undefined) {
        send(res, method, fileReply)
        finish(fileReply)
        return
      }
    }

    const op = spec.route(host, method, path)
    if (op === undefined) {
      const known = spec.hasPath(host, path)
      const status = known ? 405 : 404
      const msg = known ? "Method Not Allowed" : "Not Found"
      const reply = host === "upload" ? uploadError(status, msg) : httpError(status, status, msg)
      send(res, method, reply)
      finish(reply)
      return
    }

    const operationId = op.operationId as OperationId
    const parsed = parseBody(op, req.headers["content-type"], raw)
    const body = parsed.recorded !== undefined ? { body: parsed.recorded } : {}

    const script = this.scripts.take(operationId)
    const scripted = scriptedFault(script)
    if (script !== undefined && scripted === undefined) {
      const reply = this.scripts.reply(
        script as Exclude<typeof script, { fault: unknown }>,
        { operationId, query, ...body },
        config.log,
      )
      send(res, method, reply)
      finish(reply, { operationId, ...body, scripted: true })
      return
    }

    const fault = scripted ?? this.faults.pickFault(operationId)
    const extra: Partial<RecordedRequest> = {
      operationId,
      ...body,
      ...(fault !== undefined ? { fault } : {}),
      ...(scripted !== undefined ? { scripted: true } : {}),
    }
    if (fault === "reset-before") {
      req.socket.destroy()
      finish(undefined, extra)
      return
    }
    if (fault === "slow") await this.faults.slow()

    let reply =
      (fault === undefined ? this.faults.pickError(host, operationId) : undefined) ??
      this.faults.faultReply(host, fault)
    if (reply === undefined) {
      try {
        reply = await this.operation(op, apiKey, query, parsed)
      } catch (error) {
        config.log?.(`internal error: ${error instanceof Error ? error.stack : String(error)}`)
        reply = serverError(host)
      }
    }

    if (fault === "reset-after") {
      req.socket.destroy()
      finish(undefined, extra)
      return
    }
    send(res, method, reply, fault === "malformed")
    finish(reply, extra)
  }

  /** Authentication, then the operation by its role (and family). */
  private async operation(
    op: SpecOperation,
    apiKey: string | undefined,
    query: Readonly<Record<string, string>>,
    parsed: ParsedBody,
  ): Promise<Reply> {
    const keys = this.ctx.config.apiKeys
    const authorized =
      apiKey !== undefined && apiKey !== "" && (keys === undefined || keys.has(apiKey))
    if (op.host === "upload") {
      if (!authorized) return uploadError(401, MESSAGES.uploadAuth)
      return this.uploads.upload(op, parsed)
    }
    if (!authorized) return envelope(401, MESSAGES.noAccess)

    if (parsed.invalid === true) {
      // The 4o generate docs document a 400 "Format Error"; everything else answers 422.
      return op.operationId === "gpt4oImageGenerate"
        ? envelope(400, MESSAGES.formatError)
        : envelope(422, MESSAGES.invalidJson)
    }

    const family = isTaskFamily(op.family) ? op.family : undefined
    switch (op.role) {
      case "create":
        if (family !== undefined) return this.tasks.create(op, family, apiKey, parsed.value)
        break
      case "read":
        if (family !== undefined) return this.tasks.recordInfo(op, family, apiKey, query)
        break
      case "link":
        return family !== undefined
          ? this.files.taskDownloadUrl(op, family, apiKey, parsed.value)
          : this.files.commonDownloadUrl(op, apiKey, parsed.value)
      case "query":
        return this.tasks.query(op, family, apiKey, query, parsed.value)
      case "account":
        return envelope(200, "success", this.tasks.credits(apiKey))
      default:
        break
    }
    return envelope(505, `${op.operationId} is not implemented by the mock server`)
  }
}
