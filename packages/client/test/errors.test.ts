import { describe, expect, it } from "vitest"
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  CreateOutcomeUnknownError,
  FeatureDisabledError,
  InsufficientCreditsError,
  KeyLimitError,
  KieApiError,
  KieError,
  MaintenanceError,
  NotFoundError,
  QueueFullError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from "../src/index"
import { API_KEY, clientFor, drive, rejectionOf, startMock, useFakeClock } from "./helpers"

/** A fetch that answers every request with this envelope and status. */
const answer =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  async () =>
    new Response(typeof body === "string" ? body : JSON.stringify(body), { status, headers })

describe("error classes", () => {
  it("401 from a key the server does not know", async () => {
    const mock = await startMock({ apiKeys: ["another-key"] })
    const error = await rejectionOf(clientFor(mock).credits())
    expect(error).toBeInstanceOf(AuthenticationError)
    expect(error).toBeInstanceOf(KieApiError)
    expect(error).toBeInstanceOf(KieError)
    expect(error).toMatchObject({ _tag: "AuthenticationError", code: 401, httpStatus: 200 })
  })

  it("402 when the balance cannot pay for a create, and no task is created", async () => {
    const mock = await startMock()
    mock.setCredits(API_KEY, 0)
    const error = await rejectionOf(clientFor(mock).fluxKontext.generate({ prompt: "a fox" }))
    expect(error).toBeInstanceOf(InsufficientCreditsError)
    expect(error).toMatchObject({ code: 402 })
    expect(mock.tasks()).toEqual([])
  })

  it("404 for an unknown task", async () => {
    const mock = await startMock()
    const error = await rejectionOf(clientFor(mock).market.get("no-such-task"))
    expect(error).toBeInstanceOf(NotFoundError)
  })

  it("422 naming the invalid field, with nothing created", async () => {
    const mock = await startMock()
    const kie = clientFor(mock)
    const error = await rejectionOf(
      kie.fluxKontext.generate({ prompt: "a fox", aspectRatio: "2:1" as "1:1" }),
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).msg).toMatch(/aspectRatio/)
    expect((error as Error).message).toMatch(/aspectRatio/)
    expect(mock.tasks()).toEqual([])
  })

  it("429 with the server's Retry-After", async () => {
    const mock = await startMock({ rateLimit: { creates: 1, perMs: 10_000 } })
    const kie = clientFor(mock)
    await kie.fluxKontext.generate({ prompt: "one" })
    const error = await rejectionOf(kie.fluxKontext.generate({ prompt: "two" }))
    expect(error).toBeInstanceOf(RateLimitError)
    expect((error as RateLimitError).retryAfterMs).toBeGreaterThan(0)
    expect(mock.tasks()).toHaveLength(1)
  })

  it("455 maintenance and 500 server errors from the body code", async () => {
    const mock = await startMock()
    const kie = clientFor(mock)
    mock.injectFault("maintenance", { operationId: "getCredits" })
    expect(await rejectionOf(kie.credits())).toBeInstanceOf(MaintenanceError)
    mock.injectFault("5xx", { operationId: "getCredits" })
    const error = await rejectionOf(kie.credits())
    expect(error).toBeInstanceOf(ServerError)
    expect(error).toMatchObject({ code: 500 })
  })

  it.each([
    [433, KeyLimitError],
    [505, FeatureDisabledError],
    [550, QueueFullError],
    [501, ServerError],
    [408, ServerError],
  ] as const)("body code %i from the mock maps to its class", async (code, ErrorClass) => {
    const mock = await startMock()
    mock.injectError(code, { operationId: "marketCreateTask" })
    const kie = clientFor(mock)
    const error = await rejectionOf(kie.market.createTask({ model: "x/y", input: {} }))
    const cause = error instanceof CreateOutcomeUnknownError ? (error.cause as Error) : error
    expect(cause).toBeInstanceOf(ErrorClass)
    expect(cause).toMatchObject({ code, httpStatus: 200, _tag: ErrorClass.name })
  })

  it("an unknown body code is a ServerError", async () => {
    const kie = clientFor(await startMock(), {
      fetch: answer({ code: 999, msg: "nope", data: null }),
    })
    const error = await rejectionOf(kie.credits())
    expect(error).toBeInstanceOf(ServerError)
    expect(error).toMatchObject({ code: 999, httpStatus: 200 })
  })

  it("an HTTP error status maps too, even with a body that is not an envelope", async () => {
    const kie = clientFor(await startMock(), { fetch: answer("<html>Bad gateway</html>", 502) })
    const error = await rejectionOf(kie.credits())
    expect(error).toBeInstanceOf(ServerError)
    expect(error).toMatchObject({ code: 502, httpStatus: 502 })
    const notFound = clientFor(await startMock(), {
      fetch: answer({ code: 404, msg: "Task not found" }, 404),
    })
    expect(await rejectionOf(notFound.market.get("x"))).toBeInstanceOf(NotFoundError)
  })

  it("malformed JSON is an UnexpectedResponseError with the raw body", async () => {
    const mock = await startMock()
    mock.injectFault("malformed", { operationId: "getCredits" })
    const error = await rejectionOf(clientFor(mock).credits())
    expect(error).toBeInstanceOf(UnexpectedResponseError)
    expect(typeof (error as UnexpectedResponseError).body).toBe("string")
  })

  it("a refused connection is a ConnectionError in the connect phase", async () => {
    const mock = await startMock()
    const url = mock.url
    await mock.close()
    const kie = clientFor(mock, { baseUrl: url })
    const error = await rejectionOf(kie.credits())
    expect(error).toBeInstanceOf(ConnectionError)
    expect(error).toMatchObject({ phase: "connect" })
  })

  it("a request slower than timeoutMs is a TimeoutError", async () => {
    useFakeClock()
    const mock = await startMock({ faults: { slowMs: 5_000 } })
    mock.injectFault("slow", { operationId: "getCredits" })
    const error = await drive(rejectionOf(clientFor(mock, { timeoutMs: 1_000 }).credits()))
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error).toMatchObject({ timeoutMs: 1_000 })
  })

  it("an abort is an AbortError, recognisable by name", async () => {
    const mock = await startMock()
    const controller = new AbortController()
    controller.abort()
    const error = await rejectionOf(clientFor(mock).credits({ signal: controller.signal }))
    expect(error).toBeInstanceOf(AbortError)
    expect((error as Error).name).toBe("AbortError")
    expect(mock.requests).toHaveLength(0)
  })

  it("an abort during a request takes effect at once", async () => {
    useFakeClock()
    const mock = await startMock({ faults: { slowMs: 60_000 } })
    mock.injectFault("slow", { operationId: "getCredits" })
    const controller = new AbortController()
    const pending = rejectionOf(clientFor(mock).credits({ signal: controller.signal }))
    await drive(new Promise((resolve) => setTimeout(resolve, 100)))
    controller.abort()
    expect(await pending).toBeInstanceOf(AbortError)
  })
})
