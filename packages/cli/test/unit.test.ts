/** The pure pieces: durations, exit codes, the jobs file, the journal replay, the limiter. */
import { describe, expect, it } from "vitest"
import { canonicalJson, parseJobs } from "../src/internal/batch/jobs"
import { replayJournal } from "../src/internal/batch/journal"
import { createLimiter, parseCreateRate } from "../src/internal/batch/limiter"
import {
  describeError,
  resumeCommand,
  shellCommand,
  unknownOutcomeReason,
} from "../src/internal/describe"
import { formatDuration, parseDuration } from "../src/internal/duration"
import { EXIT, exitCodeForTag } from "../src/internal/exit"

describe("parseDuration", () => {
  it.each([
    ["500ms", 500],
    ["30s", 30_000],
    ["15m", 900_000],
    ["1h", 3_600_000],
    ["1m30s", 90_000],
    ["1.5s", 1_500],
    [" 2H ", 7_200_000],
  ])("%s = %i ms", (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(["", "30", "5x", "s", "1s2", "-1s", "0s", "1 s"])("rejects %j", (text) => {
    expect(() => parseDuration(text)).toThrow(/duration|unit|longer than 0/)
  })

  it("formats", () => {
    expect([850, 12_000, 185_000, 3_720_000].map(formatDuration)).toEqual([
      "850ms",
      "12s",
      "3m05s",
      "1h02m",
    ])
  })
})

describe("exit codes", () => {
  it("maps every error tag", () => {
    expect(exitCodeForTag("ValidationError")).toBe(EXIT.usage)
    expect(exitCodeForTag("NotFoundError")).toBe(EXIT.usage)
    expect(exitCodeForTag("AuthenticationError")).toBe(EXIT.auth)
    expect(exitCodeForTag("KeyLimitError")).toBe(EXIT.auth)
    expect(exitCodeForTag("InsufficientCreditsError")).toBe(EXIT.credits)
    expect(exitCodeForTag("TaskFailedError")).toBe(EXIT.taskFailed)
    expect(exitCodeForTag("WaitTimeoutError")).toBe(EXIT.waitTimeout)
    for (const tag of [
      "RateLimitError",
      "MaintenanceError",
      "ServerError",
      "QueueFullError",
      "FeatureDisabledError",
      "ConnectionError",
      "TimeoutError",
    ]) {
      expect(exitCodeForTag(tag)).toBe(EXIT.unavailable)
    }
    expect(exitCodeForTag("CreateOutcomeUnknownError")).toBe(EXIT.outcomeUnknown)
    expect(exitCodeForTag("AbortError")).toBe(EXIT.interrupted)
    expect(exitCodeForTag("UnexpectedResponseError")).toBe(EXIT.internal)
    expect(exitCodeForTag(undefined)).toBe(EXIT.internal)
  })

  it("resume commands are shell-quoted", () => {
    expect(
      resumeCommand("market", "abc", { out: "my dir", resumeFlags: ["--base-url", "http://x"] }),
    ).toBe("kie task wait abc --api market --out 'my dir' --base-url http://x")
    expect(shellCommand(["echo", "it's"])).toBe(`echo 'it'"'"'s'`)
  })
})

describe("parseJobs", () => {
  it("keys jobs by content (order-independent) and occurrence, or by explicit id", () => {
    const jobs = parseJobs(
      [
        '{"api":"flux","prompt":"a","aspectRatio":"1:1"}',
        "",
        '{"aspectRatio":"1:1","prompt":"a","api":"flux-kontext"}',
        '{"api":"market","model":"m/x","input":{"prompt":"p"},"id":"mine"}',
      ].join("\n"),
      "jobs.jsonl",
    )
    expect(jobs.map((job) => job.line)).toEqual([1, 3, 4])
    expect(jobs[0]?.key.split("#")[0]).toBe(jobs[1]?.key.split("#")[0])
    expect(jobs.map((job) => job.key.split("#")[1])).toEqual(["0", "1", undefined])
    expect(jobs[2]?.key).toBe("id:mine")
    expect(jobs[2]?.request).toEqual({ api: "market", model: "m/x", input: { prompt: "p" } })
    expect(jobs[0]?.api).toBe("flux-kontext")
  })

  it("canonical JSON sorts keys", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}')
  })

  it("rejects duplicate ids", () => {
    expect(() =>
      parseJobs('{"api":"flux","prompt":"a","id":"x"}\n{"api":"flux","prompt":"b","id":"x"}', "j"),
    ).toThrow(/line 2.*already used on line 1/)
  })
})

