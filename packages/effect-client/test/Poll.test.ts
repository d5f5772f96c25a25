import { ServerError, TaskFailedError, WaitTimeoutError } from "@kie-kit/client/core"
import * as Chunk from "effect/Chunk"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { TestClock } from "effect/testing"
import { describe, expect } from "vitest"
import { Poll, Retry, type Task } from "../src"
import { apiError, hang, ok, text, transport } from "./fake-http"
import { fluxRecord, gpt4oRecord, marketRecord } from "./fixtures"
import { client, running, timeline } from "./helpers"
import { itEffect, withRandom } from "./utils"

/** The delay the schedule gives when stepped at `elapsed` ms after its first step. */
const delayAt = (schedule: Schedule.Schedule<unknown, unknown>, elapsed: ReadonlyArray<number>) =>
  Effect.gen(function* () {
    const step = yield* Schedule.toStep(schedule)
    const out: number[] = []
    for (const now of elapsed) {
      const [, delay] = yield* step(now, undefined)
      out.push(Duration.toMillis(delay))
    }
    return out
  })

describe("Poll.defaultSchedule", () => {
  itEffect(
    "follows the vendor's bands: 2-3 s, then 5-10 s after 30 s, then 15-30 s after 2 min",
    () =>
      Effect.gen(function* () {
        const times = [0, 29_999, 30_000, 119_999, 120_000, 900_000]
        expect(yield* delayAt(Poll.defaultSchedule, times).pipe(withRandom(0))).toEqual([
          2_000, 2_000, 5_000, 5_000, 15_000, 15_000,
        ])
        expect(yield* delayAt(Poll.defaultSchedule, times).pipe(withRandom(1))).toEqual([
          3_000, 3_000, 10_000, 10_000, 30_000, 30_000,
        ])
        expect(yield* delayAt(Poll.defaultSchedule, [0]).pipe(withRandom(0.5))).toEqual([2_500])
      }),
  )

  itEffect("Poll.fromInterval takes the plain client's interval option", () =>
    Effect.gen(function* () {
      expect(yield* delayAt(Poll.fromInterval(1_500), [0, 10_000])).toEqual([1_500, 1_500])
      const fn = Poll.fromInterval((attempt, elapsed) => 1_000 * (attempt + 1) + elapsed)
      expect(yield* delayAt(fn, [0, 10])).toEqual([1_000, 2_010])
    }),
  )
})

