/**
 * The shared scenario table (`test-support/scenarios.ts`) against the plain client, on the mock
 * server, with fake timers. The Effect client runs the same table.
 */
import { describe, expect, it, vi } from "vitest"
import { expectOutcome, expectSent, script } from "../../../test-support/scenario-checks"
import { type Call, scenarios } from "../../../test-support/scenarios"
import type { KieApi, KieClient, RunRequest } from "../src/index"
import { parseCallback } from "../src/webhooks"
import { clientFor, drive, startMock, useFakeClock } from "./helpers"

const perform = (kie: KieClient, call: Call): Promise<unknown> => {
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
          ...(call.timeoutMs !== undefined && { timeoutMs: call.timeoutMs }),
          ...(call.intervalMs !== undefined && { interval: call.intervalMs }),
        },
      )
    case "credits":
      return kie.credits()
    case "downloadUrl":
      return kie.downloadUrl(call.url)
    case "uploadUrl":
      return kie.files.uploadUrl(call.body as Parameters<KieClient["files"]["uploadUrl"]>[0])
    case "callback":
      return Promise.resolve().then(() => parseCallback(call.api as KieApi, call.body))
    case "call": {
      const [namespace, name] = call.method.split(".") as [string, string]
      const method = (kie as unknown as Record<string, Record<string, (a: unknown) => unknown>>)[
        namespace
      ]?.[name]
      if (method === undefined) throw new Error(`no method ${call.method}`)
      return Promise.resolve(method(call.argument))
    }
  }
}

describe("the shared scenarios, plain client", () => {
  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
    "%s",
    async (_name, scenario) => {
      useFakeClock()
      const mock = await startMock({ faults: { slowMs: 5_000 } })
      script(mock, scenario)
      const kie = clientFor(mock, {
        maxRetries: scenario.options?.retries ?? 3,
        ...(scenario.options?.timeoutMs !== undefined && {
          timeoutMs: scenario.options.timeoutMs,
        }),
      })
      const outcome = await drive(perform(kie, scenario.call), 250).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      )
      // Let the server finish what it was still doing (a slow answer the client gave up on).
      await vi.advanceTimersByTimeAsync(10_000)
      expectOutcome(scenario, outcome)
      expectSent(mock, scenario)
    },
  )
})
