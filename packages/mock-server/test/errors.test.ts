import { describe, expect, it } from "vitest"
import { client, PATHS, start } from "./helpers"

const NO_ACCESS = { code: 401, msg: "You do not have access permissions", data: null }

describe("authentication", () => {
  it("answers HTTP 200 with body code 401 when the bearer token is missing or empty", async () => {
    const mock = await start()
    const anonymous = client(mock.url, null)
    for (const response of [
      await anonymous.get(PATHS.credits),
      await anonymous.post(PATHS.fluxGenerate, { prompt: "x" }),
      await anonymous.get(PATHS.marketRecord, { taskId: "abc" }),
      await client(mock.url, "").get(PATHS.credits),
    ]) {
      expect(response.status).toBe(200)
      expect(response.body).toEqual(NO_ACCESS)
    }
    expect(mock.tasks()).toEqual([])
    expect(mock.requests.map((r) => r.code)).toEqual([401, 401, 401, 401])
  })

  it("accepts any non-empty key by default and only the listed keys with apiKeys", async () => {
    const open = await start()
    expect((await client(open.url, "anything").get(PATHS.credits)).body.code).toBe(200)
    const closed = await start({ apiKeys: ["good"] })
    expect((await client(closed.url, "good").get(PATHS.credits)).body.code).toBe(200)
    expect((await client(closed.url, "bad").get(PATHS.credits)).body).toEqual(NO_ACCESS)
    expect(closed.requests.map((r) => r.apiKey)).toEqual(["good", "bad"])
  })

  it("rejects uploads without a key with HTTP 401 and success:false", async () => {
    const mock = await start()
    const response = await client(mock.uploadUrl, null).post(PATHS.uploadBase64, {
      base64Data: "aGVsbG8=",
      uploadPath: "x",
    })
    expect(response.status).toBe(401)
    expect(response.body).toEqual({
      success: false,
      code: 401,
      msg: "Authentication failed: Invalid API Key",
    })
  })
})

