/**
 * Exit 130: Ctrl-C (SIGINT) at every stage of the task commands and of a batch. A create is never
 * interrupted half-way: its answer is awaited, then the taskId and the resume command are
 * printed; with --json stdout still carries exactly one document.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { json, KEY, manualClock, mockEnv, spawnKie, startMock, tempDir, until } from "./helpers"

/**
 * A mock whose create answers only after its "slow" fault (2.5 s) and that says when a request
 * has reached it: its clock is read first thing for every request it handles.
 */
const slowCreateMock = async (operationId: "fluxKontextGenerate" | "marketCreateTask") => {
  let reads = 0
  const mock = await startMock({
    now: () => {
      reads++
      return Date.now()
    },
    faults: { rate: 0, slowMs: 2_500 },
  })
  mock.injectFault("slow", { operationId })
  const before = reads
  return { mock, arrived: () => reads > before }
}

const FAST = ["--poll-interval", "100ms"]

describe("SIGINT while a create request is in flight", () => {
  it("waits for the answer, prints the taskId and the resume command, and exits 130", async () => {
    const { mock, arrived } = await slowCreateMock("fluxKontextGenerate")
    const child = spawnKie(["flux", "generate", "--prompt", "interrupted fox"], {
      env: mockEnv(mock),
    })
    await until(arrived, "the create request to reach the mock", child)
    child.child.kill("SIGINT")
    const run = await child.done
    expect(run.code).toBe(130)
    const tasks = mock.tasks(KEY)
    expect(tasks).toHaveLength(1)
    const taskId = tasks[0]?.taskId as string
    expect(run.stdout.trim()).toBe(taskId)
    expect(run.stderr).toContain(`kie task wait ${taskId} --api flux-kontext`)
    expect(run.stderr).toContain("Interrupted")
  })

  it("--json --wait: one document with the taskId, status interrupted and the error", async () => {
    const { mock, arrived } = await slowCreateMock("marketCreateTask")
    const child = spawnKie(
      [
        "market",
        "create",
        "--model",
        "google/nano-banana",
        "--input",
        '{"prompt":"interrupted owl"}',
        "--wait",
        "--json",
        ...FAST,
      ],
      { env: mockEnv(mock) },
    )
    await until(arrived, "the create request to reach the mock", child)
    child.child.kill("SIGINT")
    const run = await child.done
    expect(run.code).toBe(130)
    const taskId = mock.tasks(KEY)[0]?.taskId
    expect(taskId).toBeTypeOf("string")
    expect(json(run)).toMatchObject({
      taskId,
      api: "market",
      status: "interrupted",
      files: [],
      error: { type: "Interrupted", exitCode: 130 },
    })
    expect(run.stderr).toContain(`kie task wait ${taskId} --api market`)
  })
})

describe("--json on exit 130", () => {
  it("generate --wait interrupted while waiting prints one document", async () => {
    const clock = manualClock()
    const frozen = await startMock({ now: clock.now, rateLimit: false })
    const child = spawnKie(["flux", "generate", "--prompt", "x", "--wait", "--json", ...FAST], {
      env: mockEnv(frozen),
    })
    await until(
      () => frozen.requests.some((r) => r.operationId === "fluxKontextRecordInfo"),
      "the first poll",
      child,
    )
    child.child.kill("SIGINT")
    const run = await child.done
    expect(run.code).toBe(130)
    const taskId = frozen.tasks()[0]?.taskId
    expect(json(run)).toMatchObject({
      taskId,
      api: "flux-kontext",
      status: "interrupted",
      error: { type: "Interrupted", exitCode: 130 },
    })
  })

  it("task wait interrupted prints one document", async () => {
    const clock = manualClock()
    const frozen = await startMock({ now: clock.now, rateLimit: false })
    const created = await spawnKie(["4o", "generate", "--prompt", "x", "--size", "1:1"], {
      env: mockEnv(frozen),
    }).done
    const taskId = created.stdout.trim()
    const child = spawnKie(["task", "wait", taskId, "--api", "gpt4o-image", "--json", ...FAST], {
      env: mockEnv(frozen),
    })
    await until(
      () => frozen.requests.some((r) => r.operationId === "gpt4oImageRecordInfo"),
      "the first poll",
      child,
    )
    child.child.kill("SIGINT")
    const run = await child.done
    expect(run.code).toBe(130)
    expect(json(run)).toMatchObject({
      taskId,
      api: "gpt4o-image",
      status: "interrupted",
      error: { type: "Interrupted", exitCode: 130 },
    })
  })

  it("an interrupted batch prints one document: the jobs so far, the rest interrupted", async () => {
    const clock = manualClock()
    const mock = await startMock({ now: clock.now, rateLimit: false })
    const dir = tempDir()
    const out = join(dir, "out")
    const journal = join(out, "kie-batch.journal.jsonl")
    const jobs = join(dir, "jobs.jsonl")
    writeFileSync(
      jobs,
      [
        { api: "flux-kontext", prompt: "done at once mock:duration=0" },
        { api: "flux-kontext", prompt: "still running" },
      ]
        .map((job) => JSON.stringify(job))
        .join("\n"),
    )
    const child = spawnKie(["batch", jobs, "--out", out, "--json", ...FAST], {
      env: mockEnv(mock),
    })
    const events = () =>
      existsSync(journal) ? readFileSync(journal, "utf8").split("\n").filter(Boolean) : []
    await until(
      () =>
        events().filter((line) => line.includes('"event":"succeeded"')).length === 1 &&
        events().filter((line) => line.includes('"event":"created"')).length === 2,
      "one job saved and the other created",
      child,
    )
    child.child.kill("SIGINT")
    const run = await child.done
    expect(run.code).toBe(130)
    const doc = json(run)
    expect(doc.summary).toMatchObject({ total: 2, succeeded: 1, interrupted: 1 })
    expect(doc.error).toMatchObject({ type: "Interrupted", exitCode: 130 })
    const entries = doc.jobs as Array<Record<string, unknown>>
    expect(entries[0]).toMatchObject({ line: 1, status: "succeeded", error: null })
    const running = mock
      .tasks(KEY)
      .find((t) => (t.request as { prompt?: string }).prompt === "still running")
    expect(entries[1]).toMatchObject({
      line: 2,
      status: "interrupted",
      taskId: running?.taskId,
      error: { type: "Interrupted" },
    })
  })
})
