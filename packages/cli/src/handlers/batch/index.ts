/**
 * `kie batch`: runs a JSONL file of jobs with bounded concurrency, creates under the account's
 * rate limit, and a journal that makes every rerun resume instead of re-creating (see
 * `internal/batch/journal.ts` for the write protocol). Running the jobs is `./run.ts`, the
 * report at the end `./report.ts`.
 */
import { readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { DEFAULT_RETRY } from "@kie-kit/client/core"
import { Effect, Option } from "effect"
import type { BatchInput } from "../../commands/batch"
import { parseJobs } from "../../internal/batch/jobs"
import { openJournal } from "../../internal/batch/journal"
import { CliFailure, EXIT } from "../../internal/exit"
import { interruptedError } from "../../internal/flow"
import { message, note, outputSettings, printJson } from "../../internal/output"
import { checkConnection, type Globals, withSession } from "../../internal/session"
import { interruptedRunDoc, reportRun } from "./report"
import { journalFailure, type Progressed, runJobs } from "./run"

export const DEFAULT_JOURNAL_NAME = "kie-batch.journal.jsonl"

export const batch = (input: BatchInput, globals: Globals) =>
  Effect.scoped(
    Effect.gen(function* () {
      const started = Date.now()
      const jobsFile = input.jobs
      // Declared by `commands/batch.ts`; read defensively so this handler works before it is.
      const retryLost = (input as { readonly retryLost?: boolean }).retryLost === true
      const text = yield* Effect.try({
        try: () => readFileSync(jobsFile, "utf8"),
        catch: (error) =>
          new CliFailure(
            EXIT.usage,
            `Cannot read the jobs file ${jobsFile}: ${(error as Error).message}.`,
          ),
      })
      const jobs = yield* Effect.try({
        try: () => parseJobs(text, jobsFile),
        catch: (error) => error as CliFailure,
      })
      yield* checkConnection(globals)
      const out = resolve(input.out)
      const journalPath = resolve(
        Option.getOrElse(input.journal, () => join(out, DEFAULT_JOURNAL_NAME)),
      )
      const journal = yield* Effect.acquireRelease(
        Effect.try({
          try: () => openJournal(journalPath),
          catch: (error) =>
            error instanceof CliFailure
              ? error
              : new CliFailure(
                  EXIT.usage,
                  `Cannot open the batch journal ${journalPath}: ${(error as Error).message}.`,
                  { cause: error },
                ),
        }),
        (journal) => Effect.sync(() => journal.close()),
      )
      const { replay } = journal
      if (replay.ignoredLines.length > 0) {
        message(
          `kie: ignored ${replay.ignoredLines.length} unreadable journal line(s) (${replay.ignoredLines.join(", ")}): a write cut short by a crash; safe to ignore.`,
        )
      }
      if (globals.mock) {
        // Each --mock run has its own embedded mock server: the tasks an earlier run created
        // ended with it, and their taskIds mean nothing (or another job's task) to this one.
        const created = jobs.filter((job) => replay.states.get(job.key)?.kind === "created")
        const first = created[0]
        if (first !== undefined) {
          const state = replay.states.get(first.key) as { readonly taskId: string }
          return yield* Effect.fail(
            new CliFailure(
              EXIT.usage,
              `Cannot resume with --mock: the journal ${journalPath} has ${created.length} job(s) created by an earlier run (line ${first.line}: task ${state.taskId}), and the embedded mock server's tasks ended with that run.`,
              {
                hints: [
                  "Start over with a new --out (or --journal), or try resuming against a mock that outlives one run: `kie mock` in another terminal, then --base-url.",
                ],
              },
            ),
          )
        }
      }
      const known = jobs.filter((job) => replay.states.has(job.key)).length
      if (known > 0)
        note(`Resuming from ${journalPath}: ${known} of ${jobs.length} jobs have a record.`)
      yield* Effect.try({
        try: () =>
          journal.append({
            event: "run",
            pid: process.pid,
            jobsFile: resolve(jobsFile),
            jobs: jobs.length,
          }),
        catch: journalFailure,
      })
      const progressed: Progressed = {
        outcomes: jobs.map(() => undefined),
        taskIds: new Map(),
      }
      const maxRetries = Option.getOrElse(globals.maxRetries, () => DEFAULT_RETRY.maxRetries)
      const outcomes = yield* withSession(globals, (session) =>
        runJobs(
          {
            session,
            journal,
            out,
            input,
            total: jobs.length,
            retryLost,
            maxRetries,
            progressed,
          },
          jobs,
        ),
      ).pipe(
        Effect.onInterrupt(() =>
          Effect.sync(() => {
            const text = `Interrupted: every created task is in the journal; rerun the same command to resume (journal: ${journalPath}).`
            message(text)
            if (outputSettings().json) {
              printJson(
                interruptedRunDoc(jobs, progressed, { journalPath, out }, interruptedError(text)),
              )
            }
          }),
        ),
      )
      const failure = reportRun(outcomes, {
        journalPath,
        out,
        elapsedMs: Date.now() - started,
      })
      if (failure !== undefined) return yield* Effect.fail(failure)
    }),
  )