describe("validation against the spec (422)", () => {
  it.each([
    [
      PATHS.fluxGenerate,
      { prompt: "x", aspectRatio: "5:4" },
      "aspectRatio must be one of 21:9, 16:9, 4:3, 1:1, 3:4, 9:16",
    ],
    [PATHS.fluxGenerate, {}, "prompt is required"],
    [
      PATHS.fluxGenerate,
      { prompt: "x", safetyTolerance: 7 },
      "safetyTolerance must be one of 0, 1, 2, 3, 4, 5, 6",
    ],
    [
      PATHS.fluxGenerate,
      { prompt: "x", inputImage: "https://example.com/a.png", safetyTolerance: 3 },
      "safetyTolerance must be <= 2",
    ],
    [
      PATHS.fluxGenerate,
      { prompt: "x", callBackUrl: "not a url" },
      "callBackUrl must be a valid uri",
    ],
    [PATHS.gptGenerate, { prompt: "x" }, "size is required"],
    [PATHS.gptGenerate, { size: "1:1" }, "prompt, filesUrl or fileUrl is required"],
    [
      PATHS.gptGenerate,
      { prompt: "x", size: "1:1", nVariants: 3 },
      "nVariants must be one of 1, 2, 4",
    ],
    [PATHS.marketCreate, { input: { prompt: "x" } }, "model is required"],
    [PATHS.marketCreate, { model: "google/nano-banana" }, "input is required"],
    [
      PATHS.marketCreate,
      { model: "google/nano-banana", input: { prompt: "x", output_format: "gif" } },
      "input.output_format must be one of png, jpeg",
    ],
    [
      PATHS.marketCreate,
      {
        model: "kling-2.6/text-to-video",
        input: { prompt: "x", sound: false, aspect_ratio: "1:1", duration: 5 },
      },
      "input.duration must be string",
    ],
    [PATHS.marketCreate, { model: "some/other-model" }, "input is required"],
    [PATHS.download, {}, "url is required"],
    [PATHS.gptDownload, { url: "http://127.0.0.1/x.png" }, "taskId is required"],
  ])("POST %s %j -> %s", async (path, body, msg) => {
    const mock = await start()
    const response = await client(mock.url).post(path, body)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ code: 422, msg, data: null })
    expect(mock.tasks()).toEqual([])
    expect(mock.credits("test-key")).toBe(1000)
  })

  it("accepts a field the spec does not know yet, where it refuses documented violations", async () => {
    const mock = await start()
    const flux = await client(mock.url).post(PATHS.fluxGenerate, {
      prompt: "x",
      brandNewFlag: true,
    })
    expect(flux.body.code).toBe(200)
    const market = await client(mock.url).post(PATHS.marketCreate, {
      model: "google/nano-banana",
      input: { prompt: "x", next_month_option: 3 },
    })
    expect(market.body.code).toBe(200)
    expect(mock.tasks()).toHaveLength(2)
    const wrong = await client(mock.url).post(PATHS.marketCreate, {
      model: "google/nano-banana",
      input: { prompt: "x", next_month_option: 3, output_format: "gif" },
    })
    expect(wrong.body).toEqual({
      code: 422,
      msg: "input.output_format must be one of png, jpeg",
      data: null,
    })
  })

  it("validates record-info queries (Flux/4o: 422; Market: HTTP 400)", async () => {
    const mock = await start()
    const api = client(mock.url)
    expect((await api.get(PATHS.fluxRecord)).body).toEqual({
      code: 422,
      msg: "taskId is required",
      data: null,
    })
    expect((await api.get(PATHS.gptRecord, { taskId: "" })).body).toEqual({
      code: 422,
      msg: "taskId must NOT have fewer than 1 characters",
      data: null,
    })
    const market = await api.get(PATHS.marketRecord)
    expect(market.status).toBe(400)
    expect(market.body).toEqual({ code: 400, msg: "taskId parameter is required" })
  })
})

describe("malformed JSON bodies", () => {
  it("answers 400 Format Error on 4o generate and 422 on the other api.kie.ai operations", async () => {
    const mock = await start()
    const api = client(mock.url)
    expect((await api.post(PATHS.gptGenerate, "{nope")).body).toEqual({
      code: 400,
      msg: "Format Error: the request body is not valid JSON",
      data: null,
    })
    for (const path of [
      PATHS.fluxGenerate,
      PATHS.marketCreate,
      PATHS.download,
      PATHS.gptDownload,
    ]) {
      expect((await api.post(path, "{nope")).body).toEqual({
        code: 422,
        msg: "The request body is not valid JSON",
        data: null,
      })
    }
    const upload = await client(mock.uploadUrl).post(PATHS.uploadBase64, "{nope")
    expect(upload.status).toBe(400)
    expect(upload.body).toEqual({ success: false, code: 400, msg: "Invalid JSON body" })
    expect(mock.tasks()).toEqual([])
    expect(mock.requests[0]?.body).toBe("{nope")
  })
})

