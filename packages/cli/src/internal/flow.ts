/**
 * The steps every task command shares: create (never interrupted half-way), wait with a live
 * progress line, download, and report — one JSON document with `--json`, human lines otherwise.
 */
import type { KieApi, RunRequest, Task } from "@kie-kit/client/core"
import { KieClient } from "@kie-kit/effect-client"
import { Effect } from "effect"
import { type Described, describeError, resumeCommand, shellCommand } from "./describe"
import { formatDuration } from "./duration"
import { CliFailure, EXIT } from "./exit"
import { type SavedFile, saveOutputs, waitFor } from "./kie"
import {
  jsonWasPrinted,
  message,
  note,
  outputSettings,
  printJson,
  printLine,
  startProgress,
  statusWord,
  style,
} from "./output"
import type { Session } from "./session"

/** The `error` member of a JSON document. */
export interface ErrorDoc {
  /** The error `_tag` (e.g. `TaskFailedError`) or `CliFailure`. */
  readonly type: string
  readonly message: string
  readonly exitCode: number
  /** The family's failure code of a failed task. */
  readonly code?: string
}

/** The `--json` document of every task command. */
export interface TaskDoc {
  readonly taskId: string | null
  readonly api: KieApi
  /**
   * queued | running | succeeded | failed, or `unknown` (create outcome unknown), `not-created`,
   * `interrupted` (Ctrl-C: the task, if it has a taskId, keeps running on KIE).
   */
  readonly status: string
  readonly progress?: number
  readonly model?: string
  readonly outputs: ReadonlyArray<string>
  readonly files: ReadonlyArray<string>
  readonly error: ErrorDoc | null
}

export const errorDoc = (error: unknown, described: Described = describeError(error)): ErrorDoc => {
  const failCode = (error as { failCode?: unknown } | null)?.failCode
  const apiCode = (error as { code?: unknown } | null)?.code
  const code =
    typeof failCode === "string"
      ? failCode
      : typeof apiCode === "number"
        ? String(apiCode)
        : undefined
  return {
    type: described.type,
    message: described.message,
    exitCode: described.exitCode,
    ...(code !== undefined ? { code } : {}),
  }
}

export const docOf = (
  api: KieApi,
  taskId: string | null,
  task: Task | undefined,
  files: ReadonlyArray<SavedFile> = [],
  error: ErrorDoc | null = null,
  status?: string,
): TaskDoc => ({
  taskId,
  api,
  status: status ?? task?.status ?? "queued",
  ...(task?.progress !== undefined ? { progress: task.progress } : {}),
  ...(task?.model !== undefined ? { model: task.model } : {}),
  outputs: task?.outputs ?? [],
  files: files.map((file) => file.path),
  error,
})

/** The `error` of a document printed because the command was interrupted (exit 130). */
export const interruptedError = (text: string): ErrorDoc => ({
  type: "Interrupted",
  message: text,
  exitCode: EXIT.interrupted,
})

/**
 * With `--json`, makes sure an interrupted command still prints its one document: when `self` is
 * interrupted and nothing was printed yet, prints `doc()`. The innermost handler that knows the
 * most wins (only the first document is printed).
 */
export const jsonOnInterrupt =
  (doc: () => unknown) =>
  <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Effect.onInterrupt(self, () =>
      Effect.sync(() => {
        if (outputSettings().json && !jsonWasPrinted()) printJson(doc())
      }),
    )

/** Reports a failure: the JSON document (if --json) and a CliFailure carrying the exit code. */
const failWith = (
  error: unknown,
  doc: (e: ErrorDoc) => TaskDoc,
  extraHints: ReadonlyArray<string> = [],
): CliFailure => {
  const described = describeError(error)
  if (outputSettings().json) printJson(doc(errorDoc(error, described)))
  return new CliFailure(described.exitCode, described.message, {
    hints: [...described.hints, ...extraHints],
    cause: error,
  })
}

/**
 * Creates a task. The request runs uninterruptibly: once sent, Ctrl-C waits for its answer so the
 * taskId is never lost. A definite failure exits with its code; an unknown outcome exits 8.
 */
export const createTask = (request: RunRequest): Effect.Effect<string, CliFailure, KieClient> =>
  Effect.flatMap(KieClient, (kie) => kie.create(request)).pipe(
    Effect.uninterruptible,
    Effect.map(({ taskId }) => taskId),
    Effect.mapError((error) =>
      failWith(error, (e) =>
        docOf(
          request.api,
          null,
          undefined,
          [],
          e,
          error._tag === "CreateOutcomeUnknownError" ? "unknown" : "not-created",
        ),
      ),
    ),
  )

