/**
 * The scenario table both clients run (`packages/client/test/scenarios.test.ts` and
 * `packages/effect-client/test/scenarios.test.ts`), each against the mock server: what the server
 * answers, what the client is asked to do, what must come out (a task, a value or an error tag)
 * and how many requests the server may see. A rule the two clients share is a row here, so a
 * behaviour that differs between them is a failing test.
 *
 * Data only: the server's answers are scripted (`mock.injectResponse`, `mock.injectFault`), the
 * clients run with their default retries (3) unless a row says otherwise, and time is virtual
 * (fake timers, TestClock).
 */

/** A scripted answer: a JSON body (or text, sent as is), a status and headers. */
export interface Reply {
  readonly status?: number
  readonly body: unknown
  readonly headers?: Readonly<Record<string, string>>
}

/** What the server does with the next request(s) to an operation. */
export type Step =
  | { readonly operationId: string; readonly reply: Reply; readonly times?: number }
  | {
      readonly operationId: string
      readonly fault: "reset-before" | "reset-after" | "malformed" | "slow"
      readonly times?: number
    }

/** What the client is asked to do. */
export type Call =
  | { readonly op: "get"; readonly api: string; readonly taskId: string }
  | {
      readonly op: "create"
      readonly request: { readonly api: string } & Record<string, unknown>
      /** The `extraBody` call option: fields the spec does not know, sent anyway. */
      readonly extraBody?: Record<string, unknown>
    }
  | {
      readonly op: "wait"
      readonly api: string
      readonly taskId: string
      readonly timeoutMs?: number
      readonly intervalMs?: number
    }
  | { readonly op: "credits" }
  | { readonly op: "downloadUrl"; readonly url: string }
  | { readonly op: "uploadUrl"; readonly body: Record<string, unknown> }
  | { readonly op: "callback"; readonly api: string; readonly body: unknown }
  /** Any operation by its client method (`veo.get1080pVideo`), with its one argument. */
  | { readonly op: "call"; readonly method: string; readonly argument?: unknown }

/** The outcome: a value (matched with `toMatchObject`), or an error with some of its fields. */
export type Expected =
  | { readonly value: unknown }
  | { readonly error: string; readonly fields?: Readonly<Record<string, unknown>> }

export interface Scenario {
  readonly name: string
  readonly steps: ReadonlyArray<Step>
  readonly call: Call
  /** Retries of one request (default: the clients' 3); per-request timeout in ms (default 60 s). */
  readonly options?: { readonly retries?: number; readonly timeoutMs?: number }
  readonly expect: Expected
  /** Requests the server saw (callbacks: 0). */
  readonly requests: number
  /** The JSON body the server received last (matched with `toEqual`). */
  readonly sent?: unknown
}

const ok = (data: unknown): Reply => ({ body: { code: 200, msg: "success", data } })
const fail = (code: number, status = 200): Reply => ({
  status,
  body: { code, msg: `error ${code}`, data: null },
})
const RETRY_AFTER_2 = { "Retry-After": "2" }

const flux = (fields: Record<string, unknown>) => ({
  taskId: "t1",
  paramJson: '{"prompt":"a fox"}',
  createTime: "2024-03-20T10:25:00Z",
  completeTime: null,
  response: null,
  successFlag: 0,
  errorCode: null,
  errorMessage: "",
  ...fields,
})
const gpt4o = (fields: Record<string, unknown>) => ({
  taskId: "t1",
  paramJson: '{"prompt":"a fox","size":"1:1"}',
  createTime: 1672561200000,
  completeTime: null,
  progress: "0.10",
  response: null,
  successFlag: 0,
  status: "GENERATING",
  errorCode: null,
  errorMessage: "",
  ...fields,
})
const market = (fields: Record<string, unknown>) => ({
  taskId: "t1",
  model: "google/nano-banana",
  state: "generating",
  param: '{"model":"google/nano-banana","input":{"prompt":"a fox"}}',
  resultJson: "",
  failCode: "",
  failMsg: "",
  costTime: null,
  completeTime: null,
  createTime: 1698765400000,
  updateTime: 1698765400000,
  ...fields,
})
const RESULT = '{"resultUrls":["https://files.test/fox.png"]}'

