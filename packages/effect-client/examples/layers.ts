/**
 * Layers: the client is a service; its layer needs an HttpClient, which you choose.
 */
import { KieClient } from "@kie-kit/effect-client"
import { Effect, Layer, Redacted } from "effect"
import { FetchHttpClient, HttpClient, HttpClientResponse } from "effect/http"

const credits = KieClient.use((kie) => kie.credits())

// 1. Explicit options: the key is Redacted end to end.
export const withOptions = (apiKey: string, baseUrl?: string) =>
  credits.pipe(
    Effect.provide(KieClient.layer({ apiKey: Redacted.make(apiKey), baseUrl })),
    Effect.provide(FetchHttpClient.layer),
  )

// 2. From the environment (KIE_API_KEY, KIE_BASE_URL), composed into one app layer.
export const AppLayer = KieClient.layerConfig({ timeout: "30 seconds" }).pipe(
  Layer.provide(FetchHttpClient.layer),
)
export const fromConfig = credits.pipe(Effect.provide(AppLayer))

// 3. In unit tests, swap the HttpClient: every KIE rule still applies, nothing leaves the process.
const FakeKie = Layer.succeed(
  HttpClient.HttpClient,
  HttpClient.make((request) =>
    Effect.succeed(
      HttpClientResponse.fromWeb(
        request,
        Response.json({ code: 200, msg: "success", data: 42 }),
      ),
    ),
  ),
)
export const withFakeHttp = credits.pipe(
  Effect.provide(KieClient.layer({ apiKey: Redacted.make("test-key") })),
  Effect.provide(FakeKie),
)
