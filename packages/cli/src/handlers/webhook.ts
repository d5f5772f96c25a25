import { DEFAULT_WEBHOOK_TOLERANCE_SECONDS, verifyWebhookSignature } from "@kie-kit/client/core"
import { Effect, Option, Redacted } from "effect"
import type { WebhookVerifyInput } from "../commands/webhook"
import { formatDuration } from "../internal/duration"
import { CliFailure, EXIT } from "../internal/exit"
import { hideSecret, note, outputSettings, printJson, printLine } from "../internal/output"
import type { Globals } from "../internal/session"

export const webhookVerify = (input: WebhookVerifyInput, _globals: Globals) =>
  Effect.gen(function* () {
    const secret =
      Option.getOrUndefined(Option.map(input.secret, Redacted.value)) ??
      process.env.KIE_WEBHOOK_SECRET
    if (secret === undefined || secret === "") {
      return yield* Effect.fail(
        new CliFailure(
          EXIT.usage,
          "Missing required flag: --secret (or set KIE_WEBHOOK_SECRET to the webhookHmacKey from the KIE dashboard).",
        ),
      )
    }
    hideSecret(secret)
    const toleranceSeconds = Math.round(input.tolerance / 1000)
    const valid = yield* Effect.promise(() =>
      verifyWebhookSignature({
        taskId: input.taskId,
        timestamp: input.timestamp.trim(),
        signature: input.signature,
        secret,
        toleranceSeconds,
      }),
    )
    const skew = Math.abs(Math.floor(Date.now() / 1000) - Number(input.timestamp.trim()))
    const stale = skew > toleranceSeconds
    if (outputSettings().json) {
      printJson({ valid, taskId: input.taskId, timestamp: input.timestamp.trim(), stale })
    }
    if (!valid) {
      const why = stale
        ? `the timestamp is ${formatDuration(skew * 1000)} away from now, more than the ${formatDuration(toleranceSeconds * 1000)} tolerance (--tolerance)`
        : "it does not match this taskId, timestamp and secret"
      return yield* Effect.fail(
        new CliFailure(EXIT.usage, `The webhook signature is NOT valid: ${why}.`),
      )
    }
    if (!outputSettings().json) {
      printLine("valid")
      note(
        `Signature valid for task ${input.taskId}. The body is not signed: re-read the task (kie task get ${input.taskId} --api ...) before trusting its status or URLs.`,
      )
    }
    void DEFAULT_WEBHOOK_TOLERANCE_SECONDS
  })
