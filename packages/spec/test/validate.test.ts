import { describe, expect, it } from "vitest"
import { specValidator } from "../src/validate"

const validator = specValidator()

describe("request validation (forward compatible)", () => {
  it("accepts fields the spec does not know, and names them", () => {
    const checked = validator.body("marketCreateTask", {
      model: "google/nano-banana",
      input: { prompt: "a fox", brand_new: 1 },
      futureTopLevel: true,
    })
    expect(checked.error).toBeUndefined()
    expect(checked.unknownFields).toEqual(["input.brand_new", "futureTopLevel"])
  })

  it("refuses documented violations with one sentence naming the field", () => {
    expect(validator.body("fluxKontextGenerate", { prompt: "x", aspectRatio: "5:4" }).error).toBe(
      "aspectRatio must be one of 21:9, 16:9, 4:3, 1:1, 3:4, 9:16",
    )
    expect(validator.body("fluxKontextGenerate", {}).error).toBe("prompt is required")
    expect(
      validator.body("marketCreateTask", {
        model: "google/nano-banana",
        input: { prompt: "x", output_format: "gif" },
      }).error,
    ).toBe("input.output_format must be one of png, jpeg")
  })

  it("leaves an unknown Market model's input open", () => {
    const checked = validator.body("marketCreateTask", { model: "acme/new", input: { any: 1 } })
    expect(checked).toEqual({ error: undefined, unknownFields: [] })
  })

  it("validates query strings", () => {
    expect(validator.query("marketRecordInfo", { taskId: "t" })).toBeUndefined()
    expect(validator.query("marketRecordInfo", {})).toBe("taskId is required")
    expect(validator.queryParameters("fluxKontextRecordInfo")).toEqual([
      { name: "taskId", required: true },
    ])
  })
})
