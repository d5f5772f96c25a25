// Callbacks: when a task with a `callBackUrl` reaches its final state, POST the family's callback
// body to it (signed with HMAC headers when a webhook secret is set), retry after each delay of
// `callbackRetryDelaysMs`, and record every attempt in `mock.callbacks`. Delivery is armed with a
// timer at creation and also started by any later request or `flushCallbacks()`.

import { request as httpRequest } from "node:http"
import { request as httpsRequest } from "node:https"
import { performance } from "node:perf_hooks"
import { behaviour } from "../families"
import { signWebhook } from "../internal/webhook"
import type { CallbackDelivery } from "../options"
import type { EngineContext } from "./context"
import type { InternalTask, TaskStore } from "./tasks"

type PostResult = { status: number } | { error: string }

export class Callbacks {
  /** Every attempt, oldest first (the live `mock.callbacks` array). */
  readonly deliveries: CallbackDelivery[] = []
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()
  private readonly inflight = new Set<Promise<void>>()
  /** Bumped by `reset()`: attempts of an earlier generation are not recorded or retried. */
  private generation = 0

  constructor(
    private readonly ctx: EngineContext,
    private readonly tasks: TaskStore,
  ) {}

  /** Arms the delivery of a new task's callback for when it completes. */
  schedule(task: InternalTask): void {
    if (task.callBackUrl === undefined) return
    task.callback = "scheduled"
    this.arm(task, Math.max(0, task.completesAt - this.ctx.now()))
  }

  /** Starts the delivery of every scheduled callback whose task is complete at `now()`. */
  sweep(): void {
    const now = this.ctx.now()
    for (const task of this.tasks.all()) {
      if (task.callback === "scheduled" && now >= task.completesAt) this.startDelivery(task)
    }
  }

  /** Sweeps, then waits until no attempt is in flight (later retries are not awaited). */
  async flush(): Promise<void> {
    this.sweep()
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight])
  }

  /** Forgets every attempt and cancels pending deliveries and retries. */
  reset(): void {
    this.stop()
    this.generation++
    this.deliveries.length = 0
  }

  /** Cancels pending deliveries and retries. */
  stop(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  private later(delay: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      run()
    }, delay)
    timer.unref?.()
    this.timers.add(timer)
  }

  // An injected clock may say the task is not finished when the timer fires: re-arm then.
  private arm(task: InternalTask, delay: number): void {
    this.later(delay, () => {
      if (task.callback !== "scheduled") return
      const remaining = task.completesAt - this.ctx.now()
      if (remaining <= 0) this.startDelivery(task)
      else this.arm(task, remaining)
    })
  }

  private startDelivery(task: InternalTask): void {
    task.callback = "delivering"
    this.tasks.applyRefunds(task.apiKey)
    const payload = behaviour(task.api).callback(task, this.tasks.urls(task))
    // A family whose docs show no callback body (Suno MIDI) gets none, as documented.
    if (payload === undefined) {
      task.callback = "done"
      return
    }
    this.attempt(task, payload, 1)
  }

  private attempt(task: InternalTask, payload: unknown, attempt: number): void {
    const url = task.callBackUrl
    if (url === undefined) return
    const { config } = this.ctx
    const generation = this.generation
    const timestamp = String(Math.floor(this.ctx.now() / 1000))
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": "kie-kit-mock-server",
    }
    if (config.webhookSecret !== undefined) {
      headers["x-webhook-timestamp"] = timestamp
      headers["x-webhook-signature"] = signWebhook(config.webhookSecret, task.taskId, timestamp)
    }
    const at = this.ctx.now()
    const started = performance.now()
    const promise = this.post(url, headers, JSON.stringify(payload)).then((result) => {
      if (generation !== this.generation) return
      const durationMs = Math.round((performance.now() - started) * 100) / 100
      this.deliveries.push({
        api: task.api,
        taskId: task.taskId,
        url,
        attempt,
        at,
        headers,
        payload,
        ...result,
        durationMs,
      })
      const status = "status" in result ? result.status : undefined
      const outcome = "status" in result ? result.status : `ERROR ${result.error}`
      config.log?.(
        `CALLBACK POST ${url} ${outcome} task=${task.taskId} attempt=${attempt} ${Math.round(durationMs)}ms`,
      )
      const delay = config.callbackRetryDelaysMs[attempt - 1]
      if ((status !== undefined && status >= 200 && status < 300) || delay === undefined) {
        task.callback = "done"
        return
      }
      this.later(delay, () => this.attempt(task, payload, attempt + 1))
    })
    this.inflight.add(promise)
    void promise.finally(() => this.inflight.delete(promise))
  }

  private post(url: string, headers: Record<string, string>, body: string): Promise<PostResult> {
    let target: URL
    try {
      target = new URL(url)
    } catch {
      return Promise.resolve({ error: `invalid callback URL: ${url}` })
    }
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      return Promise.resolve({ error: `unsupported callback URL scheme: ${target.protocol}` })
    }
    const timeoutMs = this.ctx.config.callbackTimeoutMs
    return new Promise((resolve) => {
      const request = (target.protocol === "https:" ? httpsRequest : httpRequest)(
        target,
        {
          method: "POST",
          agent: false,
          timeout: timeoutMs,
          headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        },
        (response) => {
          response.resume()
          response.on("end", () => resolve({ status: response.statusCode ?? 0 }))
          response.on("error", (error) => resolve({ error: error.message }))
        },
      )
      request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)))
      request.on("error", (error) => resolve({ error: error.message || String(error) }))
      request.end(body)
    })
  }
}
