import { taskFamilies } from "@kie-kit/spec"
import { familyTemplates } from "@kie-kit/spec/templates"
import { describe, expect, it } from "vitest"
import {
  isTerminal,
  KIE_APIS,
  type KieApi,
  normalizeRecord,
  parseCallback,
  parseTimestamp,
  type Task,
  TaskFailedError,
  taskFailedError,
  UnexpectedResponseError,
} from "../../src/core/index"
import { fixture, fixtureData } from "./fixtures"

/** Runs `fn`, expects an UnexpectedResponseError and returns it. */
const unexpected = (fn: () => unknown): UnexpectedResponseError => {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(UnexpectedResponseError)
    return error as UnexpectedResponseError
  }
  throw new Error("expected an UnexpectedResponseError, nothing was thrown")
}

describe("Flux Kontext record-info", () => {
  it("normalizes the success example", () => {
    const data = fixtureData("flux-kontext.record-info.response.success")
    const task = normalizeRecord("flux-kontext", data)
    expect(task).toEqual({
      api: "flux-kontext",
      taskId: "task12345",
      status: "succeeded",
      outputs: ["https://example.com/result.jpg"],
      createdAt: new Date("2024-03-20T10:25:00Z"),
      completedAt: new Date("2024-03-20T10:30:00Z"),
      raw: data,
    })
    expect(task.raw).toBe(data)
    expect(task.outputs).not.toContain("https://example.com/original.jpg")
    expect("error" in task).toBe(false)
    expect("progress" in task).toBe(false)
  })

  const base = { taskId: "t1", paramJson: "{}", errorCode: null, errorMessage: "" }

  it("maps successFlag 0 to running with no outputs", () => {
    const task = normalizeRecord("flux-kontext", { ...base, successFlag: 0, response: null })
    expect(task.status).toBe("running")
    expect(task.outputs).toEqual([])
    expect(isTerminal(task)).toBe(false)
  })

  it("maps successFlag 2 and 3 to failed with the errorCode and message", () => {
    const created = normalizeRecord("flux-kontext", {
      ...base,
      successFlag: 2,
      errorCode: 400,
      errorMessage: "prompt flagged",
    })
    expect(created.status).toBe("failed")
    expect(created.error).toEqual({ code: "400", message: "prompt flagged" })
    const generated = normalizeRecord("flux-kontext", {
      ...base,
      successFlag: 3,
      response: { originImageUrl: "", resultImageUrl: "" },
    })
    expect(generated.error).toEqual({ code: "GENERATE_FAILED", message: "The generation failed" })
    expect(generated.outputs).toEqual([])
    const noCode = normalizeRecord("flux-kontext", { ...base, successFlag: 2 })
    expect(noCode.error).toEqual({
      code: "CREATE_TASK_FAILED",
      message: "KIE could not create the generation task",
    })
  })

  it("reads the model from paramJson and accepts a numeric-string flag", () => {
    const task = normalizeRecord("flux-kontext", {
      taskId: "t1",
      successFlag: "1",
      paramJson: '{"prompt":"p","model":"flux-kontext-max"}',
      response: { resultImageUrl: "https://x/r.png" },
    })
    expect(task.status).toBe("succeeded")
    expect(task.model).toBe("flux-kontext-max")
    expect(task.outputs).toEqual(["https://x/r.png"])
  })

  it.each([
    [{ taskId: "t", successFlag: 7 }, "data.successFlag", /unknown successFlag number 7/],
    [{ taskId: "t" }, "data.successFlag", /the status is missing \(data.successFlag\)/],
    [{ taskId: "t", successFlag: "GENERATING" }, "data.successFlag", /unknown successFlag/],
    [{ successFlag: 1 }, "data.taskId", /taskId is missing/],
    [{ taskId: "", successFlag: 1 }, "data.taskId", /non-empty string/],
    [{ taskId: 42, successFlag: 1 }, "data.taskId", /non-empty string/],
    [{ taskId: "t", successFlag: 1, response: "url" }, "data.response", /expected an object/],
    [
      { taskId: "t", successFlag: 1, response: { resultImageUrl: 5 } },
      "data.response.resultImageUrl",
      /expected a URL string/,
    ],
  ])("rejects %o at %s", (data, path, reason) => {
    const error = unexpected(() => normalizeRecord("flux-kontext", data))
    expect(error.path).toBe(path)
    expect(error.message).toMatch(reason)
    expect(error.body).toEqual(data)
  })

  it("drops a malformed informational field instead of failing the read", () => {
    const data = {
      taskId: "t",
      successFlag: "1",
      paramJson: "{not json",
      completeTime: null,
      createTime: { at: 1 },
      errorCode: "",
      response: { resultImageUrl: "https://x/r.png" },
      surprise: [1, 2],
    }
    const task = normalizeRecord("flux-kontext", data)
    expect(task).toEqual({
      api: "flux-kontext",
      taskId: "t",
      status: "succeeded",
      outputs: ["https://x/r.png"],
      raw: data,
    })
  })

  it("reads the outputs of a running task best-effort, and strictly once it succeeded", () => {
    const running = { taskId: "t", successFlag: 0, response: "pending" }
    expect(normalizeRecord("flux-kontext", running).outputs).toEqual([])
    expect(
      unexpected(() => normalizeRecord("flux-kontext", { ...running, successFlag: 1 })).path,
    ).toBe("data.response")
  })

  it("rejects a non-object data", () => {
    expect(unexpected(() => normalizeRecord("flux-kontext", null)).path).toBe("data")
    expect(unexpected(() => normalizeRecord("flux-kontext", [])).path).toBe("data")
  })
})

