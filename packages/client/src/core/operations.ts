/**
 * The operations both clients send, read from the operation table the spec generates
 * (`operationTable` of `@kie-kit/spec`), the defaults they share, and the decoders of each
 * operation's `data`, by role. Errors name an operation by its operationId, everywhere.
 *
 * The decoders follow the tolerant-reader rule of `task.ts`: what decides the outcome (a create's
 * task id, a link, a balance, an upload's download URL) must be well-formed, otherwise the read
 * fails (an `UnexpectedResponseError` with the path); informational fields are best-effort. Pure.
 */

import { type components, type OperationInfo, operationTable, servers } from "@kie-kit/spec"
import { DEFAULT_RETRY } from "./retry"
import { DecodeFailure, type KieApi, readRecord, type Task } from "./task"
import { isObj, type Obj } from "./util"

/** Every operationId of the spec. */
export type OperationId = keyof typeof operationTable

/** The table row of an operation. */
export const operationInfo = (id: OperationId): OperationInfo => operationTable[id]

/** The API host: `https://api.kie.ai` (the spec's server). */
export const DEFAULT_BASE_URL: string = servers.api
/** The File Upload API host: `https://kieai.redpandaai.co` (the upload operations' server). */
export const DEFAULT_UPLOAD_BASE_URL: string = servers.upload
/** The per-request timeout of both clients: 60 s. */
export const DEFAULT_TIMEOUT_MS = 60_000
/** Retries of one request after its first attempt: 3. */
export const DEFAULT_MAX_RETRIES: number = DEFAULT_RETRY.maxRetries

/** The base URLs a client sends to, by host. */
export interface BaseUrls {
  readonly api: string
  readonly upload: string
}

/** `url` without its trailing slashes. */
export const trimSlash = (url: string): string => url.replace(/\/+$/, "")

/** The URL of an operation on the client's hosts, with its query (`taskId` of a read). */
export const operationUrl = (
  id: OperationId,
  bases: BaseUrls,
  query?: Readonly<Record<string, string>>,
): string => {
  const info = operationTable[id] as OperationInfo
  let url = `${bases[info.host]}${info.path}`
  if (query !== undefined) {
    const search = new URLSearchParams(query).toString()
    if (search !== "") url += `?${search}`
  }
  return url
}

// ---------------------------------------------------------------------------------------------
// Decoding `data`, by role
// ---------------------------------------------------------------------------------------------

/** What a create answers: the new task's id (`raw` is the `data` as received). */
export interface TaskCreated {
  readonly taskId: string
  readonly raw: unknown
}

/** What the upload operations answer (the spec's `UploadedFile`; only `downloadUrl` is sure). */
export type UploadedFile = Partial<components["schemas"]["UploadedFile"]> & {
  readonly downloadUrl: string
  /** The `data` as received. */
  readonly raw: unknown
}

/** A malformed `data` at `path`: `readResponse` reports it with the whole body. */
const malformed = (path: string, reason: string): never => {
  throw new DecodeFailure(path, reason)
}

const nonEmpty = (value: unknown): value is string => typeof value === "string" && value !== ""

/**
 * The decoders of each role's `data`. They throw a {@link DecodeFailure} (a path and a reason),
 * which `readResponse` turns into an `UnexpectedResponseError` with the whole body.
 */

/** A create's `data`: `taskId` must be a non-empty string. */
export const decodeCreated = (data: unknown): TaskCreated => {
  const taskId = isObj(data) ? data.taskId : undefined
  return nonEmpty(taskId)
    ? { taskId, raw: data }
    : malformed("data.taskId", "expected a non-empty string")
}

/** A link's `data`: a non-empty string (a download link). */
export const decodeLink = (data: unknown): string =>
  nonEmpty(data) ? data : malformed("data", "expected a string")

/** The account balance: a number (a numeric string is read too). */
export const decodeCredits = (data: unknown): number => {
  const value = typeof data === "string" && data.trim() !== "" ? Number(data) : data
  return typeof value === "number" && Number.isFinite(value)
    ? value
    : malformed("data", "expected a number")
}

/** Fields of an upload answer and the type each must have to be kept. */
const UPLOAD_FIELDS: Readonly<Record<string, "string" | "number">> = {
  fileName: "string",
  filePath: "string",
  fileSize: "number",
  mimeType: "string",
  uploadedAt: "string",
}

/**
 * An upload's `data`: `downloadUrl` must be a non-empty string; the documented fields are kept
 * when they have their documented type (a numeric `fileSize` string is read as a number), and
 * dropped otherwise (they stay in `raw`).
 */
export const decodeUploadedFile = (data: unknown): UploadedFile => {
  const downloadUrl = isObj(data) ? data.downloadUrl : malformed("data", "expected an object")
  if (!nonEmpty(downloadUrl)) return malformed("data.downloadUrl", "expected a non-empty string")
  const file: Obj = { downloadUrl, raw: data }
  for (const [key, type] of Object.entries(UPLOAD_FIELDS)) {
    let value = (data as Obj)[key]
    if (type === "number" && typeof value === "string" && /^\d+$/.test(value.trim())) {
      value = Number(value)
    }
    if (typeof value === type) file[key] = value
  }
  return file as UploadedFile
}

/** A query's `data`: whatever the operation answers, as received (it must be there). */
export const decodeData = (data: unknown): unknown =>
  data === undefined || data === null ? malformed("data", "expected a value") : data

/** A read's `data`: the family's record, as a {@link Task}. */
export const decodeRecord = (api: KieApi, data: unknown): Task => readRecord(api, data)
