/** The three create commands, waiting, downloads, the --json document and --mock. */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { basename, join } from "node:path"
import type { MockServer } from "@kie-kit/mock-server"
import { beforeAll, describe, expect, it } from "vitest"
import { json, KEY, kie, mockEnv, startMock, tempDir } from "./helpers"

let mock: MockServer

beforeAll(async () => {
  mock = await startMock()
})

const lastTask = () => {
  const tasks = mock.tasks(KEY)
  return tasks[tasks.length - 1]
}

const expectTaskDoc = (doc: Record<string, unknown>) => {
  for (const key of ["taskId", "api", "status", "outputs", "files", "error"]) {
    expect(doc).toHaveProperty(key)
  }
  expect(Array.isArray(doc.outputs)).toBe(true)
  expect(Array.isArray(doc.files)).toBe(true)
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47])
const JPEG = Buffer.from([0xff, 0xd8, 0xff])

describe("flux-kontext generate", () => {
  it("without --wait prints only the taskId on stdout and sends the flags as the request body", async () => {
    const run = await kie(
      [
        "flux-kontext",
        "generate",
        "--prompt",
        "a red fox",
        "--model",
        "flux-kontext-max",
        "--aspect-ratio",
        "1:1",
        "--output-format",
        "png",
        "--safety-tolerance",
        "4",
        "--callback-url",
        "https://example.com/hook",
      ],
      { env: mockEnv(mock) },
    )
    expect(run.code).toBe(0)
    const task = lastTask()
    expect(run.stdout.trim()).toBe(task?.taskId)
    expect(task?.request).toEqual({
      prompt: "a red fox",
      model: "flux-kontext-max",
      aspectRatio: "1:1",
      outputFormat: "png",
      safetyTolerance: 4,
      callBackUrl: "https://example.com/hook",
    })
    expect(run.stderr).toContain(`kie task wait ${task?.taskId} --api flux-kontext`)
  })

  it("--wait --out saves <taskId>-1.<ext> atomically and prints the path", async () => {
    const out = join(tempDir(), "nested", "out")
    const run = await kie(
      [
        "flux",
        "generate",
        "--prompt",
        "a red fox",
        "--output-format",
        "png",
        "--wait",
        "--out",
        out,
        "--poll-interval",
        "100ms",
      ],
      { env: mockEnv(mock) },
    )
    expect(run.code).toBe(0)
    const taskId = lastTask()?.taskId as string
    const file = join(out, `${taskId}-1.png`)
    expect(run.stdout.trim()).toBe(file)
    expect(readFileSync(file).subarray(0, 4)).toEqual(PNG)
    expect(readdirSync(out)).toEqual([basename(file)])
    expect(run.stderr).toContain("succeeded")
  })

  it("--out implies --wait; --json prints exactly one document with the task and the files", async () => {
    const out = tempDir()
    const run = await kie(
      [
        "--json",
        "flux",
        "generate",
        "--prompt",
        "a red fox",
        "--out",
        out,
        "--poll-interval",
        "100ms",
      ],
      { env: mockEnv(mock) },
    )
    expect(run.code).toBe(0)
    const doc = json(run)
    expectTaskDoc(doc)
    expect(doc).toMatchObject({ api: "flux-kontext", status: "succeeded", error: null })
    expect(doc.taskId).toBe(lastTask()?.taskId)
    expect((doc.outputs as string[]).length).toBe(1)
    const files = doc.files as string[]
    expect(files).toEqual([join(out, `${doc.taskId as string}-1.jpg`)])
    expect(readFileSync(files[0] as string).subarray(0, 3)).toEqual(JPEG)
  })

  it("--json without --wait: the created task, queued", async () => {
    const run = await kie(["flux", "generate", "--prompt", "a red fox", "--json"], {
      env: mockEnv(mock),
    })
    expect(run.code).toBe(0)
    const doc = json(run)
    expectTaskDoc(doc)
    expect(doc).toMatchObject({
      taskId: lastTask()?.taskId,
      status: "queued",
      outputs: [],
      files: [],
      error: null,
    })
    expect(run.stderr).toBe("")
  })

  it("--wait without --out prints the output URLs", async () => {
    const run = await kie(
      ["flux", "generate", "--prompt", "a fox", "--wait", "--poll-interval", "100ms"],
      {
        env: mockEnv(mock),
      },
    )
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toMatch(new RegExp(`^${mock.url}/\\S+$`))
  })
})

describe("gpt4o-image generate (kie 4o)", () => {
  it("sends size, files, variants and saves every variant", async () => {
    const out = tempDir()
    const run = await kie(
      [
        "4o",
        "generate",
        "--prompt",
        "add a hat",
        "--size",
        "2:3",
        "--files-url",
        "https://example.com/a.png",
        "--files-url",
        "https://example.com/b.png",
        "--variants",
        "2",
        "--out",
        out,
        "--poll-interval",
        "100ms",
        "--json",
      ],
      { env: mockEnv(mock) },
    )
    expect(run.code).toBe(0)
    const task = lastTask()
    expect(task?.request).toEqual({
      prompt: "add a hat",
      size: "2:3",
      filesUrl: ["https://example.com/a.png", "https://example.com/b.png"],
      nVariants: 2,
    })
    const doc = json(run)
    expect(doc).toMatchObject({ api: "gpt4o-image", status: "succeeded", progress: 1 })
    expect((doc.files as string[]).map((f) => basename(f))).toEqual([
      `${task?.taskId}-1.png`,
      `${task?.taskId}-2.png`,
    ])
    for (const file of doc.files as string[]) expect(statSync(file).size).toBeGreaterThan(0)
  })
})

