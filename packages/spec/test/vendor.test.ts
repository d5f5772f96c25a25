import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { spec } from "./validator"

/**
 * Compares our operations and fields with the vendor's own doc specs (test/vendor/, every file
 * there; SOURCES.md lists them). Every field path the vendor documents (request body, response
 * `data`, up to three levels deep) must exist in our schema for the same path and method (for a
 * Market createTask page: in our create body for that page's model), unless listed in
 * DELIBERATE_DIFFERENCES with the reason we differ.
 *
 * Scope rule: every vendor operation must be in our spec, except the endpoints matched by
 * OUT_OF_SCOPE (the Market chat/LLM model pages: chat-completions, messages, responses,
 * streamGenerateContent), which the spec deliberately does not describe; for those the test checks
 * that they are indeed absent, so that adding one to the spec brings its fields under comparison.
 * DELIBERATE_DIFFERENCES entries that no longer differ fail the test (stale).
 *
 * vendor-examples.test.ts walks the same files' examples and validates them against our schemas.
 */
const OUT_OF_SCOPE: Array<[RegExp, string]> = [
  [
    /\/chat\/completions$|\/v1\/messages$|\/responses$|:streamGenerateContent$/,
    "Market chat/LLM endpoints (OpenAI-, Anthropic- and Gemini-style APIs): not described by the spec.",
  ],
]

/** `<file>: <METHOD> <path> <request|response> <field>` → why our spec differs. */
const DELIBERATE_DIFFERENCES: Record<string, string> = {
  // Vendor typos: property names with a trailing or leading space; the pages' own examples use
  // the plain names, which the spec uses (Market ones: scripts/import-market-model.mjs CORRECTIONS).
  "market-bytedance-seedance-2-fast.createTask.apidog.openapi.yaml: POST /api/v1/jobs/createTask request input.reference_video_urls ":
    "Typo `reference_video_urls ` (trailing space); the spec has `input.reference_video_urls`.",
  "market-happyhorse-image-to-video.createTask.apidog.openapi.yaml: POST /api/v1/jobs/createTask request input.image_urls ":
    "Typo `image_urls ` (trailing space); the spec has `input.image_urls`.",
  "market-happyhorse-video-edit.createTask.apidog.openapi.yaml: POST /api/v1/jobs/createTask request input.reference_image ":
    "Typo `reference_image ` (trailing space); the spec has `input.reference_image`.",
  "suno-generate-persona.apidog.openapi.yaml: POST /api/v1/generate/generate-persona request  vocalStart":
    "Typo ` vocalStart` (leading space); the spec has `vocalStart`.",
  "suno-generate-persona.apidog.openapi.yaml: POST /api/v1/generate/generate-persona request  vocalEnd":
    "Typo ` vocalEnd` (leading space); the spec has `vocalEnd`.",
  // Vendor bug: the Kling 3.0 page nests the envelope's `code` and `msg` inside `data` (its own
  // response example has them at the top level, like every other createTask page).
  "market-kling-3.0-video.createTask.apidog.openapi.yaml: POST /api/v1/jobs/createTask response data.code":
    "`code` belongs to the envelope (top level), as in the page's own response example.",
  "market-kling-3.0-video.createTask.apidog.openapi.yaml: POST /api/v1/jobs/createTask response data.msg":
    "`msg` belongs to the envelope (top level), as in the page's own response example.",
}

type Schema = Record<string, unknown>
const vendorDir = join(import.meta.dirname, "vendor")

const resolver =
  (root: unknown) =>
  (node: unknown): Schema => {
    let current = node as Schema
    for (let hops = 0; hops < 10 && typeof current?.$ref === "string"; hops++) {
      const ref = current.$ref as string
      current = ref
        .slice(2)
        .split("/")
        .reduce<unknown>(
          (value, key) => (value as Schema)?.[key.replaceAll("~1", "/").replaceAll("~0", "~")],
          root,
        ) as Schema
    }
    return current ?? {}
  }

/** Dotted property paths of a schema, merging allOf/oneOf/anyOf branches and array items. */
const fieldPaths = (root: unknown, schema: unknown, depth = 3, prefix = ""): Set<string> => {
  const resolve = resolver(root)
  const out = new Set<string>()
  const visit = (node: unknown, at: string, level: number) => {
    const s = resolve(node)
    for (const key of ["allOf", "oneOf", "anyOf"]) {
      const branches = s[key]
      if (Array.isArray(branches)) for (const branch of branches) visit(branch, at, level)
    }
    if (s.items) visit(s.items, at, level)
    const properties = s.properties as Record<string, unknown> | undefined
    if (!properties || level >= depth) return
    for (const [name, child] of Object.entries(properties)) {
      const path = at ? `${at}.${name}` : name
      out.add(path)
      visit(child, path, level + 1)
    }
  }
  visit(schema, prefix, 0)
  return out
}

interface VendorOperation {
  file: string
  path: string
  method: string
  request?: unknown
  response?: unknown
  root: unknown
}

