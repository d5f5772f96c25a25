import { describe, expect, it } from "vitest"
import {
  AbortError,
  AuthenticationError,
  backoffDelay,
  ConnectionError,
  CreateOutcomeUnknownError,
  connectionPhase,
  createOutcomeIsUnknown,
  DEFAULT_RETRY,
  errorFromApi,
  FeatureDisabledError,
  InsufficientCreditsError,
  isRetryableCreate,
  isRetryableRead,
  KeyLimitError,
  MaintenanceError,
  NotFoundError,
  QueueFullError,
  RateLimitError,
  retryAfterMsOf,
  ServerError,
  TaskFailedError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  WaitTimeoutError,
} from "../../src/core/index"

const api = (code: number, httpStatus = 200) => errorFromApi({ code, httpStatus })

const connect = new ConnectionError({ phase: "connect" })
const reset = new ConnectionError({ phase: "request" })
const timeout = new TimeoutError({ timeoutMs: 1000 })
const abort = new AbortError()
const unexpected = new UnexpectedResponseError({ body: "<html>" })

describe("isRetryableRead", () => {
  it.each([
    ["connect failure", connect],
    ["reset after send", reset],
    ["timeout", timeout],
    ["408", api(408)],
    ["429", api(429)],
    ["455", api(455)],
    ["500", api(500)],
    ["502 (HTTP only)", errorFromApi({ httpStatus: 502 })],
    ["503", api(503)],
    ["550", api(550)],
  ])("retries %s", (_name, error) => {
    expect(isRetryableRead(error)).toBe(true)
  })

  it.each([
    ["401", api(401)],
    ["402", api(402)],
    ["404", api(404)],
    ["400", api(400)],
    ["422", api(422)],
    ["433", api(433)],
    ["501 generation failed", api(501)],
    ["505", api(505)],
    ["unknown 4xx (403)", errorFromApi({ httpStatus: 403 })],
    ["unknown non-HTTP code", api(1010)],
    ["abort", abort],
    ["unexpected response", unexpected],
    ["plain Error", new Error("x")],
    ["a string", "boom"],
    ["undefined", undefined],
  ])("does not retry %s", (_name, error) => {
    expect(isRetryableRead(error)).toBe(false)
  })
})

describe("isRetryableCreate", () => {
  it.each([
    ["connect failure", connect, true],
    ["429", api(429), true],
    ["455", api(455), true],
    ["550", api(550), true],
    ["reset after send", reset, false],
    ["timeout", timeout, false],
    ["408", api(408), false],
    ["500", api(500), false],
    ["503", api(503), false],
    ["401", api(401), false],
    ["402", api(402), false],
    ["422", api(422), false],
    ["433", api(433), false],
    ["505", api(505), false],
    ["abort", abort, false],
    ["unexpected response", unexpected, false],
  ])("%s -> %s", (_name, error, expected) => {
    expect(isRetryableCreate(error)).toBe(expected)
  })
})

describe("createOutcomeIsUnknown", () => {
  it.each([
    ["reset after send", reset, true],
    ["timeout", timeout, true],
    ["500", api(500), true],
    ["501", api(501), true],
    ["502 (HTTP only)", errorFromApi({ httpStatus: 502 }), true],
    ["408", api(408), true],
    ["unknown non-HTTP code", api(1010), true],
    ["undecodable body", unexpected, true],
    ["unknown 4xx (403)", errorFromApi({ httpStatus: 403 }), false],
    ["connect failure", connect, false],
    ["429", api(429), false],
    ["455", api(455), false],
    ["550", api(550), false],
    ["401", new AuthenticationError({ code: 401, httpStatus: 200 }), false],
    ["402", new InsufficientCreditsError({ code: 402, httpStatus: 200 }), false],
    ["404", new NotFoundError({ code: 404, httpStatus: 200 }), false],
    ["422", new ValidationError({ code: 422, httpStatus: 200 }), false],
    ["433", new KeyLimitError({ code: 433, httpStatus: 200 }), false],
    ["505", new FeatureDisabledError({ code: 505, httpStatus: 200 }), false],
    ["abort", abort, false],
    ["plain Error", new Error("x"), false],
  ])("%s -> %s", (_name, error, expected) => {
    expect(createOutcomeIsUnknown(error)).toBe(expected)
  })

  it("never overlaps with isRetryableCreate", () => {
    const all = [
      connect,
      reset,
      timeout,
      abort,
      unexpected,
      ...[401, 402, 404, 408, 422, 429, 433, 455, 500, 501, 505, 550, 1010].map((c) => api(c)),
    ]
    for (const error of all) {
      expect(isRetryableCreate(error) && createOutcomeIsUnknown(error)).toBe(false)
    }
  })

  it("does not classify the higher-level errors as retryable", () => {
    const others = [
      new CreateOutcomeUnknownError({ operation: "x", cause: reset }),
      new WaitTimeoutError({ api: "market", taskId: "t", elapsedMs: 1 }),
      new TaskFailedError({
        api: "market",
        taskId: "t",
        failCode: "500",
        failMessage: "",
        task: { api: "market", taskId: "t", status: "failed", outputs: [], raw: null },
      }),
    ]
    for (const error of others) {
      expect(isRetryableRead(error)).toBe(false)
      expect(isRetryableCreate(error)).toBe(false)
      expect(createOutcomeIsUnknown(error)).toBe(false)
    }
  })
})

