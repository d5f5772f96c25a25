/**
 * Callbacks (webhooks): check the signature, then decode the body into a task.
 *
 * KIE signs only `taskId + "." + timestamp`, not the body: after verifying, re-read the task with
 * `kie.<family>.get(taskId)` before trusting the payload's status or URLs.
 *
 * Example (`examples/doc/webhook.ts`, type-checked):
 *
 * ```ts
 * import { Webhook } from "@kie-kit/effect-client"
 * import { Effect, type Redacted } from "effect"
 *
 * export const verifiedTask = (headers: Headers, body: string, secret: Redacted.Redacted<string>) =>
 *   Webhook.verify({ headers, body, secret }).pipe(
 *     Effect.flatMap((ok) =>
 *       ok ? Webhook.parse("market", body) : Effect.fail(new Error("bad signature")),
 *     ),
 *   )
 * ```
 *
 * @since 0.1.0
 */
import {
  callbackTaskId,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  type KieApi,
  parseCallback,
  type Task,
  UnexpectedResponseError,
  verifyWebhookSignature,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from "@kie-kit/client/core"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"

/** The header names KIE signs callbacks with (lower case). */
export const TIMESTAMP_HEADER = WEBHOOK_TIMESTAMP_HEADER
export const SIGNATURE_HEADER = WEBHOOK_SIGNATURE_HEADER

export interface VerifyInput {
  /** The request headers (a Fetch `Headers`, or a record with lower-case names). */
  readonly headers: Headers | Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  /** The body: its text or the parsed JSON (the signed taskId is read from `data.taskId`). */
  readonly body: unknown
  /** The `webhookHmacKey` from the KIE dashboard. */
  readonly secret: Redacted.Redacted<string>
  /** Accepted clock difference, in seconds. Default 300. */
  readonly toleranceSeconds?: number | undefined
}

const header = (headers: VerifyInput["headers"], name: string): string | undefined => {
  if (typeof (headers as Headers).get === "function")
    return (headers as Headers).get(name) ?? undefined
  const value = (headers as Record<string, string | ReadonlyArray<string> | undefined>)[name]
  return typeof value === "string" ? value : value?.[0]
}

/**
 * `true` when the callback carries a valid signature for its taskId, made within the tolerance of
 * the current time (Effect's `Clock`, so `TestClock` controls it). Constant-time comparison.
 */
export const verify = (input: VerifyInput): Effect.Effect<boolean> =>
  Effect.flatMap(Clock.currentTimeMillis, (now) => {
    const taskId = callbackTaskId(input.body)
    const timestamp = header(input.headers, WEBHOOK_TIMESTAMP_HEADER)
    const signature = header(input.headers, WEBHOOK_SIGNATURE_HEADER)
    if (taskId === undefined || timestamp === undefined || signature === undefined) {
      return Effect.succeed(false)
    }
    return Effect.promise(() =>
      verifyWebhookSignature({
        taskId,
        timestamp,
        signature,
        secret: Redacted.value(input.secret),
        toleranceSeconds: input.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
        now,
      }),
    )
  })

/**
 * Decodes a callback body (its text or the parsed JSON) into the one task model with the clients'
 * decoder (the family's callback rules from the spec): a body whose outcome cannot be read fails
 * with `UnexpectedResponseError` carrying the path and the raw body.
 */
export const parse = (api: KieApi, body: unknown): Effect.Effect<Task, UnexpectedResponseError> =>
  Effect.suspend(() => {
    let payload = body
    if (typeof body === "string") {
      try {
        payload = JSON.parse(body)
      } catch (cause) {
        return Effect.fail(
          new UnexpectedResponseError({ body, reason: "the callback body is not JSON", cause }),
        )
      }
    }
    try {
      return Effect.succeed(parseCallback(api, payload))
    } catch (error) {
      return error instanceof UnexpectedResponseError ? Effect.fail(error) : Effect.die(error)
    }
  })
