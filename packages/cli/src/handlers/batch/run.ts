/**
 * Running the jobs of `kie batch`: bounded concurrency, creates under the account's rate limit,
 * and the journal's write protocol (intent, then one create, then its answer, each fsynced), so
 * that a kill at any moment never leads to a job's task being created twice.
 */
import { isAbsolute, relative } from "node:path"
import { isRetryableCreate, type KieApi, retryDelayMs, type Task } from "@kie-kit/client/core"
import { removeStaleParts } from "@kie-kit/client/node"
import { KieClient, Retry } from "@kie-kit/effect-client"
import { Effect, Option } from "effect"
import type { BatchInput } from "../../commands/batch"
import type { Job } from "../../internal/batch/jobs"
import type { ErrorRecord, JobState, Journal } from "../../internal/batch/journal"
import { createLimiter, DEFAULT_CREATE_RATE } from "../../internal/batch/limiter"
import { describeError } from "../../internal/describe"
import { formatDuration } from "../../internal/duration"
import { CliFailure, EXIT } from "../../internal/exit"
import { type ErrorDoc, errorDoc } from "../../internal/flow"
import { type SavedFile, saveOutputs, waitFor } from "../../internal/kie"
import {
  message,
  note,
  outputSettings,
  type Progress,
  startProgress,
  stderrIsTTY,
  style,
} from "../../internal/output"
import type { Session } from "../../internal/session"

/** A path relative to the working directory when it is inside it, else absolute. */
export const displayPath = (file: string): string => {
  const rel = relative(process.cwd(), file)
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file
}

/** How one job ended in this run (`interrupted`: only in the document of an interrupted run). */
export type JobStatus =
  | "succeeded"
  | "failed"
  | "unknown"
  | "timed-out"
  | "error"
  | "not-created"
  | "lost"
  | "interrupted"

export interface JobOutcome {
  readonly job: Job
  readonly status: JobStatus
  readonly taskId: string | null
  readonly outputs: ReadonlyArray<string>
  readonly files: ReadonlyArray<string>
  readonly error: ErrorDoc | null
}

const record = (error: unknown): ErrorRecord => errorDoc(error)

export const journalFailure = (error: unknown) =>
  new CliFailure(
    EXIT.internal,
    `Cannot write the batch journal (${error instanceof Error ? error.message : String(error)}); stopped so that no task is created without a record.`,
    { cause: error },
  )

const STOP_CREATES = new Set(["AuthenticationError", "KeyLimitError", "InsufficientCreditsError"])

/** What this run knows about each job so far (read by the report of an interrupted run). */
export interface Progressed {
  /** The outcome of each job (by index in the jobs file), once it has one. */
  readonly outcomes: Array<JobOutcome | undefined>
  /** The taskId of each job whose task exists (from the journal or created in this run). */
  readonly taskIds: Map<number, { readonly api: KieApi; readonly taskId: string }>
}

export interface Runner {
  readonly session: Session
  readonly journal: Journal
  readonly out: string
  readonly input: BatchInput
  readonly total: number
  readonly retryLost: boolean
  readonly maxRetries: number
  readonly progressed: Progressed
}

