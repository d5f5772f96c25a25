import { createHmac } from "node:crypto"
import { createServer, type Server } from "node:http"
import { afterEach, describe, expect, it } from "vitest"
import {
  createWebhookHandler,
  parseCallback,
  type Task,
  verifyWebhookSignature,
} from "../src/webhooks"
import { clientFor, drive, startMock, useFakeClock } from "./helpers"

const SECRET = "whsec-test"
const servers: Server[] = []
afterEach(() => {
  for (const server of servers.splice(0)) server.close()
})

/** Serves a Fetch-API handler on node:http (port 0), the way users mount it. */
const serve = async (handler: (request: Request) => Promise<Response>) => {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method ?? "GET",
      headers: req.headers as Record<string, string>,
      ...(req.method === "POST" && { body: Buffer.concat(chunks) }),
    })
    const response = await handler(request)
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(await response.text())
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  if (!address || typeof address === "string") throw new Error("no port")
  return `http://127.0.0.1:${address.port}/kie`
}

describe("verifyWebhookSignature", () => {
  const now = 1_750_000_000_000
  const timestamp = String(now / 1000)
  const signature = createHmac("sha256", SECRET).update(`task-1.${timestamp}`).digest("base64")

  it("accepts KIE's signature and rejects anything else", async () => {
    const base = { taskId: "task-1", timestamp, signature, secret: SECRET, now }
    expect(await verifyWebhookSignature(base)).toBe(true)
    expect(await verifyWebhookSignature({ ...base, secret: "other" })).toBe(false)
    expect(await verifyWebhookSignature({ ...base, taskId: "task-2" })).toBe(false)
    expect(await verifyWebhookSignature({ ...base, signature: signature.slice(1) })).toBe(false)
  })

  it("rejects a timestamp outside the tolerance (300 s by default)", async () => {
    const base = { taskId: "task-1", timestamp, signature, secret: SECRET }
    expect(await verifyWebhookSignature({ ...base, now: now + 301_000 })).toBe(false)
    expect(await verifyWebhookSignature({ ...base, now: now - 301_000 })).toBe(false)
    expect(await verifyWebhookSignature({ ...base, now: now + 299_000 })).toBe(true)
    expect(
      await verifyWebhookSignature({ ...base, now: now + 3_600_000, toleranceSeconds: 7200 }),
    ).toBe(true)
  })
})

describe("callbacks from the mock server", () => {
  it.each([
    ["flux-kontext", { prompt: "a fox" }],
    ["gpt4o-image", { prompt: "a cat", size: "1:1", nVariants: 2 }],
    ["market", { model: "google/nano-banana", input: { prompt: "a banana" } }],
  ] as const)("%s: a signed callback is verified and parsed into the task", async (api, body) => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 500, webhookSecret: SECRET })
    const received: Task[] = []
    const callBackUrl = await serve(
      createWebhookHandler({ api, secret: SECRET, onTask: (task) => void received.push(task) }),
    )
    const kie = clientFor(mock)
    const task = await drive(kie.run({ api, ...body, callBackUrl } as never))
    await drive(mock.flushCallbacks())
    expect(mock.callbacks.at(-1)?.status).toBe(200)
    expect(received).toHaveLength(1)
    expect(received[0]).toMatchObject({ api, taskId: task.taskId, status: "succeeded" })
    expect(received[0]?.outputs).toEqual(task.outputs)
  })

  it("answers 401 to a bad signature, so the delivery is retried", async () => {
    useFakeClock()
    const mock = await startMock({
      taskDurationMs: 100,
      webhookSecret: "not-the-receivers-secret",
      callbackRetryDelaysMs: [1_000],
    })
    const received: Task[] = []
    const callBackUrl = await serve(
      createWebhookHandler({
        api: "flux-kontext",
        secret: SECRET,
        onTask: (t) => void received.push(t),
      }),
    )
    await drive(clientFor(mock).run({ api: "flux-kontext", prompt: "a fox", callBackUrl }))
    await drive(mock.flushCallbacks())
    await drive(new Promise((resolve) => setTimeout(resolve, 2_000)))
    await drive(mock.flushCallbacks())
    expect(received).toEqual([])
    expect(mock.callbacks.map((delivery) => delivery.status)).toEqual([401, 401])
  })

  it("parses failure callbacks of every family", () => {
    const flux = parseCallback("flux-kontext", {
      code: 400,
      msg: "Your prompt was flagged",
      data: { taskId: "f1", info: { originImageUrl: "", resultImageUrl: "" } },
    })
    expect(flux).toMatchObject({ status: "failed", error: { code: "400" }, outputs: [] })
    const image = parseCallback("gpt4o-image", {
      code: 451,
      msg: "Failed to fetch the image",
      data: { taskId: "g1", info: null },
    })
    expect(image).toMatchObject({ status: "failed", error: { code: "451" } })
    const market = parseCallback("market", {
      code: 501,
      msg: "Playground task failed.",
      data: { taskId: "m1", model: "x/y", state: "fail", failCode: "500", failMsg: "boom" },
    })
    expect(market).toMatchObject({ status: "failed", error: { code: "500", message: "boom" } })
  })
})

describe("createWebhookHandler", () => {
  it("refuses an empty secret at construction, not on every callback", () => {
    expect(() => createWebhookHandler({ api: "market", secret: "", onTask: () => {} })).toThrow(
      /secret: false/,
    )
  })
})
