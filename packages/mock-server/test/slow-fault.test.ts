// Kept in its own file: it counts fake timers, so no other test's HTTP client may leave timers
// behind in this worker.
import { afterEach, expect, it, vi } from "vitest"
import { PATHS, rawRequest, start } from "./helpers"

afterEach(() => {
  vi.useRealTimers()
})

it("slow: delays the response by slowMs", async () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] })
  const mock = await start({ faults: { slowMs: 2000 } })
  mock.injectFault("slow", { operationId: "getCredits" })
  let settled = false
  const pending = rawRequest(`${mock.url}${PATHS.credits}`, {
    headers: { authorization: "Bearer test-key" },
  }).then((response) => {
    settled = true
    return response
  })
  // Wait (on real I/O, not on time) until the request is parked in the fault's delay.
  while (vi.getTimerCount() === 0) await new Promise((resolve) => setImmediate(resolve))
  await vi.advanceTimersByTimeAsync(1999)
  expect(settled).toBe(false)
  await vi.advanceTimersByTimeAsync(1)
  const response = await pending
  if ("error" in response) throw response.error
  expect(JSON.parse(response.body)).toEqual({ code: 200, msg: "success", data: 1000 })
  expect(mock.requests[0]).toMatchObject({ fault: "slow", status: 200 })
})
