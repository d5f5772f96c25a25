import { describe, expect, it } from "vitest"
import { client, clock, PATHS, start } from "./helpers"

const T0 = Date.UTC(2025, 0, 15, 10, 0, 0)

async function setup(options: Parameters<typeof start>[0] = {}) {
  const time = clock(T0)
  const mock = await start({ now: time.now, ...options })
  return { time, mock, api: client(mock.url) }
}

describe("Flux Kontext lifecycle", () => {
  it("walks successFlag 0 -> 1 with ISO timestamps and result URLs", async () => {
    const { time, mock, api } = await setup()
    const request = { prompt: "a lighthouse at dusk", aspectRatio: "1:1", outputFormat: "png" }
    const created = await api.post(PATHS.fluxGenerate, request)
    expect(created.status).toBe(200)
    expect(created.body.code).toBe(200)
    expect(created.body.msg).toBe("success")
    const taskId: string = created.body.data.taskId
    expect(taskId).toMatch(/^[0-9a-f]{32}$/)

    const running = await api.get(PATHS.fluxRecord, { taskId })
    expect(running.body).toEqual({
      code: 200,
      msg: "success",
      data: {
        taskId,
        paramJson: JSON.stringify(request),
        createTime: "2025-01-15T10:00:00.000Z",
        successFlag: 0,
        errorCode: null,
        errorMessage: "",
      },
    })
    expect(mock.tasks()[0]?.status).toBe("running")

    time.advance(1499)
    expect((await api.get(PATHS.fluxRecord, { taskId })).body.data.successFlag).toBe(0)

    time.advance(1)
    const done = await api.get(PATHS.fluxRecord, { taskId })
    expect(done.body.data).toMatchObject({
      successFlag: 1,
      completeTime: "2025-01-15T10:00:01.500Z",
      createTime: "2025-01-15T10:00:00.000Z",
      errorCode: null,
      errorMessage: "",
      response: {
        resultImageUrl: `${mock.url}/files/${taskId}/result.png`,
        originImageUrl: `${mock.url}/files/${taskId}/origin.png`,
      },
    })
    const [task] = mock.tasks()
    expect(task).toMatchObject({
      api: "flux-kontext",
      taskId,
      apiKey: "test-key",
      model: "flux-kontext-pro",
      request,
      createdAt: T0,
      durationMs: 1500,
      completesAt: T0 + 1500,
      cost: 5,
      status: "succeeded",
      resultUrls: [`${mock.url}/files/${taskId}/result.png`],
    })
  })

  it.each([
    ["mock:fail", 501, "Image generation task failed"],
    ["mock:fail=400", 400, "Your prompt was flagged by Website as violating content policies."],
    ["mock:fail=500", 500, "Internal error, please try again later."],
    ["mock:fail=501", 501, "Image generation task failed"],
  ])("fails with successFlag 3 on %s", async (trigger, errorCode, errorMessage) => {
    const { time, api, mock } = await setup()
    const { body } = await api.post(PATHS.fluxGenerate, { prompt: `a cat ${trigger}` })
    const taskId = body.data.taskId
    expect((await api.get(PATHS.fluxRecord, { taskId })).body.data.successFlag).toBe(0)
    time.advance(1500)
    const record = (await api.get(PATHS.fluxRecord, { taskId })).body.data
    expect(record).toMatchObject({ successFlag: 3, errorCode, errorMessage })
    expect(record.response).toBeUndefined()
    expect(record.completeTime).toBe("2025-01-15T10:00:01.500Z")
    expect(mock.tasks()[0]?.status).toBe("failed")
    expect(mock.tasks()[0]?.failure).toEqual({ code: errorCode, message: errorMessage })
  })

  it("reports CREATE_TASK_FAILED (successFlag 2) at once on mock:fail=create", async () => {
    const { api } = await setup()
    const { body } = await api.post(PATHS.fluxGenerate, { prompt: "x mock:fail=create" })
    const record = (await api.get(PATHS.fluxRecord, { taskId: body.data.taskId })).body.data
    expect(record).toMatchObject({ successFlag: 2, errorCode: 500 })
  })

  it("honours mock:duration=<ms> per task", async () => {
    const { time, api } = await setup()
    const { body } = await api.post(PATHS.fluxGenerate, { prompt: "fast mock:duration=200" })
    time.advance(199)
    expect(
      (await api.get(PATHS.fluxRecord, { taskId: body.data.taskId })).body.data.successFlag,
    ).toBe(0)
    time.advance(1)
    expect(
      (await api.get(PATHS.fluxRecord, { taskId: body.data.taskId })).body.data.successFlag,
    ).toBe(1)
  })

  it("uses taskDurationMs and defaults to JPEG output", async () => {
    const { time, api, mock } = await setup({ taskDurationMs: 10_000 })
    const { body } = await api.post(PATHS.fluxGenerate, {
      prompt: "slow one",
      model: "flux-kontext-max",
    })
    time.advance(9_999)
    expect(
      (await api.get(PATHS.fluxRecord, { taskId: body.data.taskId })).body.data.successFlag,
    ).toBe(0)
    time.advance(1)
    const record = (await api.get(PATHS.fluxRecord, { taskId: body.data.taskId })).body.data
    expect(record.response.resultImageUrl).toMatch(/\/result\.jpg$/)
    expect(mock.tasks()[0]?.cost).toBe(10)
  })
})

