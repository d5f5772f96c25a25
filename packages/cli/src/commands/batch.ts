/** `kie batch`: a JSONL file of jobs, crash-safe and resumable. */
import { Argument, Command, Flag } from "effect/cli"
import { parseCreateRate } from "../internal/batch/limiter"
import { parseDuration } from "../internal/duration"
import { handler } from "./lazy"
import { switchFlag } from "./root"

export const batchConfig = {
  jobs: Argument.File("jobs", { mustExist: true }).pipe(
    Argument.withMetavar("JOBS.jsonl"),
    Argument.withDescription('one job per line: { "api": "flux-kontext", ...request }'),
  ),
  out: Flag.String("out").pipe(
    Flag.withMetavar("DIR"),
    Flag.filter(
      (dir) => dir.trim() !== "",
      () => "the directory is empty",
    ),
    Flag.withDescription("save every job's outputs here (created if missing)"),
  ),
  concurrency: Flag.Int("concurrency").pipe(
    Flag.withMetavar("N"),
    Flag.filter(
      (n) => n >= 1 && n <= 100,
      (n) => `expected 1 to 100 jobs at a time, got ${n}`,
    ),
    Flag.withDefault(4),
    Flag.withDescription("jobs in flight at once (default 4)"),
  ),
  journal: Flag.String("journal").pipe(
    Flag.withMetavar("FILE"),
    Flag.optional,
    Flag.withDescription(
      "the journal to record and resume from (default DIR/kie-batch.journal.jsonl)",
    ),
  ),
  createRate: Flag.String("create-rate").pipe(
    Flag.withMetavar("N/DURATION"),
    Flag.mapTryCatch(
      (text) => parseCreateRate(text, parseDuration),
      (error) => (error as Error).message,
    ),
    Flag.optional,
    Flag.withDescription("at most N creates per DURATION (default 20/10s, KIE's account limit)"),
  ),
  retryUnknown: switchFlag(
    "retry-unknown",
    "create again the jobs whose earlier create has an unknown outcome (check the dashboard first: this may pay twice)",
  ),
  retryFailed: switchFlag("retry-failed", "create again the jobs whose task failed"),
  retryLost: switchFlag(
    "retry-lost",
    "create again the jobs whose task KIE no longer knows (404 when resumed)",
  ),
} as const
export type BatchInput = Command.Command.Config.Infer<typeof batchConfig>

export const batch = Command.make("batch", batchConfig, handler("batch")).pipe(
  Command.withShortDescription("Run a JSONL file of jobs, crash-safe and resumable."),
  Command.withDescription(
    "Run a JSONL file of jobs: bounded concurrency, creates kept under the rate limit, every taskId journaled (fsync) before waiting. Rerun the same command after a crash or Ctrl-C: it resumes waiting and downloading and never creates a job's task twice. Exits nonzero when any job did not succeed.",
  ),
  Command.withExamples([
    {
      command: "kie batch jobs.jsonl --out ./out --concurrency 4",
      description:
        'jobs.jsonl: {"api":"flux-kontext","prompt":"a red fox"} / {"api":"market","model":"google/nano-banana","input":{"prompt":"an owl"}}',
    },
    {
      command: "kie batch jobs.jsonl --out ./out",
      description: "Run it again after a crash: finished jobs are skipped, created ones resumed",
    },
  ]),
)
