/**
 * The vendor-example walk: every example KIE's own doc specs (test/vendor/, see SOURCES.md there)
 * carry, validated against OUR schemas in the bundled document (test/validator.ts).
 *
 * Walked, per vendor file and per operation it documents (method + path; the Mintlify page model
 * `*.mintlify-page-schema.yaml` documents one operation and no callbacks):
 *
 * - request body examples: the media object's `example` and `examples.<name>.value`, and the body
 *   schema's own `example` / `examples[i]`. Checked against our request schema of the same
 *   operation and media type. Market `POST /api/v1/jobs/createTask` examples are checked against
 *   the model's create body instead: the component schema marked `x-kie-model` whose
 *   `properties.model.const` is the example's `model`; that model must be one the page documents
 *   (its `model` enum/default, or its scripts/market-catalog.yaml entry, which records the id of a
 *   page that prints a wrong one).
 * - 200 response examples (same places), against our 200 response schema for that media type.
 * - callback examples (the request bodies of the operation's `callbacks`, same places), against
 *   the request body of our operation's callback.
 *
 * Property-level examples, non-200 responses and callback acknowledgements are not walked.
 * An example that is a string is parsed as JSON; an empty string is an empty example box (counted
 * apart, not an example). Each example has a stable id: `<file> <part> <place>`, e.g.
 * `x.yaml request example`, `x.yaml response 200 examples.success`,
 * `x.yaml callback onTaskCompleted examples.failed`.
 *
 * Every example that does not validate must be listed in EXCEPTIONS with its reason, and every
 * entry there must still fail (stale entries fail the test). TOTALS are exact on purpose: any new
 * vendor file, example or exception shows up as a diff.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { packageRoot, spec, validate, validateAt } from "./validator"

type Node = Record<string, unknown>

const vendorDir = join(packageRoot, "test", "vendor")
const files = readdirSync(vendorDir)
  .filter((name) => name.endsWith(".yaml"))
  .sort()

// ---------------------------------------------------------------------------------------------
// Exceptions: vendor examples that do not validate against our schemas, and why
// ---------------------------------------------------------------------------------------------

/** Chat / LLM model pages: endpoints the spec deliberately does not describe. */
const CHAT =
  "Out of scope: a Market chat/LLM endpoint (chat-completions, messages, responses, streamGenerateContent) that the spec deliberately does not describe."

