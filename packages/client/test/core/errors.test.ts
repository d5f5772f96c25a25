import { afterEach, describe, expect, it } from "vitest"
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  CreateOutcomeUnknownError,
  FeatureDisabledError,
  InsufficientCreditsError,
  isKieApiError,
  isKieError,
  KeyLimitError,
  KieApiError,
  type KieApiErrorParams,
  KieError,
  MaintenanceError,
  NotFoundError,
  QueueFullError,
  RateLimitError,
  REDACTED,
  redact,
  redactSecrets,
  redactValue,
  registerSecret,
  ServerError,
  type Task,
  TaskFailedError,
  TimeoutError,
  UnexpectedResponseError,
  unregisterSecret,
  ValidationError,
  WaitTimeoutError,
} from "../../src/core/index"

const KEY = "sk-test-0123456789abcdef0123456789abcdef"

afterEach(() => {
  unregisterSecret(KEY)
})

const task: Task = {
  api: "market",
  taskId: "task_1",
  status: "failed",
  outputs: [],
  error: { code: "422", message: "bad prompt" },
  raw: { taskId: "task_1", state: "fail" },
}

describe("redactSecrets / redact", () => {
  it("replaces every occurrence of each secret", () => {
    expect(redactSecrets(`a ${KEY} b ${KEY}`, [KEY])).toBe(`a ${REDACTED} b ${REDACTED}`)
  })

  it("replaces generic Bearer tokens even for unregistered keys", () => {
    expect(redactSecrets("Authorization: Bearer abc.def-123, next", [])).toBe(
      "Authorization: Bearer [REDACTED], next",
    )
    expect(redactSecrets('{"authorization":"bearer XyZ"}', [])).toBe(
      '{"authorization":"bearer [REDACTED]"}',
    )
  })

  it("replaces the URI-encoded form and the longer secret first", () => {
    expect(redactSecrets("k=a%2Fb%3D", ["a/b="])).toBe(`k=${REDACTED}`)
    expect(redactSecrets("abcdef", ["abc", "abcdef"])).toBe(REDACTED)
  })

  it("escapes regexp metacharacters in secrets", () => {
    expect(redactSecrets("x a.c y abc", ["a.c"])).toBe(`x ${REDACTED} y abc`)
  })

  it("ignores empty secrets and leaves other text alone", () => {
    expect(redactSecrets("hello world", ["", "  "])).toBe("hello world")
  })

  it("redact() uses the registry", () => {
    expect(redact(`key ${KEY}`)).toBe(`key ${KEY}`)
    registerSecret(KEY)
    expect(redact(`key ${KEY}`)).toBe(`key ${REDACTED}`)
    unregisterSecret(KEY)
    expect(redact(`key ${KEY}`)).toBe(`key ${KEY}`)
  })

  it("registerSecret ignores empty and non-string input", () => {
    registerSecret("")
    registerSecret("   ")
    registerSecret(undefined)
    registerSecret(null)
    expect(redact("a b c")).toBe("a b c")
  })

  it("redactValue deep-copies with strings redacted, keeps dates, handles cycles", () => {
    registerSecret(KEY)
    const date = new Date(1_700_000_000_000)
    const cyclic: Record<string, unknown> = {
      token: KEY,
      nested: [{ auth: `Bearer ${KEY}` }],
      date,
    }
    cyclic.self = cyclic
    const out = redactValue(cyclic) as Record<string, unknown>
    expect(out.token).toBe(REDACTED)
    expect(out.nested).toEqual([{ auth: `Bearer ${REDACTED}` }])
    expect(out.date).toEqual(date)
    expect(out.self).toBe("[Circular]")
    expect(cyclic.token).toBe(KEY)
    expect(redactValue(new Error(`boom ${KEY}`))).toEqual({
      name: "Error",
      message: `boom ${REDACTED}`,
    })
    expect(redactValue(42)).toBe(42)
    expect(redactValue(null)).toBe(null)
  })
})

type ApiCtor = new (params: KieApiErrorParams) => KieApiError

