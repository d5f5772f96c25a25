/**
 * Every task family of the spec, end to end on the mock server with the Effect client
 * (`test-support/families.ts`; the plain client runs the same table): create, wait, download the
 * outputs; a failing task; the callback decoding to the same task.
 */
import type { KieApi, RunRequest } from "@kie-kit/client/core"
import { startMockServer } from "@kie-kit/mock-server"
import { taskFamilies } from "@kie-kit/spec"
import { marketModel } from "@kie-kit/spec/models"
import document from "@kie-kit/spec/openapi.json" with { type: "json" }
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"
import { TestClock } from "effect/testing"
import { afterEach, describe, expect, it, vi } from "vitest"
import { CONTENT_TYPES, roundTrips as tripsOf } from "../../../test-support/families"
import { KieClient, Retry, Webhook } from "../src"
import { runTest } from "./utils"

const roundTrips = tripsOf({ document, taskFamilies, marketModel })

afterEach(() => {
  vi.useRealTimers()
})

/** Lets real I/O run, then moves both clocks `stepMs`, until the fiber is done. */
const drive = <A, E>(effect: Effect.Effect<A, E>, stepMs = 250) =>
  Effect.gen(function* () {
    const fiber = yield* Effect.forkChild(effect)
    for (let step = 0; step < 100_000 && fiber.pollUnsafe() === undefined; step++) {
      yield* Effect.promise(() => new Promise((resolve) => setImmediate(resolve)))
      if (fiber.pollUnsafe() !== undefined) break
      yield* Effect.promise(() => vi.advanceTimersByTimeAsync(stepMs))
      yield* TestClock.adjust(stepMs)
    }
    return yield* Fiber.await(fiber)
  })

describe("every task family, Effect client", () => {
  it("covers every task family of the spec", () => {
    expect(new Set(roundTrips.map((trip) => trip.api)).size).toBeGreaterThanOrEqual(15)
  })

  it.each(roundTrips.map((trip) => [trip.name, trip] as const))("%s", (_name, trip) =>
    runTest(
      Effect.gen(function* () {
        vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] })
        const mock = yield* Effect.acquireRelease(
          Effect.promise(() =>
            startMockServer({ port: 0, rateLimit: false, taskDurationMs: 2_000 }),
          ),
          (server) => Effect.promise(() => server.close()),
        )
        const kie = yield* KieClient.make({
          apiKey: Redacted.make("sk-families-0123456789"),
          baseUrl: mock.url,
          uploadBaseUrl: mock.uploadUrl,
          retrySchedule: Retry.make({ maxRetries: 0 }),
        }).pipe(Effect.provide(FetchHttpClient.layer))
        const api = trip.api as KieApi
        const callBackUrl = "http://127.0.0.1:9/hook"

        const exit = yield* drive(kie.run({ api, ...trip.request, callBackUrl } as RunRequest))
        if (!Exit.isSuccess(exit)) throw Cause.squash(exit.cause)
        const task = exit.value
        expect(task).toMatchObject({ api, status: "succeeded" })
        if (trip.media === "text") {
          expect(task.outputs).toEqual([])
          expect(task.result).toBeDefined()
        } else {
          expect(task.outputs.length).toBeGreaterThan(0)
          for (const url of task.outputs) {
            expect(url.startsWith(`${mock.url}/files/${task.taskId}/`), url).toBe(true)
            const response = yield* Effect.promise(() => fetch(url))
            expect(response.status).toBe(200)
            expect(CONTENT_TYPES[trip.media]).toContain(response.headers.get("content-type"))
            const bytes = yield* Effect.promise(() => response.arrayBuffer())
            expect(bytes.byteLength).toBeGreaterThan(40)
          }
        }

        const failed = yield* drive(kie.run({ api, ...trip.failing, callBackUrl } as RunRequest))
        expect(Exit.isFailure(failed)).toBe(true)
        if (Exit.isFailure(failed)) {
          const error = Cause.squash(failed.cause)
          expect(error, String(error)).toMatchObject({ _tag: "TaskFailedError", api })
          expect((error as { failCode: string }).failCode).not.toBe("")
        }

        yield* Effect.promise(() => mock.flushCallbacks())
        const delivered = mock.callbacks.find((delivery) => delivery.taskId === task.taskId)
        if (!trip.callback) {
          expect(delivered).toBeUndefined()
          return
        }
        expect(delivered, "a callback for the task").toBeDefined()
        const parsed = yield* Webhook.parse(api, delivered?.payload)
        expect(parsed).toMatchObject({ api, taskId: task.taskId, status: "succeeded" })
        if (trip.media !== "text") {
          expect(task.outputs).toEqual(expect.arrayContaining(parsed.outputs))
        }
      }),
    ),
  )
})
