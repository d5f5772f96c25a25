import {
  type ConnectionError,
  MaintenanceError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from "@kie-kit/client/core"
import * as Cause from "effect/Cause"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Schedule from "effect/Schedule"
import { TestClock } from "effect/testing"
import { describe, expect } from "vitest"
import { type KieClientOptions, Retry } from "../src"
import { apiError, hang, json, ok, type Reply, text, transport } from "./fake-http"
import { BASE_URL, gpt4oRecord, marketRecord } from "./fixtures"
import { client, timeline } from "./helpers"
import { itEffect, withRandom } from "./utils"

const server500 = new ServerError({ code: 500, httpStatus: 200 })

/** The delays (ms) a schedule produces for `inputs`, stepped at time 0; `undefined` = stopped. */
const delays = (schedule: Schedule.Schedule<unknown, unknown>, inputs: ReadonlyArray<unknown>) =>
  Effect.gen(function* () {
    const step = yield* Schedule.toStep(schedule)
    const out: Array<number | undefined> = []
    for (const input of inputs) {
      const exit = yield* Effect.exit(step(0, input))
      out.push(Exit.isSuccess(exit) ? Duration.toMillis(exit.value[1]) : undefined)
    }
    return out
  })

describe("Retry.defaultSchedule", () => {
  itEffect("is exponential with full jitter: random * min(cap, 500 ms * 2^n), 3 retries", () =>
    Effect.gen(function* () {
      const half = yield* delays(Retry.defaultSchedule, [
        server500,
        server500,
        server500,
        server500,
      ])
      expect(half).toEqual([250, 500, 1000, undefined])
      const top = yield* delays(Retry.defaultSchedule, [server500, server500, server500]).pipe(
        withRandom(0.999),
      )
      expect(top).toEqual([499, 999, 1998])
      const zero = yield* delays(Retry.defaultSchedule, [server500]).pipe(withRandom(0))
      expect(zero).toEqual([0])
    }).pipe(withRandom(0.5)),
  )

  itEffect("is capped (20 s by default, configurable) and bounded by maxRetries", () =>
    Effect.gen(function* () {
      const inputs = Array.from({ length: 9 }, () => server500)
      const capped = yield* delays(Retry.make({ maxRetries: 8 }), inputs)
      expect(capped).toEqual([499, 999, 1998, 3996, 7992, 15984, 19980, 19980, undefined])
      const custom = yield* delays(
        Retry.make({ maxRetries: 3, baseDelay: "1 second", maxDelay: "2 seconds" }),
        [server500, server500, server500],
      )
      expect(custom).toEqual([999, 1998, 1998])
    }).pipe(withRandom(0.999)),
  )

  itEffect("honours Retry-After as a floor, capped at 60 s", () =>
    Effect.gen(function* () {
      const limited = new RateLimitError({ code: 429, httpStatus: 429, retryAfterMs: 5_000 })
      const huge = new MaintenanceError({ code: 455, httpStatus: 200, retryAfterMs: 3_600_000 })
      expect(yield* delays(Retry.defaultSchedule, [limited, huge, server500])).toEqual([
        5_000, 60_000, 1_000,
      ])
      const shortCap = yield* delays(Retry.make({ maxRetryAfter: "2 seconds" }), [limited])
      expect(shortCap).toEqual([2_000])
    }).pipe(withRandom(0.5)),
  )

  itEffect("Retry.honorRetryAfter adds the floor to any schedule", () =>
    Effect.gen(function* () {
      const limited = new RateLimitError({ code: 429, httpStatus: 429, retryAfterMs: 2_000 })
      const schedule = Schedule.spaced("10 millis").pipe(Retry.honorRetryAfter())
      expect(yield* delays(schedule, [limited, server500])).toEqual([2_000, 10])
    }),
  )

  itEffect("Retry.none stops at once", () =>
    Effect.gen(function* () {
      expect(yield* delays(Retry.none, [server500])).toEqual([undefined])
    }),
  )
})

describe("reads retry transient failures", () => {
  itEffect("backs off 250, 500, 1000 ms (random 0.5) and succeeds on the 4th attempt", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([
        apiError(500),
        apiError(500, { status: 500 }),
        transport("ECONNRESET"),
        ok(marketRecord("generating")),
      ])
      const { fiber, counts } = yield* timeline(
        kie.market.get("task-1"),
        http.requests,
        [249, 1, 499, 1, 999, 1],
      )
      expect(counts).toEqual([1, 1, 2, 2, 3, 3, 4])
      const task = yield* Fiber.join(fiber)
      expect(task.status).toBe("running")
    }).pipe(withRandom(0.5)),
  )

  itEffect("waits for Retry-After before the next attempt", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([
        apiError(429, { status: 429, headers: { "retry-after": "3" } }),
        ok(42),
      ])
      const { fiber, counts } = yield* timeline(kie.credits(), http.requests, [2_999, 1])
      expect(counts).toEqual([1, 1, 2])
      expect(yield* Fiber.join(fiber)).toBe(42)
    }).pipe(withRandom(0.5)),
  )

  itEffect("gives up after maxRetries with the last error", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([apiError(500)])
      const { fiber } = yield* timeline(Effect.flip(kie.credits()), http.requests, [10_000])
      const error = yield* Fiber.join(fiber)
      expect(error).toBeInstanceOf(ServerError)
      expect(http.requests).toHaveLength(4)
    }).pipe(withRandom(0.5)),
  )

  itEffect("an HTTP error status wins over a success body code", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([
        json({ code: 200, msg: "success", data: 1 }, { status: 503 }),
        ok(5),
      ])
      const { fiber } = yield* timeline(kie.credits(), http.requests, [1_000])
      expect(yield* Fiber.join(fiber)).toBe(5)
      expect(http.requests).toHaveLength(2)
    }).pipe(withRandom(0.5)),
  )

  itEffect("does not retry a caller error (404, 401, 422, 501)", () =>
    Effect.gen(function* () {
      for (const code of [404, 401, 422, 501]) {
        const { kie, http } = yield* client([apiError(code)])
        const error = yield* Effect.flip(kie.market.get("task-1"))
        expect(error._tag).toBe(
          {
            404: "NotFoundError",
            401: "AuthenticationError",
            422: "ValidationError",
            501: "ServerError",
          }[code],
        )
        expect(http.requests).toHaveLength(1)
      }
    }),
  )

  itEffect("retries a request timeout (reads), each attempt bounded by the timeout", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([hang, ok(7)], { timeout: "2 seconds" })
      const { fiber, counts } = yield* timeline(kie.credits(), http.requests, [1_999, 1, 250])
      expect(counts).toEqual([1, 1, 1, 2])
      expect(http.requests[0]?.signal.aborted).toBe(true)
      expect(yield* Fiber.join(fiber)).toBe(7)
    }).pipe(withRandom(0.5)),
  )

  itEffect("a retried read of a task never comes sooner than the family's query limit", () =>
    Effect.gen(function* () {
      // random 0: the default schedule says "retry at once"; a task read waits 334 / 100 ms
      const gpt = yield* client([apiError(500), ok(gpt4oRecord("GENERATING"))])
      const first = yield* timeline(gpt.kie.gpt4oImage.get("task-1"), gpt.http.requests, [333, 1])
      expect(first.counts).toEqual([1, 1, 2])
      expect((yield* Fiber.join(first.fiber)).api).toBe("gpt4o-image")

      const market = yield* client([transport("ECONNRESET"), ok(marketRecord("generating"))], {
        retrySchedule: Schedule.spaced("1 milli"),
      })
      const second = yield* timeline(market.kie.market.get("task-1"), market.http.requests, [99, 1])
      expect(second.counts).toEqual([1, 1, 2])

      // other reads keep the schedule's delay
      const credits = yield* client([apiError(500), ok(5)])
      const third = yield* timeline(credits.kie.credits(), credits.http.requests, [])
      expect(third.counts).toEqual([2])
    }).pipe(withRandom(0)),
  )

  itEffect("Retry-After is a floor whatever the schedule (capped at 60 s)", () =>
    Effect.gen(function* () {
      const spaced = { retrySchedule: Schedule.spaced("10 millis") }
      const read = yield* client(
        [apiError(455, { headers: { "retry-after": "5" } }), ok(5)],
        spaced,
      )
      const reads = yield* timeline(read.kie.credits(), read.http.requests, [10, 4_989, 1])
      expect(reads.counts).toEqual([1, 1, 1, 2])
      expect(yield* Fiber.join(reads.fiber)).toBe(5)

      const huge = yield* client(
        [apiError(429, { status: 429, headers: { "retry-after": "3600" } }), ok(6)],
        { retrySchedule: Schedule.recurs(1) },
      )
      const capped = yield* timeline(huge.kie.credits(), huge.http.requests, [59_999, 1])
      expect(capped.counts).toEqual([1, 1, 2])
    }),
  )

  itEffect("a per-client schedule replaces the default", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([apiError(500)], {
        retrySchedule: Schedule.spaced("1 second").pipe(Schedule.upTo({ times: 1 })),
      })
      const { fiber, counts } = yield* timeline(
        Effect.flip(kie.credits()),
        http.requests,
        [999, 1, 5_000],
      )
      expect(counts).toEqual([1, 1, 2, 2])
      expect((yield* Fiber.join(fiber))._tag).toBe("ServerError")
    }),
  )

  itEffect("a per-call schedule replaces the client's", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([apiError(500)])
      const error = yield* Effect.flip(kie.credits({ retrySchedule: Retry.none }))
      expect(error._tag).toBe("ServerError")
      expect(http.requests).toHaveLength(1)
    }),
  )
})

