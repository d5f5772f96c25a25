import { createHmac } from "node:crypto"
import { describe, expect, it } from "vitest"
import {
  callbackTaskId,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  signWebhook,
  timingSafeEqual,
  verifyWebhookSignature,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from "../../src/core/index"

const SECRET = "whsec_test_7f3a9c"
const TASK_ID = "bd8f4b1a52048d0f17a38b49591abfa1"
const TIMESTAMP = "1787567409"
const NOW_MS = 1787567409 * 1000

/** Computed independently with node:crypto. */
const reference = (taskId: string, timestamp: string, secret: string): string =>
  createHmac("sha256", secret).update(`${taskId}.${timestamp}`).digest("base64")

const SIGNATURE = reference(TASK_ID, TIMESTAMP, SECRET)

describe("signWebhook", () => {
  it("matches node:crypto HMAC-SHA256 base64", async () => {
    expect(await signWebhook({ taskId: TASK_ID, timestamp: TIMESTAMP, secret: SECRET })).toBe(
      SIGNATURE,
    )
    expect(await signWebhook({ taskId: TASK_ID, timestamp: 1787567409, secret: SECRET })).toBe(
      SIGNATURE,
    )
  })

  it("matches a fixed vector (computed with Python's hmac module)", async () => {
    const vector = "E1cFI3ILHH5AUD/ZIQW3I1HK9qZUuEiBpYEN+D+VIug="
    expect(reference("task12345", "1700000000", "kie-webhook-secret")).toBe(vector)
    expect(
      await signWebhook({
        taskId: "task12345",
        timestamp: "1700000000",
        secret: "kie-webhook-secret",
      }),
    ).toBe(vector)
    expect(
      await verifyWebhookSignature({
        taskId: "task12345",
        timestamp: "1700000000",
        signature: vector,
        secret: "kie-webhook-secret",
        now: new Date("2023-11-14T22:13:20Z"),
      }),
    ).toBe(true)
  })

  it("handles non-ASCII secrets and ids as UTF-8", async () => {
    expect(await signWebhook({ taskId: "täsk-✓", timestamp: "1", secret: "clé-秘密" })).toBe(
      reference("täsk-✓", "1", "clé-秘密"),
    )
  })

  it("rejects an empty secret", async () => {
    await expect(signWebhook({ taskId: "t", timestamp: "1", secret: "" })).rejects.toThrow(
      /webhook secret is empty/,
    )
  })
})

describe("verifyWebhookSignature", () => {
  const valid = {
    taskId: TASK_ID,
    timestamp: TIMESTAMP,
    signature: SIGNATURE,
    secret: SECRET,
    now: NOW_MS,
  }

  it("accepts a valid signature", async () => {
    expect(await verifyWebhookSignature(valid)).toBe(true)
    expect(await verifyWebhookSignature({ ...valid, now: new Date(NOW_MS) })).toBe(true)
    expect(await verifyWebhookSignature({ ...valid, timestamp: Number(TIMESTAMP) })).toBe(true)
    expect(await verifyWebhookSignature({ ...valid, signature: ` ${SIGNATURE} ` })).toBe(true)
  })

  it("rejects a wrong secret", async () => {
    expect(await verifyWebhookSignature({ ...valid, secret: `${SECRET}x` })).toBe(false)
  })

  it("rejects a tampered taskId or timestamp", async () => {
    expect(await verifyWebhookSignature({ ...valid, taskId: `${TASK_ID}0` })).toBe(false)
    const other = String(Number(TIMESTAMP) + 1)
    expect(await verifyWebhookSignature({ ...valid, timestamp: other })).toBe(false)
  })

  it("rejects a tampered signature of the right length", async () => {
    const bytes = Buffer.from(SIGNATURE, "base64")
    bytes[31] = (bytes[31] ?? 0) ^ 1
    expect(await verifyWebhookSignature({ ...valid, signature: bytes.toString("base64") })).toBe(
      false,
    )
  })

  it("rejects a signature of the wrong length", async () => {
    const bytes = Buffer.from(SIGNATURE, "base64")
    expect(
      await verifyWebhookSignature({
        ...valid,
        signature: bytes.subarray(0, 31).toString("base64"),
      }),
    ).toBe(false)
    const longer = Buffer.concat([bytes, Buffer.from([0])]).toString("base64")
    expect(await verifyWebhookSignature({ ...valid, signature: longer })).toBe(false)
    expect(await verifyWebhookSignature({ ...valid, signature: "" })).toBe(false)
  })

  it("rejects a non-base64 or hex signature", async () => {
    expect(await verifyWebhookSignature({ ...valid, signature: "not base64!!" })).toBe(false)
    const hex = createHmac("sha256", SECRET).update(`${TASK_ID}.${TIMESTAMP}`).digest("hex")
    expect(await verifyWebhookSignature({ ...valid, signature: hex })).toBe(false)
  })

  it("rejects a stale timestamp in both directions, inclusive bound", async () => {
    const at = (deltaSeconds: number) => ({ ...valid, now: NOW_MS + deltaSeconds * 1000 })
    expect(await verifyWebhookSignature(at(300))).toBe(true)
    expect(await verifyWebhookSignature(at(-300))).toBe(true)
    expect(await verifyWebhookSignature(at(301))).toBe(false)
    expect(await verifyWebhookSignature(at(-301))).toBe(false)
    expect(await verifyWebhookSignature(at(3600))).toBe(false)
    expect(DEFAULT_WEBHOOK_TOLERANCE_SECONDS).toBe(300)
  })

  it("honours a custom tolerance", async () => {
    const later = { ...valid, now: NOW_MS + 1000 * 1000 }
    expect(await verifyWebhookSignature({ ...later, toleranceSeconds: 999 })).toBe(false)
    expect(await verifyWebhookSignature({ ...later, toleranceSeconds: 1000 })).toBe(true)
    expect(await verifyWebhookSignature({ ...valid, now: NOW_MS + 999, toleranceSeconds: 0 })).toBe(
      true,
    )
    expect(
      await verifyWebhookSignature({ ...valid, now: NOW_MS + 1001, toleranceSeconds: 0 }),
    ).toBe(false)
    expect(await verifyWebhookSignature({ ...valid, toleranceSeconds: -1 })).toBe(false)
    expect(await verifyWebhookSignature({ ...valid, toleranceSeconds: Number.NaN })).toBe(false)
  })

  it.each([
    ["abc"],
    ["1787567409.5"],
    ["-1787567409"],
    ["1e9"],
    [""],
    ["0x6a8b"],
    [null],
    [undefined],
  ])("rejects the non-numeric timestamp %o", async (timestamp) => {
    expect(await verifyWebhookSignature({ ...valid, timestamp })).toBe(false)
  })

  it("rejects milliseconds sent as the timestamp (out of tolerance)", async () => {
    const ms = String(NOW_MS)
    const signature = reference(TASK_ID, ms, SECRET)
    expect(await verifyWebhookSignature({ ...valid, timestamp: ms, signature })).toBe(false)
  })

  it("rejects missing headers or taskId", async () => {
    expect(await verifyWebhookSignature({ ...valid, signature: null })).toBe(false)
    expect(await verifyWebhookSignature({ ...valid, signature: undefined })).toBe(false)
    expect(await verifyWebhookSignature({ ...valid, taskId: "" })).toBe(false)
    expect(await verifyWebhookSignature({ ...valid, taskId: undefined })).toBe(false)
  })

  it("uses Date.now() by default", async () => {
    const now = Math.floor(Date.now() / 1000).toString()
    const signature = reference(TASK_ID, now, SECRET)
    const { now: _ignored, ...rest } = valid
    expect(await verifyWebhookSignature({ ...rest, timestamp: now, signature })).toBe(true)
    expect(await verifyWebhookSignature({ ...rest })).toBe(false)
  })

  it("rejects an empty secret loudly", async () => {
    await expect(verifyWebhookSignature({ ...valid, secret: "" })).rejects.toBeInstanceOf(TypeError)
  })

  it("exports the header names", () => {
    expect(WEBHOOK_TIMESTAMP_HEADER).toBe("x-webhook-timestamp")
    expect(WEBHOOK_SIGNATURE_HEADER).toBe("x-webhook-signature")
  })
})

describe("timingSafeEqual", () => {
  it("compares bytes", () => {
    expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true)
    expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false)
    expect(timingSafeEqual(new Uint8Array([9, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(false)
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false)
    expect(timingSafeEqual(new Uint8Array([1, 2, 0]), new Uint8Array([1, 2]))).toBe(false)
    expect(timingSafeEqual(new Uint8Array([]), new Uint8Array([]))).toBe(true)
  })
})

describe("callbackTaskId", () => {
  it("reads data.taskId, falling back to data.task_id", () => {
    expect(callbackTaskId({ code: 200, data: { taskId: "a" } })).toBe("a")
    expect(callbackTaskId({ code: 200, data: { task_id: "b" } })).toBe("b")
    expect(callbackTaskId({ code: 200, data: { taskId: "a", task_id: "b" } })).toBe("a")
    expect(callbackTaskId({ code: 200, data: { taskId: "", task_id: "b" } })).toBe("b")
    expect(callbackTaskId('{"data":{"taskId":"json"}}')).toBe("json")
  })

  it("returns undefined when absent", () => {
    expect(callbackTaskId({ code: 200 })).toBeUndefined()
    expect(callbackTaskId({ data: null })).toBeUndefined()
    expect(callbackTaskId({ data: { taskId: 5 } })).toBeUndefined()
    expect(callbackTaskId(null)).toBeUndefined()
    expect(callbackTaskId("not json")).toBeUndefined()
  })

  it("verifies a real callback end to end", async () => {
    const body = { code: 200, msg: "ok", data: { taskId: TASK_ID } }
    const taskId = callbackTaskId(body)
    const headers = new Headers({
      "X-Webhook-Timestamp": TIMESTAMP,
      "X-Webhook-Signature": SIGNATURE,
    })
    expect(
      await verifyWebhookSignature({
        taskId,
        timestamp: headers.get(WEBHOOK_TIMESTAMP_HEADER),
        signature: headers.get(WEBHOOK_SIGNATURE_HEADER),
        secret: SECRET,
        now: NOW_MS,
      }),
    ).toBe(true)
  })
})
