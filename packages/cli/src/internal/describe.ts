/**
 * One clear sentence per error, worded for the command line (the client's messages mention its
 * own functions, e.g. `kie.credits()`; here they mention `kie` commands instead).
 */
import type { KieApi } from "@kie-kit/client/core"
import { formatDuration } from "./duration"
import { CliFailure, type ExitCode, exitCodeOf } from "./exit"

export interface Described {
  readonly exitCode: ExitCode
  readonly message: string
  readonly hints: ReadonlyArray<string>
  /** `_tag` of the error (or "CliFailure"). */
  readonly type: string
}

/** Quotes a shell word when needed. */
export const shellWord = (word: string): string =>
  /^[A-Za-z0-9_./:@%+=,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'"'"'`)}'`

export const shellCommand = (words: ReadonlyArray<string>): string => words.map(shellWord).join(" ")

/** `kie task wait <id> --api <api> [--out DIR] [connection flags]`. */
export const resumeCommand = (
  api: KieApi,
  taskId: string,
  options: { out?: string | undefined; resumeFlags?: ReadonlyArray<string> | undefined } = {},
): string =>
  shellCommand([
    "kie",
    "task",
    "wait",
    taskId,
    "--api",
    api,
    ...(options.out !== undefined ? ["--out", options.out] : []),
    ...(options.resumeFlags ?? []),
  ])

const firstSentence = (text: string): string => text.trim().replace(/\s+/g, " ")

/**
 * Why a create's outcome is unknown, as a short clause for the middle of one sentence (never the
 * cause's own message cut to a length: that could end mid-word). `undefined` when unknown.
 */
export const unknownOutcomeReason = (cause: unknown): string | undefined => {
  const c = cause as
    | { _tag?: unknown; code?: unknown; httpStatus?: unknown; timeoutMs?: unknown }
    | null
    | undefined
  switch (c?._tag) {
    case "ConnectionError":
      return "the connection was lost after the request was sent"
    case "TimeoutError":
      return typeof c.timeoutMs === "number"
        ? `no answer came within ${formatDuration(c.timeoutMs)}`
        : "no answer came in time"
    case "ServerError": {
      const code = typeof c.code === "number" ? c.code : c.httpStatus
      return typeof code === "number"
        ? `KIE answered with server error ${code}`
        : "KIE answered with a server error"
    }
    case "UnexpectedResponseError":
      return "KIE's answer could not be read"
    default:
      return undefined
  }
}

export const OUTCOME_UNKNOWN_HINTS: ReadonlyArray<string> = [
  "Before creating it again, check whether the task exists: look at the task list in your KIE dashboard,",
  "compare `kie credits` with the balance before the request (a processed task is charged),",
  "or wait for the callback if you passed --callback-url.",
]

/** Describes any failure for stderr. */
export const describeError = (error: unknown): Described => {
  const exitCode = exitCodeOf(error)
  if (error instanceof CliFailure) {
    const causeTag = (error.cause as { _tag?: unknown } | null | undefined)?._tag
    const type = typeof causeTag === "string" ? causeTag : "CliFailure"
    return { exitCode, message: error.message, hints: error.hints, type }
  }
  const tag = (error as { _tag?: unknown } | null)?._tag
  const type = typeof tag === "string" ? tag : error instanceof Error ? error.name : "Error"
  const text = error instanceof Error ? error.message : String(error)
  switch (tag) {
    case "WaitTimeoutError": {
      const e = error as {
        api: KieApi
        taskId: string
        elapsedMs: number
        lastTask?: { status: string }
      }
      const state = e.lastTask ? `still ${e.lastTask.status}` : "not finished"
      return {
        exitCode,
        type,
        message: `Task ${e.taskId} (${e.api}) was ${state} after waiting ${formatDuration(e.elapsedMs)}; it keeps running on KIE.`,
        hints: [`Resume the wait with: ${resumeCommand(e.api, e.taskId)}`],
      }
    }
    case "CreateOutcomeUnknownError": {
      const why = unknownOutcomeReason((error as { cause?: unknown }).cause)
      return {
        exitCode,
        type,
        message: `The create request may or may not have been processed by KIE${why ? ` (${why})` : ""}; it was NOT resent, so you are not charged twice.`,
        hints: OUTCOME_UNKNOWN_HINTS,
      }
    }
    case "InsufficientCreditsError":
      return {
        exitCode,
        type,
        message:
          "The KIE account has insufficient credits (402): top up at https://kie.ai and check the balance with `kie credits`.",
        hints: [],
      }
    case "AbortError":
      return { exitCode, type, message: "Interrupted.", hints: [] }
    default:
      return { exitCode, type, message: firstSentence(text), hints: [] }
  }
}
