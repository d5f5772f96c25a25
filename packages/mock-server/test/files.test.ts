import { describe, expect, it } from "vitest"
import { client, clock, download, PATHS, start } from "./helpers"

const T0 = Date.UTC(2025, 0, 15, 10, 0, 0)
const DAY = 24 * 60 * 60_000
const PNG_SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

async function setup(options: Parameters<typeof start>[0] = {}) {
  const time = clock(T0)
  const mock = await start({ now: time.now, ...options })
  return { time, mock, api: client(mock.url) }
}

describe("result files", () => {
  it("serves the Flux result in the requested format, only once the task succeeded", async () => {
    const { time, api } = await setup()
    const { body } = await api.post(PATHS.fluxGenerate, {
      prompt: "a castle",
      outputFormat: "png",
      aspectRatio: "16:9",
    })
    const taskId = body.data.taskId
    time.advance(1500)
    const record = (await api.get(PATHS.fluxRecord, { taskId })).body.data
    time.set(T0)
    expect((await download(record.response.resultImageUrl)).status).toBe(404) // not done yet
    time.set(T0 + 1500)
    const file = await download(record.response.resultImageUrl)
    expect(file.status).toBe(200)
    expect(file.contentType).toBe("image/png")
    expect(file.bytes.subarray(0, 8)).toEqual(PNG_SIG)
    expect(file.bytes.subarray(12, 16).toString("latin1")).toBe("IHDR")
    expect([file.bytes.readUInt32BE(16), file.bytes.readUInt32BE(20)]).toEqual([64, 36])
    const origin = await download(record.response.originImageUrl)
    expect(origin.bytes).toEqual(file.bytes)
  })

  it("serves JPEGs by default for Flux and for nano-banana output_format jpeg", async () => {
    const { time, api } = await setup()
    const flux = (await api.post(PATHS.fluxGenerate, { prompt: "jpeg please" })).body.data.taskId
    const market = (
      await api.post(PATHS.marketCreate, {
        model: "google/nano-banana",
        input: { prompt: "banana", output_format: "jpeg" },
      })
    ).body.data.taskId
    time.advance(1500)
    const fluxUrl = (await api.get(PATHS.fluxRecord, { taskId: flux })).body.data.response
      .resultImageUrl
    const marketUrl = JSON.parse(
      (await api.get(PATHS.marketRecord, { taskId: market })).body.data.resultJson,
    ).resultUrls[0]
    for (const url of [fluxUrl, marketUrl]) {
      const file = await download(url)
      expect(file.contentType).toBe("image/jpeg")
      expect([file.bytes[0], file.bytes[1]]).toEqual([0xff, 0xd8])
      expect([file.bytes.at(-2), file.bytes.at(-1)]).toEqual([0xff, 0xd9])
    }
  })

  it("gives different bytes for different prompts and variants (4o nVariants 4)", async () => {
    const { time, api } = await setup()
    const a = (await api.post(PATHS.gptGenerate, { prompt: "cat", size: "1:1", nVariants: 4 })).body
      .data.taskId
    const b = (await api.post(PATHS.gptGenerate, { prompt: "dog", size: "1:1" })).body.data.taskId
    time.advance(1500)
    const urlsA: string[] = (await api.get(PATHS.gptRecord, { taskId: a })).body.data.response
      .resultUrls
    const urlsB: string[] = (await api.get(PATHS.gptRecord, { taskId: b })).body.data.response
      .resultUrls
    expect(urlsA).toHaveLength(4)
    const files = await Promise.all([...urlsA, ...urlsB].map((url) => download(url)))
    for (const file of files) {
      expect(file.contentType).toBe("image/png")
      expect(file.bytes.subarray(0, 8)).toEqual(PNG_SIG)
    }
    expect(new Set(files.map((f) => f.bytes.toString("base64"))).size).toBe(5)
  })

  it("serves a WAV for audio models and an MP4 placeholder for video models", async () => {
    const { time, api } = await setup()
    const audio = (
      await api.post(PATHS.marketCreate, {
        model: "elevenlabs/text-to-speech-multilingual-v2",
        input: { text: "Hello from the mock", voice: "Rachel" },
      })
    ).body.data.taskId
    const video = (
      await api.post(PATHS.marketCreate, {
        model: "kling-2.6/text-to-video",
        input: { prompt: "waves", sound: true, aspect_ratio: "16:9", duration: "5" },
      })
    ).body.data.taskId
    time.advance(1500)
    const url = async (taskId: string) =>
      JSON.parse((await api.get(PATHS.marketRecord, { taskId })).body.data.resultJson).resultUrls[0]
    const wav = await download(await url(audio))
    expect(wav.contentType).toBe("audio/wav")
    expect(wav.bytes.subarray(0, 4).toString("latin1")).toBe("RIFF")
    expect(wav.bytes.subarray(8, 12).toString("latin1")).toBe("WAVE")
    const mp4 = await download(await url(video))
    expect(mp4.contentType).toBe("video/mp4")
    expect(mp4.bytes.subarray(4, 8).toString("latin1")).toBe("ftyp")
  })

  it("expires result URLs after the TTL (410), Market after 24 h, Flux/4o after 14 days", async () => {
    const { time, api } = await setup()
    const flux = (await api.post(PATHS.fluxGenerate, { prompt: "x" })).body.data.taskId
    const market = (await api.post(PATHS.marketCreate, { model: "x/y", input: { prompt: "y" } }))
      .body.data.taskId
    time.advance(1500)
    const fluxRecord = (await api.get(PATHS.fluxRecord, { taskId: flux })).body.data.response
    const marketUrl = JSON.parse(
      (await api.get(PATHS.marketRecord, { taskId: market })).body.data.resultJson,
    ).resultUrls[0]
    time.set(T0 + 1500 + 10 * 60_000 - 1)
    expect((await download(fluxRecord.originImageUrl)).status).toBe(200)
    time.set(T0 + 1500 + 10 * 60_000) // the Flux origin URL lives ~10 minutes
    expect((await download(fluxRecord.originImageUrl)).status).toBe(410)
    expect((await download(fluxRecord.resultImageUrl)).status).toBe(200)
    time.set(T0 + 1500 + DAY - 1)
    expect((await download(marketUrl)).status).toBe(200)
    time.set(T0 + 1500 + DAY)
    expect((await download(marketUrl)).status).toBe(410)
    time.set(T0 + 1500 + 14 * DAY - 1)
    expect((await download(fluxRecord.resultImageUrl)).status).toBe(200)
    time.set(T0 + 1500 + 14 * DAY)
    expect((await download(fluxRecord.resultImageUrl)).status).toBe(410)
  })

  it("takes resultUrlTtlMs as one number or per family", async () => {
    const { time, api } = await setup({ resultUrlTtlMs: 1000 })
    const flux = (await api.post(PATHS.fluxGenerate, { prompt: "x" })).body.data.taskId
    time.advance(1500)
    const url = (await api.get(PATHS.fluxRecord, { taskId: flux })).body.data.response
      .resultImageUrl
    time.advance(999)
    expect((await download(url)).status).toBe(200)
    time.advance(1)
    expect((await download(url)).status).toBe(410)
    expect((await download(`${url}x`)).status).toBe(404)
  })

  it("does not serve files of failed tasks", async () => {
    const { time, api, mock } = await setup()
    await api.post(PATHS.fluxGenerate, { prompt: "x mock:fail" })
    time.advance(1500)
    const [task] = mock.tasks()
    expect((await download(task?.resultUrls[0] ?? "")).status).toBe(404)
  })
})

