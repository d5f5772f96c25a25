/**
 * The batch journal: an append-only JSON Lines file, one event per line, each line written and
 * fsynced before the step it records goes on. The order of writes is what makes reruns safe:
 *
 *   intent   (fsync)  -> the create request is sent, ONCE (no client-level resend)
 *   created  (fsync)  -> the wait starts
 *     or rejected      (KIE refused it: 429/455/550, or no connection: definitely not created;
 *                       the run queues the job again through its rate limiter -> a new intent)
 *     or create-failed (definitely not created, given up for this run)
 *     or unknown       (may or may not have been created)
 *   succeeded (fsync) after the files are in place and fsynced   (or failed, or lost)
 *
 * So after a crash at any point:
 * - no `intent`                 -> nothing was sent: the job is created;
 * - `intent` without an answer  -> that one request may have reached KIE: the job is reported
 *                                  "unknown" and NOT created again (unless --retry-unknown);
 * - `rejected` / `create-failed`-> definitely not created: the job is created;
 * - `created`                   -> the taskId is known: the wait (and download) resumes;
 * - `succeeded` / `failed`      -> final: nothing is sent (--retry-failed creates failed ones again);
 * - `lost`                      -> KIE does not know the taskId (404): reported, not waited for
 *                                  again (--retry-lost creates it again).
 *
 * A line cut short by a crash (invalid JSON) is ignored: it can only be the last write of that
 * run, and each write's meaning above survives losing it.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs"
import { dirname } from "node:path"
import type { KieApi } from "@kie-kit/client/core"
import { CliFailure, EXIT } from "../exit"

export const JOURNAL_VERSION = 1

export interface ErrorRecord {
  readonly type: string
  readonly message: string
  readonly exitCode: number
  readonly code?: string
}

export type JournalEvent =
  | {
      readonly event: "run"
      readonly pid: number
      readonly jobsFile: string
      readonly jobs: number
    }
  | { readonly event: "intent"; readonly job: string; readonly line: number; readonly api: KieApi }
  | {
      readonly event: "created"
      readonly job: string
      readonly api: KieApi
      readonly taskId: string
    }
  | { readonly event: "create-failed"; readonly job: string; readonly error: ErrorRecord }
  | {
      readonly event: "rejected"
      readonly job: string
      readonly error: ErrorRecord
      /** When the job's create is tried again in this run (ms from now), if it is. */
      readonly retryInMs?: number
    }
  | {
      readonly event: "lost"
      readonly job: string
      readonly api: KieApi
      readonly taskId: string
      readonly error: ErrorRecord
    }
  | { readonly event: "unknown"; readonly job: string; readonly error: ErrorRecord }
  | {
      readonly event: "succeeded"
      readonly job: string
      readonly api: KieApi
      readonly taskId: string
      readonly outputs: ReadonlyArray<string>
      readonly files: ReadonlyArray<string>
    }
  | {
      readonly event: "failed"
      readonly job: string
      readonly api: KieApi
      readonly taskId: string
      readonly error: ErrorRecord
    }
  | {
      readonly event: "retry"
      readonly job: string
      readonly reason: "unknown" | "failed" | "lost"
    }

/** What the journal says about one job. */
export type JobState =
  | { readonly kind: "pending" }
  | { readonly kind: "create-failed"; readonly error: ErrorRecord }
  | { readonly kind: "rejected"; readonly error: ErrorRecord }
  | { readonly kind: "unknown"; readonly error?: ErrorRecord }
  | { readonly kind: "created"; readonly api: KieApi; readonly taskId: string }
  | {
      readonly kind: "succeeded"
      readonly api: KieApi
      readonly taskId: string
      readonly outputs: ReadonlyArray<string>
      readonly files: ReadonlyArray<string>
    }
  | {
      readonly kind: "failed"
      readonly api: KieApi
      readonly taskId: string
      readonly error: ErrorRecord
    }
  | {
      readonly kind: "lost"
      readonly api: KieApi
      readonly taskId: string
      readonly error: ErrorRecord
    }

/** One create request the journal shows (for the rate limiter of the next run). */
export interface SentCreate {
  /** When the `intent` was written (ms since the epoch): the request went out right after. */
  readonly sentAt: number
  /** When its answer was journaled; `undefined` when the run ended before (kill, crash). */
  readonly answeredAt: number | undefined
}

export interface Replay {
  readonly states: ReadonlyMap<string, JobState>
  /** Every create request sent, oldest first. */
  readonly creates: ReadonlyArray<SentCreate>
  /** Lines that were not valid JSON (a write cut short by a crash). */
  readonly ignoredLines: ReadonlyArray<number>
  /** Whether the file ends without a newline (a torn last line). */
  readonly tornTail: boolean
}

type Pending = JobState | { readonly kind: "creating" }

