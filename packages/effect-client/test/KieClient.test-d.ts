import type * as Config from "effect/Config"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import type * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as Stream from "effect/Stream"
import { describe, expectTypeOf, test } from "vitest"
import {
  type ApiError,
  type ConnectionError,
  type CreateError,
  type CreateOutcomeUnknownError,
  KieClient,
  type KieClientService,
  type RateLimitError,
  type ReadError,
  type RunError,
  type TaskCreated,
  type TaskFailedError,
  type TaskOf,
  type TimeoutError,
  type UnexpectedResponseError,
  type UploadedFile,
  type WaitError,
  type WaitTimeoutError,
} from "../src"
import type * as KieSchema from "../src/KieSchema"

declare const kie: KieClientService

type ErrorOf<T> = Effect.Error<T>

describe("every family of the spec", () => {
  test("a namespace per family, query operations typed by their answer", () => {
    expectTypeOf(kie.veo.generate({ prompt: "a fox" })).toEqualTypeOf<
      Effect.Effect<TaskCreated, CreateError>
    >()
    expectTypeOf(kie.veo.get("t")).toEqualTypeOf<Effect.Effect<TaskOf<"veo">, ReadError>>()
    expectTypeOf(kie.aleph.get("t")).toEqualTypeOf<Effect.Effect<TaskOf<"aleph">, ReadError>>()
    expectTypeOf(kie.luma.get("t")).toEqualTypeOf<Effect.Effect<TaskOf<"luma">, ReadError>>()
    expectTypeOf(
      Effect.map(kie.veo.get1080pVideo({ taskId: "t" }), (data) => data.resultUrl),
    ).toEqualTypeOf<Effect.Effect<string, ReadError>>()
    // @ts-expect-error a typo in a request field is a compile error
    kie.veo.generate({ prompt: "a fox", aspectRatio: "16:9" })
  })
})

describe("error channels are exact", () => {
  test("a read can fail with the request errors, never CreateOutcomeUnknownError", () => {
    type E = ErrorOf<ReturnType<KieClientService["market"]["get"]>>
    expectTypeOf<E>().toEqualTypeOf<ReadError>()
    expectTypeOf<E>().toEqualTypeOf<
      ApiError | ConnectionError | TimeoutError | UnexpectedResponseError
    >()
    expectTypeOf<Extract<E, CreateOutcomeUnknownError>>().toBeNever()
    expectTypeOf<Extract<E, TaskFailedError | WaitTimeoutError>>().toBeNever()
    expectTypeOf(kie.credits()).toEqualTypeOf<Effect.Effect<number, ReadError>>()
    expectTypeOf(kie.downloadUrl("u")).toEqualTypeOf<Effect.Effect<string, ReadError>>()
    expectTypeOf(kie.fluxKontext.get("t")).toEqualTypeOf<
      Effect.Effect<TaskOf<"flux-kontext">, ReadError>
    >()
    expectTypeOf(kie.gpt4oImage.get("t")).toEqualTypeOf<
      Effect.Effect<TaskOf<"gpt4o-image">, ReadError>
    >()
    expectTypeOf(kie.files.uploadUrl({ fileUrl: "u", uploadPath: "p" })).toEqualTypeOf<
      Effect.Effect<UploadedFile, ReadError>
    >()
  })

  test("a create can fail with CreateOutcomeUnknownError, never with a timeout or decode error", () => {
    type E = ErrorOf<ReturnType<KieClientService["fluxKontext"]["generate"]>>
    expectTypeOf<E>().toEqualTypeOf<CreateError>()
    expectTypeOf<Extract<E, CreateOutcomeUnknownError>>().toEqualTypeOf<CreateOutcomeUnknownError>()
    expectTypeOf<Extract<E, TimeoutError | UnexpectedResponseError>>().toBeNever()
    expectTypeOf(kie.market.createTask({ model: "m", input: {} })).toEqualTypeOf<
      Effect.Effect<TaskCreated, CreateError>
    >()
  })

  test("waitForTask adds TaskFailedError and WaitTimeoutError; run has both sides", () => {
    expectTypeOf<WaitError>().toEqualTypeOf<ReadError | TaskFailedError | WaitTimeoutError>()
    expectTypeOf(kie.waitForTask({ api: "market", taskId: "t" })).toEqualTypeOf<
      Effect.Effect<TaskOf<"market">, WaitError>
    >()
    expectTypeOf(kie.watchTask({ api: "gpt4o-image", taskId: "t" })).toEqualTypeOf<
      Stream.Stream<TaskOf<"gpt4o-image">, WaitError>
    >()
    expectTypeOf<RunError>().toEqualTypeOf<CreateError | WaitError>()
    expectTypeOf(kie.run({ api: "flux-kontext", prompt: "p" })).toEqualTypeOf<
      Effect.Effect<TaskOf<"flux-kontext">, RunError>
    >()
  })

  test("catchTag narrows by the plain client's tags", () => {
    const handled = kie.market
      .get("t")
      .pipe(Effect.catchTag("RateLimitError", (e) => Effect.succeed(e.retryAfterMs)))
    expectTypeOf<ErrorOf<typeof handled>>().toEqualTypeOf<Exclude<ReadError, RateLimitError>>()
    const created = kie.fluxKontext
      .generate({ prompt: "p" })
      .pipe(Effect.catchTag("CreateOutcomeUnknownError", (e) => Effect.succeed(e.operation)))
    expectTypeOf<Extract<ErrorOf<typeof created>, CreateOutcomeUnknownError>>().toBeNever()
    // @ts-expect-error a read cannot fail with CreateOutcomeUnknownError
    kie.market.get("t").pipe(Effect.catchTag("CreateOutcomeUnknownError", () => Effect.void))
  })
})

