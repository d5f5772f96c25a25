// Writes dist/help.json, the record `src/startup/fast-help.ts` replays: what the real `kie`
// prints for every help request of the command tree. Run by tsdown after each build of the bin
// (tsdown.config.ts), in its own process: `node scripts/help-manifest.mjs <dist dir>`.
//
// For every command path (aliases included) it runs the built program's `main` (dist/main.mjs)
// with `<path> --help`, `<path> -h` and, for commands with subcommands, `<path>` alone, once with
// stdout a plain stream and once with stdout a terminal (colors), and records stdout, stderr and
// the exit code. Nothing is written by hand: the texts are what effect/cli rendered.
// test/fast-help.test.ts then proves, process by process, that replaying them is byte-identical
// to the real program.
import { writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"

const MANIFEST_VERSION = 1
const distDir = resolve(process.argv[2] ?? "dist")

// The environment of a user who set nothing: no secrets to redact, no NO_COLOR.
for (const name of Object.keys(process.env)) {
  if (name.startsWith("KIE_") || name === "NO_COLOR" || name === "FORCE_COLOR") {
    delete process.env[name]
  }
}

/** Every command path, parents first: [], ["flux-kontext"], ["flux"], ["flux", "generate"], ... */
const commandPaths = (command, path = []) => {
  const paths = [{ path, hasSubcommands: command.subcommands.length > 0 }]
  for (const group of command.subcommands) {
    for (const sub of group.commands) {
      for (const name of new Set([sub.name, sub.alias].filter((n) => typeof n === "string"))) {
        paths.push(...commandPaths(sub, [...path, name]))
      }
    }
  }
  return paths
}

// Capture both streams. `main` wraps `write` (redaction) on its first call, so the collectors
// are installed once and emptied before each run.
const realWrite = process.stderr.write.bind(process.stderr)
const captured = { 1: "", 2: "" }
const collector =
  (fd) =>
  (chunk, ...rest) => {
    captured[fd] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8")
    const callback = rest.find((arg) => typeof arg === "function")
    if (callback) process.nextTick(callback)
    return true
  }
process.stdout.write = collector(1)
process.stderr.write = collector(2)
// `main` adds its signal and EPIPE listeners on every run.
process.setMaxListeners(0)
process.stdout.setMaxListeners(0)

const { app, main } = await import(pathToFileURL(join(distDir, "main.mjs")).href)

// `main` ends with process.exit(code) once both streams are drained.
const realExit = process.exit
let exited
process.exit = (code) => exited?.(code ?? 0)

const record = (argv, terminal) =>
  new Promise((resolveRun) => {
    captured[1] = ""
    captured[2] = ""
    Object.defineProperty(process.stdout, "isTTY", { value: terminal, configurable: true })
    exited = (code) => resolveRun({ stdout: captured[1], stderr: captured[2], code })
    main(argv)
  })

const fail = (message) => {
  realWrite(`help-manifest: ${message}\n`)
  realExit(1)
}

const texts = []
const textIndex = new Map()
const indexOf = (text) => {
  if (!textIndex.has(text)) {
    textIndex.set(text, texts.length)
    texts.push(text)
  }
  return textIndex.get(text)
}
const runs = {}

for (const { path, hasSubcommands } of commandPaths(app)) {
  const requested = {}
  for (const flag of ["--help", "-h"]) {
    const argv = [...path, flag]
    const plain = await record(argv, false)
    const colored = await record(argv, true)
    for (const run of [plain, colored]) {
      if (run.code !== 0 || run.stderr !== "" || !run.stdout.includes("USAGE")) {
        fail(`kie ${argv.join(" ")}: exit ${run.code}, stderr ${JSON.stringify(run.stderr)}`)
      }
    }
    requested[flag] = { plain: plain.stdout, colored: colored.stdout }
    runs[JSON.stringify(argv)] = [indexOf(plain.stdout), indexOf(colored.stdout), 1, 0]
  }
  // A command with subcommands, run bare, prints its help on stderr (a usage error). Recorded
  // only when that is exactly what happened.
  if (hasSubcommands) {
    const plain = await record(path, false)
    const colored = await record(path, true)
    if (
      plain.stdout === "" &&
      colored.stdout === "" &&
      plain.code === colored.code &&
      plain.code !== 0 &&
      plain.stderr === requested["--help"].plain &&
      colored.stderr === requested["--help"].colored
    ) {
      runs[JSON.stringify(path)] = [indexOf(plain.stderr), indexOf(colored.stderr), 2, plain.code]
    }
  }
}

const file = join(distDir, "help.json")
writeFileSync(file, `${JSON.stringify({ version: MANIFEST_VERSION, texts, runs })}\n`)
realWrite(
  `help-manifest: ${Object.keys(runs).length} help requests, ${texts.length} texts -> ${file}\n`,
)
realExit(0)