describe("4o Image record-info", () => {
  it("normalizes the reference success example (status, resultUrls, epoch ms)", () => {
    const data = fixtureData("gpt4o-image.record-info.response.success")
    expect(normalizeRecord("gpt4o-image", data)).toEqual({
      api: "gpt4o-image",
      taskId: "task12345",
      status: "succeeded",
      progress: 1,
      outputs: ["https://example.com/result/image1.png"],
      createdAt: new Date(1672561200000),
      completedAt: new Date(1672574400000),
      raw: data,
    })
  })

  it("normalizes the quickstart generating example (successFlag 0, progress 0.50, null times)", () => {
    const data = fixtureData("gpt4o-image.quickstart.record-info.response.generating")
    expect(normalizeRecord("gpt4o-image", data)).toEqual({
      api: "gpt4o-image",
      taskId: "task_4o_abc123",
      status: "running",
      progress: 0.5,
      outputs: [],
      createdAt: new Date("2024-01-15T10:30:00Z"),
      raw: data,
    })
  })

  it("normalizes the quickstart success example (result_urls, naive UTC strings)", () => {
    const data = fixtureData("gpt4o-image.quickstart.record-info.response.success")
    const task = normalizeRecord("gpt4o-image", data)
    expect(task.status).toBe("succeeded")
    expect(task.outputs).toEqual(["https://example.com/generated-image.png"])
    expect(task.progress).toBe(1)
    expect(task.createdAt?.toISOString()).toBe("2024-01-15T10:30:00.000Z")
    expect(task.completedAt?.toISOString()).toBe("2024-01-15T10:35:00.000Z")
  })

  it("normalizes the quickstart failed example (successFlag 2, errorCode 400)", () => {
    const data = fixtureData("gpt4o-image.quickstart.record-info.response.failed")
    const task = normalizeRecord("gpt4o-image", data)
    expect(task.status).toBe("failed")
    expect(task.error).toEqual({
      code: "400",
      message: "Generation failed, please try again or contact support",
    })
    expect(task.outputs).toEqual([])
    expect(task.progress).toBe(0)
  })

  it.each([
    ["GENERATING", "running"],
    ["SUCCESS", "succeeded"],
    ["CREATE_TASK_FAILED", "failed"],
    ["GENERATE_FAILED", "failed"],
    ["success", "succeeded"],
  ])("status %s -> %s", (status, expected) => {
    expect(normalizeRecord("gpt4o-image", { taskId: "t", status }).status).toBe(expected)
  })

  it("prefers status over successFlag", () => {
    const task = normalizeRecord("gpt4o-image", {
      taskId: "t",
      status: "GENERATE_FAILED",
      successFlag: 1,
    })
    expect(task.status).toBe("failed")
    expect(task.error).toEqual({ code: "GENERATE_FAILED", message: "The generation failed" })
    expect(
      normalizeRecord("gpt4o-image", { taskId: "t", status: null, successFlag: 3 }).status,
    ).toBe("failed")
  })

  it("parses and clamps progress", () => {
    const p = (progress: unknown) =>
      normalizeRecord("gpt4o-image", { taskId: "t", successFlag: 0, progress }).progress
    expect(p("0.42")).toBe(0.42)
    expect(p("1.50")).toBe(1)
    expect(p("-0.2")).toBe(0)
    expect(p(0.3)).toBe(0.3)
    expect(p("abc")).toBeUndefined()
    expect(p("")).toBeUndefined()
    expect(p(null)).toBeUndefined()
  })

  it("prefers resultUrls and drops empty strings", () => {
    const task = normalizeRecord("gpt4o-image", {
      taskId: "t",
      status: "SUCCESS",
      response: { resultUrls: ["https://a", ""], result_urls: ["https://b"] },
    })
    expect(task.outputs).toEqual(["https://a"])
  })

  it.each([
    [{ taskId: "t", status: "PAUSED" }, "data.status", /unknown status "PAUSED"/],
    [{ taskId: "t", status: 1 }, "data.status", /unknown status number 1/],
    [{ taskId: "t" }, "data.status", /the status is missing \(data.status, data.successFlag\)/],
    [{ taskId: "t", successFlag: 9 }, "data.successFlag", /unknown successFlag number 9/],
    [
      { taskId: "t", status: "SUCCESS", response: { resultUrls: { url: "https://a" } } },
      "data.response.resultUrls",
      /expected a URL string, got an object/,
    ],
    [
      { taskId: "t", status: "SUCCESS", response: { result_urls: ["https://a", 3] } },
      "data.response.result_urls.1",
      /expected a URL string/,
    ],
    [{ status: "SUCCESS" }, "data.taskId", /taskId is missing/],
  ])("rejects %o at %s", (data, path, reason) => {
    const error = unexpected(() => normalizeRecord("gpt4o-image", data))
    expect(error.path).toBe(path)
    expect(error.message).toMatch(reason)
  })
})

