/** task get / task wait / download, credits, upload and webhook verify. */
import { existsSync, readdirSync, writeFileSync } from "node:fs"
import { basename, join } from "node:path"
import { signWebhook } from "@kie-kit/client/core"
import type { MockServer } from "@kie-kit/mock-server"
import { beforeAll, describe, expect, it } from "vitest"
import {
  json,
  KEY,
  kie,
  manualClock,
  mockEnv,
  operations,
  SECRETS,
  startMock,
  tempDir,
} from "./helpers"

let mock: MockServer

beforeAll(async () => {
  mock = await startMock()
})

describe("task get / task wait / download", () => {
  it("follows one task from creation to saved files", async () => {
    const clock = manualClock()
    const frozen = await startMock({ now: clock.now, rateLimit: false })
    const env = mockEnv(frozen)
    const created = await kie(
      ["4o", "generate", "--prompt", "owl", "--size", "1:1", "--variants", "2"],
      { env },
    )
    expect(created.code).toBe(0)
    const taskId = created.stdout.trim()

    const running = await kie(["task", "get", taskId, "--api", "gpt4o-image", "--json"], { env })
    expect(running.code).toBe(0)
    expect(json(running)).toMatchObject({
      taskId,
      api: "gpt4o-image",
      outputs: [],
      files: [],
      error: null,
    })
    expect(["queued", "running"]).toContain(json(running).status)

    const human = await kie(["task", "get", taskId, "--api", "gpt4o-image"], { env })
    expect(human.code).toBe(0)
    expect(human.stdout).toMatch(new RegExp(`^task +${taskId}$`, "m"))
    expect(human.stdout).toMatch(/^status +(queued|running)/m)

    clock.advance(60_000)
    const out = join(tempDir(), "waited")
    const waited = await kie(
      ["task", "wait", taskId, "--api", "gpt4o-image", "--out", out, "--json"],
      { env },
    )
    expect(waited.code).toBe(0)
    const doc = json(waited)
    expect(doc).toMatchObject({ taskId, status: "succeeded", error: null })
    expect((doc.files as string[]).map((f) => basename(f))).toEqual([
      `${taskId}-1.png`,
      `${taskId}-2.png`,
    ])

    const again = join(tempDir(), "downloaded")
    const downloaded = await kie(["download", taskId, "--api", "gpt4o-image", "--out", again], {
      env,
    })
    expect(downloaded.code).toBe(0)
    expect(downloaded.stdout.trim().split("\n")).toEqual([
      join(again, `${taskId}-1.png`),
      join(again, `${taskId}-2.png`),
    ])
    expect(readdirSync(again).sort()).toEqual([`${taskId}-1.png`, `${taskId}-2.png`])

    const done = await kie(["task", "get", taskId, "--api", "gpt4o-image"], { env })
    expect(done.stdout).toMatch(/^status +succeeded 100%$/m)
    expect(done.stdout).toMatch(/^outputs +http/m)
    expect(frozen.tasks()).toHaveLength(1)
  })

  it("download of a failed task exits 5", async () => {
    const created = await kie(
      ["flux", "generate", "--prompt", "x mock:fail", "--wait", "--poll-interval", "100ms"],
      {
        env: mockEnv(mock),
      },
    )
    expect(created.code).toBe(5)
    const taskId = mock.tasks(KEY).at(-1)?.taskId as string
    const run = await kie(
      ["download", taskId, "--api", "flux-kontext", "--out", tempDir(), "--json"],
      {
        env: mockEnv(mock),
      },
    )
    expect(run.code).toBe(5)
    expect(json(run)).toMatchObject({
      taskId,
      status: "failed",
      error: { type: "TaskFailedError" },
    })
  })

  it("task get exits 0 for a failed task and shows its error", async () => {
    const taskId = mock.tasks(KEY).find((t) => t.failure !== undefined)?.taskId as string
    const run = await kie(["task", "get", taskId, "--api", "flux-kontext"], { env: mockEnv(mock) })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^status +failed/m)
    expect(run.stdout).toMatch(/^error +501: /m)
  })
})

describe("credits", () => {
  it("prints the balance; --json prints { credits }", async () => {
    const local = await startMock()
    local.setCredits(KEY, 321)
    const human = await kie(["credits"], { env: mockEnv(local) })
    expect(human.code).toBe(0)
    expect(human.stdout).toBe("321\n")
    const doc = await kie(["credits", "--json"], { env: mockEnv(local) })
    expect(json(doc)).toEqual({ credits: 321 })
  })
})

