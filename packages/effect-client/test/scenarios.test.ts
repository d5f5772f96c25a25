/**
 * The shared scenario table (`test-support/scenarios.ts`) against the Effect client, on the mock
 * server: Effect's time is the TestClock, the mock's timers are faked, and both move together.
 * The plain client runs the same table.
 */
import type { KieApi, RunRequest } from "@kie-kit/client/core"
import { startMockServer } from "@kie-kit/mock-server"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"
import { TestClock } from "effect/testing"
import { afterEach, describe, expect, it, vi } from "vitest"
import { expectOutcome, expectSent, script } from "../../../test-support/scenario-checks"
import { type Call, scenarios } from "../../../test-support/scenarios"
import { KieClient, type KieClientService, Poll, Retry, Webhook } from "../src"
import { runTest } from "./utils"

afterEach(() => {
  vi.useRealTimers()
})

const perform = (kie: KieClientService, call: Call): Effect.Effect<unknown, unknown> => {
  switch (call.op) {
    case "get":
      return kie.getTask({ api: call.api as KieApi, taskId: call.taskId })
    case "create":
      return kie.create(call.request as RunRequest, {
        ...(call.extraBody !== undefined && { extraBody: call.extraBody }),
      })
    case "wait":
      return kie.waitForTask(
        { api: call.api as KieApi, taskId: call.taskId },
        {
          ...(call.timeoutMs !== undefined && { timeout: call.timeoutMs }),
          ...(call.intervalMs !== undefined && { schedule: Poll.fromInterval(call.intervalMs) }),
        },
      )
    case "credits":
      return kie.credits()
    case "downloadUrl":
      return kie.downloadUrl(call.url)
    case "uploadUrl":
      return kie.files.uploadUrl(call.body as Parameters<KieClientService["files"]["uploadUrl"]>[0])
    case "callback":
      return Webhook.parse(call.api as KieApi, call.body)
    case "call": {
      const [namespace, name] = call.method.split(".") as [string, string]
      const method = (
        kie as unknown as Record<
          string,
          Record<string, (a: unknown) => Effect.Effect<unknown, unknown>>
        >
      )[namespace]?.[name]
      if (method === undefined) return Effect.die(new Error(`no method ${call.method}`))
      return method(call.argument)
    }
  }
}

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

describe("the shared scenarios, Effect client", () => {
  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
    "%s",
    (_name, scenario) =>
      runTest(
        Effect.gen(function* () {
          vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] })
          const mock = yield* Effect.acquireRelease(
            Effect.promise(() =>
              startMockServer({ port: 0, rateLimit: false, faults: { slowMs: 5_000 } }),
            ),
            (server) => Effect.promise(() => server.close()),
          )
          script(mock, scenario)
          const retries = scenario.options?.retries ?? 3
          const kie = yield* KieClient.make({
            apiKey: Redacted.make("sk-scenario-0123456789"),
            baseUrl: mock.url,
            uploadBaseUrl: mock.uploadUrl,
            retrySchedule: Retry.make({ maxRetries: retries }),
            ...(scenario.options?.timeoutMs !== undefined && {
              timeout: scenario.options.timeoutMs,
            }),
          }).pipe(Effect.provide(FetchHttpClient.layer))
          const exit = yield* drive(perform(kie, scenario.call))
          // Let the server finish what it was still doing (a slow answer the client gave up on).
          yield* Effect.promise(() => vi.advanceTimersByTimeAsync(10_000))
          const outcome = Exit.isSuccess(exit)
            ? { value: exit.value }
            : { error: Cause.squash(exit.cause) }
          expectOutcome(scenario, outcome)
          expectSent(mock, scenario)
        }),
      ),
  )
})
