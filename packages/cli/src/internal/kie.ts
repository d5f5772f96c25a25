/**
 * The few steps the commands share on top of `KieClient`: waiting with the session's settings,
 * and saving a task's outputs (atomic, fsynced, expired links refreshed through the client).
 */
import { mkdir } from "node:fs/promises"
import { resolve } from "node:path"
import type { KieApi, Task, TaskOf } from "@kie-kit/client/core"
import { outputStem, type SavedOutput, saveOutput } from "@kie-kit/client/node"
import { KieClient, Poll } from "@kie-kit/effect-client"
import { Duration, Effect } from "effect"
import type { Session } from "./session"

/** A file a command saved. */
export interface SavedFile {
  /** Absolute path written. */
  readonly path: string
  /** The output URL it came from. */
  readonly url: string
  readonly bytes: number
}

/** What a task failure, a download or a file-system error fails with. */
export type DownloadError = Effect.Error<ReturnType<KieClient["Service"]["downloadLink"]>> | Error

/** Polls a task until it is final, with the session's schedule and deadline. */
export const waitFor = <A extends KieApi>(
  session: Session,
  task: { readonly api: A; readonly taskId: string },
  onUpdate?: (task: TaskOf<A>) => void,
) =>
  Effect.flatMap(KieClient, (kie) =>
    kie.waitForTask(task, {
      timeout: Duration.millis(session.timeoutMs),
      ...(session.pollIntervalMs !== undefined
        ? { schedule: Poll.fromInterval(session.pollIntervalMs) }
        : {}),
      ...(onUpdate !== undefined
        ? { onUpdate: (update: TaskOf<A>) => Effect.sync(() => onUpdate(update)) }
        : {}),
    }),
  )

/** Runs a Node promise with the fiber's abort signal; its rejection is the failure as is. */
const attempt = <A>(run: (signal: AbortSignal) => Promise<A>) =>
  Effect.tryPromise({ try: run, catch: (error) => error as Error })

/**
 * Saves every output of a succeeded task into `dir` as `<taskId>-<n>.<ext>`, each file atomic
 * and fsynced before the next; resolves once every file is on disk. An expired result link is
 * refreshed with `kie.downloadLink` (the family's own download-url operation or the common one).
 */
export const saveOutputs = (
  task: Pick<Task, "api" | "taskId" | "outputs">,
  dir: string,
  onFile?: (file: SavedFile) => void,
): Effect.Effect<ReadonlyArray<SavedFile>, DownloadError, KieClient> =>
  Effect.gen(function* () {
    const kie = yield* KieClient
    const root = resolve(dir)
    yield* attempt(() => mkdir(root, { recursive: true }))
    const files: SavedFile[] = []
    for (const [index, url] of task.outputs.entries()) {
      const stem = outputStem(task.taskId, index)
      const save = (from: string, fresh?: boolean) =>
        attempt((signal) => saveOutput({ url: from, dir: root, stem, signal, fresh }))
      let saved = yield* save(url)
      if (saved === undefined) {
        const fresh = yield* kie.downloadLink({ api: task.api, taskId: task.taskId, url })
        saved = yield* save(fresh, true)
      }
      // A fresh link is never refused quietly: its refusal failed the save.
      const { path, bytes } = saved as SavedOutput
      const file = { path, url, bytes }
      onFile?.(file)
      files.push(file)
    }
    return files
  })
