/**
 * Every operation and every error kind the mock server can produce, over real HTTP on 127.0.0.1
 * with `FetchHttpClient.layer`. Timing rules are tested with the TestClock elsewhere; here waits
 * use short real durations (the mock's tasks take a few hundred ms).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import {
  ConnectionError,
  CreateOutcomeUnknownError,
  FeatureDisabledError,
  KeyLimitError,
  QueueFullError,
  RateLimitError,
  TaskFailedError,
  TimeoutError,
  UnexpectedResponseError,
  WaitTimeoutError,
} from "@kie-kit/client/core"
import { type MockServer, startMockServer } from "@kie-kit/mock-server"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { afterAll, beforeAll, beforeEach, describe, expect } from "vitest"
import { KieClient, type KieClientOptions, Retry } from "../src"
import * as KieSchema from "../src/KieSchema"
import { itLive } from "./utils"

const KEY = "sk-integration-0123456789"
const OTHER_KEY = "sk-integration-other-key"
const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="

let mock: MockServer
/**
 * The mock's clock runs with real time plus `skew`, so a test that must observe a task mid-way
 * freezes it (`hold`) and then lets it finish (`release`), however slow the machine is.
 */
let skew = 0
let heldAt: number | undefined
const mockNow = () => heldAt ?? Date.now() + skew
const hold = () => {
  heldAt = mockNow()
}
const release = (advanceMs: number) => {
  skew = (heldAt ?? Date.now() + skew) + advanceMs - Date.now()
  heldAt = undefined
}

beforeAll(async () => {
  mock = await startMockServer({
    port: 0,
    now: mockNow,
    taskDurationMs: 300,
    apiKeys: [KEY, OTHER_KEY],
    faults: { slowMs: 1_000 },
  })
})
afterAll(() => mock.close())
beforeEach(() => {
  skew = 0
  heldAt = undefined
  mock.reset()
})

const fast = {
  retrySchedule: Retry.make({ baseDelay: "5 millis", maxDelay: "20 millis" }),
  pollSchedule: Schedule.spaced("50 millis"),
}

/** A client over real fetch, talking to the mock. */
const kieClient = (options: Partial<KieClientOptions> = {}) =>
  KieClient.make({
    apiKey: Redacted.make(KEY),
    baseUrl: mock.url,
    uploadBaseUrl: mock.uploadUrl,
    ...fast,
    ...options,
  }).pipe(Effect.provide(FetchHttpClient.layer))

const opRequests = (operationId: string) =>
  mock.requests.filter((r) => r.operationId === operationId)

