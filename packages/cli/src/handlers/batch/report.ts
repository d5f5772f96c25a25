/**
 * Reporting a `kie batch` run: the counts, the exit code, the `--json` document and the human
 * summary.
 */

import type { Job } from "../../internal/batch/jobs"
import { formatDuration } from "../../internal/duration"
import { CliFailure, EXIT, type ExitCode } from "../../internal/exit"
import type { ErrorDoc } from "../../internal/flow"
import { message, outputSettings, printJson, printLine, style } from "../../internal/output"
import type { JobOutcome, JobStatus, Progressed } from "./run"

/** Exit code precedence when several jobs did not succeed (most actionable first). */
const PRECEDENCE: ReadonlyArray<ExitCode> = [
  EXIT.auth,
  EXIT.credits,
  EXIT.outcomeUnknown,
  EXIT.taskFailed,
  EXIT.waitTimeout,
  EXIT.unavailable,
  EXIT.usage,
  EXIT.internal,
]

export const summarize = (outcomes: ReadonlyArray<JobOutcome>) => {
  const counts: Record<JobStatus, number> = {
    succeeded: 0,
    failed: 0,
    unknown: 0,
    "timed-out": 0,
    error: 0,
    "not-created": 0,
    lost: 0,
    interrupted: 0,
  }
  for (const o of outcomes) counts[o.status]++
  return counts
}

export const exitCodeOf = (outcomes: ReadonlyArray<JobOutcome>): ExitCode => {
  const codes = new Set(
    outcomes
      .filter((o) => o.status !== "succeeded")
      .map((o) => (o.error?.exitCode ?? EXIT.internal) as ExitCode),
  )
  if (codes.size === 0) return EXIT.ok
  return PRECEDENCE.find((code) => codes.has(code)) ?? EXIT.internal
}

/** The `--json` document of a run (finished, or interrupted: then with an `error`). */
export const batchDoc = (
  outcomes: ReadonlyArray<JobOutcome>,
  journalPath: string,
  out: string,
  error?: ErrorDoc,
) => {
  const counts = summarize(outcomes)
  if (error === undefined) delete (counts as Partial<Record<JobStatus, number>>).interrupted
  return {
    summary: { total: outcomes.length, ...counts },
    journal: journalPath,
    out,
    jobs: outcomes.map((o) => ({
      job: o.job.key,
      line: o.job.line,
      api: o.job.api,
      taskId: o.taskId,
      status: o.status,
      outputs: o.outputs,
      files: o.files,
      error: o.error,
    })),
    ...(error !== undefined ? { error } : {}),
  }
}

/**
 * Prints the end of a run (the `--json` document, or the files and a human summary on stderr)
 * and returns the failure to exit with when a job did not succeed.
 */
export const reportRun = (
  outcomes: ReadonlyArray<JobOutcome>,
  run: { readonly journalPath: string; readonly out: string; readonly elapsedMs: number },
): CliFailure | undefined => {
  const { journalPath, out } = run
  const counts = summarize(outcomes)
  const code = exitCodeOf(outcomes)
  if (outputSettings().json) {
    printJson(batchDoc(outcomes, journalPath, out))
  } else {
    for (const o of outcomes) for (const file of o.files) printLine(file)
    const parts = (Object.entries(counts) as Array<[JobStatus, number]>)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${status}`)
    const mark = code === EXIT.ok ? style.green("✔") : style.red("✖")
    message(
      `${mark} Batch finished in ${formatDuration(run.elapsedMs)}: ${parts.join(", ")} (of ${outcomes.length} jobs).`,
    )
    for (const o of outcomes) {
      if (o.status === "succeeded") continue
      message(
        `  line ${o.job.line}  ${o.status}  ${o.taskId ? `task ${o.taskId}: ` : ""}${o.error?.message ?? ""}`,
      )
    }
    message(
      `Journal: ${journalPath}${code === EXIT.ok ? "" : " (rerun the same command to resume)"}`,
    )
  }
  if (code === EXIT.ok) return undefined
  const notOk = outcomes.length - counts.succeeded
  const hints = [
    ...(counts.unknown > 0
      ? [
          `${counts.unknown} job(s) have an unknown create outcome: check the KIE dashboard, then rerun with --retry-unknown to create them (this may pay twice if they did reach KIE).`,
        ]
      : []),
    ...(counts.lost > 0
      ? [
          `${counts.lost} job(s) lost their task (KIE answered 404 for its taskId): rerun with --retry-lost to create them again.`,
        ]
      : []),
  ]
  return new CliFailure(code, `${notOk} of ${outcomes.length} jobs did not succeed.`, { hints })
}

/** The `--json` document of a run interrupted by Ctrl-C: what each job had reached. */
export const interruptedRunDoc = (
  jobs: ReadonlyArray<Job>,
  progressed: Progressed,
  run: { readonly journalPath: string; readonly out: string },
  error: ErrorDoc,
) =>
  batchDoc(
    jobs.map(
      (job, index): JobOutcome =>
        progressed.outcomes[index] ?? {
          job,
          status: "interrupted",
          taskId: progressed.taskIds.get(index)?.taskId ?? null,
          outputs: [],
          files: [],
          error,
        },
    ),
    run.journalPath,
    run.out,
    error,
  )
