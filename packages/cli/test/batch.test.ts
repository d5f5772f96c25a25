/**
 * kie batch: bounded concurrency, the create rate limit, the journal, and resilience: a run
 * killed with SIGKILL is rerun with the same journal and every job finishes with no task
 * created twice (counted on the mock server, per job prompt).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import type { MockServer } from "@kie-kit/mock-server"
import { describe, expect, it } from "vitest"
import { parseJobs } from "../src/internal/batch/jobs"
import {
  json,
  KEY,
  kie,
  manualClock,
  mockEnv,
  operations,
  PACKAGE_DIR,
  spawnKie,
  startMock,
  tempDir,
  until,
} from "./helpers"

const JOURNAL = "kie-batch.journal.jsonl"

/**
 * `--retry-lost` is declared in `src/commands/batch.ts` (the parser); the test that uses it runs
 * once the flag is there.
 */
const retryLostDeclared = readFileSync(join(PACKAGE_DIR, "src/commands/batch.ts"), "utf8").includes(
  '"retry-lost"',
)

const writeJobs = (dir: string, jobs: ReadonlyArray<Record<string, unknown>>) => {
  const file = join(dir, "jobs.jsonl")
  writeFileSync(file, `${jobs.map((job) => JSON.stringify(job)).join("\n")}\n`)
  return file
}

const events = (file: string): Array<Record<string, unknown>> =>
  existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as Record<string, unknown>]
          } catch {
            return []
          }
        })
    : []

const count = (file: string, event: string) => events(file).filter((e) => e.event === event).length

/** The prompt a mock task was created with (flux/4o: body.prompt; market: body.input.prompt). */
const promptOf = (request: unknown): string => {
  const body = request as { prompt?: string; input?: { prompt?: string } }
  return body.prompt ?? body.input?.prompt ?? ""
}

/** How many tasks the mock created per prompt. */
const createdPerPrompt = (mock: MockServer): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const task of mock.tasks(KEY)) {
    const prompt = promptOf(task.request)
    counts.set(prompt, (counts.get(prompt) ?? 0) + 1)
  }
  return counts
}

const FAST = ["--poll-interval", "100ms"]

