import { describe, expect, it } from "vitest"
import { EXIT_CODE_TABLE } from "../src/internal/exit"
import { kie } from "./helpers"

const COMMANDS = [
  ["flux-kontext", "generate"],
  ["gpt4o-image", "generate"],
  ["market", "create"],
  ["task", "get"],
  ["task", "wait"],
  ["download"],
  ["credits"],
  ["upload"],
  ["webhook", "verify"],
  ["batch"],
  ["mock"],
]

describe("help", () => {
  it("kie --help lists every command, the global flags and the exit codes", async () => {
    const run = await kie(["--help"])
    expect(run.code).toBe(0)
    for (const name of [
      "flux-kontext",
      "gpt4o-image",
      "market",
      "task",
      "download",
      "credits",
      "upload",
      "webhook",
      "batch",
      "mock",
    ]) {
      expect(run.stdout).toContain(name)
    }
    for (const flag of [
      "--api-key",
      "--base-url",
      "--mock",
      "--json",
      "--poll-interval",
      "--timeout",
      "--verbose",
      "--no-color",
    ]) {
      expect(run.stdout).toContain(flag)
    }
    expect(run.stdout).toContain("EXIT CODES")
    for (const [code, meaning] of EXIT_CODE_TABLE) {
      expect(run.stdout).toMatch(
        new RegExp(`^ +${code} +${meaning.slice(0, 20).replace(/[()]/g, "\\$&")}`, "m"),
      )
    }
    expect(run.stdout).toContain("--completions")
    expect(run.stderr).toBe("")
  })

  it.each(COMMANDS.map((path) => [path.join(" "), path] as const))(
    "kie %s --help shows usage, flags and examples",
    async (_name, path) => {
      const run = await kie([...path, "--help"])
      expect(run.code).toBe(0)
      expect(run.stdout).toContain("USAGE")
      expect(run.stdout).toContain("EXAMPLES")
      expect(run.stdout).toContain("EXIT CODES")
    },
  )

  it("the short aliases work: kie flux, kie 4o", async () => {
    const flux = await kie(["flux", "generate", "--help"])
    expect(flux.code).toBe(0)
    expect(flux.stdout).toContain("kie flux-kontext generate")
    const gpt = await kie(["4o", "generate", "--help"])
    expect(gpt.code).toBe(0)
    expect(gpt.stdout).toContain("kie gpt4o-image generate")
  })

  it("kie --version prints the version", async () => {
    const run = await kie(["--version"])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^kie \d+\.\d+\.\d+/)
  })

  it.each(["bash", "zsh", "fish"])(
    "kie --completions %s prints a completion script",
    async (shell) => {
      const run = await kie(["--completions", shell])
      expect(run.code).toBe(0)
      expect(run.stdout).toContain("kie")
      expect(run.stdout).toContain("flux-kontext")
      expect(run.stdout.length).toBeGreaterThan(200)
    },
  )

  it("kie with no command prints the help on stderr and exits 2", async () => {
    const run = await kie([])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("USAGE")
    expect(run.stdout).toBe("")
  })
})