describe("4o Image lifecycle", () => {
  it("walks GENERATING -> SUCCESS with a rising two-decimal progress and epoch-ms times", async () => {
    const { time, api, mock } = await setup({ rateLimit: false })
    const request = { prompt: "a red fox", size: "3:2", nVariants: 2 }
    const { body } = await api.post(PATHS.gptGenerate, request)
    const taskId = body.data.taskId
    const seen: string[] = []
    for (const at of [0, 375, 750, 1125, 1499]) {
      time.set(T0 + at)
      const record = (await api.get(PATHS.gptRecord, { taskId })).body.data
      expect(record).toMatchObject({
        taskId,
        status: "GENERATING",
        successFlag: 0,
        completeTime: null,
        response: null,
        createTime: T0,
        errorCode: null,
        paramJson: JSON.stringify(request),
      })
      seen.push(record.progress)
    }
    expect(seen).toEqual(["0.00", "0.25", "0.50", "0.75", "0.99"])
    time.set(T0 + 1500)
    const done = (await api.get(PATHS.gptRecord, { taskId })).body.data
    expect(done).toMatchObject({
      status: "SUCCESS",
      successFlag: 1,
      progress: "1.00",
      completeTime: T0 + 1500,
      createTime: T0,
      errorCode: null,
      errorMessage: "",
    })
    expect(done.response).toEqual({
      resultUrls: [`${mock.url}/files/${taskId}/0.png`, `${mock.url}/files/${taskId}/1.png`],
    })
  })

  it.each([1, 2, 4])("returns %i result URL(s) for nVariants", async (nVariants) => {
    const { time, api, mock } = await setup()
    const { body } = await api.post(PATHS.gptGenerate, { prompt: "p", size: "1:1", nVariants })
    time.advance(1500)
    const record = (await api.get(PATHS.gptRecord, { taskId: body.data.taskId })).body.data
    expect(record.response.resultUrls).toHaveLength(nVariants)
    expect(mock.tasks()[0]?.cost).toBe({ 1: 6, 2: 7, 4: 8 }[nVariants])
  })

  it.each([
    ["mock:fail", 500, "Generation failed, please try again or contact support"],
    ["mock:fail=400", 400, "Your content was flagged by OpenAI as violating content policies"],
    [
      "mock:fail=451",
      451,
      "Failed to fetch the image. Kindly verify any access limits set by you or your service provider.",
    ],
    ["mock:fail=500", 500, "Generation failed, please try again or contact support"],
  ])("fails with GENERATE_FAILED on %s", async (trigger, errorCode, errorMessage) => {
    const { time, api } = await setup()
    const { body } = await api.post(PATHS.gptGenerate, { prompt: `p ${trigger}`, size: "1:1" })
    time.advance(1500)
    const record = (await api.get(PATHS.gptRecord, { taskId: body.data.taskId })).body.data
    expect(record).toMatchObject({
      status: "GENERATE_FAILED",
      successFlag: 2,
      errorCode,
      errorMessage,
      response: null,
      progress: "0.00",
      completeTime: T0 + 1500,
    })
  })

  it("reports CREATE_TASK_FAILED on mock:fail=create", async () => {
    const { api } = await setup()
    const { body } = await api.post(PATHS.gptGenerate, {
      prompt: "p mock:fail=create",
      size: "1:1",
    })
    const record = (await api.get(PATHS.gptRecord, { taskId: body.data.taskId })).body.data
    expect(record).toMatchObject({ status: "CREATE_TASK_FAILED", successFlag: 2, errorCode: 500 })
  })
})