describe("creates follow the create-safety rules", () => {
  const generate = (replies: ReadonlyArray<Reply>, options: Partial<KieClientOptions> = {}) =>
    Effect.gen(function* () {
      const { kie, http } = yield* client(replies, options)
      const fiber = yield* Effect.forkChild(
        Effect.exit(kie.fluxKontext.generate({ prompt: "a red fox" })),
      )
      yield* TestClock.adjust("10 minutes")
      const exit = yield* Fiber.join(fiber)
      return { exit, requests: http.requests }
    }).pipe(withRandom(0.5))

  const failure = <A, E>(exit: Exit.Exit<A, E>): E => {
    if (Exit.isSuccess(exit)) throw new Error("expected a failure")
    const found = Exit.findErrorOption(exit)
    if (found._tag === "None") throw new Error(Cause.pretty(exit.cause))
    return found.value
  }

  itEffect("a 5xx is an unknown outcome: CreateOutcomeUnknownError, never resent", () =>
    Effect.gen(function* () {
      const { exit, requests } = yield* generate([apiError(500, { status: 500 })])
      const error = failure(exit)
      expect(error._tag).toBe("CreateOutcomeUnknownError")
      expect(error.cause).toBeInstanceOf(ServerError)
      expect(error.message).toContain("NOT resent")
      expect(requests).toHaveLength(1)
    }),
  )

  itEffect("a reset after sending is an unknown outcome, never resent", () =>
    Effect.gen(function* () {
      const { exit, requests } = yield* generate([transport("ECONNRESET")])
      const error = failure(exit)
      expect(error._tag).toBe("CreateOutcomeUnknownError")
      expect((error.cause as ConnectionError).phase).toBe("request")
      expect(requests).toHaveLength(1)
    }),
  )

  itEffect("a timeout is an unknown outcome, never resent", () =>
    Effect.gen(function* () {
      const { exit, requests } = yield* generate([hang], { timeout: "5 seconds" })
      const error = failure(exit)
      expect(error._tag).toBe("CreateOutcomeUnknownError")
      expect(error.cause).toBeInstanceOf(TimeoutError)
      expect(requests).toHaveLength(1)
      expect(requests[0]?.signal.aborted).toBe(true)
    }),
  )

  itEffect("an undecodable success body is an unknown outcome", () =>
    Effect.gen(function* () {
      for (const reply of [text("{not json"), ok({ id: "no taskId here" })]) {
        const { exit, requests } = yield* generate([reply])
        const error = failure(exit)
        expect(error._tag).toBe("CreateOutcomeUnknownError")
        expect((error.cause as { _tag: string })._tag).toBe("UnexpectedResponseError")
        expect(requests).toHaveLength(1)
      }
    }),
  )

  itEffect("a connect-phase failure, 429, 455 and 550 are resent (provably not processed)", () =>
    Effect.gen(function* () {
      const { exit, requests } = yield* generate(
        [
          transport("ECONNREFUSED"),
          apiError(429, { headers: { "retry-after": "1" } }),
          apiError(455),
          apiError(550),
          ok({ taskId: "task-9" }),
        ],
        { retrySchedule: Retry.make({ maxRetries: 4 }) },
      )
      expect(Exit.isSuccess(exit) && exit.value.taskId).toBe("task-9")
      expect(requests).toHaveLength(5)
    }),
  )

  itEffect("a rejected create reports the rejection after the retries (not 'unknown')", () =>
    Effect.gen(function* () {
      const { exit, requests } = yield* generate([transport("ECONNREFUSED")])
      const error = failure(exit)
      expect(error._tag).toBe("ConnectionError")
      expect((error as ConnectionError).phase).toBe("connect")
      expect(requests).toHaveLength(4)
    }),
  )

  itEffect("a create rejected with Retry-After: 30 is not resent before 30 s, any schedule", () =>
    Effect.gen(function* () {
      const replies = [
        apiError(429, { status: 429, headers: { "retry-after": "30" } }),
        ok({ taskId: "task-3" }),
      ]
      const perClient = yield* client(replies, { retrySchedule: Schedule.spaced("10 millis") })
      const a = yield* timeline(
        perClient.kie.fluxKontext.generate({ prompt: "a red fox" }),
        perClient.http.requests,
        [10, 29_989, 1],
      )
      expect(a.counts).toEqual([1, 1, 1, 2])
      expect((yield* Fiber.join(a.fiber)).taskId).toBe("task-3")

      const perCall = yield* client(replies)
      const b = yield* timeline(
        perCall.kie.market.createTask(
          { model: "google/nano-banana", input: { prompt: "x" } },
          { retrySchedule: Schedule.exponential("1 milli").pipe(Schedule.upTo({ times: 1 })) },
        ),
        perCall.http.requests,
        [29_999, 1],
      )
      expect(b.counts).toEqual([1, 1, 2])
      expect((yield* Fiber.join(b.fiber)).taskId).toBe("task-3")
    }),
  )

  itEffect("a create rejected with 429 and no Retry-After waits out the 10 s create window", () =>
    Effect.gen(function* () {
      const replies = [apiError(429, { status: 429 }), ok({ taskId: "task-4" })]
      const { kie, http } = yield* client(replies)
      const run = yield* timeline(
        kie.fluxKontext.generate({ prompt: "a red fox" }),
        http.requests,
        [9_999, 1],
      )
      expect(run.counts).toEqual([1, 1, 2])
      expect((yield* Fiber.join(run.fiber)).taskId).toBe("task-4")
    }),
  )

  itEffect("a caller error is reported as is, once", () =>
    Effect.gen(function* () {
      const { exit, requests } = yield* generate([apiError(422), apiError(402)])
      expect(failure(exit)._tag).toBe("ValidationError")
      expect(requests).toHaveLength(1)
    }),
  )

  itEffect("json bodies and headers are sent as documented", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([ok({ taskId: "task-2" })])
      const created = yield* kie.market.createTask({
        model: "google/nano-banana",
        input: { prompt: "a red fox" },
      })
      expect(created.taskId).toBe("task-2")
      const seen = http.requests[0]
      expect(seen?.method).toBe("POST")
      expect(seen?.url).toBe(`${BASE_URL}/api/v1/jobs/createTask`)
      expect(JSON.parse(seen?.body ?? "")).toEqual({
        model: "google/nano-banana",
        input: { prompt: "a red fox" },
      })
      expect(seen?.headers.authorization).toBe(`Bearer ${"sk-test-0123456789abcdef"}`)
      expect(seen?.contentType).toBe("application/json")
    }),
  )
})
