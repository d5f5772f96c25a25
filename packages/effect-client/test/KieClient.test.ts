import { TimeoutError, UnexpectedResponseError } from "@kie-kit/client/core"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as References from "effect/References"
import * as Schema from "effect/Schema"
import * as Tracer from "effect/Tracer"
import { TestClock } from "effect/testing"
import { describe, expect } from "vitest"
import { KieClient, Retry } from "../src"
import * as KieSchema from "../src/KieSchema"
import { fakeHttp, hang, json, ok, text } from "./fake-http"
import { API_KEY, apiKey, BASE_URL, fluxRecord, gpt4oRecord, marketRecord } from "./fixtures"
import { client, running, timeline } from "./helpers"
import { itEffect, withRandom } from "./utils"

const noRetry = { retrySchedule: Retry.none }

describe("request timeouts", () => {
  itEffect("a request that does not answer fails with TimeoutError after exactly 60 s", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([hang], noRetry)
      const fiber = yield* Effect.forkChild(Effect.flip(kie.market.get("task-1")))
      yield* TestClock.adjust(59_999)
      expect(running(fiber)).toBe(true)
      expect(http.requests[0]?.signal.aborted).toBe(false)
      yield* TestClock.adjust(1)
      const error = yield* Fiber.join(fiber)
      expect(error).toBeInstanceOf(TimeoutError)
      expect((error as TimeoutError).timeoutMs).toBe(60_000)
      expect(error.message).toContain("marketRecordInfo")
      // the in-flight request was cancelled
      expect(http.requests[0]?.signal.aborted).toBe(true)
    }),
  )

  itEffect("a body that stalls after the headers fails with TimeoutError, and is aborted", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([ok(1, { bodyDelay: Duration.infinity })], noRetry)
      const fiber = yield* Effect.forkChild(Effect.flip(kie.market.get("task-1")))
      yield* TestClock.adjust(59_999)
      expect(running(fiber)).toBe(true)
      yield* TestClock.adjust(1)
      // Done at the timeout (a body read outside the timeout would still be waiting here).
      expect(running(fiber)).toBe(false)
      const error = yield* Fiber.join(fiber)
      expect(error).toBeInstanceOf(TimeoutError)
      expect((error as TimeoutError).timeoutMs).toBe(60_000)
      expect(http.requests[0]?.signal.aborted).toBe(true)
    }),
  )

  itEffect(
    "a slow body counts against the timeout; the per-call timeout overrides the client's",
    () =>
      Effect.gen(function* () {
        const { kie } = yield* client([ok(1, { bodyDelay: "10 seconds" })], {
          ...noRetry,
          timeout: "30 seconds",
        })
        const fast = yield* Effect.forkChild(Effect.flip(kie.credits({ timeout: "5 seconds" })))
        const slow = yield* Effect.forkChild(kie.credits())
        yield* TestClock.adjust(5_000)
        expect(running(fast)).toBe(false)
        expect(((yield* Fiber.join(fast)) as TimeoutError).timeoutMs).toBe(5_000)
        expect(running(slow)).toBe(true)
        yield* TestClock.adjust(5_000)
        expect(yield* Fiber.join(slow)).toBe(1)
      }),
  )

  itEffect("interrupting a call cancels its in-flight request", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([hang])
      const { fiber } = yield* timeline(kie.credits(), http.requests, [1_000])
      yield* Fiber.interrupt(fiber)
      expect(http.requests[0]?.signal.aborted).toBe(true)
      yield* TestClock.adjust("1 hour")
      expect(http.requests).toHaveLength(1)
    }),
  )
})

