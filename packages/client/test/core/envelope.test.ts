import { describe, expect, it } from "vitest"
import {
  AuthenticationError,
  decodeEnvelope,
  decodeRecord,
  envelopeMessage,
  NotFoundError,
  RateLimitError,
  readResponse,
  ServerError,
  UnexpectedResponseError,
  unwrapEnvelope,
  ValidationError,
} from "../../src/core/index"
import { fixture } from "./fixtures"

const failure = (result: ReturnType<typeof decodeEnvelope>) => {
  if (result.ok) throw new Error("expected a failure")
  return result.error
}

describe("decodeEnvelope", () => {
  it("returns data on success (parsed value or text)", () => {
    const body = fixture("common.credit.response")
    expect(decodeEnvelope({ body, httpStatus: 200 })).toEqual({
      ok: true,
      data: 100,
      msg: "success",
      body,
    })
    const text = JSON.stringify(fixture("flux-kontext.generate.response"))
    expect(unwrapEnvelope({ body: text, httpStatus: 200 })).toEqual({ taskId: "task12345" })
  })

  it("reads the message-key variant", () => {
    const body = fixture("market.record-info.response.success.message-key-variant")
    const result = decodeEnvelope({ body, httpStatus: 200 })
    expect(result.ok && result.msg).toBe("success")
    expect(envelopeMessage({ msg: "a", message: "b" })).toBe("a")
    expect(envelopeMessage({ message: "b" })).toBe("b")
    expect(envelopeMessage(null)).toBeUndefined()
  })

  it("maps a body error code in HTTP 200", () => {
    const error = failure(
      decodeEnvelope({
        body: fixture("common.error.no-access-401"),
        httpStatus: 200,
        operation: "credits",
      }),
    )
    expect(error).toBeInstanceOf(AuthenticationError)
    expect(error).toMatchObject({
      code: 401,
      httpStatus: 200,
      msg: "You do not have access permissions",
      operation: "credits",
    })
  })

  it.each([
    ["market.record-info.response.error-400", 400, ValidationError],
    ["market.record-info.response.error-401", 401, AuthenticationError],
    ["market.record-info.response.error-404", 404, NotFoundError],
    ["market.record-info.response.error-429", 429, RateLimitError],
    ["flux-kontext.generate.response.error-500", 500, ServerError],
  ] as const)("maps %s sent with a real HTTP status", (name, status, Ctor) => {
    const error = failure(
      decodeEnvelope({ body: fixture(name), httpStatus: status, retryAfterMs: 1000 }),
    )
    expect(error).toBeInstanceOf(Ctor)
    expect(error).toMatchObject({ code: status, httpStatus: status, retryAfterMs: 1000 })
  })

  it("treats HTTP 5xx with a 200 body code as an error", () => {
    const error = failure(
      decodeEnvelope({ body: { code: 200, msg: "ok", data: 1 }, httpStatus: 503 }),
    )
    expect(error).toBeInstanceOf(ServerError)
    expect(error).toMatchObject({ code: 503, httpStatus: 503 })
  })

  it("maps a non-JSON error page by HTTP status", () => {
    const error = failure(
      decodeEnvelope({ body: "<html>\n<h1>502 Bad Gateway</h1>\n</html>", httpStatus: 502 }),
    )
    expect(error).toBeInstanceOf(ServerError)
    expect(error).toMatchObject({ code: 502, msg: "<html> <h1>502 Bad Gateway</h1> </html>" })
    expect(failure(decodeEnvelope({ body: "error code: 1010", httpStatus: 403 }))._tag).toBe(
      "ServerError",
    )
  })

  it("reports malformed JSON in a 2xx as UnexpectedResponseError with the raw text", () => {
    const error = failure(
      decodeEnvelope({ body: '{"code":200,"data":', httpStatus: 200, operation: "market.get" }),
    )
    expect(error).toBeInstanceOf(UnexpectedResponseError)
    expect(error).toMatchObject({
      body: '{"code":200,"data":',
      httpStatus: 200,
      operation: "market.get",
    })
    expect(error.message).toContain("the body is not valid JSON")
    expect(error.cause).toBeInstanceOf(SyntaxError)
  })

  it("rejects non-object bodies and missing or non-integer codes", () => {
    expect(failure(decodeEnvelope({ body: [1], httpStatus: 200 }))).toBeInstanceOf(
      UnexpectedResponseError,
    )
    expect(failure(decodeEnvelope({ body: "42", httpStatus: 200 }))).toBeInstanceOf(
      UnexpectedResponseError,
    )
    expect(failure(decodeEnvelope({ body: null, httpStatus: 500 }))).toBeInstanceOf(ServerError)
    const missing = failure(decodeEnvelope({ body: { data: 1 }, httpStatus: 200 }))
    expect(missing).toBeInstanceOf(UnexpectedResponseError)
    expect((missing as UnexpectedResponseError).path).toBe("code")
    expect(missing.message).toContain("code is missing")
    const weird = failure(decodeEnvelope({ body: { code: "ok", data: 1 }, httpStatus: 200 }))
    expect((weird as UnexpectedResponseError).path).toBe("code")
  })

  it("accepts a numeric-string success code", () => {
    expect(unwrapEnvelope({ body: { code: "200", data: "x" }, httpStatus: 200 })).toBe("x")
  })

  it("unwrapEnvelope throws the error", () => {
    expect(() =>
      unwrapEnvelope({ body: { code: 402, msg: "no credits" }, httpStatus: 200 }),
    ).toThrow(/insufficient credits/)
  })
})

describe("readResponse", () => {
  it("reports a decoder's failure with the whole body, the status and the operation", () => {
    const body = { code: 200, msg: "ok", data: { state: "paused" } }
    let caught: unknown
    try {
      readResponse(
        { body: JSON.stringify(body), httpStatus: 200, operation: "marketRecordInfo" },
        (data) => decodeRecord("market", { ...(data as object), taskId: "t" }),
      )
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(UnexpectedResponseError)
    expect(caught).toMatchObject({
      path: "data.state",
      reason: 'unknown state "paused"',
      httpStatus: 200,
      operation: "marketRecordInfo",
      body,
    })
  })

  it("throws the API error of an error envelope before decoding", () => {
    expect(() =>
      readResponse({ body: { code: 402, msg: "no credits" }, httpStatus: 200 }, () => {
        throw new Error("not called")
      }),
    ).toThrow(/insufficient credits/)
  })
})
