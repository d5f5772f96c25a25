/**
 * Invalid input is rejected before any request: exit 2, a message naming the flag, and the mock
 * never sees a request.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import type { MockServer } from "@kie-kit/mock-server"
import { beforeAll, describe, expect, it } from "vitest"
import { json, kie, mockEnv, startMock, tempDir } from "./helpers"

let mock: MockServer
let dir: string

beforeAll(async () => {
  mock = await startMock()
  dir = tempDir()
  writeFileSync(join(dir, "array.json"), "[1, 2]")
  writeFileSync(join(dir, "bad.json"), "{ nope")
  writeFileSync(
    join(dir, "bad-line.jsonl"),
    '{"api":"flux-kontext","prompt":"ok"}\n{"api":"flux-kontext", prompt\n',
  )
  writeFileSync(join(dir, "bad-api.jsonl"), '{"api":"dalle","prompt":"x"}\n')
  writeFileSync(
    join(dir, "no-prompt.jsonl"),
    '{"api":"flux-kontext","prompt":"ok"}\n{"api":"flux-kontext"}\n',
  )
  writeFileSync(join(dir, "empty.jsonl"), "\n\n")
})

const CASES: ReadonlyArray<readonly [string, ReadonlyArray<string>, string]> = [
  ["missing --prompt", ["flux-kontext", "generate"], "--prompt"],
  ["empty --prompt", ["flux-kontext", "generate", "--prompt", " "], "--prompt"],
  [
    "bad --output-format",
    ["flux", "generate", "--prompt", "x", "--output-format", "gif"],
    "--output-format",
  ],
  [
    "bad --aspect-ratio",
    ["flux", "generate", "--prompt", "x", "--aspect-ratio", "5:4"],
    "--aspect-ratio",
  ],
  ["bad --model", ["flux", "generate", "--prompt", "x", "--model", "flux-2"], "--model"],
  [
    "--safety-tolerance out of range",
    ["flux", "generate", "--prompt", "x", "--safety-tolerance", "9"],
    "--safety-tolerance",
  ],
  [
    "--safety-tolerance not a number",
    ["flux", "generate", "--prompt", "x", "--safety-tolerance", "high"],
    "--safety-tolerance",
  ],
  [
    "--safety-tolerance 3 in edit mode",
    [
      "flux",
      "generate",
      "--prompt",
      "x",
      "--input-image",
      "https://example.com/a.png",
      "--safety-tolerance",
      "3",
    ],
    "--safety-tolerance",
  ],
  [
    "--input-image not a URL",
    ["flux", "generate", "--prompt", "x", "--input-image", "a.png"],
    "--input-image",
  ],
  [
    "--callback-url not http",
    ["flux", "generate", "--prompt", "x", "--callback-url", "ftp://x/y"],
    "--callback-url",
  ],
  [
    "bad --timeout unit",
    ["flux", "generate", "--prompt", "x", "--wait", "--timeout", "5x"],
    "--timeout",
  ],
  [
    "--timeout without unit",
    ["flux", "generate", "--prompt", "x", "--wait", "--timeout", "30"],
    "--timeout",
  ],
  ["zero --timeout", ["flux", "generate", "--prompt", "x", "--timeout", "0s"], "--timeout"],
  [
    "bad --poll-interval",
    ["flux", "generate", "--prompt", "x", "--poll-interval", "fast"],
    "--poll-interval",
  ],
  ["bad --max-retries", ["credits", "--max-retries", "-1"], "--max-retries"],
  ["missing --size", ["gpt4o-image", "generate", "--prompt", "x"], "--size"],
  ["bad --size", ["4o", "generate", "--prompt", "x", "--size", "16:9"], "--size"],
  [
    "bad --variants",
    ["4o", "generate", "--prompt", "x", "--size", "1:1", "--variants", "3"],
    "--variants",
  ],
  ["4o without prompt or files", ["4o", "generate", "--size", "1:1"], "--prompt"],
  [
    "--files-url not a URL",
    ["4o", "generate", "--size", "1:1", "--files-url", "cat.png"],
    "--files-url",
  ],
  [
    "--mask-url without --files-url",
    ["4o", "generate", "--prompt", "x", "--size", "1:1", "--mask-url", "https://e.com/m.png"],
    "--mask-url",
  ],
  [
    "malformed --input JSON",
    ["market", "create", "--model", "google/nano-banana", "--input", "{prompt:"],
    "--input",
  ],
  [
    "--input not an object",
    ["market", "create", "--model", "google/nano-banana", "--input", "[1]"],
    "--input",
  ],
  [
    "--input file missing",
    ["market", "create", "--model", "google/nano-banana", "--input", "@/nonexistent/in.json"],
    "--input",
  ],
  ["missing --model", ["market", "create", "--input", "{}"], "--model"],
  ["task get without --api", ["task", "get", "abc"], "--api"],
  ["task get with a bad --api", ["task", "get", "abc", "--api", "dalle"], "--api"],
  ["task wait without TASK_ID", ["task", "wait", "--api", "market"], "task-id"],
  ["download without --out", ["download", "abc", "--api", "market"], "--out"],
  ["upload of a missing file", ["upload", "/nonexistent/file.png"], "file"],
  ["upload --path with slashes", ["upload", "package.json", "--path", "/abs/"], "--path"],
  [
    "webhook verify without --signature",
    ["webhook", "verify", "--task-id", "t", "--timestamp", "1"],
    "--signature",
  ],
  [
    "webhook verify bad --timestamp",
    [
      "webhook",
      "verify",
      "--task-id",
      "t",
      "--timestamp",
      "soon",
      "--signature",
      "x",
      "--secret",
      "whsec-0123456789abcdef",
    ],
    "--timestamp",
  ],
  ["batch without --out", ["batch", "package.json"], "--out"],
  [
    "batch --concurrency 0",
    ["batch", "package.json", "--out", "x", "--concurrency", "0"],
    "--concurrency",
  ],
  [
    "batch bad --create-rate",
    ["batch", "package.json", "--out", "x", "--create-rate", "fast"],
    "--create-rate",
  ],
  ["unknown flag", ["flux", "generate", "--prompt", "x", "--colour"], "--colour"],
  ["unknown command", ["generate"], "generate"],
  ["--base-url not a URL", ["credits", "--base-url", "localhost:3000"], "--base-url"],
  [
    "--mock with --base-url",
    ["credits", "--mock", "--base-url", "http://127.0.0.1:9"],
    "--base-url",
  ],
  ["mock --port out of range", ["mock", "--port", "70000"], "--port"],
  ["mock bad --fault-rate", ["mock", "--fault-rate", "2"], "--fault-rate"],
]

describe("invalid input: exit 2, the flag named, no request sent", () => {
  it.each(CASES)("%s", async (_name, args, flag) => {
    const before = mock.requests.length
    const run = await kie(args, { env: mockEnv(mock) })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(flag)
    expect(run.stdout).toBe("")
    expect(mock.requests.length).toBe(before)
  })

  it.each([
    ["bad-line.jsonl", "line 2"],
    ["bad-api.jsonl", '"api"'],
    ["no-prompt.jsonl", "line 2"],
    ["empty.jsonl", "no jobs"],
  ])("batch rejects %s before creating anything (%s)", async (file, text) => {
    const before = mock.requests.length
    const run = await kie(["batch", join(dir, file), "--out", join(dir, "out")], {
      env: mockEnv(mock),
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(text)
    expect(mock.requests.length).toBe(before)
  })

  it("--input @file with invalid JSON names the file and the flag", async () => {
    const run = await kie(
      ["market", "create", "--model", "m/x", "--input", `@${join(dir, "bad.json")}`],
      { env: mockEnv(mock) },
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("--input")
    expect(run.stderr).toContain("bad.json")
    expect(run.stderr).toContain("not valid JSON")
  })

  it("with --json a usage error is one JSON document on stdout", async () => {
    const run = await kie(
      ["--json", "flux", "generate", "--prompt", "x", "--output-format", "gif"],
      {
        env: mockEnv(mock),
      },
    )
    expect(run.code).toBe(2)
    const doc = json(run)
    expect(doc.error).toMatchObject({ exitCode: 2 })
    expect(String((doc.error as { message: string }).message)).toContain("--output-format")
  })

  it("the error is one line (plus the usage hint), with no stack trace", async () => {
    const run = await kie(["flux", "generate", "--prompt", "x", "--aspect-ratio", "5:4"], {
      env: mockEnv(mock),
    })
    const lines = run.stderr.trim().split("\n")
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^error: /)
    expect(lines[1]).toContain("--help")
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})
