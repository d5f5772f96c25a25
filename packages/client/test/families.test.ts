/**
 * Every task family of the spec, end to end on the mock server with the plain client
 * (`test-support/families.ts`; the Effect client runs the same table): create, wait, download the
 * outputs; a failing task; the callback decoding to the same task.
 */
import { taskFamilies } from "@kie-kit/spec"
import { marketModel } from "@kie-kit/spec/models"
import document from "@kie-kit/spec/openapi.json" with { type: "json" }
import { describe, expect, it } from "vitest"
import { CONTENT_TYPES, roundTrips as tripsOf } from "../../../test-support/families"
import type { KieApi, RunRequest } from "../src/index"
import { parseCallback } from "../src/webhooks"
import { clientFor, drive, rejectionOf, startMock, useFakeClock } from "./helpers"

const roundTrips = tripsOf({ document, taskFamilies, marketModel })

describe("every task family, plain client", () => {
  it("covers every task family of the spec", () => {
    expect(new Set(roundTrips.map((trip) => trip.api)).size).toBeGreaterThanOrEqual(15)
  })

  it.each(roundTrips.map((trip) => [trip.name, trip] as const))("%s", async (_name, trip) => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 2_000 })
    const kie = clientFor(mock)
    const api = trip.api as KieApi
    const callBackUrl = "http://127.0.0.1:9/hook"
    const request = { api, ...trip.request, callBackUrl } as RunRequest

    const task = await drive(kie.run(request), 250)
    expect(task).toMatchObject({ api, status: "succeeded" })
    if (trip.media === "text") {
      expect(task.outputs).toEqual([])
      expect(task.result).toBeDefined()
    } else {
      expect(task.outputs.length).toBeGreaterThan(0)
      for (const url of task.outputs) {
        expect(url.startsWith(`${mock.url}/files/${task.taskId}/`), url).toBe(true)
        const response = await fetch(url)
        expect(response.status).toBe(200)
        expect(CONTENT_TYPES[trip.media]).toContain(response.headers.get("content-type"))
        expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(40)
      }
    }
    expect(await drive(kie.getTask({ api, taskId: task.taskId }))).toMatchObject({
      status: "succeeded",
      outputs: task.outputs,
    })

    const failure = await rejectionOf(
      drive(kie.run({ api, ...trip.failing, callBackUrl } as RunRequest), 250),
    )
    expect(failure, String(failure)).toMatchObject({ _tag: "TaskFailedError", api })
    expect((failure as { failCode: string }).failCode).not.toBe("")

    await drive(mock.flushCallbacks())
    const delivered = mock.callbacks.find((delivery) => delivery.taskId === task.taskId)
    if (!trip.callback) {
      expect(delivered).toBeUndefined()
      return
    }
    expect(delivered, "a callback for the task").toBeDefined()
    const parsed = parseCallback(api, delivered?.payload)
    expect(parsed).toMatchObject({ api, taskId: task.taskId, status: "succeeded" })
    if (trip.media !== "text") expect(task.outputs).toEqual(expect.arrayContaining(parsed.outputs))
  })
})
