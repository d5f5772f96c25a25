/**
 * What both clients build from the operation table: each operation as a call (which operation,
 * its body or the task it reads, and the decoder of its answer), and the client surface — every
 * operation a method at its `name` (`namespace.method` or `method`). A client only says how to
 * *send* a call (a Promise, or an Effect). Pure.
 */
import { type OperationInfo, operationTable, taskFamilies } from "@kie-kit/spec"
import {
  decodeCreated,
  decodeCredits,
  decodeData,
  decodeLink,
  decodeRecord,
  decodeUploadedFile,
} from "./operations"
import type { KieApi } from "./task"
import type { OperationId } from "./types"

/** One operation to send: the client sends it and decodes the answer's `data` with `decode`. */
export interface OperationCall<A = unknown> {
  readonly id: OperationId
  /** The request body (JSON, or multipart when the operation's `body` says so), if any. */
  readonly body: unknown
  /** A read of a task: sent with `?taskId=`, retried no sooner than the family's query limit. */
  readonly task: { readonly api: KieApi; readonly taskId: string } | undefined
  /** The query string of a GET `query` operation. */
  readonly query?: Readonly<Record<string, string>> | undefined
  /** Decodes the envelope's `data` (throws a `DecodeFailure` where the outcome is malformed). */
  readonly decode: (data: unknown) => A
}

const call = (
  id: OperationId,
  decode: (data: unknown) => unknown,
  body?: unknown,
  task?: OperationCall["task"],
): OperationCall => ({ id, decode, body, task })

/** Reads a task of `api`: its family's read operation. */
export const readCall = (api: KieApi, taskId: string): OperationCall =>
  call(taskFamilies[api].read as OperationId, (data) => decodeRecord(api, data), undefined, {
    api,
    taskId,
  })

/** Creates a task of `api` from `body` with the family's main create. */
export const createCall = (api: KieApi, body: unknown): OperationCall =>
  call(taskFamilies[api].create as OperationId, decodeCreated, body)

/**
 * A fresh download link (valid 20 minutes) for one result URL of a task: the family's own link
 * operation (body `{ taskId, url }`), else the common one (`{ url }`).
 */
export const linkCall = (api: KieApi, taskId: string, url: string): OperationCall => {
  const id = (taskFamilies[api] as { link?: string }).link as OperationId
  return call(id, decodeLink, operationTable[id].family === api ? { taskId, url } : { url })
}

/** The call of operation `id` with the argument its method takes, by its role. */
const roleCall = (id: OperationId, info: OperationInfo, argument: unknown): OperationCall => {
  switch (info.role) {
    case "create":
      return call(id, decodeCreated, argument)
    case "read":
      return readCall(info.family as KieApi, argument as string)
    case "link":
      // A link to one URL may be asked for with the URL alone (`kie.downloadUrl(url)`).
      return call(id, decodeLink, typeof argument === "string" ? { url: argument } : argument)
    case "upload":
      return call(id, decodeUploadedFile, argument)
    case "account":
      return call(id, decodeCredits)
    case "query":
      // A GET takes its query parameters, a POST a body.
      return info.method === "GET"
        ? { ...call(id, decodeData), query: queryString(argument) }
        : call(id, decodeData, argument)
  }
}

/** An object of query parameters as strings (absent values left out). */
const queryString = (argument: unknown): Record<string, string> => {
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries((argument ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) query[key] = String(value)
  }
  return query
}

/**
 * The client surface: a method at the name of every operation of the table (namespaces are
 * objects: `surface.market.createTask`; top-level names members: `surface.credits`). A method
 * takes its argument (a body, a taskId, nothing for `account`) and the call's options, and
 * returns what `send` returns.
 */
export const buildSurface = <O>(
  send: (call: OperationCall, options: O | undefined) => unknown,
): Record<string, unknown> => {
  const surface: Record<string, Record<string, unknown> | unknown> = {}
  for (const [id, info] of Object.entries(operationTable) as Array<[OperationId, OperationInfo]>) {
    const method =
      info.role === "account"
        ? (options?: O) => send(roleCall(id, info, undefined), options)
        : (argument: unknown, options?: O) => send(roleCall(id, info, argument), options)
    const [first, second] = info.name.split(".") as [string, string?]
    surface[first] =
      second === undefined ? method : { ...(surface[first] as object), [second]: method }
  }
  return surface
}

/**
 * A multipart request body as FormData: Blobs (a File keeps its name) and bytes become files
 * named `fileName` when the body has one; every other value is sent as text.
 */
export const formData = (body: Readonly<Record<string, unknown>>): FormData => {
  const form = new FormData()
  const fileName = typeof body.fileName === "string" ? body.fileName : undefined
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue
    if (value instanceof Blob || value instanceof Uint8Array) {
      const blob = value instanceof Blob ? value : new Blob([value as BlobPart])
      form.append(key, blob, fileName ?? (blob as { name?: string }).name ?? key)
    } else form.append(key, String(value))
  }
  return form
}