describe("kie batch", () => {
  it("runs every family, saves every output, and a rerun creates nothing", async () => {
    const mock = await startMock()
    const dir = tempDir()
    const out = join(dir, "out")
    const jobs = writeJobs(dir, [
      { api: "flux-kontext", prompt: "a red fox", outputFormat: "png" },
      { api: "gpt4o-image", prompt: "an owl", size: "1:1", nVariants: 2 },
      { api: "market", model: "google/nano-banana", input: { prompt: "a cat" } },
      { api: "flux", prompt: "a red fox", outputFormat: "png" },
    ])
    const run = await kie(["batch", jobs, "--out", out, "--json", ...FAST], { env: mockEnv(mock) })
    expect(run.code).toBe(0)
    const doc = json(run)
    expect(doc.summary).toMatchObject({ total: 4, succeeded: 4, failed: 0, unknown: 0 })
    const entries = doc.jobs as Array<Record<string, unknown>>
    expect(entries.map((e) => e.line)).toEqual([1, 2, 3, 4])
    for (const entry of entries) {
      expect(entry).toMatchObject({ status: "succeeded", error: null })
      for (const file of entry.files as string[]) expect(existsSync(file)).toBe(true)
    }
    expect(entries[1]?.files).toHaveLength(2)
    // Two identical lines are two jobs: two tasks.
    expect(createdPerPrompt(mock).get("a red fox")).toBe(2)
    expect(mock.tasks(KEY)).toHaveLength(4)
    expect(readdirSync(out).filter((f) => !f.startsWith("kie-batch"))).toHaveLength(5)
    const journal = join(out, JOURNAL)
    expect(count(journal, "intent")).toBe(4)
    expect(count(journal, "created")).toBe(4)
    expect(count(journal, "succeeded")).toBe(4)
    expect(existsSync(`${journal}.lock`)).toBe(false)

    const creates =
      operations(mock, "fluxKontextGenerate") +
      operations(mock, "gpt4oImageGenerate") +
      operations(mock, "marketCreateTask")
    const rerun = await kie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    expect(rerun.code).toBe(0)
    expect(rerun.stderr).toContain("already succeeded")
    expect(rerun.stdout.trim().split("\n")).toHaveLength(5)
    expect(
      operations(mock, "fluxKontextGenerate") +
        operations(mock, "gpt4oImageGenerate") +
        operations(mock, "marketCreateTask"),
    ).toBe(creates)
    expect(mock.tasks(KEY)).toHaveLength(4)
  })

  it("a failed job makes the exit nonzero, is not created again on rerun, and --retry-failed creates it", async () => {
    const mock = await startMock()
    const dir = tempDir()
    const jobs = writeJobs(dir, [
      { api: "flux-kontext", prompt: "fine" },
      { api: "flux-kontext", prompt: "broken mock:fail" },
    ])
    const out = join(dir, "out")
    const run = await kie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    expect(run.code).toBe(5)
    expect(run.stderr).toContain("1 succeeded, 1 failed (of 2 jobs)")
    expect(run.stderr).toMatch(/line 2 +failed/)

    const rerun = await kie(["batch", jobs, "--out", out, "--json", ...FAST], {
      env: mockEnv(mock),
    })
    expect(rerun.code).toBe(5)
    expect(json(rerun).summary).toMatchObject({ succeeded: 1, failed: 1 })
    expect(mock.tasks(KEY)).toHaveLength(2)

    const retried = await kie(["batch", jobs, "--out", out, "--retry-failed", ...FAST], {
      env: mockEnv(mock),
    })
    expect(retried.code).toBe(5)
    expect(createdPerPrompt(mock).get("broken mock:fail")).toBe(2)
    expect(createdPerPrompt(mock).get("fine")).toBe(1)
  })

  it("survives SIGKILL: the rerun resumes waits and downloads and creates every job exactly once", async () => {
    const clock = manualClock()
    const mock = await startMock({ now: clock.now, rateLimit: false })
    const dir = tempDir()
    const out = join(dir, "out")
    const journal = join(out, JOURNAL)
    // Jobs 1-2 finish at once (their files are saved before the kill); 3-4 are created and then
    // wait on a clock that stands still; 5 is never reached (concurrency 2, both slots busy).
    const prompts = ["one mock:duration=0", "two mock:duration=0", "three", "four", "five"]
    const jobs = writeJobs(dir, [
      { api: "flux-kontext", prompt: prompts[0] },
      { api: "gpt4o-image", prompt: prompts[1], size: "1:1" },
      { api: "market", model: "google/nano-banana", input: { prompt: prompts[2] } },
      { api: "flux-kontext", prompt: prompts[3] },
      { api: "gpt4o-image", prompt: prompts[4], size: "2:3" },
    ])
    const args = ["batch", jobs, "--out", out, "--concurrency", "2", ...FAST]
    const first = spawnKie(args, { env: mockEnv(mock) })
    await until(
      () => count(journal, "succeeded") === 2 && count(journal, "created") === 4,
      "two jobs saved and two more created",
      first,
    )
    first.child.kill("SIGKILL")
    const killed = await first.done
    expect(killed.signal).toBe("SIGKILL")
    expect(mock.tasks(KEY)).toHaveLength(4)
    expect(count(journal, "intent")).toBe(4)
    expect(existsSync(`${journal}.lock`)).toBe(true) // left behind by the killed run

    clock.release(60_000)
    const rerun = await kie([...args, "--json"], { env: mockEnv(mock) })
    expect(rerun.code).toBe(0)
    const doc = json(rerun)
    expect(doc.summary).toMatchObject({ total: 5, succeeded: 5 })
    for (const entry of doc.jobs as Array<Record<string, unknown>>) {
      expect(entry.status).toBe("succeeded")
      for (const file of entry.files as string[]) expect(existsSync(file)).toBe(true)
    }
    // No job's task was created twice: one task per prompt, five creates in all.
    const perPrompt = createdPerPrompt(mock)
    for (const prompt of prompts) expect(perPrompt.get(prompt)).toBe(1)
    expect(mock.tasks(KEY)).toHaveLength(5)
    expect(
      operations(mock, "fluxKontextGenerate") +
        operations(mock, "gpt4oImageGenerate") +
        operations(mock, "marketCreateTask"),
    ).toBe(5)
    expect(count(journal, "succeeded")).toBe(5)
    expect(existsSync(`${journal}.lock`)).toBe(false)
  })

  it("Ctrl-C (SIGINT) exits 130 with the journal complete; the rerun finishes the jobs", async () => {
    const clock = manualClock()
    const mock = await startMock({ now: clock.now, rateLimit: false })
    const dir = tempDir()
    const out = join(dir, "out")
    const journal = join(out, JOURNAL)
    const jobs = writeJobs(dir, [
      { api: "flux-kontext", prompt: "int one" },
      { api: "flux-kontext", prompt: "int two" },
    ])
    const first = spawnKie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    await until(() => count(journal, "created") === 2, "both jobs created", first)
    first.child.kill("SIGINT")
    const interrupted = await first.done
    expect(interrupted.code).toBe(130)
    expect(interrupted.stderr).toContain("rerun the same command")
    expect(existsSync(`${journal}.lock`)).toBe(false)
    clock.release(60_000)
    const rerun = await kie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    expect(rerun.code).toBe(0)
    expect(mock.tasks(KEY)).toHaveLength(2)
  })

  it("a create whose outcome is unknown (intent journaled, no answer) is reported, not recreated", async () => {
    const mock = await startMock()
    const dir = tempDir()
    const out = join(dir, "out")
    const journalFile = join(dir, "my-journal.jsonl")
    const lines = [
      { api: "flux-kontext", prompt: "crashed mid-create" },
      { api: "flux-kontext", prompt: "never started" },
    ]
    const jobs = writeJobs(dir, lines)
    const [crashed] = parseJobs(readFileSync(jobs, "utf8"), jobs)
    // What a crash between sending the create and journaling its answer leaves behind, plus a
    // line torn by the crash.
    writeFileSync(
      journalFile,
      `${JSON.stringify({ v: 1, event: "intent", job: crashed?.key, line: 1, api: "flux-kontext" })}\n{"v":1,"event":"crea`,
    )
    const run = await kie(
      ["batch", jobs, "--out", out, "--journal", journalFile, "--json", ...FAST],
      {
        env: mockEnv(mock),
      },
    )
    expect(run.code).toBe(8)
    const doc = json(run)
    expect(doc.summary).toMatchObject({ succeeded: 1, unknown: 1 })
    expect((doc.jobs as Array<Record<string, unknown>>)[0]).toMatchObject({
      line: 1,
      status: "unknown",
      taskId: null,
      error: { type: "CreateOutcomeUnknownError", exitCode: 8 },
    })
    expect(run.stderr).toContain("--retry-unknown")
    expect(run.stderr).toContain("unreadable journal line")
    expect(createdPerPrompt(mock).get("crashed mid-create")).toBeUndefined()
    expect(mock.tasks(KEY)).toHaveLength(1)

    // Once the user has checked, --retry-unknown creates it.
    const retried = await kie(
      ["batch", jobs, "--out", out, "--journal", journalFile, "--retry-unknown", ...FAST],
      {
        env: mockEnv(mock),
      },
    )
    expect(retried.code).toBe(0)
    expect(createdPerPrompt(mock).get("crashed mid-create")).toBe(1)
    expect(createdPerPrompt(mock).get("never started")).toBe(1)
  })

  it("a create that fails with an unknown outcome is journaled as such and exits 8", async () => {
    const mock = await startMock()
    mock.injectFault("reset-after", { operationId: "marketCreateTask" })
    const dir = tempDir()
    const out = join(dir, "out")
    const jobs = writeJobs(dir, [
      { api: "market", model: "google/nano-banana", input: { prompt: "reset" } },
    ])
    const run = await kie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    expect(run.code).toBe(8)
    expect(count(join(out, JOURNAL), "unknown")).toBe(1)
    const rerun = await kie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    expect(rerun.code).toBe(8)
    expect(operations(mock, "marketCreateTask")).toBe(1)
  })

  it("keeps creates under the rate limit (--create-rate), so KIE never answers 429", async () => {
    const mock = await startMock({ rateLimit: { creates: 2, perMs: 1000 } })
    const dir = tempDir()
    const jobs = writeJobs(
      dir,
      [1, 2, 3, 4, 5].map((n) => ({ api: "flux-kontext", prompt: `job ${n}` })),
    )
    const run = await kie(
      [
        "batch",
        jobs,
        "--out",
        join(dir, "out"),
        "--concurrency",
        "5",
        "--create-rate",
        "2/1s",
        "--max-retries",
        "0",
        ...FAST,
      ],
      { env: mockEnv(mock) },
    )
    expect(run.code).toBe(0)
    expect(mock.requests.filter((r) => r.status === 429 || r.code === 429)).toHaveLength(0)
    expect(mock.tasks(KEY)).toHaveLength(5)
  })

  it("stops creating after an authentication failure; a rerun with a good key creates them", async () => {
    const mock = await startMock({ apiKeys: [KEY] })
    const dir = tempDir()
    const out = join(dir, "out")
    const jobs = writeJobs(
      dir,
      [1, 2, 3, 4, 5, 6].map((n) => ({ api: "flux-kontext", prompt: `auth ${n}` })),
    )
    const bad = await kie(["batch", jobs, "--out", out, "--concurrency", "2", "--json", ...FAST], {
      env: mockEnv(mock, { KIE_API_KEY: "wrong-key-ffffffffffffffff" }),
    })
    expect(bad.code).toBe(3)
    expect(json(bad).summary).toMatchObject({ succeeded: 0, "not-created": 6 })
    expect(operations(mock, "fluxKontextGenerate")).toBeLessThanOrEqual(2)
    const good = await kie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    expect(good.code).toBe(0)
    expect(mock.tasks(KEY)).toHaveLength(6)
  })

  it("refuses a journal locked by a running process, and takes over a stale lock", async () => {
    const mock = await startMock()
    const dir = tempDir()
    const out = join(dir, "out")
    const jobs = writeJobs(dir, [{ api: "flux-kontext", prompt: "locked" }])
    const lock = join(out, `${JOURNAL}.lock`)
    await kie(["batch", jobs, "--out", out, "--create-rate", "1/1s", ...FAST], {
      env: mockEnv(mock),
    })
    writeFileSync(lock, `${process.pid}\n`)
    const locked = await kie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    expect(locked.code).toBe(2)
    expect(locked.stderr).toContain(`pid ${process.pid}`)
    const gone = spawnKie(["--version"])
    const pid = gone.child.pid as number
    await gone.done
    writeFileSync(lock, `${pid}\n`)
    const stale = await kie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    expect(stale.code).toBe(0)
    expect(mock.tasks(KEY)).toHaveLength(1)
  })
})

