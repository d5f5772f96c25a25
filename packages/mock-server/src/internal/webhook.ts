import { createHmac } from "node:crypto"

/**
 * KIE's callback signature: base64 HMAC-SHA256 of `taskId + "." + timestamp`, keyed with the
 * account's webhook HMAC key; `timestamp` is the `X-Webhook-Timestamp` header value (Unix seconds).
 */
export function signWebhook(secret: string, taskId: string, timestamp: string): string {
  return createHmac("sha256", secret).update(`${taskId}.${timestamp}`).digest("base64")
}