describe("every operation against the mock", () => {
  itLive("the layers: KieClient.layer + FetchHttpClient.layer, then yield* KieClient", () =>
    Effect.gen(function* () {
      const kie = yield* KieClient
      expect(yield* kie.credits()).toBe(1000)
    }).pipe(
      Effect.provide(KieClient.layer({ apiKey: Redacted.make(KEY), baseUrl: mock.url })),
      Effect.provide(FetchHttpClient.layer),
    ),
  )

  itLive("fluxKontext.generate, get and waitForTask", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      hold()
      const { taskId } = yield* kie.fluxKontext.generate({
        prompt: "a red fox",
        aspectRatio: "1:1",
      })
      const first = yield* kie.fluxKontext.get(taskId)
      release(300)
      expect(first).toMatchObject({ api: "flux-kontext", taskId, status: "running" })
      expect(first.raw).toMatchObject({ paramJson: expect.stringContaining("a red fox") })
      const done = yield* kie.waitForTask({ api: "flux-kontext", taskId })
      expect(done.status).toBe("succeeded")
      expect(done.outputs).toHaveLength(1)
      const image = yield* Effect.promise(() => fetch(done.outputs[0] ?? ""))
      expect(image.status).toBe(200)
      expect(mock.tasks()[0]?.apiKey).toBe(KEY)
    }),
  )

  itLive("gpt4oImage.generate, get (with progress), waitForTask and downloadUrl", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      hold()
      const { taskId } = yield* kie.gpt4oImage.generate({ prompt: "a red fox", size: "1:1" })
      const first = yield* kie.gpt4oImage.get(taskId)
      release(300)
      expect(first.api).toBe("gpt4o-image")
      expect(first.status === "running" || first.status === "queued").toBe(true)
      const done = yield* kie.waitForTask({ api: "gpt4o-image", taskId })
      expect(done.status).toBe("succeeded")
      expect(done.progress).toBe(1)
      const url = done.outputs[0] ?? ""
      const link = yield* kie.gpt4oImage.downloadUrl({ taskId, url })
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1/)
    }),
  )

  itLive("market.createTask, get, watchTask, and the common downloadUrl", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      const { taskId } = yield* kie.market.createTask({
        model: "google/nano-banana",
        input: { prompt: "a red fox" },
      })
      const first = yield* kie.market.get(taskId)
      expect(first.model).toBe("google/nano-banana")
      expect(Schema.decodeUnknownSync(KieSchema.MarketRecord)(first.raw).param).toMatchObject({
        model: "google/nano-banana",
        input: { prompt: "a red fox" },
      })
      const updates = Chunk.toReadonlyArray(
        Chunk.fromIterable(yield* Stream.runCollect(kie.watchTask({ api: "market", taskId }))),
      )
      const last = updates[updates.length - 1]
      expect(last?.status).toBe("succeeded")
      expect(
        updates.every(
          (u, i) =>
            i === 0 ||
            u.status !== updates[i - 1]?.status ||
            u.progress !== updates[i - 1]?.progress,
        ),
      ).toBe(true)
      expect(Schema.decodeUnknownSync(KieSchema.MarketRecord)(last?.raw).resultJson).toMatchObject({
        resultUrls: last?.outputs,
      })
      const link = yield* kie.downloadUrl(last?.outputs[0] ?? "")
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1/)
    }),
  )

  itLive("run: create + wait, reporting the taskId first", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      const created: string[] = []
      const task = yield* kie.run(
        { api: "market", model: "google/nano-banana", input: { prompt: "a red fox" } },
        { onTaskCreated: ({ taskId }) => Effect.sync(() => created.push(taskId)) },
      )
      expect(created).toEqual([task.taskId])
      expect(task.status).toBe("succeeded")
    }),
  )

  itLive("credits", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      mock.setCredits(KEY, 321)
      expect(yield* kie.credits()).toBe(321)
    }),
  )

  itLive("files.uploadBase64, uploadStream and uploadUrl", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      const a = yield* kie.files.uploadBase64({
        base64Data: `data:image/png;base64,${PNG_BASE64}`,
        uploadPath: "images/test",
        fileName: "a.png",
      })
      expect(a).toMatchObject({ fileName: "a.png", mimeType: "image/png" })
      const bytes = Uint8Array.from(Buffer.from(PNG_BASE64, "base64"))
      const b = yield* kie.files.uploadStream({
        file: bytes,
        uploadPath: "images/test",
        fileName: "b.png",
      })
      expect(b).toMatchObject({ fileName: "b.png", fileSize: bytes.length })
      const c = yield* kie.files.uploadUrl({
        fileUrl: a.downloadUrl,
        uploadPath: "images/test",
        fileName: "c.png",
      })
      expect(c.fileName).toBe("c.png")
      const served = yield* Effect.promise(() => fetch(b.downloadUrl).then((r) => r.arrayBuffer()))
      expect(new Uint8Array(served)).toEqual(bytes)
    }),
  )
})

