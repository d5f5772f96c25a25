import type { KieErrorTag } from "@kie-kit/client/core"

/**
 * Exit codes: one per kind of failure, so scripts can react without parsing messages.
 * The table is printed in `kie --help` and the README.
 */

export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  auth: 3,
  credits: 4,
  taskFailed: 5,
  waitTimeout: 6,
  unavailable: 7,
  outcomeUnknown: 8,
  interrupted: 130,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** `[code, meaning]` rows, in the order shown by `--help` and the README. */
export const EXIT_CODE_TABLE: ReadonlyArray<readonly [ExitCode, string]> = [
  [EXIT.ok, "success"],
  [EXIT.internal, "unexpected internal error (or an undecodable KIE response)"],
  [EXIT.usage, "usage or invalid input, rejected before any request; KIE's 422 and 404"],
  [EXIT.auth, "authentication: no API key, key rejected (401) or key limit reached (433)"],
  [EXIT.credits, "insufficient credits (402)"],
  [EXIT.taskFailed, "the task failed"],
  [EXIT.waitTimeout, "the wait timed out (the taskId and the resume command are printed)"],
  [
    EXIT.unavailable,
    "service unavailable after retries: 429, 455, 550, and 5xx/network/timeout (reads); a 5xx/reset/timeout on a create is 8",
  ],
  [
    EXIT.outcomeUnknown,
    "a create's outcome is unknown: it was not resent (what to check is printed)",
  ],
  [EXIT.interrupted, "interrupted (Ctrl-C / SIGINT / SIGTERM)"],
]

/**
 * The exit code of every kie-kit error, by `_tag`. A `Record` over all the tags, so a new error
 * class cannot be added without its exit code here (it would not compile).
 */
export const EXIT_CODE_BY_TAG: Readonly<Record<KieErrorTag, ExitCode>> = {
  ValidationError: EXIT.usage,
  NotFoundError: EXIT.usage,
  AuthenticationError: EXIT.auth,
  KeyLimitError: EXIT.auth,
  InsufficientCreditsError: EXIT.credits,
  TaskFailedError: EXIT.taskFailed,
  WaitTimeoutError: EXIT.waitTimeout,
  RateLimitError: EXIT.unavailable,
  MaintenanceError: EXIT.unavailable,
  ServerError: EXIT.unavailable,
  FeatureDisabledError: EXIT.unavailable,
  QueueFullError: EXIT.unavailable,
  ConnectionError: EXIT.unavailable,
  TimeoutError: EXIT.unavailable,
  CreateOutcomeUnknownError: EXIT.outcomeUnknown,
  AbortError: EXIT.interrupted,
  UnexpectedResponseError: EXIT.internal,
}

/** The exit code for a kie-kit error `_tag`; anything else is an internal error (1). */
export const exitCodeForTag = (tag: string | undefined): ExitCode =>
  tag !== undefined && Object.hasOwn(EXIT_CODE_BY_TAG, tag)
    ? EXIT_CODE_BY_TAG[tag as KieErrorTag]
    : EXIT.internal

/**
 * A failure the CLI itself raises (bad input found after parsing, a locked journal, a missing
 * key...). `message` is the one sentence shown on stderr.
 */
export class CliFailure extends Error {
  readonly _tag = "CliFailure" as const
  override readonly name = "CliFailure"
  readonly exitCode: ExitCode
  /** Extra lines printed after the message (e.g. the command that resumes a wait). */
  readonly hints: ReadonlyArray<string>

  constructor(
    exitCode: ExitCode,
    message: string,
    options?: { hints?: ReadonlyArray<string>; cause?: unknown },
  ) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined)
    this.exitCode = exitCode
    this.hints = options?.hints ?? []
  }
}

/** The exit code of anything a command can fail with. */
export const exitCodeOf = (error: unknown): ExitCode => {
  if (error instanceof CliFailure) return error.exitCode
  const tag = (error as { _tag?: unknown } | null)?._tag
  return exitCodeForTag(typeof tag === "string" ? tag : undefined)
}