describe("retryAfterMsOf", () => {
  it("reads retryAfterMs from API errors only", () => {
    expect(
      retryAfterMsOf(new RateLimitError({ code: 429, httpStatus: 429, retryAfterMs: 7000 })),
    ).toBe(7000)
    expect(retryAfterMsOf(new MaintenanceError({ code: 455, httpStatus: 200 }))).toBeUndefined()
    expect(
      retryAfterMsOf(new QueueFullError({ code: 550, httpStatus: 200, retryAfterMs: 10 })),
    ).toBe(10)
    expect(retryAfterMsOf(new ServerError({ code: 503, httpStatus: 503, retryAfterMs: 3 }))).toBe(3)
    expect(retryAfterMsOf(timeout)).toBeUndefined()
  })
})

describe("DEFAULT_RETRY", () => {
  it("has the documented values", () => {
    expect(DEFAULT_RETRY).toEqual({
      maxRetries: 3,
      baseMs: 500,
      capMs: 20_000,
      maxRetryAfterMs: 60_000,
    })
    expect(Object.isFrozen(DEFAULT_RETRY)).toBe(true)
  })
})

describe("backoffDelay", () => {
  const zero = () => 0
  const max = () => 0.999

  it("is 0 with random = 0", () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(backoffDelay(attempt, { random: zero })).toBe(0)
    }
  })

  it("grows exponentially below the ceiling with random = 0.999", () => {
    expect([0, 1, 2, 3, 4, 5].map((a) => backoffDelay(a, { random: max }))).toEqual([
      499, 999, 1998, 3996, 7992, 15984,
    ])
  })

  it("is capped at capMs", () => {
    expect(backoffDelay(6, { random: max })).toBe(19_980)
    expect(backoffDelay(30, { random: max })).toBe(19_980)
    expect(backoffDelay(5000, { random: max })).toBe(19_980)
    expect(backoffDelay(10, { random: () => 1 })).toBe(20_000)
    expect(backoffDelay(3, { random: max, baseMs: 100, capMs: 300 })).toBe(299)
  })

  it("uses full jitter: the value scales with random", () => {
    expect(backoffDelay(2, { random: () => 0.5 })).toBe(1000)
    expect(backoffDelay(2, { random: () => 0.25 })).toBe(500)
  })

  it("never goes below retryAfterMs", () => {
    expect(backoffDelay(0, { random: zero, retryAfterMs: 5000 })).toBe(5000)
    expect(backoffDelay(0, { random: max, retryAfterMs: 10 })).toBe(499)
    expect(backoffDelay(6, { random: max, retryAfterMs: 30_000 })).toBe(30_000)
    expect(backoffDelay(0, { random: zero, retryAfterMs: 1.2 })).toBe(2)
  })

  it("caps retryAfterMs at maxRetryAfterMs (60 s by default)", () => {
    expect(backoffDelay(0, { random: zero, retryAfterMs: 3_600_000 })).toBe(60_000)
    expect(backoffDelay(0, { random: zero, retryAfterMs: 90_000, maxRetryAfterMs: 5000 })).toBe(
      5000,
    )
  })

  it("tolerates bad inputs", () => {
    expect(backoffDelay(-3, { random: max })).toBe(499)
    expect(backoffDelay(Number.NaN, { random: max })).toBe(499)
    expect(backoffDelay(0, { random: () => Number.NaN })).toBe(0)
    expect(backoffDelay(0, { random: () => 5 })).toBe(500)
    expect(backoffDelay(0, { random: zero, retryAfterMs: -100 })).toBe(0)
    expect(backoffDelay(0, { random: zero, retryAfterMs: Number.NaN })).toBe(0)
  })

  it("stays within [0, ceiling] with Math.random", () => {
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(i % 8)
      expect(delay).toBeGreaterThanOrEqual(0)
      expect(delay).toBeLessThanOrEqual(Math.min(20_000, 500 * 2 ** (i % 8)))
      expect(Number.isInteger(delay)).toBe(true)
    }
  })
})

describe("connectionPhase", () => {
  const nodeError = (code: string) =>
    new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) })

  it("is connect only when the socket code proves nothing was sent", () => {
    for (const code of ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]) {
      expect(connectionPhase(nodeError(code)), code).toBe("connect")
    }
    for (const code of ["ECONNRESET", "UND_ERR_SOCKET", "EPIPE"]) {
      expect(connectionPhase(nodeError(code)), code).toBe("request")
    }
  })

  it("looks inside AggregateErrors of connection attempts, and defaults to request", () => {
    const aggregate = new TypeError("fetch failed", {
      cause: new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]),
    })
    expect(connectionPhase(aggregate)).toBe("connect")
    expect(connectionPhase(new TypeError("Failed to fetch"))).toBe("request")
    expect(connectionPhase(undefined)).toBe("request")
  })
})