const vendorOperations = (): VendorOperation[] => {
  const ops: VendorOperation[] = []
  for (const file of readdirSync(vendorDir).filter((name) => name.endsWith(".yaml"))) {
    const doc = parse(readFileSync(join(vendorDir, file), "utf8")) as Schema
    const paths = doc.paths as Schema
    if (typeof paths.path === "string") {
      // Mintlify page model: { path, method, request.body, response }.
      const request = (paths.request as Schema)?.body as Schema | undefined
      const response = (paths.response as Schema)?.["200"] as Schema | undefined
      const first = (content: Schema | undefined) =>
        ((content?.["application/json"] as Schema)?.schemaArray as unknown[] | undefined)?.[0]
      ops.push({
        file,
        path: paths.path,
        method: String(paths.method),
        request: first(request),
        response: first(response),
        root: doc,
      })
      continue
    }
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(item as Schema)) {
        const operation = op as Schema
        const content = (value: unknown) => {
          const media = (value as Schema | undefined)?.content as Schema | undefined
          if (!media) return undefined
          const first = Object.values(media)[0] as Schema | undefined
          return first?.schema
        }
        ops.push({
          file,
          path,
          method,
          request: content(operation.requestBody),
          response: content((operation.responses as Schema)?.["200"]),
          root: doc,
        })
      }
    }
  }
  return ops
}

const ours = (path: string, method: string) => {
  const op = (spec.paths[path] as Schema | undefined)?.[method] as Schema | undefined
  if (!op) return undefined
  const resolve = resolver(spec)
  const content = (value: unknown) => {
    const media = resolve(value).content as Schema | undefined
    if (!media) return undefined
    return (Object.values(media)[0] as Schema | undefined)?.schema
  }
  return {
    request: content(op.requestBody),
    response: content((op.responses as Schema)["200"]),
  }
}

/** The vendor's Market model id, from its single-value `model` enum. */
const vendorModel = (vendor: VendorOperation): string | undefined => {
  const model = (resolver(vendor.root)(vendor.request).properties as Schema | undefined)?.model as
    | Schema
    | undefined
  const values = model?.enum
  return Array.isArray(values) && values.length === 1 ? String(values[0]) : undefined
}

/** For a Market createTask page, only our branch for that model is comparable. */
const ourRequestFor = (vendor: VendorOperation, request: unknown): unknown => {
  const model = vendorModel(vendor)
  const branches = resolver(spec)(request).oneOf
  if (!model || !Array.isArray(branches)) return request
  return (
    branches.find((branch) => {
      const m = (resolver(spec)(branch).properties as Schema | undefined)?.model as Schema
      return m?.const === model || (Array.isArray(m?.enum) && m.enum[0] === model)
    }) ?? request
  )
}

const vendors = vendorOperations()
const outOfScope = (vendor: VendorOperation) =>
  OUT_OF_SCOPE.some(([pattern]) => pattern.test(vendor.path))

/** The vendor's field paths for one operation, compared with ours. */
const compareFields = (vendor: VendorOperation) => {
  const mine = ours(vendor.path, vendor.method)
  const missing: string[] = []
  const listed: string[] = []
  let compared = 0
  const compare = (part: "request" | "response", theirs: unknown, our: unknown) => {
    if (!theirs) return
    const have = fieldPaths(spec, our)
    for (const field of fieldPaths(vendor.root, theirs)) {
      compared++
      const key = `${vendor.file}: ${vendor.method.toUpperCase()} ${vendor.path} ${part} ${field}`
      if (key in DELIBERATE_DIFFERENCES) listed.push(key)
      if (!have.has(field) && !(key in DELIBERATE_DIFFERENCES)) missing.push(key)
      if (have.has(field) && key in DELIBERATE_DIFFERENCES)
        missing.push(`${key} (stale: no longer differs)`)
    }
  }
  if (mine) {
    compare("request", vendor.request, ourRequestFor(vendor, mine.request))
    compare("response", vendor.response, mine.response)
  }
  return { mine, missing, listed, compared }
}

describe("our spec against the vendor's doc specs", () => {
  it("reads every vendor file", () => {
    const files = readdirSync(vendorDir).filter((name) => name.endsWith(".yaml"))
    expect(new Set(vendors.map((v) => v.file)).size).toBe(files.length)
    expect(vendors.length).toBe(197)
    expect(vendors.filter(outOfScope).length).toBe(15)
  })

  it.each(vendors.map((v) => [`${v.method.toUpperCase()} ${v.path} (${v.file})`, v] as const))(
    "%s",
    (_name, vendor) => {
      const { mine, missing, compared } = compareFields(vendor)
      if (outOfScope(vendor)) {
        expect(mine, "out-of-scope operation is in our spec: update OUT_OF_SCOPE").toBeUndefined()
        return
      }
      expect(mine, "operation missing from our spec").toBeDefined()
      expect(compared, "no vendor fields found to compare").toBeGreaterThan(2)
      expect(missing).toEqual([])
    },
  )

  it("lists no deliberate difference that the vendor files no longer document", () => {
    const listed = new Set(vendors.flatMap((vendor) => compareFields(vendor).listed))
    expect(Object.keys(DELIBERATE_DIFFERENCES).filter((key) => !listed.has(key))).toEqual([])
  })
})
