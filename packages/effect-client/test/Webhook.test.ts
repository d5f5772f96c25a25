import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { signWebhook, UnexpectedResponseError } from "@kie-kit/client/core"
import { startMockServer } from "@kie-kit/mock-server"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"
import { TestClock } from "effect/testing"
import { describe, expect } from "vitest"
import { KieClient, Webhook } from "../src"
import { itEffect, itLive } from "./utils"

const secret = Redacted.make("whsec-test-key")

const signed = (taskId: string, timestamp: number) =>
  Effect.promise(() =>
    signWebhook({ taskId, timestamp: String(timestamp), secret: Redacted.value(secret) }),
  )

const marketCallback = {
  code: 200,
  msg: "Playground task completed successfully.",
  data: {
    taskId: "task-1",
    model: "google/nano-banana",
    state: "success",
    param: JSON.stringify({ model: "google/nano-banana", input: JSON.stringify({ prompt: "x" }) }),
    resultJson: JSON.stringify({ resultUrls: ["https://files.test/a.png"] }),
    failCode: null,
    failMsg: null,
    costTime: 12,
    completeTime: 1_700_000_012_000,
    createTime: 1_700_000_000_000,
    creditsConsumed: 4,
  },
}

describe("Webhook.verify", () => {
  itEffect("accepts a valid signature within the tolerance, using Effect's Clock", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(1_700_000_000_000)
      const timestamp = 1_700_000_000
      const signature = yield* signed("task-1", timestamp)
      const headers = {
        [Webhook.TIMESTAMP_HEADER]: String(timestamp),
        [Webhook.SIGNATURE_HEADER]: signature,
      }
      expect(yield* Webhook.verify({ headers, body: marketCallback, secret })).toBe(true)
      expect(
        yield* Webhook.verify({
          headers: new Headers(headers),
          body: JSON.stringify(marketCallback),
          secret,
        }),
      ).toBe(true)
      // another task id (the body was swapped) or another key
      const other = { ...marketCallback, data: { ...marketCallback.data, taskId: "task-2" } }
      expect(yield* Webhook.verify({ headers, body: other, secret })).toBe(false)
      expect(
        yield* Webhook.verify({ headers, body: marketCallback, secret: Redacted.make("other") }),
      ).toBe(false)
      // too old: 301 s later
      yield* TestClock.adjust("301 seconds")
      expect(yield* Webhook.verify({ headers, body: marketCallback, secret })).toBe(false)
      expect(
        yield* Webhook.verify({ headers, body: marketCallback, secret, toleranceSeconds: 600 }),
      ).toBe(true)
      // missing headers
      expect(yield* Webhook.verify({ headers: {}, body: marketCallback, secret })).toBe(false)
    }),
  )
})

describe("Webhook.parse", () => {
  itEffect("decodes each family's callback into the task model", () =>
    Effect.gen(function* () {
      const market = yield* Webhook.parse("market", marketCallback)
      expect(market).toMatchObject({
        api: "market",
        taskId: "task-1",
        status: "succeeded",
        outputs: ["https://files.test/a.png"],
      })
      const flux = yield* Webhook.parse("flux-kontext", {
        code: 400,
        msg: "Your prompt was flagged",
        data: { taskId: "f-1", info: { originImageUrl: "", resultImageUrl: "" } },
      })
      expect(flux).toMatchObject({ status: "failed", error: { code: "400" } })
      const gpt = yield* Webhook.parse(
        "gpt4o-image",
        JSON.stringify({
          code: 200,
          msg: "success",
          data: { taskId: "g-1", info: { result_urls: ["https://files.test/g.png"] } },
        }),
      )
      expect(gpt.outputs).toEqual(["https://files.test/g.png"])
    }),
  )

  itEffect("a body in another shape is UnexpectedResponseError with the path", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(Webhook.parse("market", { code: 200, msg: "ok", data: {} }))
      expect(error).toBeInstanceOf(UnexpectedResponseError)
      expect(error.path).toBe("data.taskId")
      const notJson = yield* Effect.flip(Webhook.parse("market", "{nope"))
      expect(notJson._tag).toBe("UnexpectedResponseError")
    }),
  )
})

describe("end to end with the mock's signed callbacks", () => {
  itLive("a real callback verifies and parses; re-reading the task agrees", () =>
    Effect.gen(function* () {
      const received: Array<{ headers: Record<string, string>; body: string }> = []
      const receiver = createServer((req, res) => {
        let body = ""
        req.on("data", (chunk) => {
          body += chunk
        })
        req.on("end", () => {
          received.push({ headers: req.headers as Record<string, string>, body })
          res.writeHead(200, { "content-type": "application/json" })
          res.end('{"code":200,"msg":"success"}')
        })
      })
      yield* Effect.promise(() => new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r)))
      const callBackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
      yield* Effect.addFinalizer(() => Effect.sync(() => receiver.close()))
      const mock = yield* Effect.acquireRelease(
        Effect.promise(() =>
          startMockServer({ port: 0, taskDurationMs: 50, webhookSecret: Redacted.value(secret) }),
        ),
        (server) => Effect.promise(() => server.close()),
      )
      const kie = yield* KieClient.make({
        apiKey: Redacted.make("sk-e2e-key-123"),
        baseUrl: mock.url,
      }).pipe(Effect.provide(FetchHttpClient.layer))
      const { taskId } = yield* kie.market.createTask({
        model: "google/nano-banana",
        input: { prompt: "a red fox" },
        callBackUrl,
      })
      yield* Effect.sleep(100)
      yield* Effect.promise(() => mock.flushCallbacks())
      const hook = received[0]
      if (hook === undefined) return expect.fail("no callback received")
      expect(yield* Webhook.verify({ headers: hook.headers, body: hook.body, secret })).toBe(true)
      const fromHook = yield* Webhook.parse("market", hook.body)
      expect(fromHook.taskId).toBe(taskId)
      const fromApi = yield* kie.market.get(taskId)
      expect(fromApi.status).toBe(fromHook.status)
      expect(fromApi.outputs).toEqual(fromHook.outputs)
    }),
  )
})