/** Per example id (`<file> <part> <place>`): why it does not validate against our schemas. */
const EXCEPTIONS: Record<string, string> = {
  // Vendor bugs: examples that are not valid JSON.
  "common-api-download-url.v2.apidog.openapi.yaml request example":
    "Invalid JSON: the example carries a `//` comment after the url (`// 图片url（必填）`).",
  "market-bytedance-seedance-2-5.createTask.apidog.openapi.yaml request example":
    "Invalid JSON: trailing comma after `duration` (scripts/import-market-model.mjs corrects it).",
  "market-google-gemini-3-1-flash-tts.createTask.apidog.openapi.yaml response 200 example":
    "Invalid JSON: trailing comma after `taskId`.",
  "market-kling-v2-5-turbo-image-to-video-pro.createTask.apidog.openapi.yaml request example":
    'Invalid JSON: stray token in `"input": {image "prompt": ...` (scripts/import-market-model.mjs corrects it).',
  // Vendor bugs: examples that contradict the page's own schema.
  "market-grok-imagine-extend.createTask.apidog.openapi.yaml request example":
    'Vendor bug: sends `extend_at` as the number 0; the page types it a string and its property example is "0" (import CORRECTIONS).',
  "market-grok-imagine-extend.createTask.apidog.openapi.yaml request schema.examples[0]":
    "Vendor bug: copied from the Video Upscale page (model `grok-imagine/upscale`, only `input.task_id`); not an extend request.",
  "market-happyhorse-video-edit.createTask.apidog.openapi.yaml request example":
    'Vendor bug: the key `"reference_image "` has a trailing space (typo; the spec names it `reference_image`, import CORRECTIONS).',
  "runway-generate.apidog.openapi.yaml request example":
    'Vendor bug: sends `duration` as the string "5"; the page types it a number (5 or 10) and the quickstart sends 5 (see RunwayDuration).',
  // Vendor bugs: placeholder values.
  "suno-create-music-video.apidog.openapi.yaml response 200 example":
    'Placeholder: Apidog defaults `{code: 0, msg: "", data: {taskId: ""}}`, not a real response (code 0, empty task id).',
  // Out of scope: chat / LLM endpoints.
  "market-claude-haiku-4-5.messages.apidog.openapi.yaml request example": CHAT,
  "market-claude-haiku-4-5.messages.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-claude-haiku-4-5.messages.apidog.openapi.yaml response 200 example": CHAT,
  "market-claude-opus-4-5.messages.apidog.openapi.yaml request example": CHAT,
  "market-claude-opus-4-5.messages.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-claude-opus-4-5.messages.apidog.openapi.yaml response 200 example": CHAT,
  "market-claude-opus-4-6.messages.apidog.openapi.yaml request example": CHAT,
  "market-claude-opus-4-6.messages.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-claude-opus-4-6.messages.apidog.openapi.yaml response 200 example": CHAT,
  "market-claude-sonnet-4-5.messages.apidog.openapi.yaml request example": CHAT,
  "market-claude-sonnet-4-5.messages.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-claude-sonnet-4-5.messages.apidog.openapi.yaml response 200 example": CHAT,
  "market-claude-sonnet-4-6.messages.apidog.openapi.yaml request example": CHAT,
  "market-claude-sonnet-4-6.messages.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-claude-sonnet-4-6.messages.apidog.openapi.yaml response 200 example": CHAT,
  "market-gemini-2-5-flash.chat-completions.apidog.openapi.yaml request example": CHAT,
  "market-gemini-2-5-flash.chat-completions.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-gemini-2-5-pro.chat-completions.apidog.openapi.yaml request example": CHAT,
  "market-gemini-2-5-pro.chat-completions.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-gemini-3-1-pro.chat-completions.apidog.openapi.yaml request example": CHAT,
  "market-gemini-3-1-pro.chat-completions.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-gemini-3-1-pro.chat-completions.apidog.openapi.yaml response 200 example": CHAT,
  "market-gemini-3-flash-v1beta.streamGenerateContent.apidog.openapi.yaml request example": CHAT,
  "market-gemini-3-flash-v1beta.streamGenerateContent.apidog.openapi.yaml request schema.examples[0]":
    CHAT,
  "market-gemini-3-flash-v1beta.streamGenerateContent.apidog.openapi.yaml response 200 example":
    CHAT,
  "market-gemini-3-flash.chat-completions.apidog.openapi.yaml request example": CHAT,
  "market-gemini-3-flash.chat-completions.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-gemini-3-pro.chat-completions.apidog.openapi.yaml request example": CHAT,
  "market-gemini-3-pro.chat-completions.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-gpt-5-2.chat-completions.apidog.openapi.yaml request example": CHAT,
  "market-gpt-5-2.chat-completions.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-gpt-5-4.responses.apidog.openapi.yaml request example": CHAT,
  "market-gpt-5-4.responses.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-gpt-5-4.responses.apidog.openapi.yaml response 200 (text/event-stream) example": CHAT,
  "market-gpt-5-5.responses.apidog.openapi.yaml request example": CHAT,
  "market-gpt-5-5.responses.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-gpt-5-5.responses.apidog.openapi.yaml response 200 (text/event-stream) example": CHAT,
  "market-gpt-codex.responses.apidog.openapi.yaml request example": CHAT,
  "market-gpt-codex.responses.apidog.openapi.yaml request schema.examples[0]": CHAT,
  "market-gpt-codex.responses.apidog.openapi.yaml response 200 (text/event-stream) example": CHAT,
}