describe("every error kind against the mock", () => {
  itLive("AuthenticationError: a key the server does not accept", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient({ apiKey: Redacted.make("sk-wrong-key-abcdef") })
      const error = yield* Effect.flip(kie.credits())
      expect(error._tag).toBe("AuthenticationError")
      expect(error.message).not.toContain("sk-wrong-key-abcdef")
      expect(opRequests("getCredits")).toHaveLength(1)
    }),
  )

  itLive("InsufficientCreditsError: no credits left", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      mock.setCredits(KEY, 0)
      const error = yield* Effect.flip(kie.fluxKontext.generate({ prompt: "a red fox" }))
      expect(error._tag).toBe("InsufficientCreditsError")
      expect(mock.tasks()).toHaveLength(0)
    }),
  )

  itLive("NotFoundError: an unknown taskId", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      const error = yield* Effect.flip(kie.market.get("no-such-task"))
      expect(error._tag).toBe("NotFoundError")
    }),
  )

  itLive("ValidationError: a body the spec rejects, sent once", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      const error = yield* Effect.flip(
        kie.gpt4oImage.generate({ prompt: "x", size: "7:5" as "1:1" }),
      )
      expect(error._tag).toBe("ValidationError")
      expect(opRequests("gpt4oImageGenerate")).toHaveLength(1)
    }),
  )

  itLive("RateLimitError: over the create limit, with Retry-After", () =>
    Effect.gen(function* () {
      yield* Effect.promise(() => mock.close())
      mock = yield* Effect.promise(() =>
        startMockServer({
          port: 0,
          taskDurationMs: 300,
          apiKeys: [KEY],
          rateLimit: { creates: 1, perMs: 10_000 },
        }),
      )
      const kie = yield* kieClient({ retrySchedule: Retry.none })
      yield* kie.market.createTask({ model: "google/nano-banana", input: { prompt: "one" } })
      const error = yield* Effect.flip(
        kie.market.createTask({ model: "google/nano-banana", input: { prompt: "two" } }),
      )
      expect(error).toBeInstanceOf(RateLimitError)
      expect((error as RateLimitError).retryAfterMs).toBeGreaterThanOrEqual(1_000)
      expect(mock.tasks()).toHaveLength(1)
    }).pipe(
      Effect.ensuring(
        Effect.promise(async () => {
          await mock.close()
          mock = await startMockServer({
            port: 0,
            taskDurationMs: 300,
            apiKeys: [KEY, OTHER_KEY],
            faults: { slowMs: 1_000 },
          })
        }),
      ),
    ),
  )

  itLive("MaintenanceError (455): reported after the read's retries", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      mock.injectFault("maintenance", { operationId: "getCredits", times: 10 })
      const error = yield* Effect.flip(kie.credits())
      expect(error._tag).toBe("MaintenanceError")
      expect(opRequests("getCredits")).toHaveLength(4)
    }),
  )

  itLive("ServerError (5xx): retried for reads until it passes", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      mock.injectFault("5xx", { operationId: "getCredits", times: 2 })
      expect(yield* kie.credits()).toBe(1000)
      expect(opRequests("getCredits")).toHaveLength(3)
      mock.injectFault("5xx", { operationId: "getCredits", times: 1 })
      const error = yield* Effect.flip(kie.credits({ retrySchedule: Retry.none }))
      expect(error._tag).toBe("ServerError")
    }),
  )

  itLive("ConnectionError (connect phase): nothing listens on the port", () =>
    Effect.gen(function* () {
      const port = yield* Effect.promise(
        () =>
          new Promise<number>((resolve) => {
            const server = createServer()
            server.listen(0, "127.0.0.1", () => {
              const { port } = server.address() as AddressInfo
              server.close(() => resolve(port))
            })
          }),
      )
      const kie = yield* kieClient({ baseUrl: `http://127.0.0.1:${port}` })
      const read = yield* Effect.flip(kie.credits())
      expect(read).toBeInstanceOf(ConnectionError)
      expect((read as ConnectionError).phase).toBe("connect")
      // a create that provably was not sent keeps its ConnectionError (it was safe to resend)
      const created = yield* Effect.flip(kie.fluxKontext.generate({ prompt: "x" }))
      expect(created._tag).toBe("ConnectionError")
    }),
  )

  itLive("ConnectionError (request phase): the connection is reset", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient({ retrySchedule: Retry.none })
      mock.injectFault("reset-before", { operationId: "getCredits" })
      const error = yield* Effect.flip(kie.credits())
      expect(error).toBeInstanceOf(ConnectionError)
      expect((error as ConnectionError).phase).toBe("request")
    }),
  )

  itLive("TimeoutError: a slow answer past the request timeout, cut at the timeout", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient({ timeout: "150 millis", retrySchedule: Retry.none })
      // the mock answers this one after 1 s (faults.slowMs)
      mock.injectFault("slow", { operationId: "getCredits" })
      const started = Date.now()
      const error = yield* Effect.flip(kie.credits())
      const elapsed = Date.now() - started
      expect(error).toBeInstanceOf(TimeoutError)
      expect((error as TimeoutError).timeoutMs).toBe(150)
      // The live-clock timeout (src/internal/timeout.ts) interrupted the request: the fiber did
      // not wait for the late answer (which would also have turned the result into a success).
      expect(elapsed).toBeGreaterThanOrEqual(140)
      expect(elapsed).toBeLessThan(1_000)
    }),
  )

  itLive("KeyLimitError (433) and FeatureDisabledError (505): reported at once, not retried", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      mock.injectError(433, { operationId: "getCredits" })
      const keyLimit = yield* Effect.flip(kie.credits())
      expect(keyLimit).toBeInstanceOf(KeyLimitError)
      expect(opRequests("getCredits")).toHaveLength(1)
      mock.injectError(505, { operationId: "marketRecordInfo" })
      const disabled = yield* Effect.flip(kie.market.get("task-1"))
      expect(disabled).toBeInstanceOf(FeatureDisabledError)
      expect(opRequests("marketRecordInfo")).toHaveLength(1)
    }),
  )

  itLive("QueueFullError (550): a read reports it after its retries; a create is resent", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      mock.injectError(550, { operationId: "getCredits", times: 10 })
      const error = yield* Effect.flip(kie.credits())
      expect(error).toBeInstanceOf(QueueFullError)
      expect(opRequests("getCredits")).toHaveLength(4)
      // 550 means "rejected, not processed": resending a create is safe
      mock.injectError(550, { operationId: "fluxKontextGenerate", times: 1 })
      const { taskId } = yield* kie.fluxKontext.generate({ prompt: "a red fox" })
      expect(opRequests("fluxKontextGenerate")).toHaveLength(2)
      expect(mock.tasks().map((t) => t.taskId)).toEqual([taskId])
    }),
  )

  itLive("UnexpectedResponseError: malformed JSON, with the raw body attached", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      mock.injectFault("malformed", { operationId: "getCredits" })
      const error = yield* Effect.flip(kie.credits())
      expect(error).toBeInstanceOf(UnexpectedResponseError)
      expect(typeof (error as UnexpectedResponseError).body).toBe("string")
      // not retried: the same request would decode the same way
      expect(opRequests("getCredits")).toHaveLength(1)
    }),
  )

  itLive("CreateOutcomeUnknownError: reset after the create was processed; never resent", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      mock.injectFault("reset-after", { operationId: "marketCreateTask" })
      const error = yield* Effect.flip(
        kie.market.createTask({ model: "google/nano-banana", input: { prompt: "a red fox" } }),
      )
      expect(error).toBeInstanceOf(CreateOutcomeUnknownError)
      expect(error.message).toContain("NOT resent")
      expect(opRequests("marketCreateTask")).toHaveLength(1)
      // the task exists (and was billed): resending would have created a second one
      expect(mock.tasks()).toHaveLength(1)
    }),
  )

  itLive("CreateOutcomeUnknownError: a 5xx on a create", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      mock.injectFault("5xx", { operationId: "fluxKontextGenerate" })
      const error = yield* Effect.flip(kie.fluxKontext.generate({ prompt: "a red fox" }))
      expect(error._tag).toBe("CreateOutcomeUnknownError")
      expect(opRequests("fluxKontextGenerate")).toHaveLength(1)
    }),
  )

  itLive("a create rejected by maintenance (455) is resent and created once", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      mock.injectFault("maintenance", { operationId: "gpt4oImageGenerate", times: 2 })
      const { taskId } = yield* kie.gpt4oImage.generate({ prompt: "a red fox", size: "1:1" })
      expect(opRequests("gpt4oImageGenerate")).toHaveLength(3)
      expect(mock.tasks().map((t) => t.taskId)).toEqual([taskId])
    }),
  )

  itLive("TaskFailedError: the task fails (mock:fail)", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      const error = yield* Effect.flip(
        kie.run({ api: "market", model: "google/nano-banana", input: { prompt: "mock:fail=422" } }),
      )
      expect(error).toBeInstanceOf(TaskFailedError)
      const failed = error as TaskFailedError
      expect(failed.failCode).toBe("422")
      expect(failed.task.status).toBe("failed")
    }),
  )

  itLive("WaitTimeoutError: the task outlives the wait; waiting again resumes it", () =>
    Effect.gen(function* () {
      const kie = yield* kieClient()
      const { taskId } = yield* kie.fluxKontext.generate({ prompt: "a red fox mock:duration=1200" })
      const error = yield* Effect.flip(
        kie.waitForTask({ api: "flux-kontext", taskId }, { timeout: "400 millis" }),
      )
      expect(error).toBeInstanceOf(WaitTimeoutError)
      expect((error as WaitTimeoutError).lastTask?.status).toBe("running")
      const done = yield* kie.waitForTask({ api: "flux-kontext", taskId }, { timeout: "5 seconds" })
      expect(done.status).toBe("succeeded")
    }),
  )
})

