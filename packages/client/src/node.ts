/**
 * Node-only helpers: saving a task's outputs to disk.
 *
 * ```ts
 * import { downloadTask } from "@kie-kit/client/node"
 * const files = await downloadTask(kie, task, "./out")
 * ```
 */
import { randomBytes } from "node:crypto"
import { createWriteStream } from "node:fs"
import { mkdir, open, readdir, rename, rm } from "node:fs/promises"
import { basename, dirname, join, resolve } from "node:path"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { KieClient } from "./client"
import { AbortError, ConnectionError, UnexpectedResponseError } from "./core/errors"
import type { Task } from "./core/task"

export interface DownloadOptions {
  readonly signal?: AbortSignal | undefined
  /** The fetch used for result files. Default: the global fetch. The API key is never sent. */
  readonly fetch?: typeof fetch | undefined
  /** Called after each file is in place. */
  readonly onFile?: ((file: DownloadedFile) => void) | undefined
}

export interface DownloadedFile {
  /** The absolute path written. */
  readonly path: string
  /** The output URL it came from. */
  readonly url: string
  /** Bytes written. */
  readonly bytes: number
  /** Whether the original URL had expired and a fresh download link was used. */
  readonly refreshed: boolean
}

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
  "video/mp4": "mp4",
  "audio/wav": "wav",
  "audio/x-wav": "wav",
  "audio/wave": "wav",
  "audio/mpeg": "mp3",
}

/** Keeps only characters that are safe in a file name on every OS; never empty, never dotted. */
export const safeFileStem = (text: string): string =>
  text
    .replace(/[^A-Za-z0-9_-]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 120) || "task"

/** Extensions a result URL may name; anything else (`.sh`, `.html`, …) is not trusted. */
const MEDIA_EXTENSIONS = new Set(["png", "jpg", "webp", "gif", "mp4", "mov", "webm", "wav", "mp3"])

/**
 * The file extension: from the content type the host sent when it is a known media type, else
 * from the URL's path when that names a known media extension, else `bin`.
 */
const extensionOf = (url: string, contentType: string | null): string => {
  const fromType = contentType ? EXTENSIONS[contentType.split(";")[0]?.trim() ?? ""] : undefined
  if (fromType) return fromType
  let fromUrl: string | undefined
  try {
    fromUrl = /\.([A-Za-z0-9]{1,5})$/.exec(new URL(url).pathname)?.[1]?.toLowerCase()
  } catch {}
  if (fromUrl === "jpeg") fromUrl = "jpg"
  return fromUrl && MEDIA_EXTENSIONS.has(fromUrl) ? fromUrl : "bin"
}

