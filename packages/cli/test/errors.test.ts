/**
 * Every exit code, produced against the mock server (triggers, injected faults, a frozen clock)
 * or a tiny stand-in for codes the mock does not produce (433). The afterAll hook of ./helpers
 * proves the API key appears in none of the outputs, including the --verbose ones.
 */
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import type { MockServer } from "@kie-kit/mock-server"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
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

let mock: MockServer

beforeAll(async () => {
  mock = await startMock()
})

/** A stand-in API that answers every request with one envelope code. */
const codeServer = async (code: number, msg: string) => {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" })
    res.end(JSON.stringify({ code, msg, data: null }))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const closed: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const close of closed) await close()
})

describe("exit 3: authentication", () => {
  it("401: the key is rejected (and never printed, even with --verbose)", async () => {
    const strict = await startMock({ apiKeys: ["some-other-key-0000000000"] })
    const run = await kie(["credits", "--verbose"], { env: mockEnv(strict) })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain("401")
    expect(run.stderr).not.toContain(KEY)
  })

  it("--api-key wins over KIE_API_KEY and is redacted too", async () => {
    const strict = await startMock({ apiKeys: ["some-other-key-0000000000"] })
    const run = await kie(["credits", "--api-key", KEY, "--verbose", "--json"], {
      env: mockEnv(strict, { KIE_API_KEY: undefined }),
    })
    expect(run.code).toBe(3)
    expect(json(run).error).toMatchObject({ type: "AuthenticationError", exitCode: 3 })
  })

  it("no key at all: exit 3 before any request, saying how to fix it", async () => {
    const before = mock.requests.length
    const run = await kie(["credits"], { env: mockEnv(mock, { KIE_API_KEY: undefined }) })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain("KIE_API_KEY")
    expect(run.stderr).toContain("--mock")
    expect(mock.requests.length).toBe(before)
  })

  it("433: the key's usage limit is reached", async () => {
    const server = await codeServer(433, "Sub-key usage exceeds the limit")
    closed.push(server.close)
    const run = await kie(["credits", "--base-url", server.url], { env: { KIE_API_KEY: KEY } })
    expect(run.code).toBe(3)
    expect(run.stderr).toContain("433")
  })
})

describe("exit 4: insufficient credits", () => {
  it("402 on create", async () => {
    const poor = await startMock()
    poor.setCredits(KEY, 0)
    const run = await kie(["flux", "generate", "--prompt", "a fox", "--json"], {
      env: mockEnv(poor),
    })
    expect(run.code).toBe(4)
    expect(json(run)).toMatchObject({
      taskId: null,
      api: "flux-kontext",
      status: "not-created",
      error: { type: "InsufficientCreditsError", exitCode: 4 },
    })
    expect(run.stderr).toContain("kie credits")
    expect(poor.tasks()).toHaveLength(0)
  })
})