describe("market create", () => {
  it("takes --input as inline JSON", async () => {
    const run = await kie(
      [
        "market",
        "create",
        "--model",
        "google/nano-banana",
        "--input",
        '{"prompt":"a cat","output_format":"png"}',
      ],
      { env: mockEnv(mock) },
    )
    expect(run.code).toBe(0)
    expect(lastTask()?.request).toEqual({
      model: "google/nano-banana",
      input: { prompt: "a cat", output_format: "png" },
    })
  })

  it("takes --input @file.json and @- (stdin), waits and downloads", async () => {
    const dir = tempDir()
    const file = join(dir, "input.json")
    writeFileSync(file, JSON.stringify({ prompt: "from a file" }))
    const fromFile = await kie(
      [
        "market",
        "create",
        "--model",
        "google/nano-banana",
        "--input",
        `@${file}`,
        "--out",
        dir,
        "--json",
        "--poll-interval",
        "100ms",
      ],
      { env: mockEnv(mock) },
    )
    expect(fromFile.code).toBe(0)
    expect(lastTask()?.request).toEqual({
      model: "google/nano-banana",
      input: { prompt: "from a file" },
    })
    const doc = json(fromFile)
    expect(doc).toMatchObject({ api: "market", status: "succeeded" })
    expect(existsSync((doc.files as string[])[0] as string)).toBe(true)

    const fromStdin = await kie(
      ["market", "create", "--model", "google/nano-banana", "--input", "@-"],
      {
        env: mockEnv(mock),
        input: '{"prompt":"from stdin"}',
      },
    )
    expect(fromStdin.code).toBe(0)
    expect(lastTask()?.request).toEqual({
      model: "google/nano-banana",
      input: { prompt: "from stdin" },
    })
  })
})

describe("--mock", () => {
  it("runs the README demo against the embedded mock server, with no API key", async () => {
    const out = join(tempDir(), "out")
    const run = await kie(
      [
        "--mock",
        "flux-kontext",
        "generate",
        "--prompt",
        "a red fox in fresh snow, golden hour",
        "--wait",
        "--out",
        out,
      ],
      { env: {} },
    )
    expect(run.code).toBe(0)
    expect(run.stderr).toContain("embedded mock server")
    const files = readdirSync(out)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^[A-Za-z0-9_-]+-1\.jpg$/)
    expect(readFileSync(join(out, files[0] as string)).subarray(0, 3)).toEqual(JPEG)
  })

  it("each run's embedded mock has its own seed: taskIds never repeat across runs", async () => {
    const ids = await Promise.all(
      [1, 2].map(async () => {
        const run = await kie(["--mock", "flux", "generate", "--prompt", "same request"])
        expect(run.code).toBe(0)
        return run.stdout.trim()
      }),
    )
    expect(ids[0]).toMatch(/^\S+$/)
    expect(ids[0]).not.toBe(ids[1])
  })

  it("works for credits too, and --json keeps stdout to the one document", async () => {
    const run = await kie(["credits", "--mock", "--json"])
    expect(run.code).toBe(0)
    expect(json(run)).toEqual({ credits: 1000 })
    expect(run.stderr).toContain("embedded mock server")
  })
})

const ESC = String.fromCharCode(27)
const ANSI = new RegExp(`${ESC}\\[[0-9;]*m`, "g")
const COLOR = new RegExp(`${ESC}\\[3\\dm`)
const stripAnsi = (text: string) => text.replace(ANSI, "")

describe("human output", () => {
  it("on a TTY, stderr carries a live progress line with status, progress % and elapsed time", async () => {
    // Long enough (3 s) for several polls while the task runs, whatever the machine's load.
    const run = await kie(
      [
        "4o",
        "generate",
        "--prompt",
        "owl mock:duration=3000",
        "--size",
        "1:1",
        "--wait",
        "--poll-interval",
        "100ms",
      ],
      {
        env: mockEnv(mock, { KIE_FORCE_TTY: "1" }),
      },
    )
    expect(run.code).toBe(0)
    const frames = run.stderr.split("\r\x1b[2K").filter((frame) => frame.includes("gpt4o-image"))
    expect(frames.some((frame) => /running\S* \d+%/.test(stripAnsi(frame)))).toBe(true)
    expect(frames.some((frame) => /\d+(ms|s)\b/.test(stripAnsi(frame)))).toBe(true)
    expect(run.stderr).toMatch(COLOR)
  })

  it("--no-color (or NO_COLOR) removes the colors", async () => {
    const run = await kie(
      [
        "4o",
        "generate",
        "--prompt",
        "owl",
        "--size",
        "1:1",
        "--wait",
        "--poll-interval",
        "100ms",
        "--no-color",
      ],
      {
        env: mockEnv(mock, { KIE_FORCE_TTY: "1" }),
      },
    )
    expect(run.code).toBe(0)
    expect(run.stderr).not.toMatch(COLOR)
    const env = await kie(["credits", "--json", "--verbose"], {
      env: mockEnv(mock, { NO_COLOR: "1", KIE_FORCE_TTY: "1" }),
    })
    expect(env.stderr).not.toMatch(COLOR)
  })

  it("with --json nothing but the document is printed, even while waiting", async () => {
    const run = await kie(
      ["flux", "generate", "--prompt", "quiet", "--wait", "--json", "--poll-interval", "100ms"],
      {
        env: mockEnv(mock, { KIE_FORCE_TTY: "1" }),
      },
    )
    expect(run.code).toBe(0)
    expect(json(run).status).toBe("succeeded")
    expect(run.stderr).toBe("")
  })
})