export interface FollowOptions {
  readonly api: KieApi
  readonly taskId: string
  /** Wait until the task is final. */
  readonly wait: boolean
  /** Save the outputs here (implies waiting). */
  readonly out?: string | undefined
}

/** Saves a task's outputs with a progress line (terminals only). */
export const saveWithProgress = (task: Task, out: string) =>
  Effect.suspend(() => {
    const progress = startProgress(`${task.api} ${task.taskId}`, { ttyOnly: true })
    let saved = 0
    progress.update({ status: "downloading", detail: `0/${task.outputs.length} files` })
    return saveOutputs(task, out, () => {
      saved++
      progress.update({ status: "downloading", detail: `${saved}/${task.outputs.length} files` })
    }).pipe(Effect.ensuring(Effect.sync(() => progress.stop())))
  })

/** Prints the human summary of a succeeded task. */
const printHuman = (doc: TaskDoc, elapsedMs: number | undefined) => {
  if (doc.status === "succeeded") {
    const took = elapsedMs !== undefined ? ` in ${formatDuration(elapsedMs)}` : ""
    message(`${style.green("✔")} ${doc.api} task ${doc.taskId} succeeded${took}`)
    if (doc.files.length > 0) {
      message(`Saved ${doc.files.length} file${doc.files.length === 1 ? "" : "s"}:`)
      for (const file of doc.files) printLine(file)
    } else {
      for (const url of doc.outputs) printLine(url)
    }
  }
}

/** `kie task wait ...` for this session's server, plus the note on where the key comes from. */
export const resumeFor = (
  session: Session,
  api: KieApi,
  taskId: string,
  out?: string | undefined,
): string =>
  `${resumeCommand(api, taskId, { out, resumeFlags: session.resumeFlags })}${session.resumeNote}`

/** The line telling how to pick up a wait that did not finish. */
const resumeHint = (session: Session, api: KieApi, taskId: string, out: string | undefined) =>
  session.mock
    ? "(The embedded --mock server stops with this command, so this task cannot be resumed.)"
    : `Resume the wait with: ${resumeFor(session, api, taskId, out)}`

/** Errors after which waiting again cannot help, so no resume command is printed. */
const NO_RESUME = new Set(["TaskFailedError", "NotFoundError"])

/**
 * Reports a task command interrupted after its task exists (exit 130 follows): the taskId and
 * the command that resumes the wait on stderr; with `--json`, the one document (status
 * `interrupted`). `printId` also prints the taskId on stdout (a create: it is the result).
 */
const reportInterrupted = (
  session: Session,
  options: FollowOptions,
  last: Task | undefined,
  printId: boolean,
) => {
  const { api, taskId, out } = options
  const saving = !session.mock && last?.status === "succeeded" && out !== undefined
  const text = saving
    ? `Interrupted: ${api} task ${taskId} succeeded, but its outputs were not all saved.`
    : `Interrupted: ${api} task ${taskId} keeps running on KIE.`
  if (outputSettings().json) {
    printJson(docOf(api, taskId, last, [], interruptedError(text), "interrupted"))
  } else if (printId) printLine(taskId)
  const next = saving
    ? `Save them with: ${shellCommand(["kie", "download", taskId, "--api", api, "--out", out, ...session.resumeFlags])}${session.resumeNote}`
    : resumeHint(session, api, taskId, out)
  message(`${text} ${next}`)
}

/**
 * Waits for (when asked) and downloads (when `out` is set) a task, then reports it. Failures are
 * reported the same way: the JSON document with its `error`, a sentence on stderr, the exit code.
 *
 * The interrupt handler is installed before the work is made interruptible, so this may be
 * called from an uninterruptible region (right after a create): a Ctrl-C that arrived during the
 * create is then reported here, with the taskId, instead of being lost.
 */
