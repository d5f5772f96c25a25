import { describe, expect, it } from "vitest"
import { AbortError, type Task, TaskFailedError, WaitTimeoutError } from "../src/index"
import { clientFor, drive, rejectionOf, startMock, useFakeClock } from "./helpers"

const polls = (mock: { requests: readonly { operationId?: string; at: number }[] }, id: string) =>
  mock.requests.filter((request) => request.operationId === id).map((request) => request.at)

describe("waitForTask", () => {
  it("follows the default schedule: 2-3 s apart in the first 30 s", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 20_000 })
    const kie = clientFor(mock)
    const { taskId } = await drive(kie.market.createTask({ model: "x/y", input: { prompt: "a" } }))
    const task = await drive(kie.waitForTask({ api: "market", taskId }))
    expect(task.status).toBe("succeeded")
    const at = polls(mock, "marketRecordInfo")
    const gaps = at.slice(1).map((time, i) => time - (at[i] as number))
    expect(gaps.length).toBeGreaterThanOrEqual(6)
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(2_000)
      expect(gap).toBeLessThanOrEqual(3_000 + 200)
    }
  })

  it("slows down to 15-30 s after two minutes", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 5 * 60_000 })
    const kie = clientFor(mock)
    const { taskId } = await drive(kie.fluxKontext.generate({ prompt: "slow" }))
    const start = Date.now()
    await drive(kie.waitForTask({ api: "flux-kontext", taskId }), 500)
    const at = polls(mock, "fluxKontextRecordInfo")
    const late = at.filter((time) => time - start > 125_000)
    const gaps = late.slice(1).map((time, i) => time - (late[i] as number))
    expect(gaps.length).toBeGreaterThan(3)
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(15_000)
      expect(gap).toBeLessThanOrEqual(30_000 + 1_000)
    }
    // Far fewer requests than a fixed 2 s poller would make over five minutes.
    expect(at.length).toBeLessThan(40)
  })

  it("takes a fixed interval or a function, never below the per-task limit", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 3_000 })
    const kie = clientFor(mock)
    const { taskId } = await drive(kie.gpt4oImage.generate({ prompt: "a", size: "1:1" }))
    const seen: Array<[number, number]> = []
    await drive(
      kie.waitForTask(
        { api: "gpt4o-image", taskId },
        {
          interval: (attempt, elapsedMs) => {
            seen.push([attempt, elapsedMs])
            return 10 // below 4o's 3 queries per second per task
          },
        },
      ),
      50,
    )
    expect(seen.slice(0, 3).map(([attempt]) => attempt)).toEqual([0, 1, 2])
    const at = polls(mock, "gpt4oImageRecordInfo")
    const gaps = at.slice(1).map((time, i) => time - (at[i] as number))
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(334)
    expect(mock.requests.some((request) => request.code === 429)).toBe(false)
  })

  it("reports every change to onUpdate, ending with the final task", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 4_000 })
    const kie = clientFor(mock)
    const { taskId } = await drive(kie.gpt4oImage.generate({ prompt: "a", size: "1:1" }))
    const updates: Task[] = []
    const final = await drive(
      kie.waitForTask(
        { api: "gpt4o-image", taskId },
        { interval: 500, onUpdate: (t) => updates.push(t) },
      ),
    )
    expect(updates.length).toBeGreaterThan(2)
    expect(updates.at(-1)).toEqual(final)
    const progress = updates.map((task) => task.progress ?? 0)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(new Set(progress).size).toBe(progress.length)
  })

  it("throws TaskFailedError with the family's code and message", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 1_000 })
    const kie = clientFor(mock)
    const { taskId } = await drive(
      kie.market.createTask({ model: "x/y", input: { prompt: "mock:fail=422" } }),
    )
    const error = await drive(rejectionOf(kie.waitForTask({ api: "market", taskId })))
    expect(error).toBeInstanceOf(TaskFailedError)
    expect(error).toMatchObject({ taskId, api: "market", failCode: "422" })
    expect((error as TaskFailedError).failMessage).toMatch(/\S/)
  })

  it("gives up at the deadline with the last task, and a later wait resumes", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 60_000 })
    const kie = clientFor(mock)
    const { taskId } = await drive(kie.fluxKontext.generate({ prompt: "long" }))
    const error = await drive(
      rejectionOf(kie.waitForTask({ api: "flux-kontext", taskId }, { timeoutMs: 20_000 })),
    )
    expect(error).toBeInstanceOf(WaitTimeoutError)
    const timeout = error as WaitTimeoutError
    expect(timeout).toMatchObject({ taskId, api: "flux-kontext" })
    expect(timeout.lastTask?.status).toBe("running")
    expect(timeout.elapsedMs).toBeGreaterThanOrEqual(20_000)
    expect(timeout.elapsedMs).toBeLessThan(21_000)
    expect(timeout.message).toContain(`waitForTask({ api: "flux-kontext", taskId: "${taskId}" })`)
    const resumed = await drive(kie.waitForTask({ api: "flux-kontext", taskId }))
    expect(resumed.status).toBe("succeeded")
    expect(mock.tasks()).toHaveLength(1)
  })

  it("stops at once when aborted during a sleep", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 60_000 })
    const kie = clientFor(mock)
    const { taskId } = await drive(kie.fluxKontext.generate({ prompt: "long" }))
    const controller = new AbortController()
    const waiting = rejectionOf(
      kie.waitForTask({ api: "flux-kontext", taskId }, { signal: controller.signal }),
    )
    await drive(new Promise((resolve) => setTimeout(resolve, 1_000)))
    const before = polls(mock, "fluxKontextRecordInfo").length
    controller.abort()
    expect(await waiting).toBeInstanceOf(AbortError)
    await drive(new Promise((resolve) => setTimeout(resolve, 30_000)))
    expect(polls(mock, "fluxKontextRecordInfo")).toHaveLength(before)
  })
})