describe("Market recordInfo", () => {
  it("normalizes the success example", () => {
    const data = fixtureData("market.record-info.response.success")
    expect(normalizeRecord("market", data)).toEqual({
      api: "market",
      taskId: "task_12345678",
      status: "succeeded",
      outputs: ["https://example.com/generated-content.jpg"],
      createdAt: new Date(1698765400000),
      completedAt: new Date(1698765432000),
      model: "grok-imagine/text-to-image",
      raw: data,
    })
  })

  it("normalizes the message-key variant the same way", () => {
    const a = normalizeRecord("market", fixtureData("market.record-info.response.success"))
    const data = fixtureData("market.record-info.response.success.message-key-variant")
    const b = normalizeRecord("market", data)
    expect({ ...b, raw: null }).toEqual({ ...a, raw: null })
    expect(b.raw).toBe(data)
  })

  it("normalizes the fail example with failCode/failMsg", () => {
    const data = fixtureData("market.record-info.response.fail")
    const task = normalizeRecord("market", data)
    expect(task.status).toBe("failed")
    expect(task.outputs).toEqual([])
    expect(task.error).toEqual({
      code: "422",
      message: "Invalid prompt: prompt contains prohibited content",
    })
    expect(task.model).toBe("grok-imagine/text-to-image")
    expect(isTerminal(task)).toBe(true)
  })

  it.each([
    ["waiting", "queued"],
    ["queuing", "queued"],
    ["generating", "running"],
    ["success", "succeeded"],
    ["fail", "failed"],
    ["GENERATING", "running"],
  ])("state %s -> %s", (state, expected) => {
    expect(normalizeRecord("market", { taskId: "t", state }).status).toBe(expected)
  })

  it("falls back to a generic failure code/message", () => {
    expect(
      normalizeRecord("market", { taskId: "t", state: "fail", failCode: "", failMsg: null }).error,
    ).toEqual({
      code: "FAILED",
      message: "The Market task failed",
    })
  })

  it("takes the model from param (double-encoded input) when the record lacks it", () => {
    const callback = fixture("market.callback.success") as { data: { param: string } }
    const task = normalizeRecord("market", {
      taskId: "t",
      state: "generating",
      param: callback.data.param,
    })
    expect(task.model).toBe("wan/3-0-video-prime")
    expect(task.status).toBe("running")
  })

  it("keeps a text model's resultObject as result", () => {
    const task = normalizeRecord("market", {
      taskId: "t",
      state: "success",
      resultJson: '{"resultObject":{"text":"hello"}}',
    })
    expect(task.outputs).toEqual([])
    expect(task.result).toEqual({ text: "hello" })
  })

  it("accepts an already-parsed resultJson and a progress value", () => {
    const task = normalizeRecord("market", {
      taskId: "t",
      state: "generating",
      resultJson: { resultUrls: ["https://v.mp4"] },
      progress: 45,
    })
    expect(task.outputs).toEqual(["https://v.mp4"])
    expect(task.progress).toBe(0.45)
    expect(
      normalizeRecord("market", { taskId: "t", state: "generating", progress: "0.3" }).progress,
    ).toBe(0.3)
    expect(
      normalizeRecord("market", { taskId: "t", state: "generating", progress: 250 }).progress,
    ).toBe(1)
  })

  it("does not parse param when the model is present", () => {
    expect(
      normalizeRecord("market", { taskId: "t", state: "waiting", model: "m", param: "{bad" }).model,
    ).toBe("m")
  })

  it.each([
    [{ taskId: "t", state: "paused" }, "data.state", /unknown state "paused"/],
    [{ taskId: "t" }, "data.state", /the status is missing \(data.state\)/],
    [{ taskId: "t", state: 3 }, "data.state", /unknown state number 3/],
    [{ state: "success" }, "data.taskId", /taskId is missing/],
    [{ taskId: "t", state: "success", resultJson: "{oops" }, "data.resultJson", /not valid JSON/],
    [
      { taskId: "t", state: "success", resultJson: "[1]" },
      "data.resultJson",
      /expected an object, got an array/,
    ],
    [
      { taskId: "t", state: "success", resultJson: '{"resultUrls":[7]}' },
      "data.resultJson.resultUrls.0",
      /expected a URL string, got number 7/,
    ],
  ])("rejects %o at %s", (data, path, reason) => {
    const error = unexpected(() => normalizeRecord("market", data))
    expect(error.path).toBe(path)
    expect(error.message).toMatch(reason)
    expect(error.body).toEqual(data)
  })

  it("never reports an unknown state as running", () => {
    for (const state of ["", "running", "done", "SUCCESSFUL", null]) {
      expect(() => normalizeRecord("market", { taskId: "t", state })).toThrow(
        UnexpectedResponseError,
      )
    }
  })
})