/** Folds the journal's events into one state per job. */
export const replayJournal = (text: string): Replay => {
  const states = new Map<string, Pending>()
  const ignoredLines: number[] = []
  const creates: SentCreate[] = []
  /** Index in `creates` of each job's create still waiting for its answer. */
  const open = new Map<string, number>()
  const timeOf = (event: unknown): number | undefined => {
    const at = (event as { at?: unknown }).at
    const ms = typeof at === "string" ? Date.parse(at) : Number.NaN
    return Number.isFinite(ms) ? ms : undefined
  }
  const answer = (job: string, event: unknown) => {
    const index = open.get(job)
    if (index === undefined) return
    open.delete(job)
    const sent = creates[index]
    if (sent !== undefined) creates[index] = { ...sent, answeredAt: timeOf(event) ?? sent.sentAt }
  }
  const lines = text.split("\n")
  lines.forEach((raw, index) => {
    if (raw.trim() === "") return
    let event: JournalEvent
    try {
      event = JSON.parse(raw) as JournalEvent
    } catch {
      ignoredLines.push(index + 1)
      return
    }
    if (typeof event !== "object" || event === null || !("event" in event)) {
      ignoredLines.push(index + 1)
      return
    }
    switch (event.event) {
      case "intent": {
        states.set(event.job, { kind: "creating" })
        const sentAt = timeOf(event)
        if (sentAt !== undefined) {
          open.set(event.job, creates.length)
          creates.push({ sentAt, answeredAt: undefined })
        }
        break
      }
      case "created":
        answer(event.job, event)
        states.set(event.job, { kind: "created", api: event.api, taskId: event.taskId })
        break
      case "create-failed":
        answer(event.job, event)
        states.set(event.job, { kind: "create-failed", error: event.error })
        break
      case "rejected":
        answer(event.job, event)
        states.set(event.job, { kind: "rejected", error: event.error })
        break
      case "unknown":
        answer(event.job, event)
        states.set(event.job, { kind: "unknown", error: event.error })
        break
      case "lost":
        states.set(event.job, {
          kind: "lost",
          api: event.api,
          taskId: event.taskId,
          error: event.error,
        })
        break
      case "succeeded":
        states.set(event.job, {
          kind: "succeeded",
          api: event.api,
          taskId: event.taskId,
          outputs: event.outputs,
          files: event.files,
        })
        break
      case "failed":
        states.set(event.job, {
          kind: "failed",
          api: event.api,
          taskId: event.taskId,
          error: event.error,
        })
        break
      case "retry":
        states.set(event.job, { kind: "pending" })
        break
      default:
        break
    }
  })
  const final = new Map<string, JobState>()
  for (const [job, state] of states) {
    // An intent with no recorded answer: the create may have been processed.
    final.set(job, state.kind === "creating" ? { kind: "unknown" } : state)
  }
  return {
    states: final,
    creates,
    ignoredLines,
    tornTail: text.length > 0 && !text.endsWith("\n"),
  }
}

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as { code?: string }).code === "EPERM"
  }
}

/** An open journal: appends are synchronous and fsynced. */
export interface Journal {
  readonly path: string
  readonly replay: Replay
  append(event: JournalEvent): void
  close(): void
}

/**
 * Opens (or creates) the journal at `path`, taking its lock file (`<path>.lock`, holding the
 * pid). A lock left by a process that no longer runs (a crash, SIGKILL) is taken over; a live one
 * makes this fail with exit 2, so two runs can never create the same jobs.
 */
export const openJournal = (path: string): Journal => {
  mkdirSync(dirname(path), { recursive: true })
  const lockPath = `${path}.lock`
  const takeLock = (): void => {
    try {
      writeFileSync(lockPath, `${process.pid}\n`, { flag: "wx" })
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error
      const pid = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10)
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
        throw new CliFailure(
          EXIT.usage,
          `The journal ${path} is in use by another kie batch (pid ${pid}); wait for it to finish or stop it first.`,
        )
      }
      rmSync(lockPath, { force: true })
      writeFileSync(lockPath, `${process.pid}\n`, { flag: "wx" })
    }
  }
  takeLock()
  let fd: number
  let replay: Replay
  try {
    const existed = existsSync(path)
    replay = replayJournal(existed ? readFileSync(path, "utf8") : "")
    fd = openSync(path, "a")
    if (replay.tornTail) {
      // End the torn line so the next event starts on a line of its own.
      writeSync(fd, "\n")
      fsyncSync(fd)
    }
    if (!existed) {
      // Make the new file's directory entry durable too.
      try {
        const dir = openSync(dirname(path), "r")
        try {
          fsyncSync(dir)
        } finally {
          closeSync(dir)
        }
      } catch {
        // Some platforms cannot fsync a directory; the file itself is still fsynced.
      }
    }
  } catch (error) {
    rmSync(lockPath, { force: true })
    throw error
  }
  let open = true
  return {
    path,
    replay,
    append: (event) => {
      if (!open) throw new Error("the batch journal is closed")
      const line = `${JSON.stringify({ v: JOURNAL_VERSION, ...event, at: new Date().toISOString() })}\n`
      writeSync(fd, line)
      fsyncSync(fd)
    },
    close: () => {
      if (!open) return
      open = false
      closeSync(fd)
      rmSync(lockPath, { force: true })
    },
  }
}
