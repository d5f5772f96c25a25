/**
 * Webhooks: verify the signature, decode the body, then trust the API rather than the body.
 */
import { KieClient, Webhook } from "@kie-kit/effect-client"
import { Effect, type Redacted } from "effect"

export const onCallback = (headers: Headers, body: string, secret: Redacted.Redacted<string>) =>
  Effect.gen(function* () {
    if (!(yield* Webhook.verify({ headers, body, secret }))) return "rejected" as const
    const { taskId } = yield* Webhook.parse("market", body)
    const kie = yield* KieClient
    // KIE signs only the task id and the timestamp: the API, not the body, is the truth.
    return yield* kie.market.get(taskId)
  })