describe("the tolerant reader", () => {
  it("reads the variants of real Market records", () => {
    const waiting = {
      taskId: "t",
      state: "WAITING",
      costTime: null,
      completeTime: null,
      resultJson: null,
      failCode: null,
      failMsg: null,
      param: '{"model":"x/y","input":{}}',
    }
    expect(normalizeRecord("market", waiting)).toMatchObject({ status: "queued", model: "x/y" })
    const done = {
      taskId: "t",
      state: " Success ",
      costTime: 12.5,
      resultJson: '{"resultUrls":"https://x/1.png"}',
      param: "{model:",
    }
    expect(normalizeRecord("market", done)).toMatchObject({
      status: "succeeded",
      outputs: ["https://x/1.png"],
    })
  })

  it("reads a numeric 4o progress and a string one alike", () => {
    const at = (progress: unknown) =>
      normalizeRecord("gpt4o-image", { taskId: "t", status: "GENERATING", progress }).progress
    expect(at(0.25)).toBe(0.25)
    expect(at("0.25")).toBe(0.25)
    expect(at({})).toBeUndefined()
  })
})

describe("normalizeRecord", () => {
  it("dispatches by api", () => {
    expect(
      normalizeRecord("flux-kontext", fixtureData("flux-kontext.record-info.response.success")).api,
    ).toBe("flux-kontext")
    expect(
      normalizeRecord("gpt4o-image", fixtureData("gpt4o-image.record-info.response.success")).api,
    ).toBe("gpt4o-image")
    expect(normalizeRecord("market", fixtureData("market.record-info.response.success")).api).toBe(
      "market",
    )
    expect(KIE_APIS).toEqual(Object.keys(taskFamilies))
    expect(KIE_APIS).toEqual(
      expect.arrayContaining(["veo", "suno", "runway", "aleph", "midjourney", "luma"]),
    )
  })

  it("reads every documented record and callback example of every family as its status", () => {
    let count = 0
    for (const [api, templates] of Object.entries(familyTemplates)) {
      for (const [status, record] of Object.entries(templates.record)) {
        const task = normalizeRecord(api as KieApi, record)
        expect(task.status, `${api} record ${status}`).toBe(status)
        if (status === "succeeded" && taskFamilies[api as KieApi].media !== "text") {
          expect(task.outputs.length, `${api} outputs`).toBeGreaterThan(0)
        }
        count++
      }
      for (const [status, body] of Object.entries(templates.callback ?? {})) {
        expect(parseCallback(api as KieApi, body).status, `${api} callback ${status}`).toBe(status)
        count++
      }
    }
    expect(count).toBeGreaterThan(30)
  })
})

