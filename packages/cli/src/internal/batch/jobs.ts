/**
 * The jobs file of `kie batch`: JSON Lines, one job per line, `{ "api": ..., ...request }`.
 * Every line is checked before anything is sent, and each job gets a stable key so that a rerun
 * (even with lines added, removed or reordered) finds its journal entries.
 */
import { createHash } from "node:crypto"
import { KIE_APIS, type KieApi, type RunRequest } from "@kie-kit/client/core"
import { CliFailure, EXIT } from "../exit"

export interface Job {
  /** Stable identity: `id:<id>` from an explicit `"id"`, else a content hash plus occurrence. */
  readonly key: string
  /** 1-based line number in the jobs file. */
  readonly line: number
  readonly api: KieApi
  /** The create request, exactly as sent: `{ api, ...body }` (`id` removed). */
  readonly request: RunRequest
  /** A short human description (the prompt or model). */
  readonly label: string
}

/** The families, by name and by the CLI's short aliases. */
const API_NAMES: Readonly<Record<string, KieApi>> = {
  ...Object.fromEntries(KIE_APIS.map((api) => [api, api])),
  flux: "flux-kontext",
  "4o": "gpt4o-image",
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** JSON with object keys sorted, so equal requests hash equally whatever their key order. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(",")}}`
  }
  return JSON.stringify(value) ?? "null"
}

const nonEmptyString = (value: unknown): value is string =>
  typeof value === "string" && value.trim() !== ""

/** The local checks of one request: the obvious mistakes, before any request is sent. */
const checkBody = (api: KieApi, body: Record<string, unknown>): string | undefined => {
  switch (api) {
    case "flux-kontext":
      return nonEmptyString(body.prompt) ? undefined : '"prompt" must be a non-empty string'
    case "gpt4o-image": {
      if (!["1:1", "3:2", "2:3"].includes(body.size as string)) {
        return '"size" must be "1:1", "3:2" or "2:3"'
      }
      const hasFiles = Array.isArray(body.filesUrl) && body.filesUrl.length > 0
      if (!nonEmptyString(body.prompt) && !hasFiles && !nonEmptyString(body.fileUrl)) {
        return 'needs a "prompt" or "filesUrl"'
      }
      return undefined
    }
    case "market":
      if (!nonEmptyString(body.model)) return '"model" must be a non-empty string'
      if (!isObject(body.input)) return '"input" must be a JSON object'
      return undefined
    default:
      return undefined
  }
}

/** `{ api, ...body }` as a create request, once {@link checkBody} found nothing wrong. */
const isRunRequest = (
  request: { readonly api: KieApi } & Record<string, unknown>,
): request is RunRequest => {
  const { api, ...body } = request
  return checkBody(api, body) === undefined
}

const truncate = (text: string, max = 48) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

const labelOf = (api: KieApi, body: Record<string, unknown>): string => {
  if (api === "market") {
    const input = body.input as Record<string, unknown>
    const prompt = typeof input.prompt === "string" ? ` "${truncate(input.prompt, 36)}"` : ""
    return `${String(body.model)}${prompt}`
  }
  return typeof body.prompt === "string" ? `"${truncate(body.prompt)}"` : api
}

/** Parses and checks a jobs file; throws a CliFailure (exit 2) naming the first bad line. */
export const parseJobs = (text: string, fileName: string): Job[] => {
  const jobs: Job[] = []
  const seen = new Map<string, number>()
  const ids = new Map<string, number>()
  const lines = text.split(/\r?\n/)
  for (const [index, raw] of lines.entries()) {
    const line = index + 1
    const trimmed = raw.trim()
    if (trimmed === "") continue
    const bad = (why: string) =>
      new CliFailure(EXIT.usage, `${fileName} line ${line}: ${why}; nothing was sent.`)
    let value: unknown
    try {
      value = JSON.parse(trimmed)
    } catch (error) {
      throw bad(`not valid JSON (${(error as Error).message})`)
    }
    if (!isObject(value)) throw bad("expected a JSON object")
    const { api: apiName, id, ...body } = value
    const api = typeof apiName === "string" ? API_NAMES[apiName] : undefined
    if (api === undefined) {
      throw bad(
        `"api" must be one of ${KIE_APIS.map((name) => `"${name}"`).join(
          ", ",
        )}, got ${JSON.stringify(apiName) ?? "nothing"}`,
      )
    }
    const request = { ...body, api }
    if (!isRunRequest(request)) throw bad(checkBody(api, body) ?? "not a create request")
    let key: string
    if (id !== undefined) {
      if (!nonEmptyString(id) || id.length > 200) throw bad('"id" must be a non-empty string')
      const earlier = ids.get(id)
      if (earlier !== undefined) {
        throw bad(`"id" ${JSON.stringify(id)} is already used on line ${earlier}`)
      }
      ids.set(id, line)
      key = `id:${id}`
    } else {
      const hash = createHash("sha256")
        .update(canonicalJson({ api, body }))
        .digest("hex")
        .slice(0, 16)
      const occurrence = seen.get(hash) ?? 0
      seen.set(hash, occurrence + 1)
      key = `${hash}#${occurrence}`
    }
    jobs.push({ key, line, api, request, label: labelOf(api, body) })
  }
  if (jobs.length === 0) {
    throw new CliFailure(EXIT.usage, `${fileName} has no jobs (one JSON object per line).`)
  }
  return jobs
}