describe("decoding", () => {
  itEffect("each family's record decodes into the Task; KieSchema gives a typed view of raw", () =>
    Effect.gen(function* () {
      const { kie } = yield* client([
        ok(fluxRecord(1)),
        ok(gpt4oRecord("GENERATING", "0.42")),
        ok(marketRecord("success")),
      ])
      const flux = yield* kie.fluxKontext.get("task-1")
      expect(flux).toMatchObject({
        api: "flux-kontext",
        taskId: "task-1",
        status: "succeeded",
        outputs: ["https://files.test/fox.jpg"],
      })
      expect(flux.raw).toEqual(fluxRecord(1))
      expect(Schema.decodeUnknownSync(KieSchema.FluxKontextRecord)(flux.raw).paramJson).toEqual({
        prompt: "a red fox",
        aspectRatio: "16:9",
      })
      expect(flux.createdAt?.toISOString()).toBe("2024-03-20T10:25:00.000Z")

      const gpt = yield* kie.gpt4oImage.get("task-1")
      expect(gpt).toMatchObject({ api: "gpt4o-image", status: "running", progress: 0.42 })
      expect(Schema.decodeUnknownSync(KieSchema.Gpt4oImageRecord)(gpt.raw).paramJson).toEqual({
        prompt: "a red fox",
        size: "1:1",
      })

      const market = yield* kie.market.get("task-1")
      expect(market).toMatchObject({
        api: "market",
        status: "succeeded",
        model: "google/nano-banana",
      })
      const view = Schema.decodeUnknownSync(KieSchema.MarketRecord)(market.raw)
      expect(view.param).toEqual({
        model: "google/nano-banana",
        input: { prompt: "a red fox" },
      })
      expect(view.resultJson).toEqual({ resultUrls: ["https://files.test/fox.png"] })
    }),
  )

  itEffect("a double-encoded Market input and an empty resultJson decode", () =>
    Effect.gen(function* () {
      const param = JSON.stringify({ model: "m", input: JSON.stringify({ prompt: "x" }) })
      const { kie } = yield* client([ok(marketRecord("generating", { param, resultJson: "" }))])
      const task = yield* kie.market.get("task-1")
      const view = Schema.decodeUnknownSync(KieSchema.MarketRecord)(task.raw)
      expect(view.param).toEqual({ model: "m", input: { prompt: "x" } })
      expect(view.resultJson).toBeNull()
    }),
  )

  itEffect(
    "a record not in the spec's shape is UnexpectedResponseError with the path and raw body",
    () =>
      Effect.gen(function* () {
        const bad = marketRecord("paused" as never)
        const { kie } = yield* client([ok(bad)], noRetry)
        const error = yield* Effect.flip(kie.market.get("task-1"))
        expect(error).toBeInstanceOf(UnexpectedResponseError)
        const unexpected = error as UnexpectedResponseError
        expect(unexpected.path).toBe("data.state")
        expect(unexpected.operation).toBe("marketRecordInfo")
        expect(unexpected.body).toEqual({ code: 200, msg: "success", data: bad })
        expect(unexpected.reason).toMatch(/unknown state "paused"/)
        expect(unexpected.message).toContain("data.state")
      }),
  )

  itEffect("a JSON string field that is not JSON is UnexpectedResponseError at that field", () =>
    Effect.gen(function* () {
      const { kie } = yield* client([ok(marketRecord("success", { resultJson: "{oops" }))], noRetry)
      const error = (yield* Effect.flip(kie.market.get("task-1"))) as UnexpectedResponseError
      expect(error._tag).toBe("UnexpectedResponseError")
      expect(error.path).toBe("data.resultJson")
    }),
  )

  itEffect(
    "a body that is not JSON, or not an envelope, is UnexpectedResponseError (not retried)",
    () =>
      Effect.gen(function* () {
        const { kie, http } = yield* client([text("<html>oops</html>"), json([1, 2])])
        const first = (yield* Effect.flip(kie.credits())) as UnexpectedResponseError
        expect(first._tag).toBe("UnexpectedResponseError")
        expect(first.body).toBe("<html>oops</html>")
        const second = yield* Effect.flip(kie.credits())
        expect(second._tag).toBe("UnexpectedResponseError")
        expect(http.requests).toHaveLength(2)
      }),
  )

  itEffect("an HTML error page with a 5xx status is a ServerError (retried for reads)", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([text("<html>bad gateway</html>", 502), ok(3)])
      const { fiber } = yield* timeline(kie.credits(), http.requests, [1_000])
      expect(yield* Fiber.join(fiber)).toBe(3)
    }).pipe(withRandom(0.5)),
  )

  itEffect("the envelope may use `message` instead of `msg`", () =>
    Effect.gen(function* () {
      const { kie } = yield* client([json({ code: 404, message: "Task not found" })])
      const error = yield* Effect.flip(kie.market.get("nope"))
      expect(error._tag).toBe("NotFoundError")
      expect((error as { msg: string }).msg).toBe("Task not found")
    }),
  )
})

