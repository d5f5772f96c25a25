import { Webhook } from "@kie-kit/effect-client"
import { Effect, type Redacted } from "effect"

export const verifiedTask = (headers: Headers, body: string, secret: Redacted.Redacted<string>) =>
  Webhook.verify({ headers, body, secret }).pipe(
    Effect.flatMap((ok) =>
      ok ? Webhook.parse("market", body) : Effect.fail(new Error("bad signature")),
    ),
  )