export const runJobs = (runner: Runner, jobs: ReadonlyArray<Job>) =>
  Effect.gen(function* () {
    const { session, journal, out, input, total, progressed } = runner
    const kie = yield* KieClient
    const states = journal.replay.states
    const limiter = createLimiter(
      Option.getOrElse(input.createRate, () => DEFAULT_CREATE_RATE),
      { history: journal.replay.creates },
    )
    const width = String(Math.max(...jobs.map((job) => job.line))).length
    const tag = (job: Job) => style.dim(`line ${String(job.line).padStart(width)}`)
    let stopCreates: ErrorDoc | undefined
    const done = { succeeded: 0, failed: 0, other: 0 }
    let inFlight = 0
    const progress: Progress | undefined =
      stderrIsTTY() && !outputSettings().json ? startProgress("batch") : undefined
    const refresh = () =>
      progress?.update({
        status: `${done.succeeded + done.failed + done.other}/${total}`,
        detail: `${done.succeeded} succeeded · ${inFlight} in flight · ${done.failed + done.other} not succeeded`,
      })
    refresh()

    const append = (event: Parameters<Journal["append"]>[0]) =>
      Effect.try({ try: () => journal.append(event), catch: journalFailure })

    /** Counts a job's outcome (after it has left the in-flight count) and redraws. */
    const settle = (index: number, outcome: JobOutcome): JobOutcome => {
      if (outcome.status === "succeeded") done.succeeded++
      else if (outcome.status === "failed") done.failed++
      else done.other++
      progressed.outcomes[index] = outcome
      refresh()
      return outcome
    }

    const outcome = (
      job: Job,
      status: JobStatus,
      fields: Partial<Omit<JobOutcome, "job" | "status">> = {},
    ): JobOutcome => ({
      job,
      status,
      taskId: fields.taskId ?? null,
      outputs: fields.outputs ?? [],
      files: fields.files ?? [],
      error: fields.error ?? null,
    })

    const acquire = Effect.tryPromise({
      try: (signal) => limiter.acquire(signal),
      catch: (error) => error,
    }).pipe(Effect.orDie)

    /**
     * Creates the job's task. Each attempt: a rate-limiter slot, then (never interrupted)
     * intent (fsync) -> ONE create request -> its answer (fsync). A definite rejection is
     * journaled (`rejected`) and the job queued again after a pause, through the limiter; so a
     * kill at any moment leaves `intent` without an answer only for a request actually in flight.
     */
    const create = (job: Job) =>
      Effect.gen(function* () {
        for (let attempt = 0; ; attempt++) {
          if (stopCreates !== undefined) return { stopped: stopCreates } as const
          const release = yield* acquire
          if (stopCreates !== undefined) {
            release()
            return { stopped: stopCreates } as const
          }
          const answer = yield* Effect.uninterruptible(
            Effect.gen(function* () {
              yield* append({ event: "intent", job: job.key, line: job.line, api: job.api })
              // Sent once: a definite rejection is journaled and the job queued again below.
              const result = yield* Effect.result(
                kie.create(job.request, { retrySchedule: Retry.none }),
              ).pipe(Effect.ensuring(Effect.sync(release)))
              if (result._tag === "Success") {
                yield* append({
                  event: "created",
                  job: job.key,
                  api: job.api,
                  taskId: result.success.taskId,
                })
                return { taskId: result.success.taskId } as const
              }
              const failure = result.failure
              if (failure._tag === "CreateOutcomeUnknownError") {
                yield* append({ event: "unknown", job: job.key, error: record(failure) })
                return { error: failure } as const
              }
              // KIE definitely did not process it: rejected (429, 455, 550) or never connected.
              if (isRetryableCreate(failure)) {
                // A 429 means the account's window is full, whatever this run counted.
                if (failure._tag === "RateLimitError") {
                  limiter.holdFor(failure.retryAfterMs ?? 1_000)
                }
                if (attempt < runner.maxRetries) {
                  const retryInMs = retryDelayMs(attempt, failure, { role: "create" })
                  yield* append({
                    event: "rejected",
                    job: job.key,
                    error: record(failure),
                    retryInMs,
                  })
                  return { retryInMs, error: failure } as const
                }
              }
              yield* append({ event: "create-failed", job: job.key, error: record(failure) })
              return { error: failure } as const
            }),
          )
          if (!("retryInMs" in answer)) return answer
          message(
            `${tag(job)} ${style.yellow("rejected")} ${job.label}: ${describeError(answer.error).message} Not created; trying again in ${formatDuration(answer.retryInMs)}.`,
          )
          yield* Effect.sleep(answer.retryInMs)
        }
      })

    /** Waits for a created task, downloads its outputs, records the end. */
    const finish = (job: Job, api: KieApi, taskId: string, resumed: boolean) =>
      Effect.gen(function* () {
        if (resumed) {
          note(`${tag(job)} resuming ${api} task ${taskId}`)
          // Temporary files a killed run left behind for this task.
          yield* Effect.tryPromise(() => removeStaleParts(out, taskId)).pipe(Effect.ignore)
        }
        const waited = yield* Effect.result(waitFor(session, { api, taskId }))
        if (waited._tag === "Failure") {
          const error = waited.failure
          if (error._tag === "TaskFailedError") {
            yield* append({ event: "failed", job: job.key, api, taskId, error: record(error) })
            message(
              `${tag(job)} ${style.red("✖ failed")} ${api} task ${taskId}: ${describeError(error).message}`,
            )
            return outcome(job, "failed", { taskId, error: errorDoc(error) })
          }
          if (error._tag === "NotFoundError") {
            // KIE does not know the taskId: waiting again can never succeed. Journaled, so
            // reruns do not poll it forever; --retry-lost creates the job again.
            const doc: ErrorDoc = {
              ...errorDoc(error),
              message: `KIE does not know ${api} task ${taskId} (404): it may belong to another server or account, or be too old; rerun with --retry-lost to create the job again.`,
            }
            yield* append({ event: "lost", job: job.key, api, taskId, error: doc })
            message(`${tag(job)} ${style.red("lost")} ${doc.message}`)
            return outcome(job, "lost", { taskId, error: doc })
          }
          const status: JobStatus = error._tag === "WaitTimeoutError" ? "timed-out" : "error"
          message(
            `${tag(job)} ${style.yellow(status)} ${api} task ${taskId}: ${describeError(error).message}`,
          )
          return outcome(job, status, {
            taskId,
            outputs: (error as { lastTask?: Task }).lastTask?.outputs ?? [],
            error: errorDoc(error),
          })
        }
        const task = waited.success
        // Resolves once every file is fsynced in place: only then is `succeeded` journaled.
        const saved = yield* Effect.result(saveOutputs(task, out))
        if (saved._tag === "Failure") {
          message(
            `${tag(job)} ${style.yellow("error")} downloading task ${taskId}: ${describeError(saved.failure).message}`,
          )
          return outcome(job, "error", {
            taskId,
            outputs: task.outputs,
            error: errorDoc(saved.failure),
          })
        }
        const files = saved.success.map((file: SavedFile) => file.path)
        yield* append({
          event: "succeeded",
          job: job.key,
          api,
          taskId,
          outputs: task.outputs,
          files,
        })
        const shown = files.map(displayPath).join(", ")
        note(`${tag(job)} ${style.green("✔ succeeded")} ${api} task ${taskId} → ${shown}`)
        return outcome(job, "succeeded", { taskId, outputs: task.outputs, files })
      })

    /** Creates (unless stopped) and finishes a job that has no task yet. */
    const createAndFinish = (job: Job, index: number) =>
      Effect.gen(function* () {
        const created = yield* create(job)
        if ("stopped" in created) {
          return outcome(job, "not-created", { error: created.stopped })
        }
        if ("error" in created) {
          const error = created.error
          const doc = errorDoc(error)
          if (STOP_CREATES.has(error._tag) && stopCreates === undefined) {
            stopCreates = {
              ...doc,
              message: `Not created: an earlier create failed: ${doc.message}`,
            }
          }
          const status: JobStatus =
            error._tag === "CreateOutcomeUnknownError" ? "unknown" : "not-created"
          message(`${tag(job)} ${style.red(status)} ${job.label}: ${describeError(error).message}`)
          return outcome(job, status, { error: doc })
        }
        progressed.taskIds.set(index, { api: job.api, taskId: created.taskId })
        note(`${tag(job)} created ${job.api} task ${created.taskId} ${style.dim(job.label)}`)
        return yield* finish(job, job.api, created.taskId, false)
      })

    /** The outcome of a job the journal already settles (no request needed), if it does. */
    const fromJournal = (job: Job, state: JobState) =>
      Effect.gen(function* () {
        switch (state.kind) {
          case "succeeded":
            note(`${tag(job)} already succeeded earlier (task ${state.taskId})`)
            return outcome(job, "succeeded", {
              taskId: state.taskId,
              outputs: state.outputs,
              files: state.files,
            })
          case "failed":
            if (!input.retryFailed) {
              note(
                `${tag(job)} failed earlier (task ${state.taskId}); --retry-failed creates it again`,
              )
              return outcome(job, "failed", {
                taskId: state.taskId,
                error: state.error as ErrorDoc,
              })
            }
            yield* append({ event: "retry", job: job.key, reason: "failed" })
            return undefined
          case "lost":
            if (!runner.retryLost) {
              message(
                `${tag(job)} ${style.red("lost")} task ${state.taskId} is unknown to KIE (404, recorded earlier); --retry-lost creates the job again`,
              )
              return outcome(job, "lost", {
                taskId: state.taskId,
                error: state.error as ErrorDoc,
              })
            }
            yield* append({ event: "retry", job: job.key, reason: "lost" })
            return undefined
          case "unknown": {
            if (!input.retryUnknown) {
              const text =
                "an earlier create of this job may or may not have reached KIE (no answer was recorded), so it is not created again"
              message(`${tag(job)} ${style.red("? unknown")} ${job.label}: ${text}`)
              return outcome(job, "unknown", {
                error: {
                  type: "CreateOutcomeUnknownError",
                  message: `The create of ${job.label} (line ${job.line}) has an unknown outcome: ${text}; check the KIE dashboard, then rerun with --retry-unknown to create it.`,
                  exitCode: EXIT.outcomeUnknown,
                },
              })
            }
            yield* append({ event: "retry", job: job.key, reason: "unknown" })
            return undefined
          }
          default:
            return undefined
        }
      })

    const runJob = (job: Job, index: number) =>
      Effect.gen(function* () {
        const state: JobState = states.get(job.key) ?? { kind: "pending" }
        const settled = yield* fromJournal(job, state)
        if (settled !== undefined) return settle(index, settled)
        inFlight++
        refresh()
        const work =
          state.kind === "created"
            ? Effect.suspend(() => {
                progressed.taskIds.set(index, { api: state.api, taskId: state.taskId })
                return finish(job, state.api, state.taskId, true)
              })
            : createAndFinish(job, index)
        // Leave the in-flight count before the outcome is counted, so the progress line never
        // shows a job both done and in flight.
        const result = yield* work.pipe(Effect.ensuring(Effect.sync(() => inFlight--)))
        return settle(index, result)
      })

    return yield* Effect.forEach(jobs, runJob, { concurrency: input.concurrency }).pipe(
      Effect.ensuring(Effect.sync(() => progress?.stop())),
    )
  })
