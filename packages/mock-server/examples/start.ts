import { startMockServer, type MockServer } from "@kie-kit/mock-server"

const mock: MockServer = await startMockServer({ taskDurationMs: 200 })
console.log(mock.url) //       http://127.0.0.1:54321  (the api.kie.ai stand-in)
console.log(mock.uploadUrl) // http://127.0.0.1:54322  (the kieai.redpandaai.co stand-in)

const res = await fetch(`${mock.url}/api/v1/jobs/createTask`, {
  method: "POST",
  headers: { Authorization: "Bearer test", "Content-Type": "application/json" },
  body: JSON.stringify({ model: "google/nano-banana", input: { prompt: "a red fox" } }),
})
const { data } = await res.json() // { taskId: "…" }

console.log(mock.tasks("test")) // what the mock created for this key
await mock.close()
