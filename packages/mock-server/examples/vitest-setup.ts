import { afterAll, beforeAll, expect, it } from "vitest"
import { startMockServer, type MockServer } from "@kie-kit/mock-server"

let now = Date.UTC(2025, 0, 1)
let mock: MockServer
beforeAll(async () => {
  mock = await startMockServer({ now: () => now })
})
afterAll(() => mock.close())

it("waits for a Flux task", async () => {
  const headers = { Authorization: "Bearer test", "Content-Type": "application/json" }
  const created = await fetch(`${mock.url}/api/v1/flux/kontext/generate`, {
    method: "POST",
    headers,
    body: JSON.stringify({ prompt: "a lighthouse at dusk" }),
  }).then((r) => r.json())
  now += 1500 // taskDurationMs
  const record = await fetch(
    `${mock.url}/api/v1/flux/kontext/record-info?taskId=${created.data.taskId}`,
    { headers },
  ).then((r) => r.json())
  expect(record.data.successFlag).toBe(1)
})
