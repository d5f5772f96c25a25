/** `kie webhook verify`. */
import { Command, Flag } from "effect/cli"
import { handler } from "./lazy"
import { durationFlag } from "./root"

export const webhookVerifyConfig = {
  taskId: Flag.String("task-id").pipe(
    Flag.withMetavar("ID"),
    Flag.withDescription("data.taskId of the callback body"),
  ),
  timestamp: Flag.String("timestamp").pipe(
    Flag.withMetavar("TS"),
    Flag.filter(
      (ts) => /^\d{1,15}$/.test(ts.trim()),
      (ts) => `expected Unix seconds (the X-Webhook-Timestamp header), got "${ts}"`,
    ),
    Flag.withDescription("the X-Webhook-Timestamp header (Unix seconds)"),
  ),
  signature: Flag.String("signature").pipe(
    Flag.withMetavar("SIG"),
    Flag.withDescription("the X-Webhook-Signature header (base64)"),
  ),
  secret: Flag.Redacted("secret").pipe(
    Flag.withMetavar("SECRET"),
    Flag.optional,
    Flag.withDescription(
      "the webhookHmacKey from the KIE dashboard (default: $KIE_WEBHOOK_SECRET); never printed",
    ),
  ),
  tolerance: durationFlag("tolerance").pipe(
    Flag.withDefault(300_000),
    Flag.withDescription("largest accepted clock difference (default 5m)"),
  ),
} as const
export type WebhookVerifyInput = Command.Command.Config.Infer<typeof webhookVerifyConfig>

const webhookVerify = Command.make("verify", webhookVerifyConfig, handler("webhookVerify")).pipe(
  Command.withShortDescription("Check a callback's signature headers (exit 0 valid, 2 not)."),
  Command.withDescription(
    "Check a callback's signature: base64 HMAC-SHA256 of taskId.timestamp, constant-time compare. Exit 0 when valid, 2 when not. Only the taskId and timestamp are signed: re-read the task (kie task get) before trusting the body.",
  ),
  Command.withExamples([
    {
      command:
        "KIE_WEBHOOK_SECRET=... kie webhook verify --task-id TASK_ID --timestamp 1735689600 --signature 'base64=='",
      description: "",
    },
  ]),
)

export const webhook = Command.make("webhook").pipe(
  Command.withDescription("Webhook (callback) helpers."),
  Command.withSubcommands([webhookVerify]),
)