export const followTask = (
  session: Session,
  options: FollowOptions,
  interrupted: { readonly printId?: boolean } = {},
): Effect.Effect<TaskDoc, CliFailure, KieClient> => {
  let last: Task | undefined
  return Effect.interruptible(
    Effect.gen(function* () {
      const { api, taskId, out } = options
      const resumeHints = [resumeHint(session, api, taskId, out)]
      if (!options.wait && out === undefined) {
        const doc = docOf(api, taskId, undefined)
        if (outputSettings().json) printJson(doc)
        else {
          printLine(taskId)
          const follow = `${resumeCommand(api, taskId, { resumeFlags: session.resumeFlags })}${session.resumeNote}`
          message(`Created ${api} task ${taskId}. Follow it with: ${follow}`)
        }
        return doc
      }
      const started = Date.now()
      const progress = startProgress(`${api} ${taskId}`)
      const task = yield* waitFor(session, { api, taskId }, (update) => {
        last = update
        progress.update({ status: update.status, progress: update.progress })
      }).pipe(
        Effect.ensuring(Effect.sync(() => progress.stop())),
        Effect.mapError((error) => {
          const failedTask =
            (error as { task?: Task }).task ?? (error as { lastTask?: Task }).lastTask ?? last
          if (error._tag === "WaitTimeoutError") {
            const described = describeError(error)
            if (outputSettings().json) {
              printJson(docOf(api, taskId, failedTask, [], errorDoc(error, described)))
            }
            return new CliFailure(described.exitCode, described.message, {
              hints: resumeHints,
              cause: error,
            })
          }
          // The task may still finish: unless it failed or KIE does not know it, say how to
          // pick the wait up again.
          const hints = NO_RESUME.has(error._tag) ? [] : resumeHints
          return failWith(error, (e) => docOf(api, taskId, failedTask, [], e), hints)
        }),
      )
      last = task
      let files: ReadonlyArray<SavedFile> = []
      if (out !== undefined) {
        files = yield* saveWithProgress(task, out).pipe(
          Effect.mapError((error) =>
            failWith(error, (e) => docOf(api, taskId, task, [], e), [
              `The task succeeded; download again with: ${shellCommand(["kie", "download", taskId, "--api", api, "--out", out, ...session.resumeFlags])}${session.resumeNote}`,
            ]),
          ),
        )
      }
      const doc = docOf(api, taskId, task, files)
      if (outputSettings().json) printJson(doc)
      else printHuman(doc, Date.now() - started)
      return doc
    }),
  ).pipe(
    Effect.onInterrupt(() =>
      Effect.sync(() => reportInterrupted(session, options, last, interrupted.printId === true)),
    ),
  )
}

/**
 * Creates a task, then waits/downloads as asked (the three create commands). Ctrl-C before the
 * create is sent stops there (nothing was created); once it is sent, the create is never
 * interrupted half-way: its answer is awaited, and an interruption that arrived meanwhile is
 * reported with the taskId and the resume command (exit 130). `progress.sent` is set once the
 * create starts (see {@link reportNotCreated}).
 */
export const createAndFollow = (
  session: Session,
  request: RunRequest,
  options: { readonly wait: boolean; readonly out?: string | undefined },
  progress: { sent: boolean },
): Effect.Effect<TaskDoc, CliFailure, KieClient> =>
  Effect.uninterruptibleMask((restore) =>
    Effect.gen(function* () {
      // The last point where Ctrl-C stops the command with nothing created.
      yield* restore(Effect.void)
      progress.sent = true
      const taskId = yield* createTask(request)
      const waiting = options.wait || options.out !== undefined
      if (waiting) note(`Created ${request.api} task ${taskId}`)
      return yield* followTask(
        session,
        { api: request.api, taskId, wait: waiting, out: options.out },
        { printId: true },
      )
    }),
  )

/**
 * Reports a create command interrupted before its request was sent (nothing was created): a
 * line on stderr, and with `--json` the one document (status `not-created`).
 */
export const reportNotCreated =
  (api: KieApi, progress: { readonly sent: boolean }) =>
  <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Effect.onInterrupt(self, () =>
      Effect.sync(() => {
        if (progress.sent) return
        const text = "Interrupted before the create request was sent: nothing was created."
        if (outputSettings().json) {
          printJson(docOf(api, null, undefined, [], interruptedError(text), "not-created"))
        }
        message(text)
      }),
    )

/** Human view of one task (for `kie task get`). */
export const printTask = (task: Task, files: ReadonlyArray<string> = []): void => {
  const rows: Array<[string, string]> = [
    ["task", task.taskId],
    ["api", task.api],
    [
      "status",
      `${statusWord(task.status, process.stdout.isTTY ?? false)}${
        task.progress !== undefined ? ` ${Math.round(task.progress * 100)}%` : ""
      }`,
    ],
  ]
  if (task.model !== undefined) rows.push(["model", task.model])
  if (task.createdAt !== undefined) rows.push(["created", task.createdAt.toISOString()])
  if (task.completedAt !== undefined) rows.push(["completed", task.completedAt.toISOString()])
  if (task.error !== undefined) rows.push(["error", `${task.error.code}: ${task.error.message}`])
  task.outputs.forEach((url, index) => {
    rows.push([index === 0 ? "outputs" : "", url])
  })
  files.forEach((file, index) => {
    rows.push([index === 0 ? "files" : "", file])
  })
  for (const [key, value] of rows) printLine(`${key.padEnd(10)}${value}`)
}
