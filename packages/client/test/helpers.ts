import { type MockServer, type MockServerOptions, startMockServer } from "@kie-kit/mock-server"
import { afterEach, vi } from "vitest"
import { createKieClient, type KieClientOptions } from "../src/index"

export const API_KEY = "sk-test-0123456789abcdef"

const servers: MockServer[] = []

afterEach(async () => {
  vi.useRealTimers()
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

/** A mock server on a free port, closed after the test. */
export const startMock = async (options: MockServerOptions = {}) => {
  const mock = await startMockServer({ rateLimit: false, ...options })
  servers.push(mock)
  return mock
}

/** A client pointed at the mock, with retries off unless asked for. */
export const clientFor = (mock: MockServer, options: KieClientOptions = {}) =>
  createKieClient({
    apiKey: API_KEY,
    baseUrl: mock.url,
    uploadBaseUrl: mock.uploadUrl,
    maxRetries: 0,
    ...options,
  })

/** Fakes the clock and timers (not setImmediate or I/O, so real sockets keep working). */
export const useFakeClock = () =>
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"],
  })

/**
 * Drives a promise under fake timers: lets real I/O run, then moves the clock `stepMs` at a
 * time until the promise settles. Returns the settled result.
 */
export const drive = async <T>(promise: Promise<T>, stepMs = 100, maxSteps = 100_000) => {
  let settled = false
  const outcome = promise.then(
    (value) => {
      settled = true
      return { ok: true as const, value }
    },
    (error: unknown) => {
      settled = true
      return { ok: false as const, error }
    },
  )
  for (let step = 0; step < maxSteps && !settled; step++) {
    await new Promise((resolve) => setImmediate(resolve))
    if (!settled) await vi.advanceTimersByTimeAsync(stepMs)
  }
  const result = await outcome
  if (result.ok) return result.value
  throw result.error
}

/** The promise's rejection (fails the test if it resolves). */
export const rejectionOf = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error("expected the promise to reject")
}