describe("exit 2: KIE's 422 and 404", () => {
  it("422: the request reached KIE and was rejected", async () => {
    const before = operations(mock, "marketCreateTask")
    const run = await kie(
      ["market", "create", "--model", "google/nano-banana", "--input", '{"prompt":5}'],
      {
        env: mockEnv(mock),
      },
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("422")
    expect(operations(mock, "marketCreateTask")).toBe(before + 1)
  })

  it("404 from task wait: no resume command (waiting again cannot help)", async () => {
    const run = await kie(["task", "wait", "no-such-task", "--api", "flux-kontext"], {
      env: mockEnv(mock),
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("error:")
    expect(run.stderr).not.toContain("Resume the wait")
    expect(run.stderr).not.toContain("kie task wait")
  })

  it("404: an unknown task", async () => {
    const run = await kie(["task", "get", "no-such-task", "--api", "market", "--json"], {
      env: mockEnv(mock),
    })
    expect(run.code).toBe(2)
    expect(json(run)).toMatchObject({ taskId: "no-such-task", error: { type: "NotFoundError" } })
  })
})

describe("printed commands and the key", () => {
  it("a key from --api-key is never printed; the printed command says where the key comes from", async () => {
    const clock = manualClock()
    const frozen = await startMock({ now: clock.now, rateLimit: false })
    const env = { KIE_BASE_URL: frozen.url }
    const created = await kie(["flux", "generate", "--prompt", "x", "--api-key", KEY], { env })
    expect(created.code).toBe(0)
    const taskId = created.stdout.trim()
    expect(created.stderr).toContain(
      `kie task wait ${taskId} --api flux-kontext (with KIE_API_KEY set, or add --api-key)`,
    )
    const timedOut = await kie(
      ["task", "wait", taskId, "--api", "flux-kontext", "--timeout", "500ms", "--api-key", KEY],
      { env },
    )
    expect(timedOut.code).toBe(6)
    expect(timedOut.stderr).toContain(
      `Resume the wait with: kie task wait ${taskId} --api flux-kontext (with KIE_API_KEY set, or add --api-key)`,
    )
    // With KIE_API_KEY the printed command works as is: no note.
    const fromEnv = await kie(["flux", "generate", "--prompt", "y"], { env: mockEnv(frozen) })
    expect(fromEnv.stderr).not.toContain("add --api-key")
  })
})

describe("exit 5: task failed", () => {
  it("a failed task exits 5 with the family's failure code in the JSON document", async () => {
    const run = await kie(
      [
        "flux",
        "generate",
        "--prompt",
        "a fox mock:fail",
        "--wait",
        "--poll-interval",
        "100ms",
        "--json",
      ],
      { env: mockEnv(mock) },
    )
    expect(run.code).toBe(5)
    const doc = json(run)
    expect(doc).toMatchObject({
      api: "flux-kontext",
      status: "failed",
      outputs: [],
      files: [],
      error: { type: "TaskFailedError", code: "501", exitCode: 5 },
    })
    expect(doc.taskId).toBeTypeOf("string")
    expect(run.stderr).toContain("failed with code 501")
  })

  it("market failure codes come through too", async () => {
    const run = await kie(
      [
        "market",
        "create",
        "--model",
        "google/nano-banana",
        "--input",
        '{"prompt":"x mock:fail=422"}',
        "--wait",
        "--poll-interval",
        "100ms",
      ],
      { env: mockEnv(mock) },
    )
    expect(run.code).toBe(5)
    expect(run.stderr).toContain("422")
  })
})

describe("exit 6: wait timed out, then resumed", () => {
  it("prints the taskId and the exact command that resumes the wait; that command finishes it", async () => {
    const clock = manualClock()
    const frozen = await startMock({ now: clock.now, rateLimit: false })
    const out = tempDir()
    const run = await kie(
      [
        "flux",
        "generate",
        "--prompt",
        "slow fox",
        "--wait",
        "--timeout",
        "1s",
        "--poll-interval",
        "100ms",
        "--out",
        out,
      ],
      { env: mockEnv(frozen) },
    )
    expect(run.code).toBe(6)
    const taskId = frozen.tasks()[0]?.taskId as string
    const resume = `kie task wait ${taskId} --api flux-kontext --out ${out}`
    expect(run.stderr).toContain(taskId)
    expect(run.stderr).toContain(resume)
    expect(frozen.tasks()).toHaveLength(1)

    clock.advance(60_000)
    const args = resume.split(" ").slice(1)
    const resumed = await kie([...args, "--poll-interval", "100ms", "--json"], {
      env: mockEnv(frozen),
    })
    expect(resumed.code).toBe(0)
    expect(json(resumed)).toMatchObject({ taskId, status: "succeeded", error: null })
    expect(frozen.tasks()).toHaveLength(1)
  })

  it("--json reports the task still running", async () => {
    const clock = manualClock()
    const frozen = await startMock({ now: clock.now, rateLimit: false })
    const run = await kie(
      [
        "4o",
        "generate",
        "--prompt",
        "x",
        "--size",
        "1:1",
        "--wait",
        "--timeout",
        "800ms",
        "--json",
      ],
      { env: mockEnv(frozen) },
    )
    expect(run.code).toBe(6)
    expect(json(run)).toMatchObject({
      api: "gpt4o-image",
      error: { type: "WaitTimeoutError", exitCode: 6 },
    })
    expect(["queued", "running"]).toContain(json(run).status)
  })

  it("download of an unfinished task exits 6 with the command to wait for it", async () => {
    const clock = manualClock()
    const frozen = await startMock({ now: clock.now, rateLimit: false })
    const created = await kie(["flux", "generate", "--prompt", "x"], { env: mockEnv(frozen) })
    const taskId = created.stdout.trim()
    const run = await kie(["download", taskId, "--api", "flux-kontext", "--out", tempDir()], {
      env: mockEnv(frozen),
    })
    expect(run.code).toBe(6)
    expect(run.stderr).toContain(`kie task wait ${taskId} --api flux-kontext --out`)
  })
})

describe("exit 7: unavailable after retries", () => {
  it("455 maintenance on create is retried (provably not processed), then exit 7", async () => {
    const local = await startMock()
    local.injectFault("maintenance", { operationId: "fluxKontextGenerate", times: 10 })
    const run = await kie(["flux", "generate", "--prompt", "x", "--max-retries", "1"], {
      env: mockEnv(local),
    })
    expect(run.code).toBe(7)
    expect(operations(local, "fluxKontextGenerate")).toBe(2)
    expect(local.tasks()).toHaveLength(0)
  })

  it("429 rate limit: rejected, not queued; exit 7 when retries are used up", async () => {
    const limited = await startMock({ rateLimit: { creates: 1, perMs: 60_000 } })
    expect(
      (await kie(["flux", "generate", "--prompt", "one"], { env: mockEnv(limited) })).code,
    ).toBe(0)
    const run = await kie(["flux", "generate", "--prompt", "two", "--max-retries", "0", "--json"], {
      env: mockEnv(limited),
    })
    expect(run.code).toBe(7)
    expect(json(run)).toMatchObject({ status: "not-created", error: { type: "RateLimitError" } })
    expect(limited.tasks()).toHaveLength(1)
  })

  it("5xx on a read is retried, then exit 7", async () => {
    const local = await startMock()
    local.injectFault("5xx", { operationId: "getCredits", times: 10 })
    const run = await kie(["credits", "--max-retries", "2"], { env: mockEnv(local) })
    expect(run.code).toBe(7)
    expect(operations(local, "getCredits")).toBe(3)
  })

  it("network: nothing listening (connection refused) exits 7; the create was provably not sent", async () => {
    const server = await codeServer(200, "ok")
    await server.close()
    const run = await kie(
      ["flux", "generate", "--prompt", "x", "--max-retries", "1", "--base-url", server.url],
      {
        env: { KIE_API_KEY: KEY },
      },
    )
    expect(run.code).toBe(7)
    expect(run.stderr.toLowerCase()).toContain("connect")
  })
})

describe("exit 8: create outcome unknown", () => {
  it("connection reset after KIE processed the create: not resent, what to check is printed", async () => {
    const local = await startMock()
    local.injectFault("reset-after", { operationId: "fluxKontextGenerate" })
    const run = await kie(["flux", "generate", "--prompt", "x", "--json"], { env: mockEnv(local) })
    expect(run.code).toBe(8)
    expect(json(run)).toMatchObject({
      taskId: null,
      status: "unknown",
      error: { type: "CreateOutcomeUnknownError", exitCode: 8 },
    })
    expect(run.stderr).toContain("NOT resent")
    // One whole sentence: the cause is said in a few words, never cut off mid-word.
    expect(run.stderr).toContain(
      "error: The create request may or may not have been processed by KIE (the connection was lost after the request was sent); it was NOT resent, so you are not charged twice.\n",
    )
    expect(run.stderr).toContain("kie credits")
    expect(run.stderr).toContain("dashboard")
    // Sent exactly once, and KIE did create it: resending would have paid twice.
    expect(operations(local, "fluxKontextGenerate")).toBe(1)
    expect(local.tasks()).toHaveLength(1)
  })

  it("a 5xx answer to a create is ambiguous too", async () => {
    const local = await startMock()
    local.injectFault("5xx", { operationId: "gpt4oImageGenerate", times: 5 })
    const run = await kie(["4o", "generate", "--prompt", "x", "--size", "1:1"], {
      env: mockEnv(local),
    })
    expect(run.code).toBe(8)
    expect(run.stderr).toContain(
      "error: The create request may or may not have been processed by KIE (KIE answered with server error 500); it was NOT resent, so you are not charged twice.\n",
    )
    expect(operations(local, "gpt4oImageGenerate")).toBe(1)
  })
})

describe("exit 1: unexpected", () => {
  it("an undecodable response is reported in one sentence; the stack only with --verbose", async () => {
    const local = await startMock()
    local.injectFault("malformed", { operationId: "getCredits", times: 10 })
    const run = await kie(["credits", "--max-retries", "0"], { env: mockEnv(local) })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("cannot decode")
    expect(run.stderr).not.toMatch(/\n\s+at /)
    local.injectFault("malformed", { operationId: "getCredits", times: 10 })
    const verbose = await kie(["credits", "--max-retries", "0", "--verbose"], {
      env: mockEnv(local),
    })
    expect(verbose.code).toBe(1)
    expect(verbose.stderr).toMatch(/\n\s+at /)
  })
})

describe("exit 130: interrupted", () => {
  it("SIGINT while waiting exits 130 and says how to resume", async () => {
    const clock = manualClock()
    const frozen = await startMock({ now: clock.now, rateLimit: false })
    const child = spawnKie(
      ["flux", "generate", "--prompt", "x", "--wait", "--poll-interval", "100ms"],
      {
        env: mockEnv(frozen),
      },
    )
    await until(
      () => child.output().stderr.includes("Created flux-kontext task"),
      "the task to be created",
      child,
    )
    child.child.kill("SIGINT")
    const run = await child.done
    expect(run.code).toBe(130)
    const taskId = frozen.tasks()[0]?.taskId as string
    expect(run.stderr).toContain(`kie task wait ${taskId} --api flux-kontext`)
  })
})
