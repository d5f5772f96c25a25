/**
 * The help fast path: `kie --help`, `kie -h`, `kie <command> [<subcommand>] --help` and the bare
 * group commands (`kie`, `kie task`, ...) print a help text that depends only on the command
 * tree. The build (`scripts/help-manifest.mjs`, run by tsdown) records what the real program
 * prints for each of those exact argv lists into `dist/help.json`, once without and once with
 * colors; this module replays the record without loading effect, effect/cli or the command
 * definitions, so asking for help costs little more than starting node. Anything else (any
 * other argv, a secret in the environment that the real program would redact from the text,
 * `KIE_NO_FAST_HELP=1`, a missing or stale manifest) goes to the real program.
 * `test/fast-help.test.ts` compares both paths byte for byte for every recorded argv, with and
 * without colors.
 *
 * Imports nothing but `node:fs`: this runs before, and usually instead of, the 300 kB bundle.
 */
import { readFileSync } from "node:fs"

/** `dist/help.json`, written by `scripts/help-manifest.mjs`. */
export interface HelpManifest {
  readonly version: 1
  /** The distinct texts; runs refer to them by index. */
  readonly texts: ReadonlyArray<string>
  /**
   * `JSON.stringify(argv)` -> [plain text, colored text, stream (1 stdout, 2 stderr), exit code]
   * of a run of the real program with that argv (colors: stdout a terminal, no `NO_COLOR`).
   */
  readonly runs: Readonly<Record<string, readonly [number, number, 1 | 2, number]>>
}

export const MANIFEST_VERSION = 1

/** The environment variables whose value the real program registers as a secret to redact. */
const SECRET_VARIABLES = ["KIE_API_KEY", "KIE_WEBHOOK_SECRET"] as const

/** Longest recorded argv: `kie <command> <subcommand> --help`. */
const MAX_ARGS = 3

/** Could `argv` be a recorded help request? (Cheap: decides whether to read the manifest.) */
const mayBeHelp = (argv: ReadonlyArray<string>): boolean => {
  if (argv.length > MAX_ARGS) return false
  const last = argv.length - 1
  for (let i = 0; i < last; i++) if ((argv[i] as string).startsWith("-")) return false
  return (
    last < 0 ||
    !(argv[last] as string).startsWith("-") ||
    argv[last] === "--help" ||
    argv[last] === "-h"
  )
}

/** Would the real program color its help? (`--no-color` never reaches here.) */
const colors = (): boolean => {
  const noColor = process.env.NO_COLOR
  return (noColor === undefined || noColor === "") && process.stdout.isTTY === true
}

/** Would the real program redact something in `text`? Then it must print it itself. */
const wouldRedact = (text: string): boolean =>
  SECRET_VARIABLES.some((name) => {
    const secret = process.env[name]
    return (
      secret !== undefined &&
      secret.trim() !== "" &&
      (text.includes(secret) || text.includes(encodeURIComponent(secret)))
    )
  })

const readManifest = (): HelpManifest | undefined => {
  try {
    const manifest = JSON.parse(
      readFileSync(new URL("./help.json", import.meta.url), "utf8"),
    ) as HelpManifest
    return manifest.version === MANIFEST_VERSION ? manifest : undefined
  } catch {
    return undefined
  }
}

/**
 * Prints the recorded help for `argv` and sets the exit code, or returns false (nothing printed)
 * when the real program has to run.
 */
export const fastHelp = (argv: ReadonlyArray<string>): boolean => {
  const optOut = process.env.KIE_NO_FAST_HELP
  if ((optOut !== undefined && optOut !== "") || !mayBeHelp(argv)) return false
  const manifest = readManifest()
  const run = manifest?.runs[JSON.stringify(argv)]
  if (manifest === undefined || run === undefined) return false
  const [plain, colored, stream, code] = run
  const text = manifest.texts[colors() ? colored : plain]
  if (text === undefined || wouldRedact(text)) return false
  // As in `main`: a reader that goes away (`kie --help | head -1`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0)
    throw error
  })
  ;(stream === 1 ? process.stdout : process.stderr).write(text)
  process.exitCode = code
  return true
}
