/**
 * The README's examples (examples/*.ts) run here against the mock server, so they are both
 * type-checked (tsc) and known to work.
 */
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { signWebhook } from "@kie-kit/client/core"
import { type MockServer, startMockServer } from "@kie-kit/mock-server"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import { afterAll, beforeAll, beforeEach, describe, expect } from "vitest"
import { describeReadmeExamples } from "../../../test-support/readme-examples.ts"
import * as Errors from "../examples/errors"
import * as Layers from "../examples/layers"
import * as Quickstart from "../examples/quickstart"
import * as Schedules from "../examples/schedules"
import * as Timeouts from "../examples/timeouts"
import * as Watch from "../examples/watch"
import * as WebhookExample from "../examples/webhook"
import { KieClient } from "../src"
import { itLive } from "./utils"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const KEY = "sk-examples-0123456789"
let mock: MockServer

beforeAll(async () => {
  mock = await startMockServer({ port: 0, taskDurationMs: 300, apiKeys: [KEY] })
})
afterAll(() => mock.close())
beforeEach(() => mock.reset())

/** The examples' programs need a KieClient: this one talks to the mock, polling quickly. */
const kie = () =>
  KieClient.layer({
    apiKey: Redacted.make(KEY),
    baseUrl: mock.url,
    pollSchedule: Schedule.spaced("50 millis"),
  }).pipe(Layer.provide(FetchHttpClient.layer))

const env = () =>
  ConfigProvider.layer(ConfigProvider.fromEnvRecord({ KIE_API_KEY: KEY, KIE_BASE_URL: mock.url }))

describe("the examples run against the mock server", () => {
  itLive("quickstart (layerConfig from the environment)", () =>
    Effect.gen(function* () {
      const task = yield* Quickstart.main.pipe(Effect.provide(env()))
      expect(task.status).toBe("succeeded")
    }),
  )

  itLive("layers", () =>
    Effect.gen(function* () {
      expect(yield* Layers.withOptions(KEY, mock.url)).toBe(1000)
      expect(yield* Layers.fromConfig.pipe(Effect.provide(env()))).toBe(1000)
      expect(yield* Layers.withFakeHttp).toBe(42)
    }),
  )

  itLive("errors", () =>
    Effect.gen(function* () {
      expect((yield* Errors.createSafely("a red fox")).created).toBe(true)
      mock.injectFault("reset-after", { operationId: "fluxKontextGenerate" })
      expect((yield* Errors.createSafely("a red fox")).created).toBe("unknown")
      expect(yield* Errors.creditsOrZero).toBeGreaterThan(0)
      const rejected = yield* Errors.creditsOrZero.pipe(
        Effect.provide(
          KieClient.layer({ apiKey: Redacted.make("sk-not-accepted"), baseUrl: mock.url }).pipe(
            Layer.provide(FetchHttpClient.layer),
          ),
        ),
      )
      expect(rejected).toBe(0)
      expect(yield* Errors.runOrExplain("mock:fail=422")).toMatch(/failed: 422/)
    }).pipe(Effect.provide(kie())),
  )

  itLive("schedules", () =>
    Effect.gen(function* () {
      expect(yield* Schedules.quickCredits).toBe(1000)
      const created = yield* KieClient.use((k) =>
        k.market.createTask({ model: "google/nano-banana", input: { prompt: "x" } }),
      )
      expect((yield* Schedules.waitBriefly(created.taskId)).status).toBe("succeeded")
      const patient = yield* KieClient.use((k) => k.credits()).pipe(
        Effect.provide(Schedules.PatientClient(KEY, mock.url)),
      )
      expect(patient).toBeGreaterThan(0)
    }).pipe(Effect.provide(kie())),
  )

  itLive("timeouts and interruption", () =>
    Effect.gen(function* () {
      const { task } = yield* Timeouts.timeouts
      expect(task.status).toBe("succeeded")
      const created = yield* KieClient.use((k) =>
        k.market.createTask({
          model: "google/nano-banana",
          input: { prompt: "mock:duration=60000" },
        }),
      )
      const before = mock.requests.length
      expect(yield* Timeouts.cancelAfter(created.taskId, 120)).toBe("cancelled")
      const interruptedAt = Date.now()
      yield* Effect.sleep(200)
      // Polling stopped: no request arrived after the interruption (one in flight may still be
      // recorded when the mock finishes it, so arrival times are compared, not counts).
      expect(mock.requests.filter((request) => request.at > interruptedAt)).toEqual([])
      expect(mock.requests.length).toBeGreaterThan(before)
      const ran = yield* Timeouts.runWithin("a red fox")
      expect(ran._tag).toBe("Some")
    }).pipe(Effect.provide(kie())),
  )

  itLive("webhook", () =>
    Effect.gen(function* () {
      const secret = Redacted.make("whsec-example")
      const created = yield* KieClient.use((k) =>
        k.market.createTask({ model: "google/nano-banana", input: { prompt: "x" } }),
      )
      const timestamp = String(Math.floor(Date.now() / 1000))
      const signature = yield* Effect.promise(() =>
        signWebhook({ taskId: created.taskId, timestamp, secret: Redacted.value(secret) }),
      )
      const body = JSON.stringify({
        code: 200,
        msg: "ok",
        data: { taskId: created.taskId, state: "success" },
      })
      const headers = new Headers({
        "x-webhook-timestamp": timestamp,
        "x-webhook-signature": signature,
      })
      const task = yield* WebhookExample.onCallback(headers, body, secret)
      expect(task !== "rejected" && task.taskId).toBe(created.taskId)
      const forged = yield* WebhookExample.onCallback(headers, body, Redacted.make("wrong"))
      expect(forged).toBe("rejected")
    }).pipe(Effect.provide(kie())),
  )

  itLive("watchTask", () =>
    Effect.gen(function* () {
      const { updates, last } = yield* Watch.watchProgress("a red fox")
      expect(last._tag === "Some" && last.value.status).toBe("succeeded")
      expect(updates.at(-1)).toBe("succeeded 100%")
    }).pipe(Effect.provide(kie())),
  )
})

// Every README block marked `<!-- example: file -->` is that file (which tsc checks and this test runs).
describeReadmeExamples(root, 7)