describe("waitForTask", () => {
  itEffect("polls on the default schedule until the task succeeds", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([
        ok(marketRecord("waiting")),
        ok(marketRecord("generating")),
        ok(marketRecord("success")),
      ])
      const { fiber, counts } = yield* timeline(
        kie.waitForTask({ api: "market", taskId: "task-1" }),
        http.requests,
        [1_999, 1, 1_999, 1],
      )
      expect(counts).toEqual([1, 1, 2, 2, 3])
      const task = yield* Fiber.join(fiber)
      expect(task.status).toBe("succeeded")
      expect(task.outputs).toEqual(["https://files.test/fox.png"])
      expect(task.raw).toEqual(marketRecord("success"))
      expect(http.requests[0]?.url).toBe("http://kie.test/api/v1/jobs/recordInfo?taskId=task-1")
    }).pipe(withRandom(0)),
  )

  itEffect("never polls one task faster than its family's limit (334 ms for 4o Image)", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([
        ok(gpt4oRecord("GENERATING")),
        ok(gpt4oRecord("GENERATING")),
        ok(gpt4oRecord("SUCCESS", "1.00")),
      ])
      const { fiber, counts } = yield* timeline(
        kie.waitForTask(
          { api: "gpt4o-image", taskId: "task-1" },
          { schedule: Schedule.spaced("10 millis") },
        ),
        http.requests,
        [10, 323, 1, 334],
      )
      expect(counts).toEqual([1, 1, 1, 2, 3])
      expect((yield* Fiber.join(fiber)).progress).toBe(1)
    }),
  )

  itEffect("gives up at the deadline with WaitTimeoutError; a poll due after it is not made", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([ok(marketRecord("generating"))])
      const { fiber, counts } = yield* timeline(
        Effect.flip(kie.waitForTask({ api: "market", taskId: "task-1" }, { timeout: "5 seconds" })),
        http.requests,
        [2_000, 2_000, 999, 1],
      )
      // polls at 0, 2 s and 4 s; the next one (6 s) is past the deadline: the wait ends at 5 s
      expect(counts).toEqual([1, 2, 3, 3, 3])
      expect(running(fiber)).toBe(false)
      const error = yield* Fiber.join(fiber)
      expect(error).toBeInstanceOf(WaitTimeoutError)
      const timeout = error as WaitTimeoutError
      expect(timeout.elapsedMs).toBe(5_000)
      expect(timeout.taskId).toBe("task-1")
      expect(timeout.lastTask?.status).toBe("running")
      expect(timeout.message).toContain('kie.waitForTask({ api: "market", taskId: "task-1" })')
    }).pipe(withRandom(0)),
  )

  itEffect("the default deadline is 15 minutes (client option waitTimeout overrides it)", () =>
    Effect.gen(function* () {
      const { kie } = yield* client([ok(marketRecord("generating"))])
      const fiber = yield* Effect.forkChild(
        Effect.flip(kie.waitForTask({ api: "market", taskId: "task-1" })),
      )
      yield* TestClock.adjust("14 minutes")
      expect(running(fiber)).toBe(true)
      yield* TestClock.adjust("1 minute")
      expect(((yield* Fiber.join(fiber)) as WaitTimeoutError).elapsedMs).toBe(900_000)

      const custom = yield* client([ok(marketRecord("generating"))], { waitTimeout: "1 minute" })
      const fiber2 = yield* Effect.forkChild(
        Effect.flip(custom.kie.waitForTask({ api: "market", taskId: "task-1" })),
      )
      yield* TestClock.adjust("1 minute")
      expect(((yield* Fiber.join(fiber2)) as WaitTimeoutError).elapsedMs).toBe(60_000)
    }).pipe(withRandom(0)),
  )

  itEffect("the deadline cuts a poll in flight: WaitTimeoutError at the deadline, not later", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([ok(marketRecord("generating")), hang])
      const { fiber, counts } = yield* timeline(
        Effect.flip(kie.waitForTask({ api: "market", taskId: "task-1" }, { timeout: "5 seconds" })),
        http.requests,
        [2_000, 2_999],
      )
      expect(counts).toEqual([1, 2, 2])
      expect(running(fiber)).toBe(true)
      yield* TestClock.adjust(1)
      expect(running(fiber)).toBe(false)
      const error = yield* Fiber.join(fiber)
      expect(error).toBeInstanceOf(WaitTimeoutError)
      const timeout = error as WaitTimeoutError
      expect(timeout.elapsedMs).toBe(5_000)
      expect(timeout.lastTask?.status).toBe("running")
      // the poll's request was interrupted, so aborted
      expect(http.requests[1]?.signal.aborted).toBe(true)
      yield* TestClock.adjust("1 hour")
      expect(http.requests).toHaveLength(2)
    }).pipe(withRandom(0)),
  )

  itEffect("the deadline also cuts a poll's own retries", () =>
    Effect.gen(function* () {
      // every poll fails with a 500; each poll retries 3 times (250, 500, 1000 ms at random 0.5)
      const { kie, http } = yield* client([ok(marketRecord("generating")), apiError(500)])
      const { fiber } = yield* timeline(
        Effect.flip(kie.waitForTask({ api: "market", taskId: "task-1" }, { timeout: "3 seconds" })),
        http.requests,
        [2_999],
      )
      expect(running(fiber)).toBe(true)
      yield* TestClock.adjust(1)
      expect(running(fiber)).toBe(false)
      const error = (yield* Fiber.join(fiber)) as WaitTimeoutError
      expect(error._tag).toBe("WaitTimeoutError")
      expect(error.elapsedMs).toBe(3_000)
    }).pipe(withRandom(0.5)),
  )

  itEffect("never polls sooner than the family's limit, not even just before the deadline", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([ok(gpt4oRecord("GENERATING"))])
      const { fiber, counts } = yield* timeline(
        Effect.flip(
          kie.waitForTask(
            { api: "gpt4o-image", taskId: "task-1" },
            { schedule: Schedule.spaced("400 millis"), timeout: "410 millis" },
          ),
        ),
        http.requests,
        [400, 9, 1, 1_000],
      )
      // polls at 0 and 400 ms; 10 ms remain (< 334 ms): wait them out, do not poll again
      expect(counts).toEqual([1, 2, 2, 2, 2])
      const error = (yield* Fiber.join(fiber)) as WaitTimeoutError
      expect(error._tag).toBe("WaitTimeoutError")
      expect(error.elapsedMs).toBe(410)
    }),
  )

  itEffect("a transient read failure does not end the wait: polling goes on", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client(
        [
          ok(marketRecord("generating")),
          apiError(500),
          transport("ECONNRESET"),
          apiError(429),
          hang,
          ok(marketRecord("success")),
        ],
        { retrySchedule: Retry.none, timeout: "1 second" },
      )
      const { fiber, counts } = yield* timeline(
        kie.waitForTask(
          { api: "market", taskId: "task-1" },
          { schedule: Schedule.spaced("2 seconds") },
        ),
        http.requests,
        [2_000, 2_000, 2_000, 2_000, 1_000, 2_000],
      )
      // 500, reset, 429 and a request timeout (the hang, cut at 1 s) are all transient
      expect(counts).toEqual([1, 2, 3, 4, 5, 5, 6])
      const task = yield* Fiber.join(fiber)
      expect(task.status).toBe("succeeded")
    }),
  )

  itEffect("a transient failure on the first read keeps polling too", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([apiError(503), ok(marketRecord("success"))], {
        retrySchedule: Retry.none,
      })
      const { fiber, counts } = yield* timeline(
        kie.waitForTask({ api: "market", taskId: "task-1" }),
        http.requests,
        [2_000],
      )
      expect(counts).toEqual([1, 2])
      expect((yield* Fiber.join(fiber)).status).toBe("succeeded")
    }).pipe(withRandom(0)),
  )

  itEffect("when transient failures last until the deadline, the last one is the cause", () =>
    Effect.gen(function* () {
      const { kie } = yield* client([ok(marketRecord("generating")), apiError(500)], {
        retrySchedule: Retry.none,
      })
      const { fiber } = yield* timeline(
        Effect.flip(
          kie.waitForTask({ api: "market", taskId: "task-1" }, { timeout: "10 seconds" }),
        ),
        [],
        [10_000],
      )
      const error = yield* Fiber.join(fiber)
      expect(error).toBeInstanceOf(WaitTimeoutError)
      const timeout = error as WaitTimeoutError
      expect(timeout.elapsedMs).toBe(10_000)
      expect(timeout.lastTask?.status).toBe("running")
      expect(timeout.cause).toBeInstanceOf(ServerError)
    }).pipe(withRandom(0)),
  )

  itEffect("a non-transient failure still ends the wait at once (401, 404, a bad body)", () =>
    Effect.gen(function* () {
      for (const [reply, tag] of [
        [apiError(401), "AuthenticationError"],
        [apiError(404), "NotFoundError"],
        [text("<html>oops</html>"), "UnexpectedResponseError"],
      ] as const) {
        const { kie, http } = yield* client([ok(marketRecord("generating")), reply])
        const { fiber } = yield* timeline(
          Effect.flip(kie.waitForTask({ api: "market", taskId: "task-1" })),
          [],
          [2_000],
        )
        expect(running(fiber)).toBe(false)
        expect((yield* Fiber.join(fiber))._tag).toBe(tag)
        expect(http.requests).toHaveLength(2)
      }
    }).pipe(withRandom(0)),
  )

  itEffect("an infinite timeout means no deadline (not the 15-minute default)", () =>
    Effect.gen(function* () {
      for (const [options, waitOptions] of [
        [{}, { timeout: Duration.infinity }],
        [{ waitTimeout: Duration.infinity }, {}],
      ] as const) {
        const { kie, http } = yield* client([ok(marketRecord("generating"))], options)
        const fiber = yield* Effect.forkChild(
          kie.waitForTask({ api: "market", taskId: "task-1" }, waitOptions),
        )
        yield* TestClock.adjust("1 hour")
        expect(running(fiber)).toBe(true)
        const polls = http.requests.length
        yield* TestClock.adjust("1 minute")
        expect(http.requests.length).toBeGreaterThan(polls)
        yield* Fiber.interrupt(fiber)
      }
    }).pipe(withRandom(0)),
  )

  itEffect("a schedule that stops ends the wait with WaitTimeoutError", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([ok(marketRecord("queuing"))])
      const schedule = Schedule.spaced("1 second").pipe(Schedule.upTo({ times: 2 }))
      const { fiber, counts } = yield* timeline(
        Effect.flip(kie.waitForTask({ api: "market", taskId: "task-1" }, { schedule })),
        http.requests,
        [1_000, 1_000, 60_000],
      )
      expect(counts).toEqual([1, 2, 3, 3])
      const error = (yield* Fiber.join(fiber)) as WaitTimeoutError
      expect(error._tag).toBe("WaitTimeoutError")
      expect(error.lastTask?.status).toBe("queued")
    }),
  )

  itEffect("a failed task fails the wait with TaskFailedError (family code and message)", () =>
    Effect.gen(function* () {
      const { kie } = yield* client([ok(fluxRecord(0)), ok(fluxRecord(3))])
      const { fiber } = yield* timeline(
        Effect.flip(kie.waitForTask({ api: "flux-kontext", taskId: "task-1" })),
        [],
        [3_000],
      )
      const error = yield* Fiber.join(fiber)
      expect(error).toBeInstanceOf(TaskFailedError)
      const failed = error as TaskFailedError
      expect(failed.failCode).toBe("501")
      expect(failed.failMessage).toBe("generation failed")
      expect(failed.task.status).toBe("failed")
    }),
  )

  itEffect("a poll's own caller error ends the wait (after the poll's retries)", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([ok(marketRecord("generating")), apiError(404)])
      const { fiber } = yield* timeline(
        Effect.flip(kie.waitForTask({ api: "market", taskId: "task-1" })),
        [],
        [3_000],
      )
      expect((yield* Fiber.join(fiber))._tag).toBe("NotFoundError")
      expect(http.requests).toHaveLength(2)
    }),
  )

  itEffect("interrupting the wait mid-sleep stops polling at once", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([ok(marketRecord("generating"))])
      const { fiber, counts } = yield* timeline(
        kie.waitForTask({ api: "market", taskId: "task-1" }),
        http.requests,
        [2_000, 1_000],
      )
      expect(counts).toEqual([1, 2, 2])
      yield* Fiber.interrupt(fiber)
      yield* TestClock.adjust("1 hour")
      expect(http.requests).toHaveLength(2)
      const exit = fiber.pollUnsafe()
      expect(exit !== undefined && Exit.hasInterrupts(exit)).toBe(true)
    }).pipe(withRandom(0)),
  )

  itEffect("interrupting the wait during a poll aborts the in-flight request", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([ok(marketRecord("generating")), hang])
      const { fiber, counts } = yield* timeline(
        kie.waitForTask({ api: "market", taskId: "task-1" }),
        http.requests,
        [2_000],
      )
      expect(counts).toEqual([1, 2])
      expect(http.requests[1]?.signal.aborted).toBe(false)
      yield* Fiber.interrupt(fiber)
      expect(http.requests[1]?.signal.aborted).toBe(true)
      yield* TestClock.adjust("1 hour")
      expect(http.requests).toHaveLength(2)
    }).pipe(withRandom(0)),
  )

  itEffect("onUpdate sees the first read and every change of status or progress", () =>
    Effect.gen(function* () {
      const { kie } = yield* client([
        ok(gpt4oRecord("GENERATING", "0.10")),
        ok(gpt4oRecord("GENERATING", "0.10")),
        ok(gpt4oRecord("GENERATING", "0.50")),
        ok(gpt4oRecord("SUCCESS", "1.00")),
      ])
      const seen: Array<string> = []
      const { fiber } = yield* timeline(
        kie.waitForTask(
          { api: "gpt4o-image", taskId: "task-1" },
          { onUpdate: (task) => Effect.sync(() => seen.push(`${task.status}:${task.progress}`)) },
        ),
        [],
        [10_000],
      )
      yield* Fiber.join(fiber)
      expect(seen).toEqual(["running:0.1", "running:0.5", "succeeded:1"])
    }).pipe(withRandom(0)),
  )
})

