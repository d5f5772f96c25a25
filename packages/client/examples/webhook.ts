import { createKieClient } from "@kie-kit/client"
import { createWebhookHandler } from "@kie-kit/client/webhooks"

const kie = createKieClient({ apiKey: process.env.KIE_API_KEY })
const secret = process.env.KIE_WEBHOOK_SECRET
if (!secret) throw new Error("Set KIE_WEBHOOK_SECRET to the webhook HMAC key from the KIE dashboard.")

export const POST = createWebhookHandler({
  api: "market",
  secret,
  onTask: async (callback) => {
    // The signature covers only taskId and timestamp, not the body: re-read the task from the
    // API before trusting its outputs.
    const task = await kie.market.get(callback.taskId)
    if (task.status === "succeeded") console.log(task.outputs)
  },
})
