import { describe, expect, it } from "vitest"
import { client, clock, PATHS, rawRequest, receiver, start } from "./helpers"

const T0 = Date.UTC(2025, 0, 15, 10, 0, 0)

describe("inspection API", () => {
  it("records every request with operation, query, body, status, code, key and time", async () => {
    const time = clock(T0)
    const mock = await start({ now: time.now })
    const api = client(mock.url, "key-1")
    const { body } = await api.post(PATHS.fluxGenerate, { prompt: "x" })
    time.advance(10)
    await api.get(PATHS.fluxRecord, { taskId: body.data.taskId })
    await client(mock.url, null).get(PATHS.credits)
    await fetch(`${mock.url}/files/nope/0.png`)
    expect(mock.requests).toHaveLength(4)
    expect(mock.requests[0]).toMatchObject({
      host: "api",
      method: "POST",
      path: PATHS.fluxGenerate,
      operationId: "fluxKontextGenerate",
      query: {},
      body: { prompt: "x" },
      status: 200,
      code: 200,
      apiKey: "key-1",
      at: T0,
    })
    expect(mock.requests[1]).toMatchObject({
      method: "GET",
      operationId: "fluxKontextRecordInfo",
      query: { taskId: body.data.taskId },
      at: T0 + 10,
    })
    expect(mock.requests[1]?.body).toBeUndefined()
    expect(mock.requests[2]).toMatchObject({ operationId: "getCredits", code: 401 })
    expect(mock.requests[2]?.apiKey).toBeUndefined()
    expect(mock.requests[3]).toMatchObject({ path: "/files/nope/0.png", status: 404 })
    expect(mock.requests[3]?.operationId).toBeUndefined()
    for (const entry of mock.requests) expect(entry.durationMs).toBeGreaterThanOrEqual(0)
  })

  it("keeps the api key exactly as sent", async () => {
    const mock = await start()
    await rawRequest(`${mock.url}${PATHS.credits}`, {
      headers: { authorization: "bearer   spaced-key  " },
    })
    expect(mock.requests[0]).toMatchObject({ apiKey: "spaced-key", code: 200 })
    await rawRequest(`${mock.url}${PATHS.credits}`, { headers: { authorization: "Basic abc" } })
    expect(mock.requests[1]?.code).toBe(401)
  })

  it("lists tasks per key", async () => {
    const mock = await start()
    await client(mock.url, "a").post(PATHS.fluxGenerate, { prompt: "1" })
    await client(mock.url, "b").post(PATHS.gptGenerate, { prompt: "2", size: "1:1" })
    await client(mock.url, "a").post(PATHS.marketCreate, { model: "x/y", input: { prompt: "3" } })
    expect(mock.tasks().map((t) => [t.apiKey, t.api])).toEqual([
      ["a", "flux-kontext"],
      ["b", "gpt4o-image"],
      ["a", "market"],
    ])
    expect(mock.tasks("a").map((t) => t.api)).toEqual(["flux-kontext", "market"])
    expect(mock.tasks("nobody")).toEqual([])
  })

  it("reset() forgets everything and cancels pending callbacks", async () => {
    const time = clock(T0)
    const hook = await receiver()
    const mock = await start({ now: time.now })
    const api = client(mock.url)
    const requests = mock.requests
    await api.post(PATHS.fluxGenerate, { prompt: "x", callBackUrl: hook.url })
    mock.setCredits("test-key", 3)
    mock.injectFault("5xx")
    mock.reset()
    expect(mock.tasks()).toEqual([])
    expect(mock.requests).toEqual([])
    expect(requests).toBe(mock.requests)
    expect(mock.credits("test-key")).toBe(1000)
    time.advance(1500)
    await mock.flushCallbacks()
    expect(hook.received).toEqual([])
    expect((await api.get(PATHS.credits)).status).toBe(200) // the injected fault is gone
  })

  it("close() is idempotent and drops keep-alive connections", async () => {
    const mock = await start()
    await client(mock.url).get(PATHS.credits)
    await Promise.all([mock.close(), mock.close()])
    await expect(fetch(`${mock.url}${PATHS.credits}`)).rejects.toThrow()
  })

  it("listens on the given ports", async () => {
    const probe = await start()
    const { port, uploadPort } = probe
    await probe.close()
    const mock = await start({ port, uploadPort })
    expect(mock.url).toBe(`http://127.0.0.1:${port}`)
    expect(mock.uploadUrl).toBe(`http://127.0.0.1:${uploadPort}`)
    await expect(start({ port })).rejects.toThrow(/EADDRINUSE/)
  })
})
