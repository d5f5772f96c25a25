/**
 * Quick start: create a task, wait for it, print the result URLs.
 * The API key comes from KIE_API_KEY (as a Redacted value), the host from KIE_BASE_URL.
 */
import { KieClient } from "@kie-kit/effect-client"
import { Console, Effect } from "effect"
import { FetchHttpClient } from "effect/http"

export const program = Effect.gen(function* () {
  const kie = yield* KieClient
  const { taskId } = yield* kie.fluxKontext.generate({ prompt: "a red fox in fresh snow" })
  yield* Console.log(`created ${taskId}`)
  const task = yield* kie.waitForTask({ api: "flux-kontext", taskId }, { timeout: "10 minutes" })
  yield* Console.log(task.outputs)
  return task
})

// KieClient.layerConfig reads KIE_API_KEY and KIE_BASE_URL; it needs an HttpClient.
export const main = program.pipe(
  Effect.provide(KieClient.layerConfig()),
  Effect.provide(FetchHttpClient.layer),
)
