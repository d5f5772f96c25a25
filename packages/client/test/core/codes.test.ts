import { describe, expect, it } from "vitest"
import {
  AuthenticationError,
  codeInfo,
  effectiveErrorCode,
  errorFromApi,
  FeatureDisabledError,
  InsufficientCreditsError,
  KeyLimitError,
  KIE_CODES,
  MaintenanceError,
  NotFoundError,
  parseRetryAfter,
  QueueFullError,
  RateLimitError,
  ServerError,
  ValidationError,
} from "../../src/core/index"

describe("KIE_CODES", () => {
  it("lists exactly the documented non-success codes", () => {
    expect(
      Object.keys(KIE_CODES)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([400, 401, 402, 404, 405, 408, 422, 429, 433, 451, 455, 500, 501, 505, 550])
  })

  it.each([
    [400, "ValidationError", false, false],
    [401, "AuthenticationError", false, false],
    [402, "InsufficientCreditsError", false, false],
    [404, "NotFoundError", false, false],
    [405, "ValidationError", false, false],
    [408, "ServerError", true, false],
    [422, "ValidationError", false, false],
    [429, "RateLimitError", true, true],
    [433, "KeyLimitError", false, false],
    [451, "ValidationError", false, false],
    [455, "MaintenanceError", true, true],
    [500, "ServerError", true, false],
    [501, "ServerError", false, false],
    [505, "FeatureDisabledError", false, false],
    [550, "QueueFullError", true, true],
  ] as const)(
    "code %i -> %s, retryable read %s, safe create retry %s",
    (code, tag, read, create) => {
      const info = codeInfo(code)
      expect(info).toMatchObject({
        code,
        errorTag: tag,
        retryableRead: read,
        safeToRetryCreate: create,
      })
    },
  )

  it("has no entry for 200 or unknown codes", () => {
    expect(codeInfo(200)).toBeUndefined()
    expect(codeInfo(418)).toBeUndefined()
    expect(Object.isFrozen(KIE_CODES)).toBe(true)
  })
})

describe("errorFromApi", () => {
  it.each([
    [401, AuthenticationError],
    [402, InsufficientCreditsError],
    [404, NotFoundError],
    [400, ValidationError],
    [405, ValidationError],
    [422, ValidationError],
    [451, ValidationError],
    [429, RateLimitError],
    [433, KeyLimitError],
    [455, MaintenanceError],
    [505, FeatureDisabledError],
    [550, QueueFullError],
    [408, ServerError],
    [500, ServerError],
    [501, ServerError],
  ] as const)("body code %i in HTTP 200 -> %o", (code, Ctor) => {
    const error = errorFromApi({ code, httpStatus: 200, msg: "m", operation: "op" })
    expect(error).toBeInstanceOf(Ctor)
    expect(error.code).toBe(code)
    expect(error.httpStatus).toBe(200)
    expect(error.msg).toBe("m")
    expect(error.operation).toBe("op")
  })

  it("maps an unknown code to ServerError", () => {
    const error = errorFromApi({ code: 599, httpStatus: 200 })
    expect(error).toBeInstanceOf(ServerError)
    expect(error.code).toBe(599)
    expect(errorFromApi({ code: 1010, httpStatus: 200 })._tag).toBe("ServerError")
  })

  it("uses the HTTP status when the body has no code", () => {
    const error = errorFromApi({ httpStatus: 401 })
    expect(error).toBeInstanceOf(AuthenticationError)
    expect(error.code).toBe(401)
    expect(error.httpStatus).toBe(401)
    expect(error.msg).toBe("")
    expect(errorFromApi({ httpStatus: 503 })).toBeInstanceOf(ServerError)
    expect(errorFromApi({ httpStatus: 403 })).toBeInstanceOf(ServerError)
    expect(errorFromApi({ code: null, httpStatus: 429 })).toBeInstanceOf(RateLimitError)
  })

  it("treats a non-2xx HTTP status with a 200 body code as an error", () => {
    const error = errorFromApi({ code: 200, httpStatus: 502, msg: "ok?" })
    expect(error).toBeInstanceOf(ServerError)
    expect(error.code).toBe(502)
    expect(error.httpStatus).toBe(502)
  })

  it("prefers the body code when both are errors", () => {
    const error = errorFromApi({ code: 402, httpStatus: 500 })
    expect(error).toBeInstanceOf(InsufficientCreditsError)
    expect(error.code).toBe(402)
    expect(error.httpStatus).toBe(500)
    expect(error.message).toContain("(code 402, HTTP 500)")
  })

  it("accepts numeric-string codes", () => {
    expect(errorFromApi({ code: "404", httpStatus: 200 })).toBeInstanceOf(NotFoundError)
  })

  it("passes retryAfterMs and cause through", () => {
    const cause = new Error("x")
    const error = errorFromApi({ code: 429, httpStatus: 429, retryAfterMs: 1200, cause })
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error.retryAfterMs).toBe(1200)
    expect(error.cause).toBe(cause)
  })

  it("reads the fixtures' error bodies", () => {
    expect(
      errorFromApi({ code: 401, httpStatus: 200, msg: "You do not have access permissions" })
        .message,
    ).toBe(
      'KIE rejected the API key (code 401; KIE said "You do not have access permissions"): check KIE_API_KEY (or apiKey) and the key\'s IP whitelist.',
    )
  })

  it("returns a ServerError for a success pair (caller bug) instead of throwing", () => {
    const error = errorFromApi({ code: 200, httpStatus: 200 })
    expect(error).toBeInstanceOf(ServerError)
    expect(error.code).toBe(200)
  })
})

describe("effectiveErrorCode", () => {
  it.each([
    [{ code: 200, httpStatus: 200 }, undefined],
    [{ httpStatus: 204 }, undefined],
    [{ code: 401, httpStatus: 200 }, 401],
    [{ code: 200, httpStatus: 500 }, 500],
    [{ httpStatus: 404 }, 404],
    [{ code: 422, httpStatus: 400 }, 422],
    [{ code: "abc", httpStatus: 200 }, undefined],
    [{ code: "abc", httpStatus: 503 }, 503],
  ])("%o -> %s", (input, expected) => {
    expect(effectiveErrorCode(input)).toBe(expected)
  })
})

describe("parseRetryAfter", () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0)

  it("parses delay-seconds", () => {
    expect(parseRetryAfter("5", now)).toBe(5000)
    expect(parseRetryAfter(" 0 ", now)).toBe(0)
    expect(parseRetryAfter("1.5", now)).toBe(1500)
    expect(parseRetryAfter("120", now)).toBe(120_000)
  })

  it("parses HTTP dates relative to now", () => {
    expect(parseRetryAfter("Wed, 01 Jan 2025 12:00:30 GMT", now)).toBe(30_000)
    expect(parseRetryAfter("Wednesday, 01-Jan-25 12:01:00 GMT", now)).toBe(60_000)
    expect(parseRetryAfter("Wed Jan  1 12:00:10 2025", now)).toBe(10_000)
  })

  it("clamps a past date to 0", () => {
    expect(parseRetryAfter("Wed, 01 Jan 2025 11:00:00 GMT", now)).toBe(0)
  })

  it.each([
    undefined,
    null,
    "",
    "  ",
    "-5",
    "soon",
    "5s",
    "1e3",
    "0x10",
    "12 apples",
    "2025-01-01",
  ])("rejects %o", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined()
  })
})
