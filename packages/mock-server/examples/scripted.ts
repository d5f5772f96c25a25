import { startMockServer } from "@kie-kit/mock-server"

const mock = await startMockServer()
const create = () =>
  fetch(`${mock.url}/api/v1/jobs/createTask`, {
    method: "POST",
    headers: { Authorization: "Bearer test", "Content-Type": "application/json" },
    body: JSON.stringify({ model: "google/nano-banana", input: { prompt: "a red fox" } }),
  })

// The next create is throttled; the one after it is handled normally.
mock.injectResponse(
  {
    status: 429,
    body: { code: 429, msg: "Rate limit exceeded", data: null },
    headers: { "Retry-After": "2" },
  },
  { operationId: "marketCreateTask" },
)
const throttled = await create()
console.log(throttled.status, throttled.headers.get("retry-after")) // 429 "2"
console.log((await create()).status) // 200

// A function sees each matching request: two reads of any task answer "still generating".
mock.injectResponse(
  ({ query }) => ({
    body: { code: 200, msg: "success", data: { taskId: query.taskId, state: "generating" } },
  }),
  { operationId: "marketRecordInfo", times: 2 },
)

// A string body is sent as is: here a proxy's error page, for any operation.
mock.injectResponse({
  status: 502,
  body: "<html>Bad Gateway</html>",
  headers: { "Content-Type": "text/html" },
})

console.log(mock.requests.filter((request) => request.scripted === true).length) // 1
await mock.close()
