/**
 * @kie-kit/mock-server/cli: the `kie-mock` command as a function, for embedding it in another
 * command line (the kie CLI's `kie mock`).
 */

import { type ParsedArgs, parseArgs, USAGE, UsageError } from "./internal/args"
import { startMockServer } from "./server"

export interface MainIo {
  /** Where the URLs and status lines go (default: process.stdout). */
  readonly stdout?: (text: string) => void
  /** Where request log lines and errors go (default: process.stderr). */
  readonly stderr?: (text: string) => void
  /** Stops the server when aborted (SIGINT and SIGTERM always do). */
  readonly signal?: AbortSignal
}

/**
 * The `kie-mock` command: starts the mock server, prints its URLs, logs one line per request
 * and stops cleanly on SIGINT/SIGTERM (or when `io.signal` aborts). Resolves with the exit code.
 */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  io: MainIo = {},
): Promise<number> {
  const stdout = io.stdout ?? ((text: string) => void process.stdout.write(text))
  const stderr = io.stderr ?? ((text: string) => void process.stderr.write(text))
  let parsed: ParsedArgs
  try {
    parsed = parseArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    stderr(`kie-mock: ${error.message}\n\n${USAGE}`)
    return 2
  }
  if (parsed.help) {
    stdout(USAGE)
    return 0
  }
  const mock = await startMockServer({
    ...parsed.options,
    logger: parsed.quiet ? false : (line) => stderr(`${new Date().toISOString()} ${line}\n`),
  })
  stdout(
    [
      "kie-mock: KIE.AI mock server (unofficial) is running",
      `  API     ${mock.url}`,
      `  Upload  ${mock.uploadUrl}`,
      "Use any non-empty API key unless --api-key was given. Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  )
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop)
      process.off("SIGTERM", stop)
      io.signal?.removeEventListener("abort", stop)
      resolve()
    }
    process.once("SIGINT", stop)
    process.once("SIGTERM", stop)
    if (io.signal?.aborted === true) stop()
    else io.signal?.addEventListener("abort", stop)
  })
  await mock.close()
  stdout("kie-mock: stopped\n")
  return 0
}