describe("run", () => {
  it("reports the taskId before waiting, then returns the succeeded task", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 2_000 })
    const kie = clientFor(mock)
    const created: string[] = []
    const task = await drive(
      kie.run(
        { api: "market", model: "google/nano-banana", input: { prompt: "a banana" } },
        {
          onTaskCreated: ({ taskId }) => {
            created.push(taskId)
            expect(polls(mock, "marketRecordInfo")).toHaveLength(0)
          },
        },
      ),
    )
    expect(created).toEqual([task.taskId])
    expect(task).toMatchObject({ status: "succeeded", api: "market" })
  })
})

describe("waitForTask keeps to its limits", () => {
  it("never polls sooner than the per-task limit, not even at the deadline", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 60_000 })
    const kie = clientFor(mock)
    const { taskId } = await drive(kie.gpt4oImage.generate({ prompt: "a", size: "1:1" }))
    const error = await drive(
      rejectionOf(
        kie.waitForTask({ api: "gpt4o-image", taskId }, { interval: 400, timeoutMs: 410 }),
      ),
      5,
    )
    expect(error).toBeInstanceOf(WaitTimeoutError)
    const at = polls(mock, "gpt4oImageRecordInfo")
    const gaps = at.slice(1).map((time, i) => time - (at[i] as number))
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(334)
  })

  it("keeps retried reads of a task within the per-task limit", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 60_000 })
    const kie = clientFor(mock, { maxRetries: 3 })
    const { taskId } = await drive(kie.gpt4oImage.generate({ prompt: "a", size: "1:1" }))
    mock.injectFault("5xx", { operationId: "gpt4oImageRecordInfo", times: 3 })
    await drive(kie.gpt4oImage.get(taskId), 5)
    const at = polls(mock, "gpt4oImageRecordInfo")
    expect(at).toHaveLength(4)
    const gaps = at.slice(1).map((time, i) => time - (at[i] as number))
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(334)
  })

  it("cuts a slow poll at the deadline with a WaitTimeoutError that can resume", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 60_000, faults: { slowMs: 60_000 } })
    const kie = clientFor(mock, { maxRetries: 3, timeoutMs: 20_000 })
    const { taskId } = await drive(kie.fluxKontext.generate({ prompt: "slow" }))
    const first = await drive(kie.fluxKontext.get(taskId))
    mock.injectFault("slow", { operationId: "fluxKontextRecordInfo", times: 10 })
    const started = Date.now()
    const error = await drive(
      rejectionOf(kie.waitForTask({ api: "flux-kontext", taskId }, { timeoutMs: 2_000 })),
    )
    expect(error).toBeInstanceOf(WaitTimeoutError)
    expect(error).toMatchObject({ taskId, api: "flux-kontext" })
    expect(Date.now() - started).toBeLessThan(2_500)
    expect(first.status).toBe("running")
  })

  it("survives transient read failures and goes on polling", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 20_000 })
    const kie = clientFor(mock, { maxRetries: 0 })
    const { taskId } = await drive(kie.market.createTask({ model: "x/y", input: { prompt: "a" } }))
    mock.injectFault("5xx", { operationId: "marketRecordInfo", times: 3 })
    mock.injectFault("reset-after", { operationId: "marketRecordInfo", times: 1 })
    const task = await drive(kie.waitForTask({ api: "market", taskId }))
    expect(task.status).toBe("succeeded")
  })

  it("still stops at once on a caller error such as an unknown task", async () => {
    const mock = await startMock()
    const error = await rejectionOf(clientFor(mock).waitForTask({ api: "market", taskId: "nope" }))
    expect((error as Error).name).toBe("NotFoundError")
  })
})
