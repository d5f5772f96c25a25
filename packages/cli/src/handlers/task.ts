import { taskFailedError } from "@kie-kit/client/core"
import { KieClient } from "@kie-kit/effect-client"
import { Effect } from "effect"
import type { DownloadInput, TaskGetInput, TaskWaitInput } from "../commands/task"
import { describeError } from "../internal/describe"
import { CliFailure, EXIT } from "../internal/exit"
import {
  docOf,
  errorDoc,
  followTask,
  interruptedError,
  jsonOnInterrupt,
  printTask,
  resumeFor,
  saveWithProgress,
} from "../internal/flow"
import { note, outputSettings, printJson, printLine } from "../internal/output"
import { type Globals, withSession } from "../internal/session"

/** With --json, the document of a task command interrupted before it had a result. */
const interruptedDoc = (api: TaskGetInput["api"], taskId: string, text: string) =>
  jsonOnInterrupt(() => docOf(api, taskId, undefined, [], interruptedError(text), "interrupted"))

/** Reports a read failure the same way as the task flow (JSON document + exit code). */
const readFailure = (api: TaskGetInput["api"], taskId: string) => (error: unknown) => {
  const described = describeError(error)
  if (outputSettings().json)
    printJson(docOf(api, taskId, undefined, [], errorDoc(error, described), "error"))
  return new CliFailure(described.exitCode, described.message, {
    hints: described.hints,
    cause: error,
  })
}

export const taskGet = (input: TaskGetInput, globals: Globals) =>
  withSession(globals, () =>
    Effect.gen(function* () {
      const kie = yield* KieClient
      const task = yield* kie
        .getTask({ api: input.api, taskId: input.taskId })
        .pipe(Effect.mapError(readFailure(input.api, input.taskId)))
      if (outputSettings().json) {
        printJson(
          docOf(
            input.api,
            task.taskId,
            task,
            [],
            task.error
              ? {
                  type: "TaskFailedError",
                  message: task.error.message,
                  exitCode: EXIT.taskFailed,
                  code: task.error.code,
                }
              : null,
          ),
        )
      } else printTask(task)
    }),
  ).pipe(
    interruptedDoc(
      input.api,
      input.taskId,
      `Interrupted before ${input.api} task ${input.taskId} was read.`,
    ),
  )

export const taskWait = (input: TaskWaitInput, globals: Globals) =>
  withSession(globals, (session) =>
    followTask(session, {
      api: input.api,
      taskId: input.taskId,
      wait: true,
      out: input.out._tag === "Some" ? input.out.value : undefined,
    }).pipe(Effect.asVoid),
  ).pipe(
    interruptedDoc(
      input.api,
      input.taskId,
      `Interrupted: ${input.api} task ${input.taskId} keeps running on KIE.`,
    ),
  )

export const download = (input: DownloadInput, globals: Globals) =>
  withSession(globals, (session) =>
    Effect.gen(function* () {
      const { api, taskId, out } = input
      const kie = yield* KieClient
      const task = yield* kie
        .getTask({ api, taskId })
        .pipe(Effect.mapError(readFailure(api, taskId)))
      if (task.status === "failed") {
        const error = taskFailedError(task)
        const described = describeError(error)
        if (outputSettings().json)
          printJson(docOf(api, taskId, task, [], errorDoc(error, described)))
        return yield* Effect.fail(
          new CliFailure(described.exitCode, described.message, { cause: error }),
        )
      }
      if (task.status !== "succeeded") {
        const text = `Task ${taskId} (${api}) is still ${task.status}: there is nothing to download yet.`
        if (outputSettings().json) {
          printJson(
            docOf(api, taskId, task, [], {
              type: "TaskNotFinished",
              message: text,
              exitCode: EXIT.waitTimeout,
            }),
          )
        }
        return yield* Effect.fail(
          new CliFailure(EXIT.waitTimeout, text, {
            hints: [
              `Wait for it and save the outputs with: ${resumeFor(session, api, taskId, out)}`,
            ],
          }),
        )
      }
      const files = yield* saveWithProgress(task, out).pipe(
        Effect.mapError(readFailure(api, taskId)),
      )
      const doc = docOf(api, taskId, task, files)
      if (outputSettings().json) printJson(doc)
      else {
        note(`Saved ${files.length} file${files.length === 1 ? "" : "s"}:`)
        for (const file of doc.files) printLine(file)
      }
    }),
  ).pipe(
    interruptedDoc(
      input.api,
      input.taskId,
      `Interrupted before every output of ${input.api} task ${input.taskId} was saved; run the same command again.`,
    ),
  )