const getFlux = { op: "get", api: "flux-kontext", taskId: "t1" } as const
const getGpt4o = { op: "get", api: "gpt4o-image", taskId: "t1" } as const
const getMarket = { op: "get", api: "market", taskId: "t1" } as const
const createMarket = {
  op: "create",
  request: { api: "market", model: "google/nano-banana", input: { prompt: "a fox" } },
} as const
const waitMarket = { op: "wait", api: "market", taskId: "t1" } as const

export const scenarios: ReadonlyArray<Scenario> = [
  // ----------------------------------------------------------------- forward compatibility
  {
    name: "extraBody: a field the spec does not know yet is sent, merged into `input`",
    steps: [{ operationId: "marketCreateTask", reply: ok({ taskId: "t1" }) }],
    call: {
      ...createMarket,
      extraBody: { input: { brand_new_option: 7 }, shiny_flag: true },
    },
    expect: { value: { taskId: "t1" } },
    requests: 1,
    sent: {
      model: "google/nano-banana",
      input: { prompt: "a fox", brand_new_option: 7 },
      shiny_flag: true,
    },
  },
  // ---------------------------------------------------------------------- query operations
  {
    name: "query: the answer's data as is (Veo's 1080p link)",
    steps: [
      { operationId: "veoGet1080pVideo", reply: ok({ resultUrl: "https://files.test/v.mp4" }) },
    ],
    call: { op: "call", method: "veo.get1080pVideo", argument: { taskId: "t1" } },
    expect: { value: { resultUrl: "https://files.test/v.mp4" } },
    requests: 1,
  },
  {
    name: "query: a POST body (Suno's timestamped lyrics), and KIE's error code",
    steps: [{ operationId: "sunoGetTimestampedLyrics", reply: fail(404) }],
    call: {
      op: "call",
      method: "suno.getTimestampedLyrics",
      argument: { taskId: "t1", audioId: "a1" },
    },
    expect: { error: "NotFoundError" },
    requests: 1,
  },
  // ---------------------------------------------------------------------------------- envelope
  {
    name: "envelope: `message` instead of `msg`",
    steps: [
      {
        operationId: "marketRecordInfo",
        reply: { body: { code: 200, message: "success", data: market({}) } },
      },
    ],
    call: getMarket,
    expect: { value: { api: "market", taskId: "t1", status: "running" } },
    requests: 1,
  },
  {
    name: "envelope: code as the string 200",
    steps: [{ operationId: "getCredits", reply: { body: { code: "200", msg: "ok", data: 42 } } }],
    call: { op: "credits" },
    expect: { value: 42 },
    requests: 1,
  },
  {
    name: "envelope: HTTP 200 with body code 401 is AuthenticationError, not retried",
    steps: [{ operationId: "getCredits", reply: fail(401) }],
    call: { op: "credits" },
    expect: { error: "AuthenticationError", fields: { code: 401, httpStatus: 200 } },
    requests: 1,
  },
  {
    name: "envelope: an HTML 502 page on a read is a ServerError, retried",
    steps: [
      { operationId: "getCredits", reply: { status: 502, body: "<html>bad gateway</html>" } },
      { operationId: "getCredits", reply: ok(7) },
    ],
    call: { op: "credits" },
    expect: { value: 7 },
    requests: 2,
  },
  {
    name: "envelope: a 2xx body that is not JSON is UnexpectedResponseError, not retried",
    steps: [{ operationId: "getCredits", reply: { body: "surprise" } }],
    call: { op: "credits" },
    expect: { error: "UnexpectedResponseError" },
    requests: 1,
  },
  {
    name: "envelope: no code at all is UnexpectedResponseError at `code`",
    steps: [{ operationId: "getCredits", reply: { body: { msg: "ok", data: 1 } } }],
    call: { op: "credits" },
    expect: { error: "UnexpectedResponseError", fields: { path: "code" } },
    requests: 1,
  },
  {
    name: "envelope: 404 as HTTP status and body code is NotFoundError",
    steps: [{ operationId: "marketRecordInfo", reply: fail(404, 404) }],
    call: getMarket,
    expect: { error: "NotFoundError", fields: { code: 404, httpStatus: 404 } },
    requests: 1,
  },
  {
    name: "envelope: a read rejected with 429 + Retry-After is retried after it",
    steps: [
      {
        operationId: "getCredits",
        reply: { status: 429, body: { code: 429, msg: "slow down" }, headers: RETRY_AFTER_2 },
      },
      { operationId: "getCredits", reply: ok(5) },
    ],
    call: { op: "credits" },
    expect: { value: 5 },
    requests: 2,
  },
  {
    name: "envelope: the balance as a numeric string",
    steps: [{ operationId: "getCredits", reply: ok("100") }],
    call: { op: "credits" },
    expect: { value: 100 },
    requests: 1,
  },

  // ---------------------------------------------------------------------------------- records
  {
    name: "flux: completeTime null while running",
    steps: [{ operationId: "fluxKontextRecordInfo", reply: ok(flux({})) }],
    call: getFlux,
    expect: { value: { status: "running", outputs: [] } },
    requests: 1,
  },
  {
    name: 'flux: successFlag "1" (a string) succeeds',
    steps: [
      {
        operationId: "fluxKontextRecordInfo",
        reply: ok(
          flux({
            successFlag: "1",
            completeTime: "2024-03-20T10:30:00Z",
            response: { resultImageUrl: "https://files.test/fox.jpg" },
          }),
        ),
      },
    ],
    call: getFlux,
    expect: {
      value: {
        status: "succeeded",
        outputs: ["https://files.test/fox.jpg"],
        completedAt: new Date("2024-03-20T10:30:00Z"),
      },
    },
    requests: 1,
  },
  {
    name: 'flux: errorCode "" on a failed task falls back to the state',
    steps: [
      { operationId: "fluxKontextRecordInfo", reply: ok(flux({ successFlag: 3, errorCode: "" })) },
    ],
    call: getFlux,
    expect: {
      value: {
        status: "failed",
        error: { code: "GENERATE_FAILED", message: "The generation failed" },
      },
    },
    requests: 1,
  },
  {
    name: "flux: unknown extra fields and a garbage paramJson are ignored",
    steps: [
      {
        operationId: "fluxKontextRecordInfo",
        reply: ok(flux({ paramJson: "{oops", newField: { nested: true }, another: [1] })),
      },
    ],
    call: getFlux,
    expect: { value: { status: "running" } },
    requests: 1,
  },
  {
    name: "flux: a succeeded task whose response is not an object is UnexpectedResponseError",
    steps: [
      {
        operationId: "fluxKontextRecordInfo",
        reply: ok(flux({ successFlag: 1, response: "https://files.test/fox.jpg" })),
      },
    ],
    call: getFlux,
    expect: { error: "UnexpectedResponseError", fields: { path: "data.response" } },
    requests: 1,
  },
  {
    name: "market: nulls everywhere while waiting",
    steps: [
      {
        operationId: "marketRecordInfo",
        reply: ok(
          market({
            state: "waiting",
            resultJson: null,
            failCode: null,
            failMsg: null,
            costTime: null,
            completeTime: null,
          }),
        ),
      },
    ],
    call: getMarket,
    expect: { value: { status: "queued", outputs: [], model: "google/nano-banana" } },
    requests: 1,
  },
  {
    name: "market: an upper-case state and a fractional costTime",
    steps: [
      {
        operationId: "marketRecordInfo",
        reply: ok(
          market({
            state: "SUCCESS",
            costTime: 12.75,
            completeTime: 1698765432000,
            resultJson: RESULT,
          }),
        ),
      },
    ],
    call: getMarket,
    expect: {
      value: {
        status: "succeeded",
        outputs: ["https://files.test/fox.png"],
        completedAt: new Date(1698765432000),
      },
    },
    requests: 1,
  },
  {
    name: "market: a resultJson that is not JSON on a succeeded task is UnexpectedResponseError",
    steps: [
      { operationId: "marketRecordInfo", reply: ok(market({ state: "success", resultJson: "{" })) },
    ],
    call: getMarket,
    expect: { error: "UnexpectedResponseError", fields: { path: "data.resultJson" } },
    requests: 1,
  },
  {
    name: "market: the same resultJson while generating is ignored",
    steps: [{ operationId: "marketRecordInfo", reply: ok(market({ resultJson: "{" })) }],
    call: getMarket,
    expect: { value: { status: "running", outputs: [] } },
    requests: 1,
  },
  {
    name: "market: a numeric failCode and no failMsg",
    steps: [
      {
        operationId: "marketRecordInfo",
        reply: ok(market({ state: "fail", failCode: 500, failMsg: null })),
      },
    ],
    call: getMarket,
    expect: {
      value: { status: "failed", error: { code: "500", message: "The Market task failed" } },
    },
    requests: 1,
  },
  {
    name: "market: a string progress in percent",
    steps: [{ operationId: "marketRecordInfo", reply: ok(market({ progress: "45" })) }],
    call: getMarket,
    expect: { value: { status: "running", progress: 0.45 } },
    requests: 1,
  },
  {
    name: "market: an unknown state is UnexpectedResponseError at data.state, never running",
    steps: [{ operationId: "marketRecordInfo", reply: ok(market({ state: "paused" })) }],
    call: getMarket,
    expect: {
      error: "UnexpectedResponseError",
      fields: { path: "data.state", operation: "marketRecordInfo" },
    },
    requests: 1,
  },
  {
    name: "market: a record without data is UnexpectedResponseError",
    steps: [{ operationId: "marketRecordInfo", reply: { body: { code: 200, msg: "success" } } }],
    call: getMarket,
    expect: { error: "UnexpectedResponseError", fields: { path: "data" } },
    requests: 1,
  },
  {
    name: "4o: a numeric progress",
    steps: [{ operationId: "gpt4oImageRecordInfo", reply: ok(gpt4o({ progress: 0.5 })) }],
    call: getGpt4o,
    expect: { value: { status: "running", progress: 0.5 } },
    requests: 1,
  },
  {
    name: "4o: a lower-case status wins over successFlag",
    steps: [
      {
        operationId: "gpt4oImageRecordInfo",
        reply: ok(
          gpt4o({
            status: "success",
            successFlag: 0,
            progress: "1.00",
            response: { result_urls: ["https://files.test/a.png"] },
          }),
        ),
      },
    ],
    call: getGpt4o,
    expect: { value: { status: "succeeded", progress: 1, outputs: ["https://files.test/a.png"] } },
    requests: 1,
  },
  {
    name: "4o: no status, successFlag as a string; naive timestamps read as UTC",
    steps: [
      {
        operationId: "gpt4oImageRecordInfo",
        reply: ok(gpt4o({ status: null, successFlag: "0", createTime: "2024-01-15 10:30:00" })),
      },
    ],
    call: getGpt4o,
    expect: { value: { status: "running", createdAt: new Date("2024-01-15T10:30:00Z") } },
    requests: 1,
  },

  // ---------------------------------------------------------------------------------- creates
  {
    name: "create: the task id",
    steps: [{ operationId: "marketCreateTask", reply: ok({ taskId: "t9", recordId: "r9" }) }],
    call: createMarket,
    expect: { value: { taskId: "t9" } },
    requests: 1,
  },
  {
    name: "create: a reset after sending is CreateOutcomeUnknownError and is not resent",
    steps: [{ operationId: "marketCreateTask", fault: "reset-after" }],
    call: createMarket,
    expect: { error: "CreateOutcomeUnknownError", fields: { operation: "marketCreateTask" } },
    requests: 1,
  },
  {
    name: "create: a 500 is CreateOutcomeUnknownError and is not resent",
    steps: [{ operationId: "marketCreateTask", reply: fail(500, 500) }],
    call: createMarket,
    expect: { error: "CreateOutcomeUnknownError" },
    requests: 1,
  },
  {
    name: "create: a success without a task id is CreateOutcomeUnknownError",
    steps: [{ operationId: "marketCreateTask", reply: ok({ recordId: "r1" }) }],
    call: createMarket,
    expect: { error: "CreateOutcomeUnknownError" },
    requests: 1,
  },
  {
    name: "create: a body cut short is CreateOutcomeUnknownError",
    steps: [{ operationId: "marketCreateTask", fault: "malformed" }],
    call: createMarket,
    expect: { error: "CreateOutcomeUnknownError" },
    requests: 1,
  },
  {
    name: "create: a 429 (rejected, not queued) is sent again",
    steps: [
      {
        operationId: "marketCreateTask",
        reply: { status: 429, body: { code: 429, msg: "rate limited" }, headers: RETRY_AFTER_2 },
      },
      { operationId: "marketCreateTask", reply: ok({ taskId: "t2" }) },
    ],
    call: createMarket,
    expect: { value: { taskId: "t2" } },
    requests: 2,
  },
  {
    name: "create: a 429 without Retry-After is sent again after the 10 s window",
    steps: [
      { operationId: "marketCreateTask", reply: fail(429) },
      { operationId: "marketCreateTask", reply: ok({ taskId: "t3" }) },
    ],
    call: createMarket,
    expect: { value: { taskId: "t3" } },
    requests: 2,
  },
  {
    name: "create: 455 maintenance is sent again",
    steps: [
      { operationId: "marketCreateTask", reply: fail(455) },
      { operationId: "marketCreateTask", reply: ok({ taskId: "t4" }) },
    ],
    call: createMarket,
    expect: { value: { taskId: "t4" } },
    requests: 2,
  },
  {
    name: "create: 422 is a ValidationError, not resent",
    steps: [{ operationId: "marketCreateTask", reply: fail(422) }],
    call: createMarket,
    expect: { error: "ValidationError", fields: { operation: "marketCreateTask" } },
    requests: 1,
  },
  {
    name: "create: 402 is InsufficientCreditsError",
    steps: [{ operationId: "marketCreateTask", reply: fail(402) }],
    call: createMarket,
    expect: { error: "InsufficientCreditsError" },
    requests: 1,
  },
  {
    name: "create: a slow answer past the timeout is CreateOutcomeUnknownError",
    steps: [{ operationId: "marketCreateTask", fault: "slow" }],
    call: createMarket,
    options: { timeoutMs: 500 },
    expect: { error: "CreateOutcomeUnknownError" },
    requests: 1,
  },

  // ---------------------------------------------------------------------------------- reads
  {
    name: "read: a reset before anything was answered is retried",
    steps: [
      { operationId: "marketRecordInfo", fault: "reset-before" },
      { operationId: "marketRecordInfo", reply: ok(market({})) },
    ],
    call: getMarket,
    expect: { value: { status: "running" } },
    requests: 2,
  },
  {
    name: "read: 501 (generation failed) is not retried",
    steps: [{ operationId: "marketRecordInfo", reply: fail(501) }],
    call: getMarket,
    expect: { error: "ServerError", fields: { code: 501 } },
    requests: 1,
  },
  {
    name: "read: a 500 retried up to the limit, then the ServerError",
    steps: [{ operationId: "getCredits", reply: fail(500, 500), times: 4 }],
    call: { op: "credits" },
    expect: { error: "ServerError", fields: { code: 500 } },
    requests: 4,
  },
  {
    name: "read: no retries when asked for none",
    steps: [{ operationId: "getCredits", reply: fail(500, 500) }],
    call: { op: "credits" },
    options: { retries: 0 },
    expect: { error: "ServerError" },
    requests: 1,
  },
  {
    name: "read: a slow answer past the timeout is TimeoutError",
    steps: [{ operationId: "getCredits", fault: "slow" }],
    call: { op: "credits" },
    options: { retries: 0, timeoutMs: 500 },
    expect: { error: "TimeoutError", fields: { timeoutMs: 500, operation: "getCredits" } },
    requests: 1,
  },
  {
    name: "link: a link that is not a string is UnexpectedResponseError",
    steps: [{ operationId: "commonDownloadUrl", reply: ok({ url: "https://x" }) }],
    call: { op: "downloadUrl", url: "https://files.test/fox.png" },
    expect: { error: "UnexpectedResponseError", fields: { path: "data" } },
    requests: 1,
  },
  {
    name: "upload: a numeric-string fileSize is read as a number",
    steps: [
      {
        operationId: "uploadFileUrl",
        reply: {
          body: {
            success: true,
            code: 200,
            msg: "ok",
            data: { downloadUrl: "https://files.test/u.png", fileSize: "12", mimeType: 5 },
          },
        },
      },
    ],
    call: { op: "uploadUrl", body: { fileUrl: "https://example.com/u.png", uploadPath: "images" } },
    expect: { value: { downloadUrl: "https://files.test/u.png", fileSize: 12 } },
    requests: 1,
  },

  // ---------------------------------------------------------------------------------- waits
  {
    name: "wait: queued, running, succeeded",
    steps: [
      { operationId: "marketRecordInfo", reply: ok(market({ state: "waiting" })) },
      { operationId: "marketRecordInfo", reply: ok(market({})) },
      {
        operationId: "marketRecordInfo",
        reply: ok(market({ state: "success", resultJson: RESULT })),
      },
    ],
    call: waitMarket,
    expect: { value: { status: "succeeded", outputs: ["https://files.test/fox.png"] } },
    requests: 3,
  },
  {
    name: "wait: a failed task is TaskFailedError with the family's code",
    steps: [
      { operationId: "marketRecordInfo", reply: ok(market({})) },
      {
        operationId: "marketRecordInfo",
        reply: ok(market({ state: "fail", failCode: "422", failMsg: "prompt flagged" })),
      },
    ],
    call: waitMarket,
    expect: {
      error: "TaskFailedError",
      fields: { taskId: "t1", failCode: "422", failMessage: "prompt flagged" },
    },
    requests: 2,
  },
  {
    name: "wait: a transient failure after its retries does not end the wait",
    steps: [
      { operationId: "marketRecordInfo", reply: ok(market({})) },
      { operationId: "marketRecordInfo", reply: fail(500, 500), times: 4 },
      {
        operationId: "marketRecordInfo",
        reply: ok(market({ state: "success", resultJson: RESULT })),
      },
    ],
    call: waitMarket,
    expect: { value: { status: "succeeded" } },
    requests: 6,
  },
  {
    name: "wait: nulls and odd types while running do not end the wait",
    steps: [
      {
        operationId: "gpt4oImageRecordInfo",
        reply: ok(gpt4o({ progress: 0.2, completeTime: null, errorCode: "", surprise: {} })),
      },
      {
        operationId: "gpt4oImageRecordInfo",
        reply: ok(
          gpt4o({
            status: "SUCCESS",
            successFlag: "1",
            progress: "1.00",
            response: { resultUrls: ["https://files.test/a.png"] },
          }),
        ),
      },
    ],
    call: { op: "wait", api: "gpt4o-image", taskId: "t1" },
    expect: { value: { status: "succeeded", outputs: ["https://files.test/a.png"] } },
    requests: 2,
  },
  {
    name: "wait: 401 ends the wait at once",
    steps: [{ operationId: "marketRecordInfo", reply: fail(401) }],
    call: waitMarket,
    expect: { error: "AuthenticationError" },
    requests: 1,
  },
  {
    name: "wait: an undecodable record ends the wait at once",
    steps: [{ operationId: "marketRecordInfo", reply: ok(market({ state: "paused" })) }],
    call: waitMarket,
    expect: { error: "UnexpectedResponseError", fields: { path: "data.state" } },
    requests: 1,
  },
  {
    name: "wait: the deadline passes while the task runs",
    steps: [{ operationId: "marketRecordInfo", reply: ok(market({})), times: 100 }],
    call: { op: "wait", api: "market", taskId: "t1", timeoutMs: 10_000, intervalMs: 3_000 },
    expect: { error: "WaitTimeoutError", fields: { taskId: "t1", api: "market" } },
    requests: 4,
  },

  // ---------------------------------------------------------------------------------- callbacks
  {
    name: "callback: a Market failure with its failCode",
    steps: [],
    call: {
      op: "callback",
      api: "market",
      body: {
        code: 501,
        msg: "Playground task failed.",
        data: { taskId: "t1", state: "fail", failCode: "500", failMsg: "Internal error" },
      },
    },
    expect: { value: { status: "failed", error: { code: "500", message: "Internal error" } } },
    requests: 0,
  },
  {
    name: "callback: a Market body without state (Grok Imagine) is decided by the code",
    steps: [],
    call: { op: "callback", api: "market", body: { code: 200, msg: "ok", data: { taskId: "t1" } } },
    expect: { value: { status: "succeeded", outputs: [] } },
    requests: 0,
  },
  {
    name: "callback: a Flux content-policy failure, as JSON text",
    steps: [],
    call: {
      op: "callback",
      api: "flux-kontext",
      body: JSON.stringify({
        code: 400,
        msg: "flagged",
        data: { taskId: "t1", info: { originImageUrl: "", resultImageUrl: "" } },
      }),
    },
    expect: { value: { status: "failed", error: { code: "400", message: "flagged" } } },
    requests: 0,
  },
  {
    name: "callback: a 4o success with result_urls",
    steps: [],
    call: {
      op: "callback",
      api: "gpt4o-image",
      body: {
        code: 200,
        msg: "success",
        data: { taskId: "t1", info: { result_urls: ["https://a"] } },
      },
    },
    expect: { value: { status: "succeeded", outputs: ["https://a"] } },
    requests: 0,
  },
  {
    name: "callback: a body that is not JSON is UnexpectedResponseError",
    steps: [],
    call: { op: "callback", api: "market", body: "{nope" },
    expect: { error: "UnexpectedResponseError" },
    requests: 0,
  },
]
