import { describe, expectTypeOf, it } from "vitest"
import type { components, operations, webhooks } from "../src/index"

type Schemas = components["schemas"]

describe("generated types", () => {
  it("types the Flux Kontext generate body strictly", () => {
    type Body = operations["fluxKontextGenerate"]["requestBody"] extends
      | { content: { "application/json": infer B } }
      | undefined
      ? B
      : never
    expectTypeOf<Body>().toEqualTypeOf<Schemas["FluxKontextGenerateRequest"]>()
    expectTypeOf<Body["prompt"]>().toEqualTypeOf<string>()
    expectTypeOf<NonNullable<Body["aspectRatio"]>>().toEqualTypeOf<
      "21:9" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16"
    >()
    expectTypeOf<NonNullable<Body["model"]>>().toEqualTypeOf<
      "flux-kontext-pro" | "flux-kontext-max"
    >()
    expectTypeOf<{ prompt: "a fox" }>().toExtend<Body>()
    expectTypeOf<{ prompt: "a fox"; aspectRatio: "2:1" }>().not.toExtend<Body>()
  })

  it("types the Market state as a closed union", () => {
    expectTypeOf<Schemas["MarketRecord"]["state"]>().toEqualTypeOf<
      "waiting" | "queuing" | "generating" | "success" | "fail"
    >()
  })

  it("types a Market model's input by its model id", () => {
    type NanoBanana = Extract<Schemas["MarketCreateTaskRequest"], { model: "google/nano-banana" }>
    expectTypeOf<NanoBanana["input"]["prompt"]>().toEqualTypeOf<string>()
    expectTypeOf<NonNullable<NanoBanana["input"]["output_format"]>>().toEqualTypeOf<
      "png" | "jpeg"
    >()
    expectTypeOf<{
      model: "google/nano-banana"
      input: { prompt: "a fox"; image_size: "16:9" }
    }>().toExtend<NanoBanana>()
    expectTypeOf<{
      model: "google/nano-banana"
      input: { prompt: "a fox"; image_size: "7:5" }
    }>().not.toExtend<NanoBanana>()
  })

  it("emits every family's callback as a webhook", () => {
    expectTypeOf<keyof webhooks>().toEqualTypeOf<
      | "fluxKontextCallback"
      | "gpt4oImageCallback"
      | "marketCallback"
      | "veoCallback"
      | "sunoCallback"
      | "sunoLyricsCallback"
      | "sunoWavCallback"
      | "sunoMusicVideoCallback"
      | "sunoCoverCallback"
      | "sunoVocalRemovalCallback"
      | "midjourneyCallback"
      | "lumaCallback"
      | "runwayCallback"
      | "alephCallback"
    >()
  })
})
