import { describe, expect, it } from "vitest"
import { withExtraBody } from "../../src/core/index"

describe("withExtraBody", () => {
  it("merges objects field by field and replaces anything else, changing neither argument", () => {
    const body = { model: "m", input: { prompt: "a", image_urls: ["x"] } }
    const extra = { input: { seed: 7, image_urls: ["y"] }, flag: true }
    expect(withExtraBody(body, extra)).toEqual({
      model: "m",
      input: { prompt: "a", image_urls: ["y"], seed: 7 },
      flag: true,
    })
    expect(body).toEqual({ model: "m", input: { prompt: "a", image_urls: ["x"] } })
    expect(extra).toEqual({ input: { seed: 7, image_urls: ["y"] }, flag: true })
  })

  it("leaves the body as is without extras", () => {
    const body = { prompt: "a" }
    expect(withExtraBody(body, undefined)).toBe(body)
    expect(withExtraBody(undefined, { a: 1 })).toEqual({ a: 1 })
  })
})