describe("Market lifecycle", () => {
  it("walks waiting -> queuing -> generating -> success with JSON-string param and resultJson", async () => {
    const { time, api, mock } = await setup({ taskDurationMs: 1000 })
    const request = {
      model: "google/nano-banana",
      input: { prompt: "a banana in space", output_format: "jpeg", image_size: "16:9" },
    }
    const { body } = await api.post(PATHS.marketCreate, request)
    const taskId = body.data.taskId
    const states: [string, number][] = []
    for (const at of [0, 149, 150, 299, 300, 999]) {
      time.set(T0 + at)
      const record = (await api.get(PATHS.marketRecord, { taskId })).body.data
      expect(record).toMatchObject({
        taskId,
        model: "google/nano-banana",
        param: JSON.stringify(request),
        resultJson: "",
        failCode: "",
        failMsg: "",
        createTime: T0,
      })
      expect(record.completeTime).toBeUndefined()
      states.push([record.state, record.updateTime - T0])
    }
    expect(states).toEqual([
      ["waiting", 0],
      ["waiting", 0],
      ["queuing", 150],
      ["queuing", 150],
      ["generating", 300],
      ["generating", 300],
    ])
    expect(mock.tasks()[0]?.status).toBe("running")
    time.set(T0)
    expect(mock.tasks()[0]?.status).toBe("queued")

    time.set(T0 + 1000)
    const done = (await api.get(PATHS.marketRecord, { taskId })).body.data
    expect(done).toMatchObject({
      state: "success",
      costTime: 1000,
      completeTime: T0 + 1000,
      updateTime: T0 + 1000,
      createTime: T0,
      failCode: "",
      failMsg: "",
      creditsConsumed: 4,
    })
    expect(JSON.parse(done.param)).toEqual(request)
    expect(JSON.parse(done.resultJson)).toEqual({
      resultUrls: [`${mock.url}/files/${taskId}/0.jpg`],
    })
  })

  it.each([
    ["mock:fail", "500", "Internal error, please try again later."],
    ["mock:fail=422", "422", "Invalid prompt: prompt contains prohibited content"],
    ["mock:fail=501", "501", "Generation failed."],
    ["mock:fail=500", "500", "Internal error, please try again later."],
  ])("fails with state fail on %s", async (trigger, failCode, failMsg) => {
    const { time, api } = await setup()
    const { body } = await api.post(PATHS.marketCreate, {
      model: "grok-imagine/text-to-image",
      input: { prompt: `portrait ${trigger}` },
    })
    time.advance(1500)
    const record = (await api.get(PATHS.marketRecord, { taskId: body.data.taskId })).body.data
    expect(record).toMatchObject({
      state: "fail",
      failCode,
      failMsg,
      resultJson: "",
      completeTime: T0 + 1500,
      creditsConsumed: 0,
    })
    expect(record.costTime).toBeUndefined()
  })

  it("reads triggers from input.text (TTS) and produces a WAV", async () => {
    const { time, api, mock } = await setup()
    const { body } = await api.post(PATHS.marketCreate, {
      model: "elevenlabs/text-to-speech-multilingual-v2",
      input: { text: "hello there mock:duration=50", voice: "Rachel" },
    })
    time.advance(50)
    const record = (await api.get(PATHS.marketRecord, { taskId: body.data.taskId })).body.data
    expect(record.state).toBe("success")
    expect(JSON.parse(record.resultJson).resultUrls[0]).toMatch(/\/0\.wav$/)
    expect(mock.tasks()[0]?.cost).toBe(3)
  })

  it("accepts any other model id (untyped input), videos as MP4 placeholders", async () => {
    const { time, api, mock } = await setup()
    const { body } = await api.post(PATHS.marketCreate, {
      model: "wan/3-0-video-prime",
      input: { prompt: "a cat on a roof", duration: 5 },
    })
    expect(body.code).toBe(200)
    time.advance(1500)
    const record = (await api.get(PATHS.marketRecord, { taskId: body.data.taskId })).body.data
    expect(JSON.parse(record.resultJson).resultUrls[0]).toMatch(/\/0\.mp4$/)
    expect(mock.tasks()[0]?.cost).toBe(30)
  })

  it("honours Seedream max_images", async () => {
    const { time, api, mock } = await setup()
    const { body } = await api.post(PATHS.marketCreate, {
      model: "bytedance/seedream-v4-text-to-image",
      input: { prompt: "three cats", max_images: 3 },
    })
    time.advance(1500)
    const record = (await api.get(PATHS.marketRecord, { taskId: body.data.taskId })).body.data
    expect(JSON.parse(record.resultJson).resultUrls).toHaveLength(3)
    expect(mock.tasks()[0]?.cost).toBe(12)
  })
})

describe("credits", () => {
  it("charges each create and refunds a task that fails", async () => {
    const { time, api, mock } = await setup()
    expect((await api.get(PATHS.credits)).body).toEqual({ code: 200, msg: "success", data: 1000 })
    await api.post(PATHS.fluxGenerate, { prompt: "ok" })
    await api.post(PATHS.gptGenerate, { prompt: "ok", size: "1:1", nVariants: 4 })
    await api.post(PATHS.marketCreate, {
      model: "google/nano-banana",
      input: { prompt: "x mock:fail" },
    })
    expect((await api.get(PATHS.credits)).body.data).toBe(1000 - 5 - 8 - 4)
    time.advance(1500)
    expect((await api.get(PATHS.credits)).body.data).toBe(1000 - 5 - 8)
    expect(mock.credits("test-key")).toBe(987)
    expect(mock.credits("someone-else")).toBe(1000)
    mock.setCredits("test-key", 42)
    expect((await api.get(PATHS.credits)).body.data).toBe(42)
  })
})
