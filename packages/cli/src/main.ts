/**
 * The `kie` program: parses argv with effect/cli, runs the command, and turns every outcome into
 * one sentence on stderr and an exit code (see `internal/exit.ts`).
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Cause, Effect, Exit, Layer } from "effect"
import { CliConfig, type CliError, CliOutput, Command, GlobalFlag } from "effect/cli"
import { credits, upload } from "./commands/account"
import { batch } from "./commands/batch"
import { fluxKontext, gpt4oImage, market } from "./commands/generate"
import { mock } from "./commands/mock"
import { exitCodesHelp, root } from "./commands/root"
import { download, task } from "./commands/task"
import { webhook } from "./commands/webhook"
import { describeError } from "./internal/describe"
import { CliFailure, EXIT } from "./internal/exit"
import {
  configureOutput,
  errorMessage,
  hideSecret,
  installRedaction,
  jsonWasPrinted,
  outputSettings,
  printJson,
} from "./internal/output"
import { VERSION } from "./version"

export const app = root.pipe(
  Command.withSubcommands([
    fluxKontext,
    gpt4oImage,
    market,
    task,
    download,
    credits,
    upload,
    webhook,
    batch,
    mock,
  ]),
)

/** The flags whose value is a secret: hidden from every output before anything is parsed. */
const SECRET_FLAGS = new Set(["--api-key", "--secret", "--webhook-secret"])

/** Reads the flags that shape output (and the secrets) before effect/cli parses argv. */
const prescan = (argv: ReadonlyArray<string>): void => {
  const env = process.env
  hideSecret(env.KIE_API_KEY)
  hideSecret(env.KIE_WEBHOOK_SECRET)
  let json = false
  let verbose = false
  let noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== ""
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === "--") break
    const eq = arg.indexOf("=")
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg
    if (SECRET_FLAGS.has(name)) hideSecret(eq > 0 ? arg.slice(eq + 1) : argv[i + 1])
    else if (arg === "--json") json = true
    else if (arg === "--verbose") verbose = true
    else if (arg === "--no-color") noColor = true
  }
  configureOutput({ json, verbose, color: !noColor })
}

const usageHint = (commandPath: ReadonlyArray<string>) =>
  `Run '${commandPath.join(" ")} --help' for usage.`

/** Help on stdout (with the exit codes), usage errors on stderr. */
const presenter: CliOutput.Presenter = {
  present: (event) =>
    Effect.sync(() => {
      const colors = outputSettings().color && (process.stdout.isTTY ?? false)
      const formatter = CliOutput.defaultFormatter({ colors, globalFlags: "summary" })
      switch (event._tag) {
        case "Help": {
          const text = `${formatter.formatHelpDoc(event.helpDoc).trimEnd()}\n\nEXIT CODES\n${exitCodesHelp()}\n`
          if (event.reason === "Requested") process.stdout.write(text)
          else process.stderr.write(text)
          return
        }
        case "InvalidInvocation": {
          for (const error of event.errors) errorMessage(`${error.message}`)
          process.stderr.write(`${usageHint(event.commandPath)}\n`)
          if (outputSettings().json) {
            printJson({
              error: {
                type: event.errors[0]?._tag ?? "UsageError",
                message: event.errors.map((error) => error.message).join("; "),
                exitCode: EXIT.usage,
              },
            })
          }
          return
        }
        case "Version":
          process.stdout.write(`${event.name} ${event.version}\n`)
          return
      }
    }),
}

const isShowHelp = (error: unknown): error is CliError.ShowHelp =>
  (error as { _tag?: unknown } | null)?._tag === "ShowHelp"

/** Prints a failure (sentence, hints, stack with --verbose) and returns its exit code. */
const report = (error: unknown): number => {
  if (isShowHelp(error)) return EXIT.usage
  const described = describeError(error)
  errorMessage(described.message, described.hints)
  if (outputSettings().verbose) {
    const cause = error instanceof CliFailure ? (error.cause ?? error) : error
    if (cause instanceof Error && cause.stack) process.stderr.write(`${cause.stack}\n`)
  }
  if (outputSettings().json && !jsonWasPrinted()) {
    printJson({
      error: { type: described.type, message: described.message, exitCode: described.exitCode },
    })
  }
  return described.exitCode
}

/** Runs the CLI on `argv` (without `node` and the script) and exits the process. */
export const main = (argv: ReadonlyArray<string>): void => {
  installRedaction()
  prescan(argv)
  let signals = 0
  const onSignal = () => {
    // The first signal interrupts the command (runMain); a second one exits at once.
    if (++signals > 1) process.exit(EXIT.interrupted)
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)
  // `kie ... | head -1`: a reader that goes away is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok)
    throw error
  })

  const program = Command.runWith(app, { version: VERSION })(argv).pipe(
    Effect.as(EXIT.ok as number),
    Effect.catchCause((cause) => {
      if (Cause.hasInterruptsOnly(cause)) return Effect.failCause(cause)
      const failure = Cause.squash(cause)
      return Effect.sync(() => report(failure))
    }),
    Effect.provide(
      Layer.mergeAll(
        NodeServices.layer,
        CliConfig.layer({
          builtIns: [GlobalFlag.Help, GlobalFlag.Version, GlobalFlag.Completions],
        }),
        CliOutput.layerPresenter(presenter),
      ),
    ),
  )

  NodeRuntime.runMain(program, {
    disableErrorReporting: true,
    teardown: (exit) => {
      const code = Exit.isSuccess(exit)
        ? Number(exit.value)
        : Cause.hasInterruptsOnly(exit.cause)
          ? EXIT.interrupted
          : report(Cause.squash(exit.cause))
      // Let stdout and stderr drain (pipes can be asynchronous), then exit with the code.
      process.stdout.write("", () => process.stderr.write("", () => process.exit(code)))
    },
  })
}
