import { describe, expect, it } from "vitest"
import { client, clock, PATHS, start } from "./helpers"

const T0 = Date.UTC(2025, 0, 15, 10, 0, 0)

describe("create rate limit", () => {
  it("rejects the 21st create in 10 s with HTTP 429 and Retry-After, without a task or a charge", async () => {
    const time = clock(T0)
    const mock = await start({ now: time.now })
    const api = client(mock.url)
    for (let i = 0; i < 20; i++) {
      expect((await api.post(PATHS.fluxGenerate, { prompt: `p${i}` })).body.code).toBe(200)
      time.advance(100)
    }
    expect(mock.credits("test-key")).toBe(1000 - 20 * 5)
    time.set(T0 + 4000)
    const rejected = await api.post(PATHS.marketCreate, {
      model: "google/nano-banana",
      input: { prompt: "one too many" },
    })
    expect(rejected.status).toBe(429)
    expect(rejected.headers.get("retry-after")).toBe("6")
    expect(rejected.body.code).toBe(429)
    expect(rejected.body.data).toBeNull()
    expect(rejected.body.msg).toMatch(/rejected, not queued/)
    expect(mock.tasks()).toHaveLength(20)
    expect(mock.credits("test-key")).toBe(900)

    // Other keys have their own window.
    expect((await client(mock.url, "other").post(PATHS.fluxGenerate, { prompt: "x" })).status).toBe(
      200,
    )

    // The oldest create leaves the window at T0 + 10 s.
    time.set(T0 + 9999)
    expect((await api.post(PATHS.gptGenerate, { prompt: "x", size: "1:1" })).status).toBe(429)
    time.set(T0 + 10_000)
    const accepted = await api.post(PATHS.gptGenerate, { prompt: "x", size: "1:1" })
    expect(accepted.status).toBe(200)
    expect(accepted.body.code).toBe(200)
    expect(mock.tasks("test-key")).toHaveLength(21)
  })

  it("is configurable and can be disabled", async () => {
    const time = clock(T0)
    const strict = await start({ now: time.now, rateLimit: { creates: 2, perMs: 1000 } })
    const api = client(strict.url)
    expect((await api.post(PATHS.fluxGenerate, { prompt: "a" })).status).toBe(200)
    expect((await api.post(PATHS.fluxGenerate, { prompt: "b" })).status).toBe(200)
    const third = await api.post(PATHS.fluxGenerate, { prompt: "c" })
    expect(third.status).toBe(429)
    expect(third.headers.get("retry-after")).toBe("1")

    const off = await start({ now: time.now, rateLimit: false })
    const free = client(off.url)
    for (let i = 0; i < 30; i++) {
      expect((await free.post(PATHS.fluxGenerate, { prompt: `p${i}` })).status).toBe(200)
    }
    expect(off.tasks()).toHaveLength(30)
  })
})

describe("query rate limits", () => {
  it("allows at most 3 4o record-info queries per second per task", async () => {
    const time = clock(T0)
    const mock = await start({ now: time.now })
    const api = client(mock.url)
    const a = (await api.post(PATHS.gptGenerate, { prompt: "a", size: "1:1" })).body.data.taskId
    const b = (await api.post(PATHS.gptGenerate, { prompt: "b", size: "1:1" })).body.data.taskId
    for (let i = 0; i < 3; i++) {
      expect((await api.get(PATHS.gptRecord, { taskId: a })).status).toBe(200)
      time.advance(300)
    }
    const limited = await api.get(PATHS.gptRecord, { taskId: a })
    expect(limited.status).toBe(429)
    expect(limited.headers.get("retry-after")).toBe("1")
    expect(limited.body).toMatchObject({ code: 429, data: null })
    expect((await api.get(PATHS.gptRecord, { taskId: b })).status).toBe(200)
    time.set(T0 + 1000) // the first query left the window
    expect((await api.get(PATHS.gptRecord, { taskId: a })).status).toBe(200)
    // Flux is not limited.
    const flux = (await api.post(PATHS.fluxGenerate, { prompt: "f" })).body.data.taskId
    for (let i = 0; i < 6; i++) {
      expect((await api.get(PATHS.fluxRecord, { taskId: flux })).status).toBe(200)
    }
  })

  it("limits Market recordInfo per key when marketQueriesPerSecond is set", async () => {
    const time = clock(T0)
    const mock = await start({ now: time.now, rateLimit: { marketQueriesPerSecond: 2 } })
    const api = client(mock.url)
    const { body } = await api.post(PATHS.marketCreate, { model: "x/y", input: { prompt: "p" } })
    expect((await api.get(PATHS.marketRecord, { taskId: body.data.taskId })).status).toBe(200)
    expect((await api.get(PATHS.marketRecord, { taskId: "other" })).status).toBe(404)
    const limited = await api.get(PATHS.marketRecord, { taskId: body.data.taskId })
    expect(limited.status).toBe(429)
    expect(limited.body).toEqual({ code: 429, msg: "Rate limit exceeded" })
  })
})
