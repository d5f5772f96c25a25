/**
 * kie batch: bounded concurrency, the create rate limit, the journal, and resilience: a run
 * killed with SIGKILL is rerun with the same journal and every job finishes with no task
 * created twice (counted on the mock server, per job prompt).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
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
  spawnKie,
  startMock,
  tempDir,
  until,
} from "./helpers"

const JOURNAL = "kie-batch.journal.jsonl"

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