/** Flushes a file (its bytes) or a directory (its entries) to disk. */
const syncPath = async (path: string) => {
  const handle = await open(path, "r")
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Deletes the temporary files of `taskId` in `dir` that an interrupted download left behind
 * (`.<taskId>-<n>.<ext>.<hex>.part`). Files of other tasks are never touched. Returns the names
 * removed; a missing directory is not an error.
 */
export const removeStaleParts = async (dir: string, taskId: string): Promise<string[]> => {
  // The stem holds only [A-Za-z0-9_-], so it needs no escaping.
  const pattern = new RegExp(
    `^\\.${safeFileStem(taskId)}-\\d+\\.[A-Za-z0-9]{1,5}\\.[0-9a-f]+\\.part$`,
  )
  let names: string[]
  try {
    names = await readdir(resolve(dir))
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return []
    throw error
  }
  const stale = names.filter((name) => pattern.test(name))
  for (const name of stale) await rm(join(resolve(dir), name), { force: true })
  return stale
}

/** Statuses with which file hosts answer an expired (or not yet public) result link. */
const EXPIRED = new Set([401, 403, 404, 410])

export interface SaveOutputInput {
  /** The result URL (or a fresh download link). */
  readonly url: string
  /** The directory (it must exist). */
  readonly dir: string
  /** The file name without extension; the extension comes from the content type or the URL. */
  readonly stem: string
  readonly signal?: AbortSignal | undefined
  /** The fetch used for the file. Default: the global fetch. The API key is never sent. */
  readonly fetch?: typeof fetch | undefined
  /** The link is already a fresh one: a refusal is an error, not `{ expired: true }`. */
  readonly fresh?: boolean | undefined
}

/** A file {@link saveOutput} saved: its absolute path and size. */
export interface SavedOutput {
  readonly path: string
  readonly bytes: number
}

/**
 * Streams one result file into `dir` as `<stem>.<ext>`: written to a temporary name, fsynced,
 * renamed into place and the directory fsynced, so a crash never leaves a partial file under the
 * final name. An answer that says the link expired (401, 403, 404, 410) writes nothing and
 * resolves `undefined`: get a fresh link (`kie.downloadLink`) and save from it (with
 * `fresh: true`, so that a refusal of the fresh link is an error).
 */
export const saveOutput = async (input: SaveOutputInput): Promise<SavedOutput | undefined> => {
  const { url, signal } = input
  const root = resolve(input.dir)
  let response: Response
  try {
    response = await (input.fetch ?? globalThis.fetch)(url, signal ? { signal } : {})
  } catch (error) {
    if (signal?.aborted) throw new AbortError({ operation: "download", cause: error })
    throw new ConnectionError({ phase: "request", operation: "download", cause: error })
  }
  if (EXPIRED.has(response.status) && !input.fresh) {
    await response.body?.cancel()
    return undefined
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel()
    throw new UnexpectedResponseError({
      body: `HTTP ${response.status} for ${url}`,
      reason: `the result file could not be downloaded (HTTP ${response.status})`,
      httpStatus: response.status,
      operation: "download",
    })
  }
  const name = `${input.stem}.${extensionOf(url, response.headers.get("content-type"))}`
  const path = join(root, basename(name))
  if (dirname(path) !== root) throw new Error(`refusing to write outside ${root}`)
  const partial = join(root, `.${name}.${randomBytes(4).toString("hex")}.part`)
  let bytes = 0
  try {
    const source = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream)
    source.on("data", (chunk: Buffer) => {
      bytes += chunk.length
    })
    await pipeline(source, createWriteStream(partial, { flags: "wx" }), signal ? { signal } : {})
    await syncPath(partial)
    await rename(partial, path)
  } catch (error) {
    await rm(partial, { force: true })
    if (signal?.aborted) throw new AbortError({ operation: "download", cause: error })
    // A file-system failure (ENOSPC, EACCES, ...) names its path and is the caller's as is.
    if ((error as { path?: unknown } | null)?.path !== undefined) throw error
    throw new ConnectionError({ phase: "request", operation: "download", cause: error })
  }
  await syncPath(root)
  return { path, bytes }
}

/** The file stem of output `index` (0-based) of a task: `<taskId>-<n>`. */
export const outputStem = (taskId: string, index: number): string =>
  `${safeFileStem(taskId)}-${index + 1}`

/**
 * Streams every output of a succeeded task into `dir` (created when missing) as
 * `<taskId>-<n>.<ext>` ({@link saveOutput}); once this resolves, the files are on disk. An
 * expired link is refreshed with `kie.downloadLink` and fetched again.
 */
export const downloadTask = async (
  kie: Pick<KieClient, "downloadLink">,
  task: Pick<Task, "api" | "taskId" | "outputs">,
  dir: string,
  options: DownloadOptions = {},
): Promise<DownloadedFile[]> => {
  await mkdir(resolve(dir), { recursive: true })
  const files: DownloadedFile[] = []
  for (const [index, url] of task.outputs.entries()) {
    const save = (from: string, fresh?: boolean) =>
      saveOutput({ ...options, url: from, dir, stem: outputStem(task.taskId, index), fresh })
    const first = await save(url)
    // A fresh link is never refused quietly: its refusal throws.
    const saved = (first ??
      (await save(
        await kie.downloadLink({ api: task.api, taskId: task.taskId, url }, options),
        true,
      ))) as SavedOutput
    const file = { ...saved, url, refreshed: !first }
    options.onFile?.(file)
    files.push(file)
  }
  return files
}