describe("parseCallback", () => {
  it("Flux success: resultImageUrl only", () => {
    const payload = fixture("flux-kontext.callback.success")
    expect(parseCallback("flux-kontext", payload)).toEqual({
      api: "flux-kontext",
      taskId: "task12345",
      status: "succeeded",
      outputs: ["https://example.com/result.jpg"],
      raw: payload,
    })
  })

  it.each([
    [
      "flux-kontext.callback.content-policy",
      "400",
      "Your prompt was flagged by Website as violating content policies.",
    ],
    ["flux-kontext.callback.generation-failed", "501", "Image generation task failed"],
  ])("Flux failure %s", (name, code, message) => {
    const task = parseCallback("flux-kontext", fixture(name))
    expect(task.status).toBe("failed")
    expect(task.outputs).toEqual([])
    expect(task.error).toEqual({ code, message })
  })

  it("Flux internal error (500) without info", () => {
    const task = parseCallback("flux-kontext", { code: 500, msg: "", data: { taskId: "t" } })
    expect(task.error).toEqual({ code: "500", message: "KIE reported failure code 500" })
  })

  it("4o success: result_urls", () => {
    const payload = fixture("gpt4o-image.callback.success")
    expect(parseCallback("gpt4o-image", payload)).toEqual({
      api: "gpt4o-image",
      taskId: "task12345",
      status: "succeeded",
      outputs: ["https://example.com/result/image1.png"],
      raw: payload,
    })
  })

  it("4o failure: info null", () => {
    const task = parseCallback("gpt4o-image", fixture("gpt4o-image.callback.failure"))
    expect(task.status).toBe("failed")
    expect(task.outputs).toEqual([])
    expect(task.error).toEqual({
      code: "400",
      message: "Your content was flagged by OpenAI as violating content policies",
    })
  })

  it("4o 451 failure", () => {
    const task = parseCallback("gpt4o-image", {
      code: 451,
      msg: "download failed",
      data: { taskId: "t", info: null },
    })
    expect(task.error).toEqual({ code: "451", message: "download failed" })
  })

  it("Market success", () => {
    const payload = fixture("market.callback.success")
    expect(parseCallback("market", payload)).toEqual({
      api: "market",
      taskId: "bd8f4b1a52048d0f17a38b49591abfa1",
      status: "succeeded",
      outputs: [
        "https://tempfile.aiquickdraw.com/wan30-video-prime-alibaba/1787567408129-b1fmz5um3co.mp4",
      ],
      createdAt: new Date(1787567320000),
      completedAt: new Date(1787567409000),
      model: "wan/3-0-video-prime",
      raw: payload,
    })
  })

  it("Market failure: failCode wins over the callback code", () => {
    const task = parseCallback("market", fixture("market.callback.failure"))
    expect(task.status).toBe("failed")
    expect(task.error).toEqual({ code: "400", message: "<error detail>" })
    expect(task.model).toBe("wan/3-0-video-prime")
  })

  it("Market callback with only taskId (Grok schema) is decided by the code", () => {
    const task = parseCallback(
      "market",
      fixture("market.models.grok-imagine-text-to-image.callback"),
    )
    expect(task.status).toBe("succeeded")
    expect(task.taskId).toBe("task_grok_12345678")
    expect(task.outputs).toEqual([])
    const failed = parseCallback("market", {
      code: 501,
      msg: "Playground task failed.",
      data: { taskId: "g" },
    })
    expect(failed.status).toBe("failed")
    expect(failed.error).toEqual({ code: "501", message: "Playground task failed." })
  })

  it("Market: a non-200 code fails even with state success; state fail fails even with 200", () => {
    const a = parseCallback("market", {
      code: 500,
      msg: "internal",
      data: { taskId: "t", state: "success" },
    })
    expect(a.status).toBe("failed")
    expect(a.error).toEqual({ code: "500", message: "internal" })
    const b = parseCallback("market", {
      code: 200,
      msg: "ok",
      data: { taskId: "t", state: "fail", failCode: "422", failMsg: "bad" },
    })
    expect(b.status).toBe("failed")
    expect(b.error).toEqual({ code: "422", message: "bad" })
  })

  it("accepts the JSON text of the body", () => {
    const text = JSON.stringify(fixture("gpt4o-image.callback.success"))
    expect(parseCallback("gpt4o-image", text).outputs).toEqual([
      "https://example.com/result/image1.png",
    ])
    expect(unexpected(() => parseCallback("gpt4o-image", "{nope")).path).toBe("(body)")
  })

  it.each<[KieApi, unknown, string]>([
    ["flux-kontext", { msg: "x", data: { taskId: "t" } }, "code"],
    ["market", { code: 200 }, "data.taskId"],
    ["flux-kontext", { code: 200, data: {} }, "data.taskId"],
    [
      "gpt4o-image",
      { code: 200, data: { taskId: "t", info: { result_urls: 5 } } },
      "data.info.result_urls",
    ],
    ["flux-kontext", { code: 200, data: { taskId: "t", info: "x" } }, "data.info"],
    ["market", { code: 200, data: { taskId: "t", state: "paused" } }, "data.state"],
    [
      "market",
      { code: 200, data: { taskId: "t", state: "success", resultJson: "{" } },
      "data.resultJson",
    ],
    ["market", null, "(root)"],
  ])("%s callback %o fails at %s", (api, payload, path) => {
    const error = unexpected(() => parseCallback(api, payload))
    expect(error.path).toBe(path)
  })
})

