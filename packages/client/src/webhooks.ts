/**
 * `@kie-kit/client/webhooks`: receiving KIE's callbacks — signature checks, parsing into the one
 * task model, and a Fetch-API handler. Runtime-agnostic (Web Crypto only), like the main entry.
 */

import { parseCallback } from "./core/callback"
import { UnexpectedResponseError } from "./core/errors"
import type { KieApi, Task } from "./core/task"
import {
  callbackTaskId,
  verifyWebhookSignature,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from "./core/webhook"

export interface WebhookHandlerOptions {
  /** The family whose callbacks this endpoint receives (each create names its own callBackUrl). */
  readonly api: KieApi
  /**
   * The webhook HMAC key from the KIE dashboard. Pass `false` to accept unsigned callbacks
   * deliberately (KIE signs only when a key is configured).
   */
  readonly secret: string | false
  /** Allowed clock skew for `X-Webhook-Timestamp`, in seconds. Default 300. */
  readonly toleranceSeconds?: number
  /**
   * Receives the normalized task. The callback body is not signed (only taskId and timestamp
   * are), so re-read the task with `kie.<family>.get(task.taskId)` before trusting its outputs.
   * Throwing makes the handler answer 500, so KIE retries the delivery.
   */
  readonly onTask: (task: Task, request: Request) => void | Promise<void>
  /** The clock, for tests. */
  readonly now?: () => number
}

/** A JSON answer whose body `code` repeats the HTTP status. */
const reply = (status: number, msg: string) =>
  new Response(JSON.stringify({ code: status, msg }), {
    status,
    headers: { "content-type": "application/json" },
  })

/**
 * A Fetch-API handler for KIE callbacks: `(request: Request) => Promise<Response>`, usable as is
 * in Deno, Bun, Cloudflare Workers, Hono or Next.js route handlers. It verifies the signature,
 * parses the payload into a {@link Task}, calls `onTask`, and answers `{"code":200,"msg":"success"}`.
 */
export const createWebhookHandler = (options: WebhookHandlerOptions) => {
  if (options.secret === "") {
    throw new TypeError(
      "createWebhookHandler needs the webhook HMAC key from the KIE dashboard as secret, or secret: false to accept unsigned callbacks deliberately.",
    )
  }
  return async (request: Request): Promise<Response> => {
    if (request.method !== "POST") return reply(405, "KIE callbacks are POST requests")
    let payload: unknown
    try {
      payload = JSON.parse(await request.text())
    } catch {
      return reply(400, "the callback body is not JSON")
    }
    if (options.secret !== false) {
      const valid = await verifyWebhookSignature({
        taskId: callbackTaskId(payload),
        timestamp: request.headers.get(WEBHOOK_TIMESTAMP_HEADER),
        signature: request.headers.get(WEBHOOK_SIGNATURE_HEADER),
        secret: options.secret,
        toleranceSeconds: options.toleranceSeconds,
        now: options.now?.(),
      })
      if (!valid) return reply(401, "invalid or stale webhook signature")
    }
    let task: Task
    try {
      task = parseCallback(options.api, payload)
    } catch (error) {
      if (error instanceof UnexpectedResponseError) return reply(400, error.message)
      throw error
    }
    try {
      await options.onTask(task, request)
    } catch {
      return reply(500, "the receiver failed to process the callback")
    }
    return reply(200, "success")
  }
}

export { parseCallback } from "./core/callback"
export type { KieApi, Task } from "./core/task"
export {
  callbackTaskId,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  type SignWebhookInput,
  signWebhook,
  type VerifyWebhookInput,
  verifyWebhookSignature,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from "./core/webhook"
