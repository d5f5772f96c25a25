import { describe, expectTypeOf, it } from "vitest"
import type {
  createKieClient,
  FluxKontextGenerateRequest,
  KieApi,
  RateLimitError,
  Task,
  TaskCreated,
  TaskFailedError,
  TaskOf,
  WaitTimeoutError,
} from "../src/index"

type Kie = ReturnType<typeof createKieClient>

describe("public types", () => {
  it("takes request bodies straight from the spec", () => {
    expectTypeOf<
      Parameters<Kie["fluxKontext"]["generate"]>[0]
    >().toEqualTypeOf<FluxKontextGenerateRequest>()
    expectTypeOf<{ prompt: "a fox"; aspectRatio: "16:9" }>().toExtend<FluxKontextGenerateRequest>()
    expectTypeOf<{
      prompt: "a fox"
      aspectRatio: "2:1"
    }>().not.toExtend<FluxKontextGenerateRequest>()
    type FourO = Parameters<Kie["gpt4oImage"]["generate"]>[0]
    expectTypeOf<{ prompt: "x"; size: "1:1"; nVariants: 4 }>().toExtend<FourO>()
    expectTypeOf<{ prompt: "x"; size: "1:1"; nVariants: 3 }>().not.toExtend<FourO>()
    expectTypeOf<{ prompt: "x" }>().not.toExtend<FourO>()
  })

  it("types Market input by model, and leaves other models open", () => {
    const kie = {} as Kie
    // A known model with a valid input compiles, a bad input for a known model does not, and any
    // other model takes an open input.
    const ok = () =>
      kie.market.createTask({
        model: "google/nano-banana",
        input: { prompt: "a", image_size: "16:9" },
      })
    const badSize = () =>
      kie.market.createTask({
        model: "google/nano-banana",
        // @ts-expect-error "7:5" is not a nano-banana image_size
        input: { prompt: "a", image_size: "7:5" },
      })
    const missing = () =>
      kie.market.createTask({
        model: "kling-2.6/text-to-video",
        // @ts-expect-error kling needs sound, aspect_ratio and duration
        input: { prompt: "a" },
      })
    const open = () => kie.market.createTask({ model: "acme/new-model", input: { anything: 1 } })
    expectTypeOf(ok).returns.resolves.toEqualTypeOf<TaskCreated>()
    expectTypeOf(open).returns.resolves.toEqualTypeOf<TaskCreated>()
    void badSize
    void missing
  })

  it("returns the one Task shape from every get and wait, narrowed to the family", () => {
    expectTypeOf<Awaited<ReturnType<Kie["fluxKontext"]["get"]>>>().toEqualTypeOf<
      TaskOf<"flux-kontext">
    >()
    expectTypeOf<Awaited<ReturnType<Kie["market"]["get"]>>>().toEqualTypeOf<TaskOf<"market">>()
    expectTypeOf<TaskOf<"market">>().toExtend<Task>()
    const kie = {} as Kie
    const wait = () => kie.waitForTask({ api: "gpt4o-image", taskId: "t" })
    expectTypeOf(wait).returns.resolves.toEqualTypeOf<TaskOf<"gpt4o-image">>()
    expectTypeOf<Task["status"]>().toEqualTypeOf<"queued" | "running" | "succeeded" | "failed">()
    expectTypeOf<Task["api"]>().toEqualTypeOf<KieApi>()
    expectTypeOf<Task["outputs"]>().toEqualTypeOf<string[]>()
    expectTypeOf<Task["progress"]>().toEqualTypeOf<number | undefined>()
    expectTypeOf<Awaited<ReturnType<Kie["credits"]>>>().toEqualTypeOf<number>()
    expectTypeOf<Awaited<ReturnType<Kie["fluxKontext"]["generate"]>>>().toEqualTypeOf<TaskCreated>()
    expectTypeOf<TaskCreated["taskId"]>().toEqualTypeOf<string>()
  })

  it("exposes error fields with literal tags", () => {
    expectTypeOf<RateLimitError["_tag"]>().toEqualTypeOf<"RateLimitError">()
    expectTypeOf<RateLimitError["retryAfterMs"]>().toEqualTypeOf<number | undefined>()
    expectTypeOf<RateLimitError["code"]>().toEqualTypeOf<number>()
    expectTypeOf<TaskFailedError["failCode"]>().toEqualTypeOf<string>()
    expectTypeOf<TaskFailedError["taskId"]>().toEqualTypeOf<string>()
    expectTypeOf<WaitTimeoutError["lastTask"]>().toEqualTypeOf<Task | undefined>()
    expectTypeOf<WaitTimeoutError["elapsedMs"]>().toEqualTypeOf<number>()
  })
})