describe("parseTimestamp", () => {
  it.each<[unknown, string | undefined]>([
    ["2024-03-20T10:30:00Z", "2024-03-20T10:30:00.000Z"],
    ["2024-03-20T12:30:00+02:00", "2024-03-20T10:30:00.000Z"],
    ["2024-01-15 10:30:00", "2024-01-15T10:30:00.000Z"],
    ["2024-01-15T10:30:00", "2024-01-15T10:30:00.000Z"],
    [1672561200000, "2023-01-01T08:20:00.000Z"],
    ["1672561200000", "2023-01-01T08:20:00.000Z"],
    [1698765400, "2023-10-31T15:16:40.000Z"],
    [null, undefined],
    [undefined, undefined],
    ["", undefined],
    ["yesterday", undefined],
    [0, undefined],
    [-5, undefined],
    [Number.NaN, undefined],
    [{}, undefined],
  ])("%o -> %s", (value, iso) => {
    expect(parseTimestamp(value)?.toISOString()).toBe(iso)
  })

  it("drops an unparsable timestamp instead of failing the record", () => {
    const task = normalizeRecord("market", { taskId: "t", state: "success", createTime: "soon" })
    expect(task.createdAt).toBeUndefined()
    expect(task.status).toBe("succeeded")
  })
})

describe("isTerminal / taskFailedError", () => {
  it.each([
    ["queued", false],
    ["running", false],
    ["succeeded", true],
    ["failed", true],
  ] as const)("%s -> %s", (status, expected) => {
    expect(isTerminal({ status })).toBe(expected)
  })

  it("builds a TaskFailedError with the family's code and message", () => {
    const task = normalizeRecord("market", fixtureData("market.record-info.response.fail"))
    const error = taskFailedError(task)
    expect(error).toBeInstanceOf(TaskFailedError)
    expect(error.api).toBe("market")
    expect(error.taskId).toBe("task_12345678")
    expect(error.failCode).toBe("422")
    expect(error.failMessage).toBe("Invalid prompt: prompt contains prohibited content")
    expect(error.task).toBe(task)
    expect(error.message).toContain("KIE task task_12345678 (market) failed with code 422")
  })

  it("falls back to 'unknown' without an error", () => {
    const task: Task = { api: "flux-kontext", taskId: "x", status: "failed", outputs: [], raw: {} }
    const error = taskFailedError(task)
    expect(error.failCode).toBe("unknown")
    expect(error.failMessage).toBe("")
  })
})

describe("callback codes", () => {
  it("fails a task on any code but 200, and reports the code it got", () => {
    const task = parseCallback("gpt4o-image", { code: "abc", msg: "", data: { taskId: "t" } })
    expect(task.status).toBe("failed")
    expect(task.error).toEqual({ code: "abc", message: "KIE reported failure code abc" })
    expect(parseCallback("flux-kontext", { code: "200", data: { taskId: "t" } }).status).toBe(
      "succeeded",
    )
  })
})
