/**
 * Helpers shared by the tests: spawn the built `kie` bin, start mock servers on port 0, and
 * remember every byte any run printed so the suites can prove the API key never appears.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { type MockServer, type MockServerOptions, startMockServer } from "@kie-kit/mock-server"
import { afterAll, expect } from "vitest"

const here = dirname(fileURLToPath(import.meta.url))
export const PACKAGE_DIR = resolve(here, "..")
export const BIN = join(PACKAGE_DIR, "bin/kie.mjs")

/** The API key every test uses; it must never appear in any output. */
export const KEY = "kie-test-key-Zq8m3Xv1Lp7Rt2Wn"
/** Other secrets that must never be printed either. */
export const SECRETS: string[] = [KEY]

/** stdout + stderr of every run of this test file. */
export const transcript: string[] = []

export interface Run {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  readonly env?: Record<string, string | undefined>
  readonly cwd?: string
  readonly input?: string
}

/** A clean environment: no KIE_* from the developer's shell, no colors. */
export const baseEnv = (extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("KIE_") && key !== "NO_COLOR" && key !== "FORCE_COLOR") env[key] = value
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  return env
}

export interface Spawned {
  readonly child: ChildProcess
  /** Resolves when the process exits. */
  readonly done: Promise<Run>
  /** stdout and stderr so far. */
  output(): { stdout: string; stderr: string }
}

/** Starts `node bin/kie.mjs ...args`. */
export const spawnKie = (args: ReadonlyArray<string>, options: RunOptions = {}): Spawned => {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? PACKAGE_DIR,
    env: baseEnv(options.env),
    stdio: ["pipe", "pipe", "pipe"],
  })
  let stdout = ""
  let stderr = ""
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk
  })
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk
  })
  if (options.input !== undefined) child.stdin?.end(options.input)
  else child.stdin?.end()
  const done = new Promise<Run>((resolveRun) => {
    child.on("close", (code, signal) => {
      transcript.push(stdout, stderr)
      resolveRun({ code, signal, stdout, stderr })
    })
  })
  return { child, done, output: () => ({ stdout, stderr }) }
}

/** Runs `kie ...args` to completion. */
export const kie = (args: ReadonlyArray<string>, options: RunOptions = {}): Promise<Run> =>
  spawnKie(args, options).done

/** Parses stdout as exactly one JSON document (throws otherwise). */
export const json = (run: Run): Record<string, unknown> =>
  JSON.parse(run.stdout) as Record<string, unknown>

const mocks: MockServer[] = []
const dirs: string[] = []

/** Starts a mock server on free ports; closed after the file's tests. */
export const startMock = async (options: MockServerOptions = {}): Promise<MockServer> => {
  const mock = await startMockServer({
    port: 0,
    uploadPort: 0,
    logger: false,
    taskDurationMs: 300,
    ...options,
  })
  mocks.push(mock)
  return mock
}

/** The environment pointing `kie` at a mock with the test key. */
export const mockEnv = (mock: MockServer, extra: Record<string, string | undefined> = {}) => ({
  KIE_BASE_URL: mock.url,
  KIE_UPLOAD_BASE_URL: mock.uploadUrl,
  KIE_API_KEY: KEY,
  ...extra,
})

/** A fresh temporary directory, removed after the file's tests. */
export const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "kie-cli-test-"))
  dirs.push(dir)
  return dir
}

/**
 * A clock for the mock that stands still until the test moves it (`advance`), or lets it run
 * again from a later point (`release`).
 */
export const manualClock = (start = Date.now()) => {
  let frozenAt: number | undefined = start
  let shift = 0
  return {
    now: () => frozenAt ?? Date.now() + shift,
    advance: (ms: number) => {
      if (frozenAt !== undefined) frozenAt += ms
      else shift += ms
    },
    /** Jumps `ms` ahead and lets time flow from there. */
    release: (ms = 0) => {
      if (frozenAt === undefined) return
      shift = frozenAt + ms - Date.now()
      frozenAt = undefined
    },
  }
}

/**
 * Polls `check` until it returns true (real time, no assertion on how long it took). With a
 * spawned process, fails at once (showing its output) if it exits first.
 */
export const until = async (
  check: () => boolean,
  what: string,
  process?: Spawned,
  limitMs = 30_000,
) => {
  const deadline = Date.now() + limitMs
  while (!check()) {
    const exited = process !== undefined && process.child.exitCode !== null
    if (exited || Date.now() > deadline) {
      const output = process?.output()
      throw new Error(
        `${exited ? "the process exited" : "timed out"} while waiting for ${what}${
          output ? `\nstdout: ${output.stdout}\nstderr: ${output.stderr}` : ""
        }`,
      )
    }
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Count of API operations (not file downloads) the mock received. */
export const operations = (mock: MockServer, operationId?: string) =>
  mock.requests.filter((r) =>
    operationId === undefined ? r.operationId !== undefined : r.operationId === operationId,
  ).length

afterAll(async () => {
  // The key (and any other registered secret) never appears in any output of this file's runs.
  const all = transcript.join("\n")
  for (const secret of SECRETS) expect(all).not.toContain(secret)
  await Promise.all(mocks.splice(0).map((mock) => mock.close()))
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})