// ---------------------------------------------------------------------------------------------
// Reading the vendor files
// ---------------------------------------------------------------------------------------------

type Part = "request" | "response" | "callback"

interface Found {
  id: string
  file: string
  part: Part
  method: string
  path: string
  contentType: string
  value: unknown
}

interface VendorOperation {
  file: string
  method: string
  path: string
  /** The request body schema (for a Market page: its `model` ids). */
  requestSchema?: Node
  examples: Found[]
}

const resolver =
  (root: unknown) =>
  (node: unknown): Node => {
    let current = node as Node
    for (let hops = 0; hops < 10 && typeof current?.$ref === "string"; hops++) {
      current = (current.$ref as string)
        .slice(2)
        .split("/")
        .reduce<unknown>(
          (value, key) => (value as Node)?.[key.replaceAll("~1", "/").replaceAll("~0", "~")],
          root,
        ) as Node
    }
    return current ?? {}
  }

/** The body-level examples of one media object: `example`, `examples.*`, the schema's `example(s)`. */
const mediaExamples = (media: Node, schema: Node, prefix: string) => {
  const out: Array<[string, unknown]> = []
  if ("example" in media) out.push([`${prefix} example`, media.example])
  for (const [name, entry] of Object.entries((media.examples as Node | undefined) ?? {})) {
    out.push([`${prefix} examples.${name}`, (entry as Node)?.value])
  }
  if ("example" in schema) out.push([`${prefix} schema.example`, schema.example])
  if (Array.isArray(schema.examples)) {
    schema.examples.forEach((value, index) => {
      out.push([`${prefix} schema.examples[${index}]`, value])
    })
  }
  return out
}

const readFile = (file: string): VendorOperation[] => {
  const doc = parse(readFileSync(join(vendorDir, file), "utf8")) as Node
  const resolve = resolver(doc)
  const paths = doc.paths as Node
  const ops: VendorOperation[] = []
  const found = (
    op: VendorOperation,
    part: Part,
    contentType: string,
    list: Array<[string, unknown]>,
  ) => {
    for (const [where, value] of list) {
      op.examples.push({
        id: `${file} ${where}`,
        file,
        part,
        method: op.method,
        path: op.path,
        contentType,
        value,
      })
    }
  }
  const media = (content: unknown) =>
    Object.entries((content as Node | undefined) ?? {}) as Array<[string, Node]>
  const typed = (label: string, contentType: string) =>
    contentType === "application/json" ? label : `${label} (${contentType})`

  if (typeof paths.path === "string") {
    // Mintlify page model: { path, method, request.body, response }; no callbacks.
    const op: VendorOperation = {
      file,
      method: String(paths.method),
      path: paths.path,
      examples: [],
    }
    for (const [type, body] of media((paths.request as Node)?.body)) {
      const schema = ((body.schemaArray as Node[] | undefined)?.[0] ?? {}) as Node
      op.requestSchema ??= schema
      found(op, "request", type, mediaExamples(body, schema, typed("request", type)))
    }
    for (const [type, body] of media((paths.response as Node)?.["200"])) {
      const schema = ((body.schemaArray as Node[] | undefined)?.[0] ?? {}) as Node
      found(op, "response", type, mediaExamples(body, schema, typed("response 200", type)))
    }
    return [op]
  }

  for (const [path, item] of Object.entries(paths)) {
    for (const [method, value] of Object.entries(item as Node)) {
      const operation = value as Node
      const op: VendorOperation = { file, method, path, examples: [] }
      for (const [type, body] of media(resolve(operation.requestBody).content)) {
        const schema = resolve(body.schema)
        op.requestSchema ??= schema
        found(op, "request", type, mediaExamples(body, schema, typed("request", type)))
      }
      const ok = resolve((operation.responses as Node | undefined)?.["200"])
      for (const [type, body] of media(ok.content)) {
        found(
          op,
          "response",
          type,
          mediaExamples(body, resolve(body.schema), typed("response 200", type)),
        )
      }
      for (const [name, callback] of Object.entries((operation.callbacks as Node) ?? {})) {
        const expressions = Object.entries(resolve(callback))
        for (const [expression, pathItem] of expressions) {
          for (const [verb, cbValue] of Object.entries(resolve(pathItem))) {
            const cbOp = cbValue as Node
            const label = `callback ${name}${expressions.length > 1 ? ` ${expression}` : ""}${verb === "post" ? "" : ` ${verb}`}`
            for (const [type, body] of media(resolve(cbOp.requestBody).content)) {
              found(
                op,
                "callback",
                type,
                mediaExamples(body, resolve(body.schema), typed(label, type)),
              )
            }
          }
        }
      }
      ops.push(op)
    }
  }
  return ops
}