describe("every family of the spec", () => {
  it("has a namespace per family with generate(body) and get(taskId)", () => {
    const kie = {} as Kie
    expectTypeOf(kie.veo.generate({ prompt: "a fox" })).resolves.toEqualTypeOf<TaskCreated>()
    expectTypeOf(kie.veo.get("t")).resolves.toEqualTypeOf<TaskOf<"veo">>()
    expectTypeOf(kie.suno.get("t")).resolves.toEqualTypeOf<TaskOf<"suno">>()
    expectTypeOf(kie.suno.getLyrics("t")).resolves.toEqualTypeOf<TaskOf<"suno-lyrics">>()
    expectTypeOf(kie.runway.get("t")).resolves.toEqualTypeOf<TaskOf<"runway">>()
    expectTypeOf(kie.aleph.get("t")).resolves.toEqualTypeOf<TaskOf<"aleph">>()
    expectTypeOf(kie.midjourney.get("t")).resolves.toEqualTypeOf<TaskOf<"midjourney">>()
    expectTypeOf(kie.luma.get("t")).resolves.toEqualTypeOf<TaskOf<"luma">>()
    expectTypeOf<Parameters<Kie["luma"]["generate"]>[0]>().toHaveProperty("videoUrl")
    // @ts-expect-error a typo in a request field is a compile error
    kie.veo.generate({ prompt: "a fox", aspectRatio: "16:9" })
    // @ts-expect-error a value outside the documented enum
    kie.runway.generate({ prompt: "x", duration: 7, quality: "720p" })
    expectTypeOf<"veo" | "suno" | "runway" | "aleph" | "midjourney" | "luma">().toExtend<KieApi>()
  })

  it("types query operations: their input and the data they answer", () => {
    const kie = {} as Kie
    const link = kie.veo.get1080pVideo({ taskId: "t" })
    expectTypeOf(link).resolves.toHaveProperty("resultUrl").toEqualTypeOf<string>()
    // @ts-expect-error the taskId is required
    kie.veo.get1080pVideo({})
  })

  it("types every catalog model's input, kling-3.0/video included", () => {
    const kie = {} as Kie
    const ok = () =>
      kie.market.createTask({
        model: "kling-3.0/video",
        input: {
          prompt: "a",
          sound: false,
          duration: "5",
          aspect_ratio: "16:9",
          mode: "pro",
          multi_shots: false,
        },
      })
    const typo = () =>
      kie.market.createTask({
        model: "kling-3.0/video",
        // @ts-expect-error `aspectRatio` is not a kling-3.0/video input field
        input: { prompt: "a", aspectRatio: "16:9" },
      })
    expectTypeOf(ok).returns.resolves.toEqualTypeOf<TaskCreated>()
    void typo
  })
})

describe("numeric enums from the spec", () => {
  it("types Flux safetyTolerance as 0-6", () => {
    expectTypeOf<{ prompt: "x"; safetyTolerance: 6 }>().toExtend<FluxKontextGenerateRequest>()
    expectTypeOf<{ prompt: "x"; safetyTolerance: 9 }>().not.toExtend<FluxKontextGenerateRequest>()
  })
})
