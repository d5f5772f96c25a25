import { describe, expect, it } from "vitest"
import {
  ConnectionError,
  CreateOutcomeUnknownError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from "../src/index"
import { API_KEY, clientFor, drive, rejectionOf, startMock, useFakeClock } from "./helpers"

const requestsTo = (mock: { requests: readonly { operationId?: string }[] }, id: string) =>
  mock.requests.filter((request) => request.operationId === id).length

describe("reads retry transient failures", () => {
  it.each(["5xx", "maintenance", "reset-before", "reset-after"] as const)(
    "retries a read after %s and returns the answer",
    async (kind) => {
      useFakeClock()
      const mock = await startMock({ credits: 77 })
      mock.injectFault(kind, { operationId: "getCredits", times: 2 })
      const credits = await drive(clientFor(mock, { maxRetries: 3 }).credits())
      expect(credits).toBe(77)
      expect(requestsTo(mock, "getCredits")).toBe(3)
    },
  )

  it("retries a read timeout", async () => {
    useFakeClock()
    const mock = await startMock({ credits: 5, faults: { slowMs: 10_000 } })
    mock.injectFault("slow", { operationId: "getCredits" })
    const kie = clientFor(mock, { maxRetries: 1, timeoutMs: 1_000 })
    expect(await drive(kie.credits())).toBe(5)
  })

  it("stops after maxRetries and throws the last error", async () => {
    useFakeClock()
    const mock = await startMock()
    mock.injectFault("5xx", { operationId: "getCredits", times: 10 })
    const error = await drive(rejectionOf(clientFor(mock, { maxRetries: 2 }).credits()))
    expect(error).toBeInstanceOf(ServerError)
    expect(requestsTo(mock, "getCredits")).toBe(3)
  })

  it("does not retry caller errors", async () => {
    const mock = await startMock()
    await rejectionOf(clientFor(mock, { maxRetries: 3 }).market.get("missing"))
    expect(requestsTo(mock, "marketRecordInfo")).toBe(1)
  })

  it("backs off exponentially with full jitter under the cap", async () => {
    useFakeClock()
    const mock = await startMock({ credits: 1 })
    mock.injectFault("5xx", { operationId: "getCredits", times: 4 })
    const kie = clientFor(mock, { maxRetries: 4 })
    await drive(kie.credits(), 10)
    const at = mock.requests.filter((r) => r.operationId === "getCredits").map((r) => r.at)
    const gaps = at.slice(1).map((time, i) => time - (at[i] as number))
    // Full jitter: each gap is below its ceiling of 500 * 2^n ms (plus one drive step).
    gaps.forEach((gap, n) => {
      expect(gap).toBeGreaterThanOrEqual(0)
      expect(gap).toBeLessThanOrEqual(500 * 2 ** n + 20)
    })
    expect(gaps).toHaveLength(4)
  })

  it("waits at least Retry-After before retrying a 429", async () => {
    useFakeClock()
    let calls = 0
    const times: number[] = []
    const kie = clientFor(await startMock(), {
      maxRetries: 1,
      fetch: async () => {
        times.push(Date.now())
        calls++
        return calls === 1
          ? new Response(JSON.stringify({ code: 429, msg: "slow down" }), {
              status: 429,
              headers: { "retry-after": "7" },
            })
          : new Response(JSON.stringify({ code: 200, msg: "success", data: 3 }))
      },
    })
    expect(await drive(kie.credits())).toBe(3)
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(7_000)
  })
})

describe("creates are never resent when they may have been processed", () => {
  it.each([
    ["reset-before", 0],
    ["reset-after", 1],
  ] as const)("%s: outcome unknown, not resent (%i task)", async (kind, tasks) => {
    const mock = await startMock()
    mock.injectFault(kind, { operationId: "fluxKontextGenerate" })
    const kie = clientFor(mock, { maxRetries: 3 })
    const error = await rejectionOf(kie.fluxKontext.generate({ prompt: "a fox" }))
    expect(error).toBeInstanceOf(CreateOutcomeUnknownError)
    expect((error as Error).cause).toBeInstanceOf(ConnectionError)
    expect((error as Error).message).toMatch(/may or may not have been processed/)
    expect((error as Error).message).toMatch(/NOT resent/)
    expect(requestsTo(mock, "fluxKontextGenerate")).toBe(1)
    expect(mock.tasks()).toHaveLength(tasks)
  })

  it("a 5xx on a create is outcome unknown and not resent", async () => {
    const mock = await startMock()
    mock.injectFault("5xx", { operationId: "marketCreateTask" })
    const kie = clientFor(mock, { maxRetries: 3 })
    const error = await rejectionOf(
      kie.market.createTask({ model: "grok-imagine/text-to-image", input: { prompt: "a fox" } }),
    )
    expect(error).toBeInstanceOf(CreateOutcomeUnknownError)
    expect((error as Error).cause).toBeInstanceOf(ServerError)
    expect(requestsTo(mock, "marketCreateTask")).toBe(1)
  })

  it("a timed-out create is outcome unknown and not resent", async () => {
    useFakeClock()
    const mock = await startMock({ faults: { slowMs: 10_000 } })
    mock.injectFault("slow", { operationId: "gpt4oImageGenerate" })
    const kie = clientFor(mock, { maxRetries: 3, timeoutMs: 1_000 })
    const error = await drive(rejectionOf(kie.gpt4oImage.generate({ prompt: "x", size: "1:1" })))
    expect(error).toBeInstanceOf(CreateOutcomeUnknownError)
    expect((error as Error).cause).toBeInstanceOf(TimeoutError)
    // Let the slow request finish on the server: it was processed once and never resent.
    await drive(new Promise((resolve) => setTimeout(resolve, 12_000)))
    expect(requestsTo(mock, "gpt4oImageGenerate")).toBe(1)
    expect(mock.tasks()).toHaveLength(1)
  })

  it("a malformed success body on a create is outcome unknown", async () => {
    const mock = await startMock()
    mock.injectFault("malformed", { operationId: "fluxKontextGenerate" })
    const error = await rejectionOf(
      clientFor(mock, { maxRetries: 3 }).fluxKontext.generate({ prompt: "a fox" }),
    )
    expect(error).toBeInstanceOf(CreateOutcomeUnknownError)
    expect(mock.tasks()).toHaveLength(1)
  })

  it("retries a create rejected with 429 after Retry-After, creating it once", async () => {
    useFakeClock()
    const mock = await startMock({ rateLimit: { creates: 1, perMs: 5_000 } })
    const kie = clientFor(mock, { maxRetries: 2 })
    await drive(kie.fluxKontext.generate({ prompt: "first" }))
    const { taskId } = await drive(kie.fluxKontext.generate({ prompt: "second" }))
    const second = mock.tasks().filter((task) => task.taskId === taskId)
    expect(second).toHaveLength(1)
    expect(mock.tasks()).toHaveLength(2)
    expect(requestsTo(mock, "fluxKontextGenerate")).toBe(3)
  })

  it("gives up on 429 after maxRetries with a RateLimitError", async () => {
    useFakeClock()
    const mock = await startMock({ rateLimit: { creates: 1, perMs: 600_000 } })
    const kie = clientFor(mock, { maxRetries: 1 })
    await drive(kie.fluxKontext.generate({ prompt: "first" }))
    const error = await drive(rejectionOf(kie.fluxKontext.generate({ prompt: "second" })))
    expect(error).toBeInstanceOf(RateLimitError)
    expect(mock.tasks()).toHaveLength(1)
  })

  it("retries a create after 455 maintenance", async () => {
    useFakeClock()
    const mock = await startMock()
    mock.injectFault("maintenance", { operationId: "fluxKontextGenerate" })
    await drive(clientFor(mock, { maxRetries: 1 }).fluxKontext.generate({ prompt: "a fox" }))
    expect(mock.tasks()).toHaveLength(1)
    expect(requestsTo(mock, "fluxKontextGenerate")).toBe(2)
  })

  it("retries a create that provably never left (connection refused)", async () => {
    useFakeClock()
    const mock = await startMock()
    let calls = 0
    const kie = clientFor(mock, {
      maxRetries: 2,
      fetch: async (input: Request) => {
        calls++
        if (calls === 1) {
          throw new TypeError("fetch failed", {
            cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
          })
        }
        return fetch(input)
      },
    })
    const { taskId } = await drive(kie.fluxKontext.generate({ prompt: "a fox" }))
    expect(mock.tasks(API_KEY).map((task) => task.taskId)).toEqual([taskId])
    expect(calls).toBe(2)
  })
})

describe("a create in flight when the caller aborts", () => {
  it("is outcome unknown, because KIE may have processed it", async () => {
    useFakeClock()
    const mock = await startMock({ faults: { slowMs: 5_000 } })
    mock.injectFault("slow", { operationId: "fluxKontextGenerate" })
    const controller = new AbortController()
    const pending = rejectionOf(
      clientFor(mock).fluxKontext.generate({ prompt: "a fox" }, { signal: controller.signal }),
    )
    await drive(new Promise((resolve) => setTimeout(resolve, 100)))
    controller.abort()
    const error = await pending
    expect(error).toBeInstanceOf(CreateOutcomeUnknownError)
    expect((error as Error).cause).toMatchObject({ name: "AbortError" })
    await drive(new Promise((resolve) => setTimeout(resolve, 6_000)))
    expect(mock.tasks()).toHaveLength(1)
  })

  it("waits out KIE's 10 s window after a 429 without Retry-After", async () => {
    useFakeClock()
    const times: number[] = []
    const kie = clientFor(await startMock(), {
      maxRetries: 1,
      fetch: async () => {
        times.push(Date.now())
        return times.length === 1
          ? new Response(JSON.stringify({ code: 429, msg: "too many" }))
          : new Response(JSON.stringify({ code: 200, msg: "ok", data: { taskId: "t1" } }))
      },
    })
    expect(await drive(kie.fluxKontext.generate({ prompt: "x" }))).toMatchObject({ taskId: "t1" })
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(10_000)
  })
})