describe("operations", () => {
  itEffect("credits, download URLs and uploads hit the documented endpoints", () =>
    Effect.gen(function* () {
      const uploaded = {
        fileName: "a.png",
        filePath: "images/a.png",
        downloadUrl: "https://files.test/a.png",
        fileSize: 3,
        mimeType: "image/png",
        uploadedAt: "2025-01-01T12:00:00.000Z",
      }
      const { kie, http } = yield* client(
        (request) => {
          const path = new URL(request.url).pathname
          if (path === "/api/v1/chat/credit") return ok(99)
          if (path.endsWith("download-url")) return ok("https://files.test/dl?sig=1")
          return json({
            success: true,
            code: 200,
            msg: "File uploaded successfully",
            data: uploaded,
          })
        },
        { uploadBaseUrl: "http://upload.test/" },
      )
      expect(yield* kie.credits()).toBe(99)
      expect(yield* kie.downloadUrl("https://files.test/a.png")).toBe("https://files.test/dl?sig=1")
      expect(
        yield* kie.gpt4oImage.downloadUrl({ taskId: "task-1", url: "https://files.test/a.png" }),
      ).toBe("https://files.test/dl?sig=1")
      const file = { ...uploaded, raw: uploaded }
      expect(yield* kie.files.uploadBase64({ base64Data: "AAAA", uploadPath: "images" })).toEqual(
        file,
      )
      expect(
        yield* kie.files.uploadUrl({ fileUrl: "https://example.com/a.png", uploadPath: "images" }),
      ).toEqual(file)
      expect(
        yield* kie.files.uploadStream({
          file: new Uint8Array([1, 2, 3]),
          uploadPath: "images",
          fileName: "a.png",
        }),
      ).toEqual(file)
      expect(http.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
        `GET ${BASE_URL}/api/v1/chat/credit`,
        `POST ${BASE_URL}/api/v1/common/download-url`,
        `POST ${BASE_URL}/api/v1/gpt4o-image/download-url`,
        "POST http://upload.test/api/file-base64-upload",
        "POST http://upload.test/api/file-url-upload",
        "POST http://upload.test/api/file-stream-upload",
      ])
      expect(JSON.parse(http.requests[1]?.body ?? "")).toEqual({ url: "https://files.test/a.png" })
      expect(http.requests[5]?.body).toBe("[FormData]")
    }),
  )
})