const apiCases: Array<[ApiCtor, string, number, RegExp]> = [
  [AuthenticationError, "AuthenticationError", 401, /^KIE rejected the API key \(code 401/],
  [InsufficientCreditsError, "InsufficientCreditsError", 402, /insufficient credits/],
  [NotFoundError, "NotFoundError", 404, /could not find/],
  [ValidationError, "ValidationError", 422, /rejected the request parameters/],
  [RateLimitError, "RateLimitError", 429, /rate-limited/],
  [KeyLimitError, "KeyLimitError", 433, /usage limit/],
  [MaintenanceError, "MaintenanceError", 455, /maintenance/],
  [FeatureDisabledError, "FeatureDisabledError", 505, /disabled/],
  [QueueFullError, "QueueFullError", 550, /queue is full/],
  [ServerError, "ServerError", 500, /internal server error/],
]

describe("API errors", () => {
  it.each(apiCases)(
    "%o has instanceof, _tag, name, fields and a one-sentence message",
    (Ctor, tag, code, pattern) => {
      const error = new Ctor({
        code,
        httpStatus: 200,
        msg: "details here",
        operation: "market.get",
      })
      expect(error).toBeInstanceOf(Ctor)
      expect(error).toBeInstanceOf(KieApiError)
      expect(error).toBeInstanceOf(KieError)
      expect(error).toBeInstanceOf(Error)
      expect(error._tag).toBe(tag)
      expect(error.name).toBe(tag)
      expect(error.code).toBe(code)
      expect(error.httpStatus).toBe(200)
      expect(error.msg).toBe("details here")
      expect(error.operation).toBe("market.get")
      expect(error.message).toMatch(pattern)
      expect(error.message).toContain(`code ${code}`)
      expect(error.message).toContain("on market.get")
      expect(error.message).toContain('KIE said "details here"')
      expect(error.message).not.toContain("HTTP 200")
      expect(error.message.endsWith(".")).toBe(true)
      expect(isKieError(error)).toBe(true)
      expect(isKieApiError(error)).toBe(true)
      expect(String(error.stack)).toContain(`${tag}: `)
    },
  )

  it("has the exact AuthenticationError message", () => {
    const error = new AuthenticationError({ code: 401, httpStatus: 200 })
    expect(error.message).toBe(
      "KIE rejected the API key (code 401): check KIE_API_KEY (or apiKey) and the key's IP whitelist.",
    )
    expect(error.msg).toBe("")
    expect("operation" in error).toBe(false)
    expect("retryAfterMs" in error).toBe(false)
  })

  it("mentions a differing non-200 HTTP status", () => {
    const error = new NotFoundError({ code: 404, httpStatus: 500 })
    expect(error.message).toContain("(code 404, HTTP 500)")
  })

  it("RateLimitError carries retryAfterMs and says how long to wait", () => {
    const error = new RateLimitError({ code: 429, httpStatus: 429, retryAfterMs: 2500 })
    expect(error.retryAfterMs).toBe(2500)
    expect(error.message).toContain("retry after 3 s")
    expect(error.message).toContain("not queued")
  })

  it("ServerError describes 408, 501 and unknown codes", () => {
    expect(new ServerError({ code: 408, httpStatus: 200 }).message).toMatch(/no result in time/)
    expect(new ServerError({ code: 501, httpStatus: 200 }).message).toMatch(/generation failed/)
    expect(new ServerError({ code: 503, httpStatus: 503 }).message).toMatch(/server error/)
    expect(new ServerError({ code: 418, httpStatus: 418 }).message).toMatch(/unknown error code/)
  })

  it("accepts a message override (still redacted) and a cause", () => {
    registerSecret(KEY)
    const cause = new Error("inner")
    const error = new ValidationError({
      code: 422,
      httpStatus: 200,
      message: `custom ${KEY}`,
      cause,
    })
    expect(error.message).toBe(`custom ${REDACTED}`)
    expect(error.cause).toBe(cause)
  })

  it("never contains the key: message, msg, stack, toJSON, JSON.stringify", () => {
    registerSecret(KEY)
    const error = new AuthenticationError({
      code: 401,
      httpStatus: 401,
      msg: `invalid key ${KEY} (header Authorization: Bearer ${KEY})`,
      cause: new Error(`fetch failed for Bearer ${KEY}`),
    })
    const everything = [error.message, error.msg, String(error.stack), JSON.stringify(error)]
    for (const text of everything) {
      expect(text).not.toContain(KEY)
    }
    expect(error.msg).toBe(`invalid key ${REDACTED} (header Authorization: Bearer ${REDACTED})`)
    expect(error.toJSON()).toEqual({
      _tag: "AuthenticationError",
      name: "AuthenticationError",
      message: error.message,
      code: 401,
      httpStatus: 401,
      msg: error.msg,
      cause: { name: "Error", message: `fetch failed for Bearer ${REDACTED}` },
    })
  })

  it("redacts unregistered Bearer tokens in msg", () => {
    const error = new ServerError({ code: 500, httpStatus: 500, msg: "echo: Bearer live-key-999" })
    expect(error.message).not.toContain("live-key-999")
    expect(error.msg).toBe(`echo: Bearer ${REDACTED}`)
  })

  it("toJSON redacts a secret registered after construction", () => {
    const error = new ValidationError({ code: 422, httpStatus: 200, msg: `bad ${KEY}` })
    expect(error.msg).toContain(KEY)
    registerSecret(KEY)
    expect(JSON.stringify(error)).not.toContain(KEY)
  })
})

describe("ConnectionError", () => {
  it("connect phase says nothing was sent", () => {
    const cause = Object.assign(new Error("getaddrinfo ENOTFOUND api.kie.ai"), {
      code: "ENOTFOUND",
    })
    const error = new ConnectionError({ phase: "connect", operation: "credits", cause })
    expect(error).toBeInstanceOf(KieError)
    expect(error._tag).toBe("ConnectionError")
    expect(error.name).toBe("ConnectionError")
    expect(error.phase).toBe("connect")
    expect(error.message).toBe(
      "Could not connect to KIE on credits (getaddrinfo ENOTFOUND api.kie.ai), so nothing was sent: check the network and baseUrl.",
    )
    expect(error.cause).toBe(cause)
    expect(error.toJSON()).toEqual({
      _tag: "ConnectionError",
      name: "ConnectionError",
      message: error.message,
      phase: "connect",
      operation: "credits",
      cause: { name: "Error", message: "getaddrinfo ENOTFOUND api.kie.ai" },
    })
  })

  it("describes undici's nested cause code", () => {
    const inner = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), {
      code: "ECONNREFUSED",
    })
    const error = new ConnectionError({
      phase: "connect",
      cause: new TypeError("fetch failed", { cause: inner }),
    })
    expect(error.message).toContain("(fetch failed: connect ECONNREFUSED 127.0.0.1:9)")
    const timeout = Object.assign(new Error("timed out"), { code: "UND_ERR_CONNECT_TIMEOUT" })
    expect(new ConnectionError({ phase: "connect", cause: timeout }).message).toContain(
      "(UND_ERR_CONNECT_TIMEOUT: timed out)",
    )
  })

  it("request phase says it may have been processed", () => {
    const error = new ConnectionError({ phase: "request", cause: new Error("socket hang up") })
    expect(error.phase).toBe("request")
    expect(error.message).toBe(
      "The connection to KIE failed after sending (socket hang up), so KIE may have processed the request: check the network.",
    )
  })
})