describe("replayJournal", () => {
  const line = (event: Record<string, unknown>) => `${JSON.stringify({ v: 1, ...event })}\n`

  it("derives each job's state; an intent without an answer is unknown", () => {
    const text =
      line({ event: "run", pid: 1 }) +
      line({ event: "intent", job: "a", line: 1, api: "market" }) +
      line({ event: "created", job: "a", api: "market", taskId: "t1" }) +
      line({ event: "intent", job: "b", line: 2, api: "market" }) +
      line({ event: "intent", job: "c", line: 3, api: "market" }) +
      line({
        event: "create-failed",
        job: "c",
        error: { type: "ValidationError", message: "m", exitCode: 2 },
      }) +
      line({ event: "intent", job: "d", line: 4, api: "market" }) +
      line({ event: "created", job: "d", api: "market", taskId: "t4" }) +
      line({
        event: "succeeded",
        job: "d",
        api: "market",
        taskId: "t4",
        outputs: ["u"],
        files: ["f"],
      }) +
      line({
        event: "unknown",
        job: "e",
        error: { type: "CreateOutcomeUnknownError", message: "m", exitCode: 8 },
      }) +
      line({ event: "retry", job: "e", reason: "unknown" }) +
      '{"v":1,"event":"crea'
    const replay = replayJournal(text)
    expect(replay.states.get("a")).toEqual({ kind: "created", api: "market", taskId: "t1" })
    expect(replay.states.get("b")).toEqual({ kind: "unknown" })
    expect(replay.states.get("c")?.kind).toBe("create-failed")
    expect(replay.states.get("d")?.kind).toBe("succeeded")
    expect(replay.states.get("e")).toEqual({ kind: "pending" })
    expect(replay.ignoredLines).toEqual([12])
    expect(replay.tornTail).toBe(true)
  })
})

describe("limits", () => {
  it("parses N/DURATION", () => {
    expect(parseCreateRate("20/10s", parseDuration)).toEqual({ limit: 20, windowMs: 10_000 })
    expect(() => parseCreateRate("20", parseDuration)).toThrow(/N\/DURATION/)
    expect(() => parseCreateRate("0/1s", parseDuration)).toThrow(/at least 1/)
  })

  it("hands out `limit` slots at once; the next waits for an answer plus the window", async () => {
    const limiter = createLimiter({ limit: 2, windowMs: 60_000 })
    const signal = new AbortController().signal
    const first = await limiter.acquire(signal)
    await limiter.acquire(signal)
    const controller = new AbortController()
    let third = false
    const pending = limiter.acquire(controller.signal).then(() => {
      third = true
    })
    await new Promise((r) => setImmediate(r))
    first()
    await new Promise((r) => setImmediate(r))
    expect(third).toBe(false)
    controller.abort(new Error("stop"))
    await expect(pending).rejects.toThrow("stop")
  })
})