describe("watchTask", () => {
  itEffect("streams the task's changes and ends with the final task", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([
        ok(marketRecord("waiting")),
        ok(marketRecord("waiting")),
        ok(marketRecord("generating", { progress: 0.5 })),
        ok(marketRecord("success")),
      ])
      const fiber = yield* Effect.forkChild(
        Stream.runCollect(kie.watchTask({ api: "market", taskId: "task-1" })),
      )
      yield* TestClock.adjust(10_000)
      const updates = Chunk.toReadonlyArray(Chunk.fromIterable(yield* Fiber.join(fiber)))
      expect(updates.map((t: Task) => t.status)).toEqual(["queued", "running", "succeeded"])
      expect(updates[1]?.progress).toBe(0.5)
      expect(http.requests).toHaveLength(4)
    }).pipe(withRandom(0)),
  )

  itEffect("emits the failed task, then fails with TaskFailedError", () =>
    Effect.gen(function* () {
      const { kie } = yield* client([ok(marketRecord("generating")), ok(marketRecord("fail"))])
      const seen: Task[] = []
      const fiber = yield* Effect.forkChild(
        Effect.flip(
          Stream.runForEach(kie.watchTask({ api: "market", taskId: "task-1" }), (task) =>
            Effect.sync(() => seen.push(task)),
          ),
        ),
      )
      yield* TestClock.adjust(10_000)
      const error = yield* Fiber.join(fiber)
      expect(error._tag).toBe("TaskFailedError")
      expect(seen.map((t) => t.status)).toEqual(["running", "failed"])
      expect(seen[1]?.error).toEqual({ code: "500", message: "internal error" })
    }).pipe(withRandom(0)),
  )

  itEffect("is lazy: nothing is requested until the stream runs, and taking stops polling", () =>
    Effect.gen(function* () {
      const { kie, http } = yield* client([ok(marketRecord("generating"))])
      const stream = kie.watchTask({ api: "market", taskId: "task-1" })
      yield* TestClock.adjust(10_000)
      expect(http.requests).toHaveLength(0)
      const first = yield* Stream.runCollect(Stream.take(stream, 1))
      expect(Chunk.size(Chunk.fromIterable(first))).toBe(1)
      yield* TestClock.adjust("1 hour")
      expect(http.requests).toHaveLength(1)
    }).pipe(withRandom(0)),
  )
})

describe("run", () => {
  itEffect("creates, reports the taskId before waiting, then waits", () =>
    Effect.gen(function* () {
      const events: string[] = []
      const { kie, http } = yield* client((request) => {
        events.push(`${request.method} ${new URL(request.url).pathname}`)
        return request.method === "POST"
          ? ok({ taskId: "task-7" })
          : ok(fluxRecord(1, { taskId: "task-7" }))
      })
      const fiber = yield* Effect.forkChild(
        kie.run(
          { api: "flux-kontext", prompt: "a red fox" },
          {
            onTaskCreated: ({ api, taskId }) =>
              Effect.sync(() => events.push(`created ${api} ${taskId}`)),
          },
        ),
      )
      yield* TestClock.adjust(0)
      const task = yield* Fiber.join(fiber)
      expect(task.taskId).toBe("task-7")
      expect(task.outputs).toEqual(["https://files.test/fox.jpg"])
      expect(events).toEqual([
        "POST /api/v1/flux/kontext/generate",
        "created flux-kontext task-7",
        "GET /api/v1/flux/kontext/record-info",
      ])
      expect(JSON.parse(http.requests[0]?.body ?? "")).toEqual({ prompt: "a red fox" })
    }),
  )
})
