// Runs under Bun and Deno (and Node): the built plain client against the mock server whose URL is
// the first argument. Exits non-zero on the first broken promise.
import { createKieClient, NotFoundError } from "../../../packages/client/dist/index.mjs"
import { parseCallback, verifyWebhookSignature } from "../../../packages/client/dist/webhooks.mjs"

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2)
const [url, runtime, signature] = args
const check = (ok, what) => {
  if (!ok) throw new Error(`${runtime}: ${what}`)
}

const kie = createKieClient({ apiKey: `runtime-${runtime}-key`, baseUrl: url, maxRetries: 1 })
check((await kie.credits()) === 1000, "credits() reads the starting balance")
const task = await kie.run(
  { api: "flux-kontext", prompt: `runtime check on ${runtime}` },
  { interval: 400 },
)
check(
  task.status === "succeeded" && task.outputs.length === 1,
  "run() creates, waits and normalizes",
)
const image = await fetch(task.outputs[0])
check(image.ok && (await image.arrayBuffer()).byteLength > 100, "the result file downloads")
const missing = await kie.market.get("no-such-task").catch((error) => error)
check(
  missing instanceof NotFoundError && missing._tag === "NotFoundError",
  "errors keep their class",
)
const now = 1_750_000_000_000
const input = {
  taskId: "t1",
  timestamp: String(now / 1000),
  signature,
  secret: "runtime-secret",
  now,
}
check(await verifyWebhookSignature(input), "a valid webhook signature verifies (Web Crypto)")
check(!(await verifyWebhookSignature({ ...input, secret: "other" })), "a wrong secret fails")
const parsed = parseCallback("market", {
  code: 200,
  msg: "ok",
  data: {
    taskId: "m1",
    model: "x/y",
    state: "success",
    resultJson: '{"resultUrls":["https://a/b.png"]}',
  },
})
check(parsed.status === "succeeded" && parsed.outputs[0] === "https://a/b.png", "callbacks parse")
console.log(`runtime check: ${runtime} ok`)