describe("download-url", () => {
  async function succeededTasks() {
    const env = await setup()
    const { api, time } = env
    const flux = (await api.post(PATHS.fluxGenerate, { prompt: "x" })).body.data.taskId
    const gpt = (await api.post(PATHS.gptGenerate, { prompt: "y", size: "1:1", nVariants: 2 })).body
      .data.taskId
    time.advance(1500)
    const fluxUrl: string = (await api.get(PATHS.fluxRecord, { taskId: flux })).body.data.response
      .resultImageUrl
    const gptUrls: string[] = (await api.get(PATHS.gptRecord, { taskId: gpt })).body.data.response
      .resultUrls
    return { ...env, flux, gpt, fluxUrl, gptUrls }
  }

  it("common: turns the mock's own result URL into a link valid 20 minutes", async () => {
    const { api, time, fluxUrl } = await succeededTasks()
    const response = await api.post(PATHS.download, { url: fluxUrl })
    expect(response.body.code).toBe(200)
    expect(response.body.msg).toBe("success")
    const link: string = response.body.data
    expect(link).not.toBe(fluxUrl)
    const file = await download(link)
    expect(file.status).toBe(200)
    expect(file.bytes).toEqual((await download(fluxUrl)).bytes)
    time.advance(20 * 60_000 - 1)
    expect((await download(link)).status).toBe(200)
    time.advance(1)
    expect((await download(link)).status).toBe(410)
  })

  it("common: refreshes an expired result URL while the task is retained (14 days)", async () => {
    const { api, time } = await setup()
    const taskId = (
      await api.post(PATHS.marketCreate, { model: "google/nano-banana", input: { prompt: "b" } })
    ).body.data.taskId
    time.advance(1500)
    const url: string = JSON.parse(
      (await api.get(PATHS.marketRecord, { taskId })).body.data.resultJson,
    ).resultUrls[0]
    time.advance(DAY + 1) // Market result URLs live 24 hours
    expect((await download(url)).status).toBe(410)
    const refreshed = await api.post(PATHS.download, { url })
    expect(refreshed.body.code).toBe(200)
    expect((await download(refreshed.body.data)).status).toBe(200)
    time.advance(13 * DAY) // past the 14-day retention
    const gone = await api.post(PATHS.download, { url })
    expect(gone.body).toEqual({
      code: 422,
      msg: "the file is older than 14 days and has been deleted",
      data: null,
    })
  })

  it("common: rejects external and unknown URLs with 422", async () => {
    const { api, mock, fluxUrl } = await succeededTasks()
    for (const url of [
      "https://tempfile.aiquickdraw.com/v/xxxxxxx.png",
      `${mock.url}/files/unknown/result.png`,
      `${mock.uploadUrl}/files/a/b.png`,
    ]) {
      expect((await api.post(PATHS.download, { url })).body).toEqual({
        code: 422,
        msg: "url is not a file generated by KIE.AI for this account",
        data: null,
      })
    }
    // Another account's file is not accepted either.
    expect((await client(mock.url, "other").post(PATHS.download, { url: fluxUrl })).body.code).toBe(
      422,
    )
  })

  it("4o: needs the matching, successful task", async () => {
    const { api, mock, gpt, gptUrls, fluxUrl, time } = await succeededTasks()
    const ok = await api.post(PATHS.gptDownload, { taskId: gpt, url: gptUrls[1] })
    expect(ok.body.code).toBe(200)
    expect((await download(ok.body.data)).status).toBe(200)
    const wrongUrl = await api.post(PATHS.gptDownload, { taskId: gpt, url: fluxUrl })
    expect(wrongUrl.body).toEqual({
      code: 422,
      msg: "url is not a result of this task",
      data: null,
    })
    const unknown = await api.post(PATHS.gptDownload, { taskId: "nope", url: gptUrls[0] })
    expect(unknown.body).toEqual({ code: 422, msg: "record is null", data: null })
    const running = (await api.post(PATHS.gptGenerate, { prompt: "z", size: "1:1" })).body.data
      .taskId
    const notYet = await api.post(PATHS.gptDownload, {
      taskId: running,
      url: mock.tasks().find((t) => t.taskId === running)?.resultUrls[0],
    })
    expect(notYet.body).toEqual({ code: 422, msg: "record status is not success", data: null })
    time.advance(14 * 24 * 60 * 60_000)
    const old = await api.post(PATHS.gptDownload, { taskId: gpt, url: gptUrls[0] })
    expect(old.body).toEqual({
      code: 422,
      msg: "only records within 14 days are supported",
      data: null,
    })
  })
})