const vendorOps = files.flatMap(readFile)

// ---------------------------------------------------------------------------------------------
// Mapping to our spec and validating
// ---------------------------------------------------------------------------------------------

const ourOperationId = (path: string, method: string): string | undefined =>
  (spec.paths[path]?.[method] as { operationId?: string } | undefined)?.operationId

/** Market create bodies by model id: the component schemas marked `x-kie-model`. */
const taskSchemas = new Map<string, string>()
for (const [name, schema] of Object.entries(spec.components.schemas ?? {})) {
  const node = schema as Node
  const model = (node.properties as Node | undefined)?.model as Node | undefined
  if (node["x-kie-model"] && typeof model?.const === "string") taskSchemas.set(model.const, name)
}

/** Model ids per vendor file from scripts/market-catalog.yaml (the page the import reads). */
const catalogModels = new Map<string, string[]>()
const catalog = parse(
  readFileSync(join(packageRoot, "scripts", "market-catalog.yaml"), "utf8"),
) as {
  groups: Record<string, Record<string, { vendor: string }>>
}
for (const entries of Object.values(catalog.groups)) {
  for (const [id, meta] of Object.entries(entries)) {
    catalogModels.set(meta.vendor, [...(catalogModels.get(meta.vendor) ?? []), id])
  }
}

/** The model ids a Market page documents: its `model` enum/default/const and its catalog entry. */
const pageModels = (op: VendorOperation): string[] => {
  const model = (op.requestSchema?.properties as Node | undefined)?.model as Node | undefined
  const ids = [
    ...(Array.isArray(model?.enum) ? model.enum : []),
    model?.const,
    model?.default,
    ...(catalogModels.get(op.file) ?? []),
  ]
  return [...new Set(ids.filter((id): id is string => typeof id === "string"))]
}

const MARKET_CREATE = "post /api/v1/jobs/createTask"

type Outcome = { ok: true } | { ok: false; why: string } | { empty: true }

const check = (op: VendorOperation, example: Found): Outcome => {
  let value = example.value
  if (typeof value === "string") {
    if (!value.trim()) return { empty: true }
    try {
      value = JSON.parse(value)
    } catch (error) {
      return { ok: false, why: `not valid JSON: ${(error as Error).message}` }
    }
  }
  if (value === undefined) return { ok: false, why: "no value" }
  const operationId = ourOperationId(op.path, op.method)
  if (!operationId)
    return { ok: false, why: `${op.method.toUpperCase()} ${op.path} is not in the spec` }
  const outcome = (result: { valid: boolean; errors: string[] }): Outcome =>
    result.valid ? { ok: true } : { ok: false, why: result.errors.join("; ") }
  try {
    if (example.part === "request" && `${op.method} ${op.path}` === MARKET_CREATE) {
      const model = (value as Node | null)?.model
      if (typeof model !== "string") return { ok: false, why: "no `model` in the body" }
      const documented = pageModels(op)
      if (!documented.includes(model))
        return {
          ok: false,
          why: `sends model ${model}; the page documents ${documented.join(", ")}`,
        }
      const schema = taskSchemas.get(model)
      if (!schema) return { ok: false, why: `no create-body schema for model ${model}` }
      return outcome(validateAt(`components/schemas/${schema}`, value))
    }
    if (example.part === "request")
      return outcome(validate(operationId, "request", value, undefined, example.contentType))
    if (example.part === "response")
      return outcome(validate(operationId, "response", value, "200", example.contentType))
    return outcome(validate(operationId, "callback", value, undefined, example.contentType))
  } catch (error) {
    return { ok: false, why: (error as Error).message }
  }
}

