import { describe, expect, it } from "vitest"
import type { ScriptedRequest } from "../src/index"
import { client, PATHS, rawRequest, start } from "./helpers"

const envelope = (code: number, msg: string, data: unknown = null) => ({ code, msg, data })

describe("injectResponse", () => {
  it("answers the next request with exactly the scripted response, then handles normally", async () => {
    const mock = await start()
    mock.injectResponse({ body: envelope(200, "success", 12.5) })
    const api = client(mock.url)
    const first = await api.get(PATHS.credits)
    expect(first.status).toBe(200)
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8")
    expect(first.body).toEqual({ code: 200, msg: "success", data: 12.5 })
    expect((await api.get(PATHS.credits)).body.data).toBe(1000)
  })

  it("serves several scripts for one operation in order", async () => {
    const mock = await start()
    mock.injectResponse({ body: envelope(500, "first") }, { operationId: "getCredits" })
    mock.injectResponse({ body: envelope(501, "second") }, { operationId: "getCredits" })
    mock.injectResponse({ body: envelope(502, "third") })
    const api = client(mock.url)
    const msgs = []
    for (let i = 0; i < 4; i++) msgs.push((await api.get(PATHS.credits)).body.msg)
    expect(msgs).toEqual(["first", "second", "third", "success"])
  })

  it("serves a script `times` times before the next one", async () => {
    const mock = await start()
    mock.injectResponse({ body: envelope(455, "maintenance") }, { times: 2 })
    mock.injectResponse({ body: envelope(433, "limit") })
    const api = client(mock.url)
    const codes = []
    for (let i = 0; i < 4; i++) codes.push((await api.get(PATHS.credits)).body.code)
    expect(codes).toEqual([455, 455, 433, 200])
    expect(() => mock.injectResponse({ body: null }, { times: 0 })).toThrow(RangeError)
  })

  it("applies only to its operation when one is given", async () => {
    const mock = await start({ taskDurationMs: 0 })
    mock.injectResponse(
      { status: 404, body: { code: 404, msg: "gone" } },
      { operationId: "marketRecordInfo" },
    )
    const api = client(mock.url)
    const created = await api.post(PATHS.marketCreate, {
      model: "google/nano-banana",
      input: { prompt: "a fox" },
    })
    expect(created.body.code).toBe(200)
    expect((await api.get(PATHS.credits)).body.code).toBe(200)
    const taskId = created.body.data.taskId as string
    const scripted = await api.get(PATHS.marketRecord, { taskId })
    expect(scripted).toMatchObject({ status: 404, body: { code: 404, msg: "gone" } })
    const real = await api.get(PATHS.marketRecord, { taskId })
    expect(real.body.data.state).toBe("success")
  })

  it("calls a function with the request and sends what it returns", async () => {
    const mock = await start()
    const seen: ScriptedRequest[] = []
    mock.injectResponse(
      (request) => {
        seen.push(request)
        return { body: envelope(200, "success", { taskId: `scripted-${request.query.n}` }) }
      },
      { operationId: "marketRecordInfo", times: 2 },
    )
    const api = client(mock.url)
    expect((await api.get(PATHS.marketRecord, { taskId: "t1", n: "1" })).body.data).toEqual({
      taskId: "scripted-1",
    })
    expect((await api.get(PATHS.marketRecord, { taskId: "t2", n: "2" })).body.data).toEqual({
      taskId: "scripted-2",
    })
    expect(seen).toEqual([
      { operationId: "marketRecordInfo", query: { taskId: "t1", n: "1" } },
      { operationId: "marketRecordInfo", query: { taskId: "t2", n: "2" } },
    ])

    mock.injectResponse((request) => ({ body: request.body }))
    const echoed = await api.post(PATHS.fluxGenerate, { prompt: "echo" })
    expect(echoed.body).toEqual({ prompt: "echo" })
  })

  it("sends a string body as is", async () => {
    const mock = await start()
    mock.injectResponse({ body: '{"code":200,"msg":"succ' })
    mock.injectResponse({
      status: 502,
      body: "<html>Bad Gateway</html>",
      headers: { "Content-Type": "text/html" },
    })
    const first = await rawRequest(`${mock.url}${PATHS.credits}`, {
      headers: { authorization: "Bearer k" },
    })
    expect(first).toEqual({ status: 200, body: '{"code":200,"msg":"succ' })
    const second = await fetch(`${mock.url}${PATHS.credits}`)
    expect(second.status).toBe(502)
    expect(second.headers.get("content-type")).toBe("text/html")
    expect(await second.text()).toBe("<html>Bad Gateway</html>")
    expect(mock.requests.map((r) => r.code)).toEqual([undefined, undefined])
  })

  it("sends the scripted status and headers", async () => {
    const mock = await start()
    mock.injectResponse(
      {
        status: 429,
        body: envelope(429, "Rate limit exceeded"),
        headers: { "Retry-After": "7", "X-Scenario": "throttled" },
      },
      { operationId: "fluxKontextGenerate" },
    )
    const response = await client(mock.url).post(PATHS.fluxGenerate, { prompt: "x" })
    expect(response.status).toBe(429)
    expect(response.headers.get("retry-after")).toBe("7")
    expect(response.headers.get("x-scenario")).toBe("throttled")
    expect(response.headers.get("access-control-allow-origin")).toBe("*")
    expect(response.body).toEqual(envelope(429, "Rate limit exceeded"))
  })

  it("replaces all handling, and is recorded with scripted: true", async () => {
    const mock = await start({ apiKeys: ["good"] })
    mock.injectResponse({ body: envelope(200, "success", { taskId: "fake" }) })
    const response = await client(mock.url, null).post(PATHS.fluxGenerate, { prompt: "x" })
    expect(response.body.data).toEqual({ taskId: "fake" })
    expect(mock.tasks()).toEqual([])
    expect(mock.credits("good")).toBe(1000)
    expect(mock.requests).toHaveLength(1)
    expect(mock.requests[0]).toMatchObject({
      host: "api",
      method: "POST",
      operationId: "fluxKontextGenerate",
      body: { prompt: "x" },
      status: 200,
      code: 200,
      scripted: true,
    })
    expect(mock.requests[0]).not.toHaveProperty("apiKey")
    expect(mock.requests[0]).not.toHaveProperty("fault")
  })

  it("takes precedence over injected faults and errors, which stay queued", async () => {
    const mock = await start()
    mock.injectFault("5xx")
    mock.injectError(433)
    mock.injectResponse({ body: envelope(200, "scripted") })
    const api = client(mock.url)
    const first = await api.get(PATHS.credits)
    expect(first.body.msg).toBe("scripted")
    const second = await api.get(PATHS.credits)
    expect(second.status).toBe(500)
    const third = await api.get(PATHS.credits)
    expect(third.body.code).toBe(433)
    expect((await api.get(PATHS.credits)).body.code).toBe(200)
    expect(mock.requests.map((r) => [r.scripted ?? false, r.fault ?? null])).toEqual([
      [true, null],
      [false, "5xx"],
      [false, null],
      [false, null],
    ])
  })

  it("works on the upload host, but not for file downloads or unknown routes", async () => {
    const mock = await start()
    mock.injectResponse({ status: 413, body: { success: false, code: 413, msg: "too large" } })
    expect((await fetch(`${mock.url}/nope`)).status).toBe(404)
    expect((await fetch(`${mock.uploadUrl}/files/a/b.png`)).status).toBe(404)
    const upload = await client(mock.uploadUrl).post(PATHS.uploadBase64, {
      base64Data: "aGVsbG8=",
      uploadPath: "x",
    })
    expect(upload).toMatchObject({ status: 413, body: { code: 413, msg: "too large" } })
    expect(mock.requests.map((r) => r.scripted === true)).toEqual([false, false, true])
  })

  it("is cleared by reset()", async () => {
    const mock = await start()
    mock.injectResponse({ body: envelope(500, "never sent") }, { times: 3 })
    mock.reset()
    expect((await client(mock.url).get(PATHS.credits)).body.code).toBe(200)
  })

  it("rejects an invalid response when it is queued", async () => {
    const mock = await start()
    expect(() => mock.injectResponse({ status: 99, body: "" })).toThrow(RangeError)
    expect(() => mock.injectResponse({ status: 200.5, body: "" })).toThrow(RangeError)
    expect(() => mock.injectResponse({ body: "", headers: { "Bad Header": "x" } })).toThrow(
      TypeError,
    )
    expect(() => mock.injectResponse({ body: "", headers: { "X-A": "line\nbreak" } })).toThrow(
      TypeError,
    )
    expect(() => mock.injectResponse({ body: { n: 1n } })).toThrow(TypeError)
    expect((await client(mock.url).get(PATHS.credits)).body.code).toBe(200)
  })

  it("answers HTTP 500 with the reason when a function fails", async () => {
    const lines: string[] = []
    const mock = await start({ logger: (line) => lines.push(line) })
    mock.injectResponse(() => {
      throw new Error("boom")
    })
    mock.injectResponse(() => ({ status: 42, body: null }))
    const first = await fetch(`${mock.url}${PATHS.credits}`)
    expect(first.status).toBe(500)
    expect(await first.text()).toBe("injectResponse function failed: boom")
    const second = await fetch(`${mock.url}${PATHS.credits}`)
    expect(second.status).toBe(500)
    expect(await second.text()).toMatch(/status must be an integer 200-599, got 42/)
    expect(mock.requests.map((r) => [r.status, r.scripted])).toEqual([
      [500, true],
      [500, true],
    ])
    expect(lines.filter((line) => line.startsWith("injectResponse function failed"))).toHaveLength(
      2,
    )
    expect(lines.filter((line) => line.endsWith(" scripted"))).toHaveLength(2)
  })
})

describe("injectResponse with a fault", () => {
  it("fails that request with the fault, in its place in the queue", async () => {
    const mock = await start()
    mock.injectResponse({ fault: "reset-before" }, { operationId: "getCredits" })
    mock.injectResponse({ body: envelope(200, "success", 7) }, { operationId: "getCredits" })
    const api = client(mock.url)
    await expect(api.get(PATHS.credits)).rejects.toThrow()
    expect((await api.get(PATHS.credits)).body.data).toBe(7)
    expect(mock.requests.map((r) => [r.status, r.fault, r.scripted])).toEqual([
      [0, "reset-before", true],
      [200, undefined, true],
    ])
  })

  it("refuses an unknown fault when it is queued", () => {
    return start().then((mock) => {
      expect(() => mock.injectResponse({ fault: "explode" as never })).toThrow(/unknown fault/)
    })
  })
})