describe("upload", () => {
  it("uploads a file (multipart) and prints its URL", async () => {
    const dir = tempDir()
    const file = join(dir, "fox.png")
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))
    const run = await kie(["upload", file, "--path", "images/inputs"], { env: mockEnv(mock) })
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe(`${mock.uploadUrl}/files/images/inputs/fox.png`)
    const upload = mock.requests.filter((r) => r.operationId === "uploadFileStream").at(-1)
    expect(upload?.body).toMatchObject({
      fields: { uploadPath: "images/inputs" },
      file: { size: 7 },
    })
  })

  it("--name renames it; --json prints the stored file", async () => {
    const dir = tempDir()
    const file = join(dir, "a.txt")
    writeFileSync(file, "hello")
    const run = await kie(["upload", file, "--name", "b.txt", "--json"], { env: mockEnv(mock) })
    expect(run.code).toBe(0)
    expect(json(run)).toMatchObject({
      fileName: "b.txt",
      fileSize: 5,
      downloadUrl: `${mock.uploadUrl}/files/kie-cli/b.txt`,
    })
  })
})

describe("webhook verify", () => {
  const secret = "whsec-test-0123456789abcdefABCDEF"
  SECRETS.push(secret)
  const now = () => Math.floor(Date.now() / 1000)

  it("accepts a valid signature (exit 0) without printing the secret", async () => {
    const timestamp = now()
    const signature = await signWebhook({ taskId: "task-1", timestamp, secret })
    const run = await kie([
      "webhook",
      "verify",
      "--task-id",
      "task-1",
      "--timestamp",
      String(timestamp),
      "--signature",
      signature,
      "--secret",
      secret,
      "--verbose",
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe("valid\n")
    expect(run.stderr).toContain("re-read the task")
  })

  it("reads the secret from KIE_WEBHOOK_SECRET; --json prints { valid }", async () => {
    const timestamp = now()
    const signature = await signWebhook({ taskId: "task-2", timestamp, secret })
    const run = await kie(
      [
        "webhook",
        "verify",
        "--task-id",
        "task-2",
        "--timestamp",
        String(timestamp),
        "--signature",
        signature,
        "--json",
      ],
      { env: { KIE_WEBHOOK_SECRET: secret } },
    )
    expect(run.code).toBe(0)
    expect(json(run)).toMatchObject({ valid: true, taskId: "task-2" })
  })

  it("rejects a wrong signature with exit 2", async () => {
    const timestamp = now()
    const signature = await signWebhook({ taskId: "task-3", timestamp, secret })
    const run = await kie([
      "webhook",
      "verify",
      "--task-id",
      "another-task",
      "--timestamp",
      String(timestamp),
      "--signature",
      signature,
      "--secret",
      secret,
      "--json",
    ])
    expect(run.code).toBe(2)
    expect(json(run)).toMatchObject({ valid: false })
    expect(run.stderr).toContain("NOT valid")
  })

  it("rejects a stale timestamp, unless --tolerance allows it", async () => {
    const timestamp = now() - 3600
    const signature = await signWebhook({ taskId: "task-4", timestamp, secret })
    const args = [
      "webhook",
      "verify",
      "--task-id",
      "task-4",
      "--timestamp",
      String(timestamp),
      "--signature",
      signature,
      "--secret",
      secret,
    ]
    const stale = await kie(args)
    expect(stale.code).toBe(2)
    expect(stale.stderr).toContain("--tolerance")
    const tolerated = await kie([...args, "--tolerance", "2h"])
    expect(tolerated.code).toBe(0)
  })

  it("needs a secret", async () => {
    const run = await kie([
      "webhook",
      "verify",
      "--task-id",
      "t",
      "--timestamp",
      "1",
      "--signature",
      "x",
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("--secret")
  })
})

describe("--verbose", () => {
  it("logs each request without the key", async () => {
    const run = await kie(["credits", "--verbose"], { env: mockEnv(mock) })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain("/api/v1/chat/credit")
    expect(run.stderr).not.toContain(KEY)
    expect(operations(mock, "getCredits")).toBeGreaterThan(0)
    expect(existsSync("/")).toBe(true)
  })
})