describe("TimeoutError", () => {
  it("has timeoutMs and an actionable message", () => {
    const error = new TimeoutError({ timeoutMs: 60_000, operation: "market.get" })
    expect(error._tag).toBe("TimeoutError")
    expect(error.name).toBe("TimeoutError")
    expect(error.timeoutMs).toBe(60_000)
    expect(error.message).toBe(
      "KIE did not answer within 60000 ms on market.get: retry later or raise the request timeout (timeoutMs / timeout).",
    )
    expect(error.toJSON()).toMatchObject({ timeoutMs: 60_000, operation: "market.get" })
  })
})

describe("AbortError", () => {
  it("is recognisable like a DOM abort", () => {
    const reason = new DOMException("user left", "AbortError")
    const error = new AbortError({ operation: "waitForTask", cause: reason })
    expect(error).toBeInstanceOf(KieError)
    expect(error.name).toBe("AbortError")
    expect(error._tag).toBe("AbortError")
    expect(error.cause).toBe(reason)
    expect(error.message).toBe(
      "The caller aborted the KIE request on waitForTask; it is not retried.",
    )
    expect(new AbortError().message).toBe("The caller aborted the KIE request; it is not retried.")
  })
})

describe("UnexpectedResponseError", () => {
  it("carries body, path, httpStatus and says what is wrong", () => {
    const body = { code: 200, data: { state: "paused" } }
    const error = new UnexpectedResponseError({
      body,
      path: "data.state",
      reason: 'unknown state "paused"',
      httpStatus: 200,
      operation: "market.get",
    })
    expect(error._tag).toBe("UnexpectedResponseError")
    expect(error.name).toBe("UnexpectedResponseError")
    expect(error.body).toEqual(body)
    expect(error.path).toBe("data.state")
    expect(error.httpStatus).toBe(200)
    expect(error.message).toBe(
      'KIE sent a response kie-kit cannot decode at data.state (unknown state "paused") on market.get, HTTP 200: update kie-kit or report error.body.',
    )
  })

  it("redacts secrets inside the attached body (text or value)", () => {
    registerSecret(KEY)
    const fromText = new UnexpectedResponseError({ body: `<html>${KEY}</html>` })
    expect(fromText.body).toBe(`<html>${REDACTED}</html>`)
    const fromValue = new UnexpectedResponseError({
      body: { echo: { headers: [`Bearer ${KEY}`] } },
    })
    expect(fromValue.body).toEqual({ echo: { headers: [`Bearer ${REDACTED}`] } })
    expect(JSON.stringify(fromValue)).not.toContain(KEY)
  })
})

