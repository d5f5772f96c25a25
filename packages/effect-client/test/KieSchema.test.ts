import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as KieSchema from "../src/KieSchema"

describe("KieSchema follows the clients' tolerant rule", () => {
  it("drops an informational field that does not decode and keeps the rest typed", () => {
    const data = {
      taskId: "t",
      successFlag: 1,
      completeTime: null,
      createTime: 42,
      errorCode: "",
      paramJson: '{"prompt":"a fox"}',
      response: { resultImageUrl: "https://x/r.png" },
      surprise: true,
    }
    expect(Schema.decodeUnknownSync(KieSchema.FluxKontextRecord)(data)).toEqual({
      taskId: "t",
      successFlag: 1,
      paramJson: { prompt: "a fox" },
      response: { resultImageUrl: "https://x/r.png" },
      surprise: true,
    })
  })

  it("reads a flag sent as a string as the clients do, and drops it from the typed view", () => {
    const view = Schema.decodeUnknownSync(KieSchema.FluxKontextRecord)({
      taskId: "t",
      successFlag: "1",
      response: { resultImageUrl: "https://x/r.png" },
    })
    expect(view.successFlag).toBeUndefined()
    expect(view.taskId).toBe("t")
  })

  it("fails where the outcome cannot be read, with the clients' message", () => {
    expect(() =>
      Schema.decodeUnknownSync(KieSchema.MarketRecord)({ taskId: "t", state: "paused" }),
    ).toThrow(/data\.state \(unknown state "paused"\)/)
    expect(() =>
      Schema.decodeUnknownSync(KieSchema.MarketRecord)({
        taskId: "t",
        state: "success",
        resultJson: "{oops",
      }),
    ).toThrow(/data\.resultJson/)
  })

  it("decodes a Market callback's nested data tolerantly", () => {
    const body = {
      code: 200,
      msg: "ok",
      data: {
        taskId: "t",
        state: "success",
        costTime: "fast",
        resultJson: '{"resultUrls":["https://x/1.png"]}',
        param: '{"model":"m","input":"{\\"prompt\\":\\"p\\"}"}',
      },
    }
    const view = Schema.decodeUnknownSync(KieSchema.MarketCallback)(body)
    expect(view.data?.resultJson).toEqual({ resultUrls: ["https://x/1.png"] })
    expect(view.data?.param).toEqual({ model: "m", input: { prompt: "p" } })
    expect(view.data?.costTime).toBeUndefined()
  })
})
