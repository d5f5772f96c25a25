/** The pure pieces: durations, exit codes, the jobs file, the journal replay, the limiter. */
import { describe, expect, it } from "vitest"
import { canonicalJson, parseJobs } from "../src/internal/batch/jobs"
import { replayJournal } from "../src/internal/batch/journal"
import { createLimiter, parseCreateRate } from "../src/internal/batch/limiter"
import { resumeCommand, shellCommand } from "../src/internal/describe"
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
    expect(jobs[2]?.body).toEqual({ model: "m/x", input: { prompt: "p" } })
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
