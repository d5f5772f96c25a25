import { createHmac, timingSafeEqual } from "node:crypto"
import { afterEach, describe, expect, it, vi } from "vitest"
import { client, clock, PATHS, receiver, start } from "./helpers"

const T0 = Date.UTC(2025, 0, 15, 10, 0, 0)
const SECRET = "whsec-test"

/** Independent check of KIE's scheme: base64 HMAC-SHA256 of `${taskId}.${timestamp}`. */
function verify(secret: string, taskId: string, timestamp: string, signature: string): boolean {
  const expected = createHmac("sha256", secret).update(`${taskId}.${timestamp}`).digest()
  const actual = Buffer.from(signature, "base64")
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

afterEach(() => {
  vi.useRealTimers()
})

describe("callbacks", () => {
  it("POSTs a signed Flux payload when the task completes", async () => {
    const time = clock(T0)
    const hook = await receiver()
    const mock = await start({ now: time.now, webhookSecret: SECRET })
    const api = client(mock.url)
    const { body } = await api.post(PATHS.fluxGenerate, { prompt: "sunset", callBackUrl: hook.url })
    const taskId: string = body.data.taskId

    await mock.flushCallbacks()
    expect(hook.received).toHaveLength(0) // not complete yet at now()

    time.advance(1500)
    await mock.flushCallbacks()
    expect(hook.received).toHaveLength(1)
    const delivery = hook.received[0]
    const record = (await api.get(PATHS.fluxRecord, { taskId })).body.data
    expect(delivery?.body).toEqual({
      code: 200,
      msg: "BFL image generated successfully.",
      data: {
        taskId,
        info: {
          originImageUrl: record.response.originImageUrl,
          resultImageUrl: record.response.resultImageUrl,
        },
      },
    })
    const timestamp = String(delivery?.headers["x-webhook-timestamp"])
    expect(timestamp).toBe(String(Math.floor((T0 + 1500) / 1000)))
    const signature = String(delivery?.headers["x-webhook-signature"])
    expect(verify(SECRET, taskId, timestamp, signature)).toBe(true)
    expect(verify("another-secret", taskId, timestamp, signature)).toBe(false)
    expect(delivery?.headers["content-type"]).toBe("application/json")

    expect(mock.callbacks).toHaveLength(1)
    expect(mock.callbacks[0]).toMatchObject({
      api: "flux-kontext",
      taskId,
      url: hook.url,
      attempt: 1,
      status: 200,
      at: T0 + 1500,
      payload: delivery?.body,
      headers: { "x-webhook-timestamp": timestamp, "x-webhook-signature": signature },
    })
    // Delivered once only.
    time.advance(60_000)
    await mock.flushCallbacks()
    expect(hook.received).toHaveLength(1)
  })

  it("sends no signature headers without webhookSecret", async () => {
    const time = clock(T0)
    const hook = await receiver()
    const mock = await start({ now: time.now })
    await client(mock.url).post(PATHS.fluxGenerate, { prompt: "x", callBackUrl: hook.url })
    time.advance(1500)
    await mock.flushCallbacks()
    expect(hook.received[0]?.headers["x-webhook-signature"]).toBeUndefined()
    expect(hook.received[0]?.headers["x-webhook-timestamp"]).toBeUndefined()
  })

  it("is delivered by its own timer when fake timers drive the clock", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] })
    vi.setSystemTime(T0)
    const hook = await receiver()
    const mock = await start({ webhookSecret: SECRET })
    const { body } = await client(mock.url).post(PATHS.gptGenerate, {
      prompt: "x",
      size: "1:1",
      callBackUrl: hook.url,
    })
    await vi.advanceTimersByTimeAsync(1499)
    await mock.flushCallbacks()
    expect(hook.received).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    await mock.flushCallbacks()
    expect(hook.received).toHaveLength(1)
    expect(hook.received[0]?.body.data.taskId).toBe(body.data.taskId)
    expect(hook.received[0]?.headers["x-webhook-timestamp"]).toBe(
      String(Math.floor((T0 + 1500) / 1000)),
    )
  })

  it("retries a failing receiver with the configured delays: fails twice, then 3 attempts", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] })
    const time = clock(T0)
    const hook = await receiver([500, 503, 200])
    const mock = await start({ now: time.now, webhookSecret: SECRET })
    const { body } = await client(mock.url).post(PATHS.marketCreate, {
      model: "google/nano-banana",
      input: { prompt: "banana" },
      callBackUrl: hook.url,
    })
    time.advance(1500)
    await mock.flushCallbacks()
    expect(mock.callbacks.map((c) => c.status)).toEqual([500])

    await vi.advanceTimersByTimeAsync(999) // default delays: 1 s, 5 s, 15 s
    await mock.flushCallbacks()
    expect(mock.callbacks).toHaveLength(1)
    time.advance(1000)
    await vi.advanceTimersByTimeAsync(1)
    await mock.flushCallbacks()
    expect(mock.callbacks.map((c) => c.status)).toEqual([500, 503])

    time.advance(5000)
    await vi.advanceTimersByTimeAsync(5000)
    await mock.flushCallbacks()
    expect(mock.callbacks.map((c) => [c.attempt, c.status])).toEqual([
      [1, 500],
      [2, 503],
      [3, 200],
    ])
    expect(hook.received).toHaveLength(3)
    // Every attempt is signed with its own timestamp, and the same payload.
    const stamps = mock.callbacks.map((c) => c.headers["x-webhook-timestamp"])
    expect(stamps).toEqual(
      [T0 + 1500, T0 + 2500, T0 + 7500].map((ms) => String(Math.floor(ms / 1000))),
    )
    for (const delivery of hook.received) {
      const ts = String(delivery.headers["x-webhook-timestamp"])
      expect(
        verify(SECRET, body.data.taskId, ts, String(delivery.headers["x-webhook-signature"])),
      ).toBe(true)
      expect(delivery.body).toEqual(hook.received[0]?.body)
    }
    await vi.advanceTimersByTimeAsync(60_000)
    expect(hook.received).toHaveLength(3)
  })

  it("gives up after the last retry", async () => {
    const time = clock(T0)
    const hook = await receiver([500])
    const mock = await start({ now: time.now, callbackRetryDelaysMs: [1, 2] })
    await client(mock.url).post(PATHS.fluxGenerate, { prompt: "x", callBackUrl: hook.url })
    time.advance(1500)
    await mock.flushCallbacks()
    await vi.waitFor(() => expect(mock.callbacks.length).toBe(3), { interval: 5, timeout: 2000 })
    expect(mock.callbacks.map((c) => [c.attempt, c.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 500],
    ])
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(hook.received).toHaveLength(3)
  })

  it("records connection errors when nothing listens, and retries them", async () => {
    const time = clock(T0)
    const hook = await receiver()
    const mock = await start({ now: time.now, callbackRetryDelaysMs: [1] })
    // Port 1 on loopback refuses connections.
    const deadUrl = hook.url.replace(/:\d+\//, ":1/")
    await client(mock.url).post(PATHS.fluxGenerate, { prompt: "x", callBackUrl: deadUrl })
    time.advance(1500)
    await mock.flushCallbacks()
    await vi.waitFor(() => expect(mock.callbacks.length).toBe(2), { interval: 5, timeout: 2000 })
    for (const attempt of mock.callbacks) {
      expect(attempt.status).toBeUndefined()
      expect(attempt.error).toMatch(/ECONNREFUSED|connect/)
    }
  })

  it("shapes 4o payloads: result_urls on success, info null on failure", async () => {
    const time = clock(T0)
    const hook = await receiver()
    const mock = await start({ now: time.now })
    const api = client(mock.url)
    const ok = await api.post(PATHS.gptGenerate, {
      prompt: "a",
      size: "1:1",
      nVariants: 2,
      callBackUrl: hook.url,
    })
    const ko = await api.post(PATHS.gptGenerate, {
      prompt: "b mock:fail=400",
      size: "1:1",
      callBackUrl: hook.url,
    })
    time.advance(1500)
    await mock.flushCallbacks()
    const record = (await api.get(PATHS.gptRecord, { taskId: ok.body.data.taskId })).body.data
    const byTask = (id: string) => hook.received.find((r) => r.body.data.taskId === id)?.body
    expect(byTask(ok.body.data.taskId)).toEqual({
      code: 200,
      msg: "success",
      data: { taskId: ok.body.data.taskId, info: { result_urls: record.response.resultUrls } },
    })
    expect(byTask(ko.body.data.taskId)).toEqual({
      code: 400,
      msg: "Your content was flagged by OpenAI as violating content policies",
      data: { taskId: ko.body.data.taskId, info: null },
    })
  })

  it("shapes Market payloads: double-encoded param, costTime in seconds, 501 on failure", async () => {
    const time = clock(T0)
    const hook = await receiver()
    const mock = await start({ now: time.now, taskDurationMs: 3000 })
    const api = client(mock.url)
    const request = {
      model: "grok-imagine/text-to-image",
      callBackUrl: hook.url,
      input: { prompt: "cat" },
    }
    const ok = await api.post(PATHS.marketCreate, request)
    const ko = await api.post(PATHS.marketCreate, {
      ...request,
      input: { prompt: "dog mock:fail=422" },
    })
    time.advance(3000)
    await mock.flushCallbacks()
    const record = (await api.get(PATHS.marketRecord, { taskId: ok.body.data.taskId })).body.data
    const success = hook.received.find((r) => r.body.data.taskId === ok.body.data.taskId)?.body
    expect(success).toEqual({
      code: 200,
      msg: "Playground task completed successfully.",
      data: {
        taskId: ok.body.data.taskId,
        model: "grok-imagine/text-to-image",
        state: "success",
        param: JSON.stringify({ ...request, input: JSON.stringify(request.input) }),
        resultJson: record.resultJson,
        costTime: 3,
        completeTime: T0 + 3000,
        createTime: T0,
        updateTime: T0 + 3000,
        creditsConsumed: 4,
      },
    })
    const failure = hook.received.find((r) => r.body.data.taskId === ko.body.data.taskId)?.body
    expect(failure).toMatchObject({
      code: 501,
      msg: "Playground task failed.",
      data: {
        state: "fail",
        failCode: "422",
        failMsg: "Invalid prompt: prompt contains prohibited content",
        creditsConsumed: 0,
      },
    })
    expect(failure.data.resultJson).toBeUndefined()
  })

  it("shapes Flux failure payloads with the failure code and empty URLs", async () => {
    const time = clock(T0)
    const hook = await receiver()
    const mock = await start({ now: time.now })
    const { body } = await client(mock.url).post(PATHS.fluxGenerate, {
      prompt: "x mock:fail=400",
      callBackUrl: hook.url,
    })
    time.advance(1500)
    await mock.flushCallbacks()
    expect(hook.received[0]?.body).toEqual({
      code: 400,
      msg: "Your prompt was flagged by Website as violating content policies.",
      data: { taskId: body.data.taskId, info: { originImageUrl: "", resultImageUrl: "" } },
    })
  })

  it("starts due callbacks when any request observes completion", async () => {
    const time = clock(T0)
    const hook = await receiver()
    const mock = await start({ now: time.now })
    const api = client(mock.url)
    const { body } = await api.post(PATHS.fluxGenerate, { prompt: "x", callBackUrl: hook.url })
    time.advance(1500)
    expect(
      (await api.get(PATHS.fluxRecord, { taskId: body.data.taskId })).body.data.successFlag,
    ).toBe(1)
    await vi.waitFor(() => expect(hook.received).toHaveLength(1), { interval: 2, timeout: 2000 })
  })
})