describe("the API key stays secret", () => {
  itEffect("it is sent as a bearer token but never appears in errors, even when echoed", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client(
        [json({ code: 401, msg: `key ${API_KEY} is not allowed (Bearer ${API_KEY})` })],
        noRetry,
      )
      const error = yield* Effect.flip(kie.credits())
      expect(http.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`)
      expect(error._tag).toBe("AuthenticationError")
      expect(error.message).not.toContain(API_KEY)
      expect(JSON.stringify(error)).not.toContain(API_KEY)
      expect(String(error)).not.toContain(API_KEY)
    }),
  )

  itEffect("each retry logs one debug line without the key", () =>
    Effect.gen(function* () {
      const lines: string[] = []
      const logger = Logger.make(({ message, logLevel }) => {
        lines.push(`${logLevel} ${JSON.stringify(message)}`)
      })
      const { kie, http } = yield* client([
        json({ code: 500, msg: `Bearer ${API_KEY} broke` }),
        ok(1),
      ])
      const { fiber } = yield* timeline(
        kie
          .credits()
          .pipe(
            Effect.provide(Logger.layer([logger])),
            Effect.provideService(References.MinimumLogLevel, "Debug"),
          ),
        http.requests,
        [1_000],
      )
      expect(yield* Fiber.join(fiber)).toBe(1)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain("kie: getCredits failed with ServerError; retry 1 in 250 ms")
      expect(lines.join("\n")).not.toContain(API_KEY)
    }).pipe(withRandom(0.5)),
  )

  itEffect("a connection error keeps the platform cause, not the request with its headers", () =>
    Effect.gen(function* () {
      const { kie } = yield* client(() => ({ _tag: "Transport", code: "ECONNREFUSED" }), noRetry)
      const error = yield* Effect.flip(kie.credits())
      expect(error._tag).toBe("ConnectionError")
      expect((error as { phase: string }).phase).toBe("connect")
      const seen = new Set<unknown>()
      const dump = JSON.stringify(error, (_key, value) => {
        if (typeof value === "object" && value !== null) {
          if (seen.has(value)) return undefined
          seen.add(value)
        }
        return value
      })
      expect(dump).not.toContain(API_KEY)
      expect((error.cause as Error).message).toBe("fetch failed")
    }),
  )

  itEffect("spans are named after the operation and carry no key", () => {
    const spans: Tracer.Span[] = []
    const tracer = Tracer.make({
      span(options) {
        const span = Tracer.nativeTracer.span(options)
        spans.push(span)
        return span
      },
    })
    return Effect.gen(function* () {
      const { kie, http } = yield* client([
        ok({ taskId: "task-1" }),
        ok(marketRecord("success")),
        ok(12),
      ])
      yield* kie.market.createTask({ model: "google/nano-banana", input: { prompt: "x" } })
      yield* kie.market.get("task-1")
      yield* kie.credits()
      const names = spans.map((s) => s.name)
      expect(names).toContain("kie.marketCreateTask")
      expect(names).toContain("kie.marketRecordInfo")
      expect(names).toContain("kie.getCredits")
      const getSpan = spans.find((s) => s.name === "kie.marketRecordInfo")
      expect(getSpan?.attributes.get("kie.task_id")).toBe("task-1")
      expect(getSpan?.attributes.get("http.request.method")).toBe("GET")
      expect(getSpan?.attributes.get("url.full")).toBe(
        `${BASE_URL}/api/v1/jobs/recordInfo?taskId=task-1`,
      )
      // by default the HttpClient's own span is not recorded (nor propagated)
      expect(names).not.toContain("GET")
      expect(http.requests[1]?.headers.traceparent).toBeUndefined()

      // with httpSpans, it is a child of the operation's span
      const traced = yield* client([ok(marketRecord("success"))], { httpSpans: true })
      yield* traced.kie.market.get("task-1")
      const tracedGet = spans.filter((s) => s.name === "kie.marketRecordInfo").at(-1)
      const httpSpan = spans.find(
        (s) => s.name === "GET" && s.parent._tag === "Some" && s.parent.value === tracedGet,
      )
      expect(httpSpan).toBeDefined()
      expect(traced.http.requests[0]?.headers.traceparent).toBeDefined()

      for (const span of spans) {
        for (const value of span.attributes.values()) expect(String(value)).not.toContain(API_KEY)
      }
      expect(http.requests).toHaveLength(3)
    }).pipe(Effect.withTracer(tracer))
  })
})

describe("layers", () => {
  itEffect("KieClient.layer needs an HttpClient and provides the service", () =>
    Effect.gen(function* () {
      const http = fakeHttp([ok(5)])
      const credits = yield* KieClient.use((kie) => kie.credits()).pipe(
        Effect.provide(
          KieClient.layer({ apiKey, baseUrl: BASE_URL }).pipe(Layer.provide(http.layer)),
        ),
      )
      expect(credits).toBe(5)
    }),
  )

  itEffect("KieClient.layerConfig reads KIE_API_KEY (redacted) and KIE_BASE_URL", () =>
    Effect.gen(function* () {
      const http = fakeHttp([ok(8)])
      const provider = ConfigProvider.fromEnvRecord({
        KIE_API_KEY: "sk-from-env-123456",
        KIE_BASE_URL: "http://env.test",
      })
      const credits = yield* KieClient.use((kie) => kie.credits()).pipe(
        Effect.provide(
          KieClient.layerConfig().pipe(
            Layer.provide(http.layer),
            Layer.provide(ConfigProvider.layer(provider)),
          ),
        ),
      )
      expect(credits).toBe(8)
      expect(http.requests[0]?.url).toBe("http://env.test/api/v1/chat/credit")
      expect(http.requests[0]?.headers.authorization).toBe("Bearer sk-from-env-123456")
    }),
  )

  itEffect("KieClient.layerConfig fails with a ConfigError when KIE_API_KEY is missing", () =>
    Effect.gen(function* () {
      const http = fakeHttp([ok(8)])
      const error = yield* Effect.flip(
        KieClient.use((kie) => kie.credits()).pipe(
          Effect.provide(
            KieClient.layerConfig().pipe(
              Layer.provide(http.layer),
              Layer.provide(ConfigProvider.layer(ConfigProvider.fromEnvRecord({}))),
            ),
          ),
        ),
      )
      expect(error._tag).toBe("ConfigError")
    }),
  )

  itEffect("an empty key fails the layer with a typed ConfigError, not a defect", () =>
    Effect.gen(function* () {
      for (const key of ["", " "]) {
        const http = fakeHttp([ok(8)])
        const exit = yield* Effect.exit(
          KieClient.use((kie) => kie.credits()).pipe(
            Effect.provide(
              KieClient.layer({ apiKey: Redacted.make(key) }).pipe(Layer.provide(http.layer)),
            ),
          ),
        )
        // a typed failure (in the error channel), not a die
        const error = Exit.findErrorOption(exit)
        expect(Option.isSome(error) && error.value._tag).toBe("ConfigError")
        expect(Option.getOrThrow(error).message).toContain("KieClient needs an API key")
        expect(http.requests).toHaveLength(0)
      }
    }),
  )

  itEffect("KieClient.layerConfig fails with a ConfigError when KIE_API_KEY is blank", () =>
    Effect.gen(function* () {
      const http = fakeHttp([ok(8)])
      const exit = yield* Effect.exit(
        KieClient.use((kie) => kie.credits()).pipe(
          Effect.provide(
            KieClient.layerConfig().pipe(
              Layer.provide(http.layer),
              Layer.provide(
                ConfigProvider.layer(ConfigProvider.fromEnvRecord({ KIE_API_KEY: "  " })),
              ),
            ),
          ),
        ),
      )
      const error = Exit.findErrorOption(exit)
      expect(Option.isSome(error) && error.value._tag).toBe("ConfigError")
      expect(http.requests).toHaveLength(0)
    }),
  )
})

describe("the error taxonomy", () => {
  const table: ReadonlyArray<readonly [number, string]> = [
    [401, "AuthenticationError"],
    [402, "InsufficientCreditsError"],
    [404, "NotFoundError"],
    [422, "ValidationError"],
    [429, "RateLimitError"],
    [433, "KeyLimitError"],
    [455, "MaintenanceError"],
    [500, "ServerError"],
    [505, "FeatureDisabledError"],
    [550, "QueueFullError"],
    [599, "ServerError"],
  ]

  itEffect("the body code and the HTTP status both map to the same tagged error", () =>
    Effect.gen(function* () {
      for (const [code, tag] of table) {
        const inBody = yield* client([json({ code, msg: "nope", data: null })], noRetry)
        const viaBody = yield* Effect.flip(inBody.kie.market.get("task-1"))
        expect(viaBody._tag).toBe(tag)
        expect((viaBody as { code: number }).code).toBe(code)
        const inStatus = yield* client([text("", code)], noRetry)
        const viaStatus = yield* Effect.flip(inStatus.kie.market.get("task-1"))
        expect(viaStatus._tag).toBe(tag)
        expect((viaStatus as { httpStatus: number }).httpStatus).toBe(code)
      }
    }),
  )

  itEffect("errors are the plain client's classes, caught by tag", () =>
    Effect.gen(function* () {
      const { kie } = yield* client([json({ code: 433, msg: "sub-key over its limit" })], noRetry)
      const recovered = yield* kie
        .credits()
        .pipe(Effect.catchTag("KeyLimitError", (error) => Effect.succeed(`caught ${error.code}`)))
      expect(recovered).toBe("caught 433")
    }),
  )
})

describe("effects are descriptions", () => {
  itEffect(
    "calling an operation sends nothing until it runs; a bad body is a defect, not a throw",
    () =>
      Effect.gen(function* () {
        const { kie, http } = yield* client([ok({ taskId: "t" })], noRetry)
        const pending = kie.market.createTask({ model: "m", input: { n: 1n } as never })
        expect(http.requests).toHaveLength(0)
        const exit = yield* Effect.exit(pending)
        expect(exit._tag).toBe("Failure")
        expect(http.requests).toHaveLength(0)
        const again = kie.fluxKontext.generate({ prompt: "p" })
        yield* again
        yield* again
        expect(http.requests).toHaveLength(2)
      }),
  )
})