/** Writes a journal by hand: what an earlier run left behind. */
const writeJournal = (file: string, records: ReadonlyArray<Record<string, unknown>>) => {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(
    file,
    records
      .map((r) => `${JSON.stringify({ v: 1, ...r, at: new Date().toISOString() })}\n`)
      .join(""),
  )
}

const createOps = (mock: MockServer) =>
  operations(mock, "fluxKontextGenerate") +
  operations(mock, "gpt4oImageGenerate") +
  operations(mock, "marketCreateTask")

describe("kie batch: definite rejections, lost tasks, resuming", () => {
  it("a kill while creates wait out KIE's 429 leaves no unknown job; the rerun creates each job exactly once", async () => {
    // KIE's window (4 creates per 10 s, on a clock that stands still) is smaller than the
    // batch's own limit (20/10s), so 4 of the 8 creates are answered 429 with Retry-After 10 s.
    const clock = manualClock()
    const mock = await startMock({ now: clock.now, rateLimit: { creates: 4, perMs: 10_000 } })
    const dir = tempDir()
    const out = join(dir, "out")
    const journal = join(out, JOURNAL)
    const prompts = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `burst ${n}`)
    const jobs = writeJobs(
      dir,
      prompts.map((prompt) => ({ api: "flux-kontext", prompt })),
    )
    const args = ["batch", jobs, "--out", out, "--concurrency", "8", ...FAST]
    const first = spawnKie(args, { env: mockEnv(mock) })
    await until(
      () => count(journal, "created") === 4 && count(journal, "rejected") === 4,
      "four jobs created and four rejected (429)",
      first,
    )
    // Killed while the rejected jobs wait for KIE's window to move on.
    first.child.kill("SIGKILL")
    expect((await first.done).signal).toBe("SIGKILL")
    expect(mock.requests.filter((r) => r.status === 429)).toHaveLength(4)
    expect(count(journal, "intent")).toBe(8)
    expect(count(journal, "unknown")).toBe(0)
    const rejected = events(journal).filter((e) => e.event === "rejected")
    expect(rejected[0]).toMatchObject({ error: { type: "RateLimitError", exitCode: 7 } })

    // KIE's window has moved on: the rerun resumes the four tasks and creates the other four.
    clock.release(60_000)
    const rerun = await kie([...args, "--json"], { env: mockEnv(mock) })
    expect(rerun.code).toBe(0)
    const doc = json(rerun)
    expect(doc.summary).toMatchObject({ total: 8, succeeded: 8, unknown: 0 })
    // Exactly one task per job; the only creates sent twice were the four rejected ones.
    const perPrompt = createdPerPrompt(mock)
    for (const prompt of prompts) expect(perPrompt.get(prompt)).toBe(1)
    expect(mock.tasks(KEY)).toHaveLength(8)
    expect(createOps(mock)).toBe(8 + 4)
    expect(mock.requests.filter((r) => r.status === 429)).toHaveLength(4)
  })

  it("queues a rejected create again itself, through the limiter, and records each attempt", async () => {
    const mock = await startMock()
    mock.injectFault("maintenance", { operationId: "fluxKontextGenerate", times: 2 })
    const dir = tempDir()
    const out = join(dir, "out")
    const jobs = writeJobs(dir, [{ api: "flux-kontext", prompt: "after maintenance" }])
    const run = await kie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain("rejected")
    const journal = join(out, JOURNAL)
    expect(events(journal).map((e) => e.event)).toEqual([
      "run",
      "intent",
      "rejected",
      "intent",
      "rejected",
      "intent",
      "created",
      "succeeded",
    ])
    expect(operations(mock, "fluxKontextGenerate")).toBe(3)
    expect(mock.tasks(KEY)).toHaveLength(1)

    // Out of retries: journaled create-failed (definitely not created), exit 7; a rerun creates it.
    mock.injectFault("maintenance", { operationId: "gpt4oImageGenerate", times: 2 })
    const jobs2 = writeJobs(dir, [{ api: "gpt4o-image", prompt: "down", size: "1:1" }])
    const out2 = join(dir, "out2")
    const failed = await kie(["batch", jobs2, "--out", out2, "--max-retries", "1", ...FAST], {
      env: mockEnv(mock),
    })
    expect(failed.code).toBe(7)
    expect(count(join(out2, JOURNAL), "rejected")).toBe(1)
    expect(count(join(out2, JOURNAL), "create-failed")).toBe(1)
    const rerun = await kie(["batch", jobs2, "--out", out2, ...FAST], { env: mockEnv(mock) })
    expect(rerun.code).toBe(0)
    expect(createdPerPrompt(mock).get("down")).toBe(1)
  })

  it("counts the creates a killed run just sent, so its rerun stays under KIE's window", async () => {
    // KIE and the batch both allow 3 creates per 3 s (real time).
    const mock = await startMock({ rateLimit: { creates: 3, perMs: 3_000 } })
    const dir = tempDir()
    const out = join(dir, "out")
    const journal = join(out, JOURNAL)
    const jobs = writeJobs(
      dir,
      [1, 2, 3, 4, 5, 6].map((n) => ({ api: "flux-kontext", prompt: `window ${n}` })),
    )
    const args = [
      "batch",
      jobs,
      "--out",
      out,
      "--concurrency",
      "6",
      "--create-rate",
      "3/3s",
      "--max-retries",
      "0",
      ...FAST,
    ]
    const first = spawnKie(args, { env: mockEnv(mock) })
    await until(() => count(journal, "created") === 3, "three jobs created", first)
    first.child.kill("SIGKILL")
    await first.done
    // The rerun at once: it must wait for the window of the killed run's creates.
    const rerun = await kie(args, { env: mockEnv(mock) })
    expect(rerun.code).toBe(0)
    expect(mock.requests.filter((r) => r.status === 429 || r.code === 429)).toHaveLength(0)
    expect(mock.tasks(KEY)).toHaveLength(6)
  })

  it("a resumed task KIE does not know (404) is journaled lost; reruns report it without polling it", async () => {
    const mock = await startMock()
    const dir = tempDir()
    const out = join(dir, "out")
    const journal = join(out, JOURNAL)
    const jobs = writeJobs(dir, [
      { api: "flux-kontext", prompt: "was lost" },
      { api: "flux-kontext", prompt: "fine" },
    ])
    const [lost] = parseJobs(readFileSync(jobs, "utf8"), jobs)
    writeJournal(journal, [
      { event: "intent", job: lost?.key, line: 1, api: "flux-kontext" },
      { event: "created", job: lost?.key, api: "flux-kontext", taskId: "gone-task-0001" },
    ])
    const run = await kie(["batch", jobs, "--out", out, "--json", ...FAST], { env: mockEnv(mock) })
    expect(run.code).toBe(2)
    const doc = json(run)
    expect(doc.summary).toMatchObject({ total: 2, succeeded: 1, lost: 1 })
    expect((doc.jobs as Array<Record<string, unknown>>)[0]).toMatchObject({
      status: "lost",
      taskId: "gone-task-0001",
      error: { type: "NotFoundError" },
    })
    expect(events(journal).find((e) => e.event === "lost")).toMatchObject({
      job: lost?.key,
      taskId: "gone-task-0001",
    })

    const polls = operations(mock, "fluxKontextRecordInfo")
    const rerun = await kie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    expect(rerun.code).toBe(2)
    expect(rerun.stderr).toMatch(/line 1 +lost/)
    expect(rerun.stderr).toContain("--retry-lost")
    // Not polled again, not created.
    expect(operations(mock, "fluxKontextRecordInfo")).toBe(polls)
    expect(createdPerPrompt(mock).get("was lost")).toBeUndefined()
  })

  it.runIf(retryLostDeclared)("--retry-lost creates a lost job again", async () => {
    const mock = await startMock()
    const dir = tempDir()
    const out = join(dir, "out")
    const journal = join(out, JOURNAL)
    const jobs = writeJobs(dir, [{ api: "flux-kontext", prompt: "lost then retried" }])
    const [job] = parseJobs(readFileSync(jobs, "utf8"), jobs)
    writeJournal(journal, [
      { event: "intent", job: job?.key, line: 1, api: "flux-kontext" },
      { event: "created", job: job?.key, api: "flux-kontext", taskId: "gone-task-0002" },
      {
        event: "lost",
        job: job?.key,
        api: "flux-kontext",
        taskId: "gone-task-0002",
        error: { type: "NotFoundError", message: "404", exitCode: 2 },
      },
    ])
    const run = await kie(["batch", jobs, "--out", out, "--retry-lost", ...FAST], {
      env: mockEnv(mock),
    })
    expect(run.code).toBe(0)
    expect(createdPerPrompt(mock).get("lost then retried")).toBe(1)
    expect(events(journal).find((e) => e.event === "retry")).toMatchObject({ reason: "lost" })
  })

  it("--mock refuses to resume created jobs: their tasks ended with the earlier run's mock", async () => {
    const dir = tempDir()
    const out = join(dir, "out")
    const journal = join(out, JOURNAL)
    const jobs = writeJobs(dir, [{ api: "flux-kontext", prompt: "mock resume" }])
    const [job] = parseJobs(readFileSync(jobs, "utf8"), jobs)
    writeJournal(journal, [
      { event: "intent", job: job?.key, line: 1, api: "flux-kontext" },
      { event: "created", job: job?.key, api: "flux-kontext", taskId: "from-an-earlier-mock" },
    ])
    const run = await kie(["--mock", "batch", jobs, "--out", out, "--json", ...FAST])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("Cannot resume with --mock")
    expect(run.stderr).toContain("from-an-earlier-mock")
    expect(json(run).error).toMatchObject({ exitCode: 2 })
    // Nothing was attempted: the journal is as it was, and unlocked.
    expect(events(journal).map((e) => e.event)).toEqual(["intent", "created"])
    expect(existsSync(`${journal}.lock`)).toBe(false)
  })

  it("removes the temporary files a killed run left for a resumed job, and only those", async () => {
    const mock = await startMock()
    const created = await kie(["flux", "generate", "--prompt", "stale parts"], {
      env: mockEnv(mock),
    })
    const taskId = created.stdout.trim()
    const dir = tempDir()
    const out = join(dir, "out")
    const journal = join(out, JOURNAL)
    const jobs = writeJobs(dir, [{ api: "flux-kontext", prompt: "stale parts" }])
    const [job] = parseJobs(readFileSync(jobs, "utf8"), jobs)
    writeJournal(journal, [
      { event: "intent", job: job?.key, line: 1, api: "flux-kontext" },
      { event: "created", job: job?.key, api: "flux-kontext", taskId },
    ])
    const stale = join(out, `.${taskId}-1.jpg.0badc0de.part`)
    const other = join(out, ".another-task-1.jpg.0badc0de.part")
    writeFileSync(stale, "half a file")
    writeFileSync(other, "not ours")
    const run = await kie(["batch", jobs, "--out", out, ...FAST], { env: mockEnv(mock) })
    expect(run.code).toBe(0)
    expect(existsSync(stale)).toBe(false)
    expect(existsSync(other)).toBe(true)
    expect(readdirSync(out).filter((f) => f.startsWith(taskId))).toEqual([`${taskId}-1.jpg`])
  })

  it("the live progress line never counts a job both done and in flight", async () => {
    const mock = await startMock()
    const dir = tempDir()
    const jobs = writeJobs(
      dir,
      [1, 2, 3, 4].map((n) => ({ api: "flux-kontext", prompt: `progress ${n}` })),
    )
    const run = await kie(
      ["batch", jobs, "--out", join(dir, "out"), "--concurrency", "2", "--no-color", ...FAST],
      { env: mockEnv(mock, { KIE_FORCE_TTY: "1" }) },
    )
    expect(run.code).toBe(0)
    const frames = run.stderr.split("\r\x1b[2K").flatMap((frame) => {
      const m = /batch (\d+)\/(\d+) \S+ (\d+) succeeded · (\d+) in flight/.exec(frame)
      return m ? [m.slice(1).map(Number) as [number, number, number, number]] : []
    })
    expect(frames.length).toBeGreaterThan(0)
    for (const [settled, total, , inFlight] of frames) {
      expect(settled + inFlight).toBeLessThanOrEqual(total)
    }
    expect(frames.at(-1)).toEqual([4, 4, 4, 0])
  })
})
