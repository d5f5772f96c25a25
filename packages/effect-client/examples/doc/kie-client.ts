import { KieClient } from "@kie-kit/effect-client"
import { Effect, Redacted } from "effect"
import { FetchHttpClient } from "effect/http"

const program = Effect.gen(function* () {
  const kie = yield* KieClient
  const { taskId } = yield* kie.fluxKontext.generate({ prompt: "a red fox" })
  return yield* kie.waitForTask({ api: "flux-kontext", taskId }, { timeout: "10 minutes" })
})

export const main = (apiKey: string) =>
  program.pipe(
    Effect.provide(KieClient.layer({ apiKey: Redacted.make(apiKey) })),
    Effect.provide(FetchHttpClient.layer), // KieClient.layer needs an HttpClient
  )
