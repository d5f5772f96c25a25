import { Effect, Option, Redacted } from "effect"
import type { MockInput } from "../commands/mock"
import { CliFailure, EXIT } from "../internal/exit"
import { hideSecret } from "../internal/output"
import type { Globals } from "../internal/session"

/**
 * `kie mock`: delegates to the mock server's own `main`, which serves until Ctrl-C. The global
 * `--api-key` (the flag only: an exported KIE_API_KEY is the key of a real account, not a wish to
 * lock the mock) restricts the keys the mock accepts, as its banner says. The banner and request
 * log are human text, also with `--json`.
 */
export const mock = (input: MockInput, globals: Globals) =>
  Effect.gen(function* () {
    const argv = ["--port", String(input.port), "--upload-port", String(input.uploadPort)]
    if (Option.isSome(globals.apiKey)) {
      const key = Redacted.value(globals.apiKey.value).trim()
      if (key === "") {
        return yield* Effect.fail(new CliFailure(EXIT.usage, "--api-key is empty."))
      }
      hideSecret(key)
      argv.push("--api-key", key)
    }
    if (input.faultRate > 0) argv.push("--fault-rate", String(input.faultRate))
    if (Option.isSome(input.seed)) argv.push("--seed", String(input.seed.value))
    if (Option.isSome(input.taskDuration))
      argv.push("--task-duration", String(input.taskDuration.value))
    if (Option.isSome(input.webhookSecret)) {
      const secret = Redacted.value(input.webhookSecret.value)
      hideSecret(secret)
      argv.push("--webhook-secret", secret)
    }
    if (input.quiet) argv.push("--quiet")
    const { main } = yield* Effect.promise(() => import("@kie-kit/mock-server/cli"))
    // The mock's `main` stops itself on SIGINT/SIGTERM and closes its listeners; the effect waits
    // for that (uninterruptible) so "stopped" is printed before the process exits with 130.
    const code = yield* Effect.tryPromise({
      try: () => main(argv),
      catch: (error) =>
        (error as { code?: unknown }).code === "EADDRINUSE"
          ? new CliFailure(
              EXIT.usage,
              "The mock server's port is already in use: pick another --port / --upload-port (0 = any free port).",
              { cause: error },
            )
          : new CliFailure(
              EXIT.internal,
              `The mock server could not start: ${error instanceof Error ? error.message : String(error)}.`,
              { cause: error },
            ),
    }).pipe(Effect.uninterruptible)
    if (code !== 0) {
      return yield* Effect.fail(new CliFailure(EXIT.usage, "The mock server rejected its options."))
    }
  })
