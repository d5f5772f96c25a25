import { describe, expect, it } from "vitest"
import { UnexpectedResponseError } from "../src/index"
import { clientFor, drive, rejectionOf, startMock, useFakeClock } from "./helpers"

describe("operations against the mock server", () => {
  it("creates and reads a Flux Kontext task through its states", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 1000 })
    const kie = clientFor(mock)
    const { taskId } = await drive(
      kie.fluxKontext.generate({ prompt: "a red fox", aspectRatio: "16:9", outputFormat: "png" }),
    )
    expect(taskId).toMatch(/\S/)
    const running = await drive(kie.fluxKontext.get(taskId))
    expect(running).toMatchObject({ api: "flux-kontext", taskId, status: "running", outputs: [] })
    await drive(new Promise((resolve) => setTimeout(resolve, 1500)))
    const done = await drive(kie.fluxKontext.get(taskId))
    expect(done.status).toBe("succeeded")
    expect(done.outputs).toHaveLength(1)
    expect(done.outputs[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\.png/)
    expect(done.createdAt).toBeInstanceOf(Date)
    expect(done.completedAt).toBeInstanceOf(Date)
    expect(done.raw).toMatchObject({ taskId, successFlag: 1 })
  })

  it("reads 4o Image progress as a number and honours nVariants", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 1000 })
    const kie = clientFor(mock)
    const { taskId } = await drive(
      kie.gpt4oImage.generate({ prompt: "a lighthouse", size: "3:2", nVariants: 2 }),
    )
    await drive(new Promise((resolve) => setTimeout(resolve, 500)))
    const midway = await drive(kie.gpt4oImage.get(taskId))
    expect(midway.status).toBe("running")
    expect(midway.progress).toBeGreaterThan(0)
    expect(midway.progress).toBeLessThan(1)
    await drive(new Promise((resolve) => setTimeout(resolve, 600)))
    const done = await drive(kie.gpt4oImage.get(taskId))
    expect(done).toMatchObject({ status: "succeeded", progress: 1 })
    expect(done.outputs).toHaveLength(2)
  })

  it("reads Market states from queued to succeeded, with the model", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 1000 })
    const kie = clientFor(mock)
    const { taskId } = await drive(
      kie.market.createTask({
        model: "google/nano-banana",
        input: { prompt: "a banana", output_format: "jpeg" },
      }),
    )
    const first = await drive(kie.market.get(taskId))
    expect(first).toMatchObject({ status: "queued", model: "google/nano-banana" })
    await drive(new Promise((resolve) => setTimeout(resolve, 1100)))
    const done = await drive(kie.market.get(taskId))
    expect(done.status).toBe("succeeded")
    expect(done.outputs[0]).toMatch(/\.jpe?g/)
  })

  it("accepts any other Market model with an open input", async () => {
    const mock = await startMock()
    const kie = clientFor(mock)
    const { taskId } = await kie.market.createTask({
      model: "some-vendor/new-model",
      input: { prompt: "anything", extra: 1 },
    })
    expect(mock.tasks().map((task) => task.taskId)).toEqual([taskId])
  })

  it("reports failed tasks with the family's failure code", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 500 })
    const kie = clientFor(mock)
    const { taskId } = await drive(kie.fluxKontext.generate({ prompt: "mock:fail=400" }))
    await drive(new Promise((resolve) => setTimeout(resolve, 600)))
    const task = await drive(kie.fluxKontext.get(taskId))
    expect(task.status).toBe("failed")
    expect(task.error?.code).toBe("400")
    expect(task.error?.message).toMatch(/\S/)
    expect(task.outputs).toEqual([])
  })

  it("reads credits, which go down with each create", async () => {
    const mock = await startMock({ credits: 100 })
    const kie = clientFor(mock)
    expect(await kie.credits()).toBe(100)
    await kie.fluxKontext.generate({ prompt: "a fox" })
    const after = await kie.credits()
    expect(after).toBeLessThan(100)
    expect(after).toBe(mock.credits("sk-test-0123456789abcdef"))
  })

  it("turns result URLs into 20-minute download links", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 200 })
    const kie = clientFor(mock)
    const flux = await drive(kie.run({ api: "flux-kontext", prompt: "a fox" }))
    const link = await drive(kie.downloadUrl(flux.outputs[0] as string))
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1/)
    const image = await drive(kie.run({ api: "gpt4o-image", prompt: "a cat", size: "1:1" }))
    const url = image.outputs[0] as string
    const direct = await drive(kie.gpt4oImage.downloadUrl({ taskId: image.taskId, url }))
    expect(direct).toMatch(/^http:\/\/127\.0\.0\.1/)
    const response = await fetch(direct)
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toMatch(/^image\//)
  })

  it("uploads base64, a stream and a URL to the upload host", async () => {
    const mock = await startMock()
    const kie = clientFor(mock)
    const bytes = new TextEncoder().encode("hello kie")
    const b64 = await kie.files.uploadBase64({
      base64Data: `data:text/plain;base64,${Buffer.from(bytes).toString("base64")}`,
      uploadPath: "tests",
      fileName: "hello.txt",
    })
    expect(b64).toMatchObject({ fileName: "hello.txt", fileSize: bytes.length })
    expect(await (await fetch(b64.downloadUrl)).text()).toBe("hello kie")

    const stream = await kie.files.uploadStream({
      file: new Blob([bytes], { type: "text/plain" }),
      uploadPath: "tests",
      fileName: "stream.txt",
    })
    expect(stream.fileSize).toBe(bytes.length)
    expect(await (await fetch(stream.downloadUrl)).text()).toBe("hello kie")

    const copy = await kie.files.uploadUrl({
      fileUrl: stream.downloadUrl,
      uploadPath: "tests",
      fileName: "copy.txt",
    })
    expect(await (await fetch(copy.downloadUrl)).text()).toBe("hello kie")
    expect(mock.requests.filter((r) => r.host === "upload").map((r) => r.operationId)).toEqual(
      expect.arrayContaining(["uploadFileBase64", "uploadFileStream", "uploadFileUrl"]),
    )
  })

  it("exposes the underlying openapi-fetch client as raw", async () => {
    const mock = await startMock({ credits: 42 })
    const kie = clientFor(mock)
    const { data } = await kie.raw.GET("/api/v1/chat/credit")
    expect(data).toMatchObject({ code: 200, data: 42 })
  })

  it("rejects a success body that is not in the spec's shape", async () => {
    const kie = clientFor(await startMock(), {
      fetch: async () => new Response(JSON.stringify({ code: 200, msg: "ok", data: "many" })),
    })
    const error = await rejectionOf(kie.credits())
    expect(error).toBeInstanceOf(UnexpectedResponseError)
    expect(error).toMatchObject({
      path: "data",
      reason: "expected a number",
      operation: "getCredits",
      body: { code: 200, msg: "ok", data: "many" },
    })
  })
})
