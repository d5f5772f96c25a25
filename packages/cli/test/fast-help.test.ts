/**
 * The help fast path (src/startup/fast-help.ts) prints exactly what the real program prints:
 * for every help request recorded in dist/help.json, with stdout a plain stream and with stdout a
 * terminal (colors), a run of the shipped bin/kie.mjs and a run of the real program
 * (`KIE_NO_FAST_HELP=1`) give the same stdout, stderr and exit code, byte for byte. The replay is
 * also run from a copy of dist/bin.mjs and dist/help.json alone, which proves it loads nothing
 * else (no effect, no command tree).
 */
import { spawn } from "node:child_process"
import { copyFileSync, readFileSync } from "node:fs"
import { availableParallelism } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { app } from "../src/main"
import type { HelpManifest } from "../src/startup/fast-help"
import { BIN, baseEnv, PACKAGE_DIR, tempDir } from "./helpers"

const DIST = join(PACKAGE_DIR, "dist")
const manifest = JSON.parse(readFileSync(join(DIST, "help.json"), "utf8")) as HelpManifest
const recorded = Object.keys(manifest.runs).map((key) => JSON.parse(key) as string[])

/** Makes stdout claim to be a terminal, as it is when a user types `kie --help`. */
const FAKE_TTY = `--import=data:text/javascript,${encodeURIComponent(
  'Object.defineProperty(process.stdout, "isTTY", { value: true })',
)}`

interface Outcome {
  readonly stdout: string
  readonly stderr: string
  readonly code: number | null
}

// The real program takes a while to start: run a few processes at a time.
let running = 0
const waiting: Array<() => void> = []
const slot = async (): Promise<() => void> => {
  if (running >= Math.max(2, availableParallelism())) {
    await new Promise<void>((resolve) => waiting.push(resolve))
  }
  running++
  return () => {
    running--
    waiting.shift()?.()
  }
}

const node = async (
  args: ReadonlyArray<string>,
  env: Record<string, string | undefined> = {},
): Promise<Outcome> => {
  const release = await slot()
  try {
    return await new Promise<Outcome>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: PACKAGE_DIR,
        env: baseEnv(env),
        stdio: ["ignore", "pipe", "pipe"],
      })
      let stdout = ""
      let stderr = ""
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        stdout += chunk
      })
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk
      })
      child.on("error", reject)
      child.on("close", (code) => resolve({ stdout, stderr, code }))
    })
  } finally {
    release()
  }
}

/** The fast path alone: dist/bin.mjs and dist/help.json copied to an empty directory. */
const isolatedBin = (() => {
  let bin: string | undefined
  return (): string => {
    if (bin === undefined) {
      const dir = tempDir()
      copyFileSync(join(DIST, "bin.mjs"), join(dir, "bin.mjs"))
      copyFileSync(join(DIST, "help.json"), join(dir, "help.json"))
      bin = join(dir, "bin.mjs")
    }
    return bin
  }
})()

interface CommandNode {
  readonly name: string
  readonly alias: string | undefined
  readonly subcommands: ReadonlyArray<{ readonly commands: ReadonlyArray<CommandNode> }>
}

/** Every command path of the command tree, aliases included (as scripts/help-manifest.mjs). */
const commandPaths = (
  command: CommandNode,
  path: ReadonlyArray<string> = [],
): Array<{ path: string[]; groups: boolean }> => [
  { path: [...path], groups: command.subcommands.length > 0 },
  ...command.subcommands.flatMap((group) =>
    group.commands.flatMap((sub) =>
      [...new Set([sub.name, sub.alias].filter((name) => name !== undefined))].flatMap((name) =>
        commandPaths(sub, [...path, name]),
      ),
    ),
  ),
]

describe("help fast path", () => {
  it("dist/help.json records --help, -h and the bare form of every command with subcommands", () => {
    const expected = commandPaths(app).flatMap(({ path, groups }) => [
      [...path, "--help"],
      [...path, "-h"],
      ...(groups ? [path] : []),
    ])
    expect(new Set(recorded.map((argv) => JSON.stringify(argv)))).toEqual(
      new Set(expected.map((argv) => JSON.stringify(argv))),
    )
  })

  describe.each([
    ["plain", []],
    ["colors", [FAKE_TTY]],
  ] as const)("%s", (_mode, flags) => {
    it.concurrent.each(recorded.map((argv) => [argv.join(" ") || "(no arguments)", argv] as const))(
      "kie %s: byte-identical to the real program",
      async (_name, argv) => {
        const [fast, alone, slow] = await Promise.all([
          node([...flags, BIN, ...argv]),
          // The copy proves the replay loads nothing else (once is enough: colors change no path).
          flags.length === 0 ? node([isolatedBin(), ...argv]) : undefined,
          node([...flags, BIN, ...argv], { KIE_NO_FAST_HELP: "1" }),
        ])
        expect(slow.stdout + slow.stderr).toContain("USAGE")
        expect(fast).toEqual(slow)
        if (alone !== undefined) expect(alone).toEqual(slow)
      },
    )
  })

  it("the colored record has colors, the plain one none", async () => {
    const plain = await node([isolatedBin(), "--help"])
    const colored = await node([FAKE_TTY, isolatedBin(), "--help"])
    expect(plain.stdout).not.toContain("\x1b[")
    expect(colored.stdout).toContain("\x1b[")
    // NO_COLOR wins over a terminal, as in the real program.
    const noColor = await node([FAKE_TTY, isolatedBin(), "--help"], { NO_COLOR: "1" })
    expect(noColor).toEqual(plain)
  })

  it("leaves to the real program a help text that holds a secret to redact", async () => {
    const env = { KIE_API_KEY: "Flux Kontext" }
    const fast = await node([BIN, "--help"], env)
    expect(fast.stdout).toContain("[REDACTED]")
    expect(fast).toEqual(await node([BIN, "--help"], { ...env, KIE_NO_FAST_HELP: "1" }))
    // The copy without the real program cannot print it.
    expect((await node([isolatedBin(), "--help"], env)).code).not.toBe(0)
  })

  it("leaves every other invocation to the real program", async () => {
    for (const argv of [["--no-color", "--help"], ["--help", "task"], ["credits"], ["--version"]]) {
      expect((await node([isolatedBin(), ...argv])).code, argv.join(" ")).not.toBe(0)
    }
    expect((await node([isolatedBin(), "--help"], { KIE_NO_FAST_HELP: "1" })).code).not.toBe(0)
  })
})
