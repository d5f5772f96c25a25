import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js"
import addFormatsModule from "ajv-formats"

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..")

/** The bundled document, as committed under src/generated/. */
export const spec = JSON.parse(
  readFileSync(join(packageRoot, "src", "generated", "openapi.json"), "utf8"),
) as OpenApiDocument

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>
  webhooks?: Record<string, Record<string, Operation>>
  components: Record<string, Record<string, unknown>>
  [key: string]: unknown
}

export interface Operation {
  operationId?: string
  requestBody?: { content: Record<string, { schema: unknown }> }
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>
  callbacks?: Record<string, Record<string, Record<string, Operation>>>
  parameters?: Array<{ name: string; in: string; required?: boolean; schema: unknown }>
  [key: string]: unknown
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(spec, "kie")

const escapePart = (part: string) => part.replaceAll("~", "~0").replaceAll("/", "~1")

/**
 * The JSON pointer of `parts` below the document root, following any `$ref` met on the way
 * (bundling keeps shared path items and responses as references).
 */
const walk = (parts: string[]): string => {
  let node: unknown = spec
  let at: string[] = []
  for (const part of parts) {
    for (let hops = 0; hops < 8; hops++) {
      const ref = (node as { $ref?: unknown } | undefined)?.$ref
      if (typeof ref !== "string" || !ref.startsWith("#/")) break
      at = ref.slice(2).split("/")
      node = at.reduce<unknown>(
        (value, key) =>
          (value as Record<string, unknown>)[key.replaceAll("~1", "/").replaceAll("~0", "~")],
        spec,
      )
    }
    if (!node || typeof node !== "object" || !(part in node)) {
      throw new Error(`the bundled spec has nothing at ${[...at, escapePart(part)].join("/")}`)
    }
    node = (node as Record<string, unknown>)[part]
    at = [...at, escapePart(part)]
  }
  return at.join("/")
}

export interface Located {
  path: string
  method: string
  operation: Operation
}

/** Every operation of the document by operationId. */
export const operations = new Map<string, Located>()
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (operation && typeof operation === "object" && operation.operationId) {
      operations.set(operation.operationId, { path, method, operation })
    }
  }
}

/** The value at `parts`, following references. */
const walkValue = (parts: string[]): unknown => {
  const at = (pointer: string) =>
    pointer
      .split("/")
      .reduce<unknown>(
        (value, key) =>
          (value as Record<string, unknown>)[key.replaceAll("~1", "/").replaceAll("~0", "~")],
        spec,
      )
  let value = at(walk(parts))
  for (let hops = 0; hops < 8; hops++) {
    const ref = (value as { $ref?: unknown } | undefined)?.$ref
    if (typeof ref !== "string" || !ref.startsWith("#/")) break
    value = at(ref.slice(2))
  }
  return value
}

export type Kind = "request" | "response" | "callback" | "callback-response"

const cache = new Map<string, ValidateFunction>()

/** The JSON pointer (inside the bundled document) of a payload's schema. */
export const schemaPointer = (
  operationId: string,
  kind: Kind,
  status = "200",
  contentType = "application/json",
): string => {
  const located = operations.get(operationId)
  if (!located) throw new Error(`no operation ${operationId} in the bundled spec`)
  const base = ["paths", located.path, located.method]
  if (kind === "request") return walk([...base, "requestBody", "content", contentType, "schema"])
  if (kind === "response") {
    return walk([...base, "responses", status, "content", contentType, "schema"])
  }
  const [name] = Object.keys(located.operation.callbacks ?? {})
  if (!name) throw new Error(`${operationId} declares no callback`)
  const expressions = walkValue([...base, "callbacks", name]) as Record<string, unknown>
  const [expression] = Object.keys(expressions).filter((key) => !key.startsWith("$"))
  if (!expression) throw new Error(`${operationId} callback ${name} has no expression`)
  const post = [...base, "callbacks", name, expression, "post"]
  if (kind === "callback-response") {
    return walk([...post, "responses", status, "content", contentType, "schema"])
  }
  return walk([...post, "requestBody", "content", contentType, "schema"])
}

/** Validates a payload against the schema at a JSON pointer of the bundled document. */
export const validateAt = (pointer: string, payload: unknown) => {
  const ref = `kie#/${pointer}`
  let fn = cache.get(ref)
  if (!fn) {
    fn = ajv.compile({ $ref: ref })
    cache.set(ref, fn)
  }
  const valid = fn(payload)
  return {
    valid,
    errors: valid ? [] : (fn.errors ?? []).map((e) => `${e.instancePath} ${e.message}`),
  }
}

/** Validates a payload against the schema of an operation's request, response or callback. */
export const validate = (
  operationId: string,
  kind: Kind,
  payload: unknown,
  status?: string,
  contentType?: string,
) => validateAt(schemaPointer(operationId, kind, status, contentType), payload)