describe("CreateOutcomeUnknownError", () => {
  it("says the create may have been processed, was not resent, and how to check", () => {
    const cause = new TimeoutError({ timeoutMs: 1000 })
    const error = new CreateOutcomeUnknownError({ operation: "fluxKontext.generate", cause })
    expect(error._tag).toBe("CreateOutcomeUnknownError")
    expect(error.name).toBe("CreateOutcomeUnknownError")
    expect(error.operation).toBe("fluxKontext.generate")
    expect(error.cause).toBe(cause)
    expect(error.message).toContain("may or may not have been processed")
    expect(error.message).toContain("was NOT resent")
    expect(error.message).toContain("kie.credits()")
    expect(error.message).toContain("dashboard")
    expect(error.message).toContain("callback")
    expect(error.message).toContain("KIE did not answer within 1000 ms")
    expect(error.toJSON()).toMatchObject({
      _tag: "CreateOutcomeUnknownError",
      operation: "fluxKontext.generate",
      cause: { name: "TimeoutError" },
    })
  })
})

describe("TaskFailedError", () => {
  it("carries api, taskId, failCode, failMessage and the task", () => {
    const error = new TaskFailedError({
      api: "market",
      taskId: "task_1",
      failCode: "422",
      failMessage: "bad prompt",
      task,
    })
    expect(error._tag).toBe("TaskFailedError")
    expect(error.name).toBe("TaskFailedError")
    expect(error.api).toBe("market")
    expect(error.taskId).toBe("task_1")
    expect(error.failCode).toBe("422")
    expect(error.failMessage).toBe("bad prompt")
    expect(error.task).toBe(task)
    expect(error.message).toBe(
      'KIE task task_1 (market) failed with code 422: "bad prompt"; fix the input if the message points to it, then create a new task.',
    )
    const json = error.toJSON()
    expect(json.task).toEqual(task)
    expect(json.failCode).toBe("422")
  })
})

describe("WaitTimeoutError", () => {
  it("says how to resume", () => {
    const lastTask: Task = { ...task, status: "running", outputs: [] }
    const error = new WaitTimeoutError({
      api: "flux-kontext",
      taskId: "abc",
      elapsedMs: 900_400,
      lastTask,
    })
    expect(error._tag).toBe("WaitTimeoutError")
    expect(error.name).toBe("WaitTimeoutError")
    expect(error.lastTask).toBe(lastTask)
    expect(error.elapsedMs).toBe(900_400)
    expect(error.message).toBe(
      'KIE task abc (flux-kontext) was still running after 900 s and keeps running on KIE: resume with kie.waitForTask({ api: "flux-kontext", taskId: "abc" }) or raise the wait timeout (timeoutMs / waitTimeout).',
    )
    const noTask = new WaitTimeoutError({ api: "market", taskId: "t", elapsedMs: 1000 })
    expect(noTask.message).toContain("was not finished after 1 s")
    expect("lastTask" in noTask).toBe(false)
  })
})

describe("_tag discriminates the union", () => {
  it("narrows by _tag", () => {
    const errors = [
      new RateLimitError({ code: 429, httpStatus: 200 }),
      new ConnectionError({ phase: "connect" }),
      new AbortError(),
    ]
    expect(errors.map((e) => e._tag)).toEqual(["RateLimitError", "ConnectionError", "AbortError"])
    expect(errors.map((e) => isKieApiError(e))).toEqual([true, false, false])
    expect(isKieError(new Error("x"))).toBe(false)
  })
})