const results = vendorOps.flatMap((op) =>
  op.examples.map((example) => ({ example, outcome: check(op, example) })),
)
const failures = new Map(
  results.flatMap(({ example, outcome }) =>
    "ok" in outcome && !outcome.ok ? [[example.id, outcome.why] as const] : [],
  ),
)

/** Exact totals (see the header): update them together with the vendor files or EXCEPTIONS. */
const TOTALS = {
  files: 197,
  operations: 197,
  operationsInSpec: 182,
  examples: 413,
  requestExamples: 220,
  responseExamples: 175,
  callbackExamples: 18,
  validated: 364,
  exceptions: 49,
  emptyExampleBoxes: 1,
}

describe("vendor examples against our schemas", () => {
  it("gives every example a unique id", () => {
    const ids = results.map(({ example }) => example.id)
    expect(ids.length).toBe(new Set(ids).size)
  })

  it.each(files)("%s: every example validates or is a listed exception", (file) => {
    const unexpected = results
      .filter(({ example }) => example.file === file && failures.has(example.id))
      .filter(({ example }) => !(example.id in EXCEPTIONS))
      .map(({ example }) => `${example.id}: ${failures.get(example.id)}`)
    expect(unexpected).toEqual([])
  })

  it("lists no stale exception", () => {
    const stale = Object.keys(EXCEPTIONS).filter((id) => !failures.has(id))
    expect(stale, "these examples validate now (or no longer exist)").toEqual([])
    const misfiled = Object.entries(EXCEPTIONS)
      .filter(([id, why]) => {
        const failure = failures.get(id) ?? ""
        if (why === CHAT) return !failure.endsWith("is not in the spec")
        if (why.startsWith("Invalid JSON")) return !failure.startsWith("not valid JSON")
        return failure.endsWith("is not in the spec") || failure.startsWith("not valid JSON")
      })
      .map(([id]) => `${id}: ${failures.get(id)}`)
    expect(misfiled, "these examples fail for another reason than the one listed").toEqual([])
  })

  it("counts files, operations and examples exactly", () => {
    const examples = results.filter(({ outcome }) => !("empty" in outcome))
    const totals = {
      files: files.length,
      operations: vendorOps.length,
      operationsInSpec: vendorOps.filter((op) => ourOperationId(op.path, op.method)).length,
      examples: examples.length,
      requestExamples: examples.filter(({ example }) => example.part === "request").length,
      responseExamples: examples.filter(({ example }) => example.part === "response").length,
      callbackExamples: examples.filter(({ example }) => example.part === "callback").length,
      validated: examples.filter(({ outcome }) => "ok" in outcome && outcome.ok).length,
      exceptions: examples.filter(({ example }) => example.id in EXCEPTIONS).length,
      emptyExampleBoxes: results.length - examples.length,
    }
    console.info(
      `vendor examples: ${totals.files} files, ${totals.operations} operations (${totals.operationsInSpec} in the spec), ` +
        `${totals.examples} examples (${totals.requestExamples} request, ${totals.responseExamples} 200 response, ${totals.callbackExamples} callback): ${totals.validated} validated, ${totals.exceptions} exceptions; ` +
        `${totals.emptyExampleBoxes} empty example box(es)`,
    )
    expect(totals).toEqual(TOTALS)
    expect(totals.validated + totals.exceptions).toBe(totals.examples)
  })
})