describe("decoded types", () => {
  test("KieSchema's typed views: JSON string fields are structures, every field optional", () => {
    expectTypeOf<KieSchema.MarketRecord["param"]>().toEqualTypeOf<
      KieSchema.Tolerant<KieSchema.MarketParam> | null | undefined
    >()
    expectTypeOf<KieSchema.MarketRecord["resultJson"]>().toEqualTypeOf<
      KieSchema.Tolerant<KieSchema.MarketResult> | null | undefined
    >()
    expectTypeOf<KieSchema.FluxKontextRecord["paramJson"]>().toEqualTypeOf<
      KieSchema.Tolerant<KieSchema.JsonObject> | null | undefined
    >()
  })

  test("records keep the spec's enums", () => {
    expectTypeOf<KieSchema.FluxKontextRecord["successFlag"]>().toEqualTypeOf<
      0 | 1 | 2 | 3 | undefined
    >()
    expectTypeOf<KieSchema.MarketRecord["state"]>().toEqualTypeOf<
      "waiting" | "queuing" | "generating" | "success" | "fail" | undefined
    >()
    expectTypeOf<TaskOf<"market">["status"]>().toEqualTypeOf<
      "queued" | "running" | "succeeded" | "failed"
    >()
  })

  test("the Market create body is typed by model, as in the plain client", () => {
    kie.market.createTask({
      model: "google/nano-banana",
      input: { prompt: "a", image_size: "16:9" },
    })
    kie.market.createTask({
      model: "google/nano-banana",
      // @ts-expect-error "7:5" is not a nano-banana image_size
      input: { prompt: "a", image_size: "7:5" },
    })
    kie.market.createTask({ model: "acme/new-model", input: { anything: 1 } })
  })

  test("request bodies come from the spec", () => {
    // @ts-expect-error prompt is required
    kie.fluxKontext.generate({ aspectRatio: "16:9" })
    // @ts-expect-error not a documented aspect ratio
    kie.fluxKontext.generate({ prompt: "p", aspectRatio: "5:1" })
  })
})

describe("layers", () => {
  test("KieClient.layer requires an HttpClient; a blank key is a typed ConfigError", () => {
    const layer = KieClient.layer({ apiKey: Redacted.make("k") })
    expectTypeOf(layer).toEqualTypeOf<
      Layer.Layer<KieClient, Config.ConfigError, HttpClient.HttpClient>
    >()
    expectTypeOf(KieClient.layerConfig()).toEqualTypeOf<
      Layer.Layer<KieClient, Config.ConfigError, HttpClient.HttpClient>
    >()
    // @ts-expect-error the key must be Redacted
    KieClient.layer({ apiKey: "plain-text-key" })
  })

  test("a program needs KieClient until it is provided", () => {
    const program = Effect.flatMap(KieClient, (k) => k.credits())
    expectTypeOf<Effect.Services<typeof program>>().toEqualTypeOf<KieClient>()
    const provided = program.pipe(Effect.provide(KieClient.layer({ apiKey: Redacted.make("k") })))
    expectTypeOf<Effect.Services<typeof provided>>().toEqualTypeOf<HttpClient.HttpClient>()
  })
})