describe("the rate limiter after a kill", () => {
  const rate = { limit: 3, windowMs: 10_000 }
  const now = 1_000_000

  it("counts the earlier run's creates whose slot is still inside the window", () => {
    const limiter = createLimiter(rate, {
      now: () => now,
      history: [
        { sentAt: now - 30_000, answeredAt: now - 29_000 }, // long gone
        { sentAt: now - 4_000, answeredAt: now - 3_900 }, // inside the window
        { sentAt: now - 2_000, answeredAt: undefined }, // killed in flight: counts until now
        { sentAt: now - 200_000, answeredAt: undefined }, // in flight long ago: timed out since
      ],
    })
    expect(limiter.used()).toBe(2)
  })

  it("makes the rerun wait for the window instead of overshooting it", async () => {
    const history = [1, 2, 3].map(() => ({ sentAt: Date.now() - 100, answeredAt: Date.now() }))
    const limiter = createLimiter(rate, { history })
    const controller = new AbortController()
    let granted = false
    const pending = limiter.acquire(controller.signal).then(() => {
      granted = true
    })
    await new Promise((r) => setTimeout(r, 20))
    expect(granted).toBe(false)
    controller.abort(new Error("stop"))
    await expect(pending).rejects.toThrow("stop")
    // Without history the same limiter grants at once.
    const fresh = createLimiter(rate)
    await fresh.acquire(new AbortController().signal)
    expect(fresh.used()).toBe(1)
  })

  it("holds every create back after a 429 (Retry-After)", async () => {
    const limiter = createLimiter(rate)
    limiter.holdFor(60_000)
    const controller = new AbortController()
    const pending = limiter.acquire(controller.signal)
    let granted = false
    void pending.then(
      () => {
        granted = true
      },
      () => {},
    )
    await new Promise((r) => setTimeout(r, 20))
    expect(granted).toBe(false)
    controller.abort(new Error("stop"))
    await expect(pending).rejects.toThrow("stop")
  })
})

describe("replayJournal: rejected, lost and the creates sent", () => {
  const at = (ms: number) => new Date(ms).toISOString()
  const line = (event: Record<string, unknown>) => `${JSON.stringify({ v: 1, ...event })}\n`
  const error = { type: "RateLimitError", message: "m", exitCode: 7 }

  it("a rejected job is created again; a lost one keeps its taskId; every intent is a sent create", () => {
    const text =
      line({ event: "intent", job: "a", line: 1, api: "market", at: at(1000) }) +
      line({ event: "rejected", job: "a", error, at: at(1100) }) +
      line({ event: "intent", job: "a", line: 1, api: "market", at: at(2000) }) +
      line({ event: "created", job: "a", api: "market", taskId: "t1", at: at(2100) }) +
      line({
        event: "lost",
        job: "a",
        api: "market",
        taskId: "t1",
        error: { type: "NotFoundError", message: "m", exitCode: 2 },
        at: at(3000),
      }) +
      line({ event: "intent", job: "b", line: 2, api: "market", at: at(4000) }) +
      line({ event: "rejected", job: "b", error, at: at(4100) }) +
      line({ event: "intent", job: "c", line: 3, api: "market", at: at(5000) })
    const replay = replayJournal(text)
    expect(replay.states.get("a")).toMatchObject({ kind: "lost", taskId: "t1" })
    expect(replay.states.get("b")?.kind).toBe("rejected")
    expect(replay.states.get("c")).toEqual({ kind: "unknown" })
    expect(replay.creates).toEqual([
      { sentAt: 1000, answeredAt: 1100 },
      { sentAt: 2000, answeredAt: 2100 },
      { sentAt: 4000, answeredAt: 4100 },
      { sentAt: 5000, answeredAt: undefined },
    ])
  })
})

describe("the exit-8 sentence", () => {
  it("names the cause in a few words, whole", () => {
    const described = describeError({
      _tag: "CreateOutcomeUnknownError",
      message: "x",
      cause: { _tag: "TimeoutError", timeoutMs: 60_000 },
    })
    expect(described.exitCode).toBe(EXIT.outcomeUnknown)
    expect(described.message).toBe(
      "The create request may or may not have been processed by KIE (no answer came within 1m00s); it was NOT resent, so you are not charged twice.",
    )
    expect(unknownOutcomeReason({ _tag: "Something" })).toBeUndefined()
  })
})