describe("uploads", () => {
  const PNG_1PX =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="

  it("base64 (data URL): stores the file and serves it back at downloadUrl", async () => {
    const { mock } = await setup()
    const upload = client(mock.uploadUrl)
    const response = await upload.post(PATHS.uploadBase64, {
      base64Data: `data:image/png;base64,${PNG_1PX}`,
      uploadPath: "images/base64",
      fileName: "test-image.png",
    })
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      success: true,
      code: 200,
      msg: "File uploaded successfully",
      data: {
        fileName: "test-image.png",
        filePath: "images/base64/test-image.png",
        downloadUrl: `${mock.uploadUrl}/files/images/base64/test-image.png`,
        fileSize: 70,
        mimeType: "image/png",
        uploadedAt: "2025-01-15T10:00:00.000Z",
      },
    })
    const file = await download(response.body.data.downloadUrl)
    expect(file.status).toBe(200)
    expect(file.contentType).toBe("image/png")
    expect(file.bytes).toEqual(Buffer.from(PNG_1PX, "base64"))
  })

  it("base64 (bare): random file name, type sniffed from the bytes; overwrites by name", async () => {
    const { mock } = await setup()
    const upload = client(mock.uploadUrl)
    const response = await upload.post(PATHS.uploadBase64, {
      base64Data: PNG_1PX,
      uploadPath: "docs",
    })
    expect(response.body.data.fileName).toMatch(/^[0-9a-f]{16}\.png$/)
    expect(response.body.data.mimeType).toBe("image/png")
    const first = await upload.post(PATHS.uploadBase64, {
      base64Data: Buffer.from("one").toString("base64"),
      uploadPath: "docs",
      fileName: "a.txt",
    })
    await upload.post(PATHS.uploadBase64, {
      base64Data: Buffer.from("two!").toString("base64"),
      uploadPath: "docs",
      fileName: "a.txt",
    })
    const file = await download(first.body.data.downloadUrl)
    expect(file.bytes.toString()).toBe("two!")
    expect(file.contentType).toBe("text/plain")
  })

  it("rejects bad base64 and missing parameters with HTTP 400", async () => {
    const { mock } = await setup()
    const upload = client(mock.uploadUrl)
    const bad = await upload.post(PATHS.uploadBase64, {
      base64Data: "not base64!!",
      uploadPath: "x",
    })
    expect(bad.status).toBe(400)
    expect(bad.body).toEqual({
      success: false,
      code: 400,
      msg: "Base64 decoding failed: Invalid Base64 format",
    })
    const missing = await upload.post(PATHS.uploadBase64, { base64Data: PNG_1PX })
    expect(missing.status).toBe(400)
    expect(missing.body).toEqual({
      success: false,
      code: 400,
      msg: "Missing required parameter: uploadPath",
    })
    const slash = await upload.post(PATHS.uploadBase64, { base64Data: PNG_1PX, uploadPath: "/x/" })
    expect(slash.status).toBe(400)
    expect(slash.body.msg).toMatch(/^uploadPath must match the pattern/)
  })

  it("multipart stream upload round-trips the bytes", async () => {
    const { mock } = await setup()
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256))
    const form = new FormData()
    form.append("file", new Blob([bytes], { type: "image/webp" }), "photo.webp")
    form.append("uploadPath", "images/user-uploads")
    const response = await client(mock.uploadUrl).postRaw(PATHS.uploadStream, form)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.data).toMatchObject({
      fileName: "photo.webp",
      filePath: "images/user-uploads/photo.webp",
      fileSize: 3000,
      mimeType: "image/webp",
    })
    const file = await download(body.data.downloadUrl)
    expect(file.bytes).toEqual(bytes)
    expect(file.contentType).toBe("image/webp")
    expect(mock.requests[0]?.body).toEqual({
      fields: { uploadPath: "images/user-uploads" },
      file: { filename: "photo.webp", contentType: "image/webp", size: 3000 },
    })

    const named = new FormData()
    named.append("file", new Blob([Buffer.from("hi")]), "ignored.bin")
    named.append("uploadPath", "x")
    named.append("fileName", "chosen.txt")
    const renamed = await (await client(mock.uploadUrl).postRaw(PATHS.uploadStream, named)).json()
    expect(renamed.data.fileName).toBe("chosen.txt")
  })

  it("multipart errors: missing file, missing uploadPath, not multipart", async () => {
    const { mock } = await setup()
    const upload = client(mock.uploadUrl)
    const noFile = new FormData()
    noFile.append("uploadPath", "x")
    const a = await upload.postRaw(PATHS.uploadStream, noFile)
    expect(a.status).toBe(400)
    expect(await a.json()).toEqual({
      success: false,
      code: 400,
      msg: "Missing required parameter: file",
    })
    const noPath = new FormData()
    noPath.append("file", new Blob([Buffer.from("x")]), "a.txt")
    const b = await upload.postRaw(PATHS.uploadStream, noPath)
    expect(await b.json()).toEqual({
      success: false,
      code: 400,
      msg: "Missing required parameter: uploadPath",
    })
    const c = await upload.postRaw(PATHS.uploadStream, "plain", "text/plain")
    expect(c.status).toBe(400)
    expect(await c.json()).toEqual({
      success: false,
      code: 400,
      msg: "Invalid multipart/form-data body",
    })
  })

  it("URL upload fetches from the mock's own URLs and refuses other hosts", async () => {
    const { mock } = await setup()
    const upload = client(mock.uploadUrl)
    const source = await upload.post(PATHS.uploadBase64, {
      base64Data: PNG_1PX,
      uploadPath: "src",
      fileName: "pixel.png",
    })
    const copied = await upload.post(PATHS.uploadUrl, {
      fileUrl: source.body.data.downloadUrl,
      uploadPath: "images/downloaded",
    })
    expect(copied.status).toBe(200)
    expect(copied.body.data).toMatchObject({
      fileName: "pixel.png",
      filePath: "images/downloaded/pixel.png",
      mimeType: "image/png",
      fileSize: 70,
    })
    expect((await download(copied.body.data.downloadUrl)).bytes).toEqual(
      Buffer.from(PNG_1PX, "base64"),
    )

    const external = await upload.post(PATHS.uploadUrl, {
      fileUrl: "https://example.com/images/sample.jpg",
      uploadPath: "x",
    })
    expect(external.status).toBe(400)
    expect(external.body.success).toBe(false)
    expect(external.body.msg).toMatch(/^File download failed: the mock server only fetches/)

    const missing = await upload.post(PATHS.uploadUrl, {
      fileUrl: `${mock.uploadUrl}/files/nothing/here.png`,
      uploadPath: "x",
    })
    expect(missing.status).toBe(400)
    expect(missing.body.msg).toMatch(/HTTP 404/)
    const notHttp = await upload.post(PATHS.uploadUrl, {
      fileUrl: "ftp://127.0.0.1/a",
      uploadPath: "x",
    })
    expect(notHttp.status).toBe(400)
  })

  it("expires uploaded files after 3 days", async () => {
    const { mock, time } = await setup()
    const response = await client(mock.uploadUrl).post(PATHS.uploadBase64, {
      base64Data: PNG_1PX,
      uploadPath: "x",
      fileName: "a.png",
    })
    time.advance(3 * DAY - 1)
    expect((await download(response.body.data.downloadUrl)).status).toBe(200)
    time.advance(1)
    expect((await download(response.body.data.downloadUrl)).status).toBe(410)
  })
})