describe("unknown tasks and routes", () => {
  it("answers body code 404 for an unknown taskId (Market: HTTP 404)", async () => {
    const mock = await start()
    const api = client(mock.url)
    expect((await api.get(PATHS.fluxRecord, { taskId: "nope" })).body).toEqual({
      code: 404,
      msg: "Task not found",
      data: null,
    })
    expect((await api.get(PATHS.gptRecord, { taskId: "nope" })).body.code).toBe(404)
    const market = await api.get(PATHS.marketRecord, { taskId: "nope" })
    expect(market.status).toBe(404)
    expect(market.body).toEqual({ code: 404, msg: "Task not found" })
  })

  it("keeps tasks private to their key and family", async () => {
    const mock = await start()
    const owner = client(mock.url, "owner")
    const { body } = await owner.post(PATHS.fluxGenerate, { prompt: "mine" })
    const taskId = body.data.taskId
    expect((await owner.get(PATHS.fluxRecord, { taskId })).body.code).toBe(200)
    expect((await client(mock.url, "other").get(PATHS.fluxRecord, { taskId })).body.code).toBe(404)
    expect((await owner.get(PATHS.gptRecord, { taskId })).body.code).toBe(404)
    expect(mock.tasks("owner")).toHaveLength(1)
    expect(mock.tasks("other")).toEqual([])
  })

  it("answers 404 for unknown paths and 405 for a wrong method", async () => {
    const mock = await start()
    const unknown = await fetch(`${mock.url}/api/v1/nope`, {
      headers: { authorization: "Bearer k" },
    })
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({ code: 404, msg: "Not Found", data: null })
    const wrong = await fetch(`${mock.url}${PATHS.fluxGenerate}`, {
      headers: { authorization: "Bearer k" },
    })
    expect(wrong.status).toBe(405)
    const upload = await fetch(`${mock.uploadUrl}${PATHS.uploadBase64}`)
    expect(upload.status).toBe(405)
    expect(await upload.json()).toEqual({ success: false, code: 405, msg: "Method Not Allowed" })
    // The upload API lives on its own host only.
    expect((await fetch(`${mock.url}${PATHS.uploadBase64}`, { method: "POST" })).status).toBe(404)
  })
})

describe("insufficient credits (402)", () => {
  it("rejects a create the balance cannot pay for, without creating a task", async () => {
    const mock = await start({ credits: 7 })
    const api = client(mock.url)
    expect((await api.post(PATHS.fluxGenerate, { prompt: "a" })).body.code).toBe(200)
    expect(mock.credits("test-key")).toBe(2)
    const rejected = await api.post(PATHS.fluxGenerate, { prompt: "b" })
    expect(rejected.status).toBe(200)
    expect(rejected.body).toEqual({
      code: 402,
      msg: "The current credits are insufficient. Please top up.",
      data: null,
    })
    expect(mock.tasks()).toHaveLength(1)
    expect(mock.credits("test-key")).toBe(2)
    mock.setCredits("test-key", 100)
    expect((await api.post(PATHS.fluxGenerate, { prompt: "c" })).body.code).toBe(200)
  })
})

describe("CORS", () => {
  it("answers preflight requests", async () => {
    const mock = await start()
    const response = await fetch(`${mock.url}${PATHS.credits}`, { method: "OPTIONS" })
    expect(response.status).toBe(204)
    expect(response.headers.get("access-control-allow-origin")).toBe("*")
    expect(response.headers.get("access-control-allow-headers")).toContain("Authorization")
  })
})

describe("injectError: codes no trigger produces", () => {
  it.each([
    [433, PATHS.marketCreate, { model: "x/y", input: { prompt: "a" } }],
    [505, PATHS.fluxGenerate, { prompt: "a" }],
    [550, PATHS.gptGenerate, { prompt: "a", size: "1:1" }],
  ] as const)("answers %i once, with nothing created", async (code, path, body) => {
    const mock = await start()
    mock.injectError(code)
    const api = client(mock.url)
    const first = await api.post(path, body)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ code, data: null })
    expect(typeof first.body.msg).toBe("string")
    expect(mock.tasks()).toEqual([])
    const second = await api.post(path, body)
    expect(second.body.code).toBe(200)
    expect(mock.tasks()).toHaveLength(1)
  })

  it("targets one operation and a number of requests", async () => {
    const mock = await start()
    mock.injectError(433, { operationId: "marketCreateTask", times: 2 })
    const api = client(mock.url)
    expect((await api.get(PATHS.credits)).body.code).toBe(200)
    const codes = []
    for (let i = 0; i < 3; i++) {
      codes.push((await api.post(PATHS.marketCreate, { model: "x/y", input: {} })).body.code)
    }
    expect(codes).toEqual([433, 433, 200])
    expect(() => mock.injectError(200)).toThrow(RangeError)
  })
})