/** A server on 127.0.0.1 whose handler is `handler`; resolves with its URL, closed with the scope. */
const rawServer = (handler: (req: IncomingMessage, res: ServerResponse) => void) =>
  Effect.acquireRelease(
    Effect.promise(
      () =>
        new Promise<Server>((resolve) => {
          const server = createServer(handler)
          server.listen(0, "127.0.0.1", () => resolve(server))
        }),
    ),
    (server) =>
      Effect.promise(
        () =>
          new Promise<void>((resolve) => {
            server.closeAllConnections()
            server.close(() => resolve())
          }),
      ),
  ).pipe(Effect.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`))

describe("interruption over real sockets", () => {
  itLive("a body that stalls after the headers times out, and its connection is closed", () =>
    Effect.gen(function* () {
      let closed!: () => void
      const connectionClosed = new Promise<void>((resolve) => {
        closed = resolve
      })
      const baseUrl = yield* rawServer((req, res) => {
        req.socket.on("close", () => closed())
        res.writeHead(200, { "content-type": "application/json", "content-length": "200" })
        res.write('{"code":200,"msg":"success","data":')
        // ... and the rest never comes
      })
      const kie = yield* kieClient({ baseUrl, timeout: "200 millis", retrySchedule: Retry.none })
      const started = Date.now()
      const error = yield* Effect.flip(kie.market.get("task-1"))
      expect(error).toBeInstanceOf(TimeoutError)
      expect(Date.now() - started).toBeLessThan(2_000)
      // the timeout interrupted the body read, which aborted the fetch and closed the socket
      const socket = yield* Effect.promise(() => connectionClosed).pipe(
        Effect.timeoutOption("2 seconds"),
      )
      expect(socket._tag).toBe("Some")
    }),
  )

  itLive("interrupting a call closes its connection at once", () =>
    Effect.gen(function* () {
      let arrived!: () => void
      const requestArrived = new Promise<void>((resolve) => {
        arrived = resolve
      })
      let closed!: () => void
      const connectionClosed = new Promise<void>((resolve) => {
        closed = resolve
      })
      const server: Server = createServer((req) => {
        arrived()
        req.socket.on("close", () => closed())
        // never answers
      })
      yield* Effect.promise(() => new Promise<void>((r) => server.listen(0, "127.0.0.1", r)))
      const { port } = server.address() as AddressInfo
      const kie = yield* kieClient({ baseUrl: `http://127.0.0.1:${port}` })
      const fiber = yield* Effect.forkChild(kie.market.get("task-1"))
      yield* Effect.promise(() => requestArrived)
      yield* Fiber.interrupt(fiber)
      yield* Effect.promise(() => connectionClosed)
      server.closeAllConnections()
      yield* Effect.promise(() => new Promise<void>((r) => server.close(() => r())))
    }),
  )
})
