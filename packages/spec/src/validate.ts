/**
 * `@kie-kit/spec/validate`: request validation against the spec, for the packages that check
 * what is sent before anything is paid for (the mock server, the CLI, the proxy). Needs `ajv`
 * and `ajv-formats` (optional peer dependencies of this package).
 *
 * The rule is forward compatible: a field the spec does not know yet is never an error (it is
 * reported in `unknownFields`, so a caller can warn), while a documented violation is — a wrong
 * enum, a missing required field, a wrong type, an out-of-range number. Each error is one
 * readable sentence naming the field: "input.aspect_ratio must be one of 16:9, 9:16, 1:1".
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js"
import addFormatsModule from "ajv-formats"
import { operationTable } from "./generated/operations"
import validationDocument from "./generated/validation.json" with { type: "json" }
import type { OperationInfo } from "./semantics"

/** An OpenAPI document (the spec's `validation.json`, or another one of the same shape). */
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, unknown>>
  readonly [key: string]: unknown
}

/** What a validation found. */
export interface Checked {
  /** `undefined` when the value is valid; else one sentence naming the field. */
  readonly error: string | undefined
  /** Fields the spec does not know (accepted, worth a warning), as paths: `input.new_field`. */
  readonly unknownFields: readonly string[]
}

const SPEC_ID = "https://kie-kit.invalid/openapi.json"

const MEDIA_TYPES = {
  json: "application/json",
  multipart: "multipart/form-data",
} as const

// ajv-formats is CommonJS; depending on the loader its default export may be wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => Ajv2020

function pointerSegment(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1")
}

function unescapePointer(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~")
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function child(node: unknown, key: string): unknown {
  if (Array.isArray(node)) return node[Number(key)]
  return asRecord(node)?.[key]
}

/** Turns an Ajv instance path such as `/input/image_urls/0` into `input.image_urls[0]`. */
export function fieldPath(instancePath: string, extra?: string): string {
  const segments = instancePath.split("/").slice(1).map(unescapePointer)
  if (extra !== undefined) segments.push(extra)
  let out = ""
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`
    else out += out === "" ? segment : `.${segment}`
  }
  return out
}

function effectivePath(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  if (error.keyword === "required")
    return fieldPath(error.instancePath, String(params.missingProperty))
  if (error.keyword === "additionalProperties")
    return fieldPath(error.instancePath, String(params.additionalProperty))
  return fieldPath(error.instancePath)
}

const WEAK_KEYWORDS = new Set([
  "oneOf",
  "anyOf",
  "allOf",
  "if",
  "not",
  "then",
  "else",
  "false schema",
])

function keywordRank(error: ErrorObject): number {
  if (WEAK_KEYWORDS.has(error.keyword)) return 0
  if (error.keyword === "const") return 1
  return 2
}

function depth(path: string): number {
  return path === "" ? 0 : path.split(/[.[]/).length
}

function describe(error: ErrorObject, subject: string): string {
  const params = error.params as Record<string, unknown>
  const name = subject === "" ? "body" : subject
  switch (error.keyword) {
    case "required":
      return `${name} is required`
    case "additionalProperties":
      return `${name} is not a supported field`
    case "enum":
      return `${name} must be one of ${(params.allowedValues as unknown[]).map(String).join(", ")}`
    case "const":
      return `${name} must be ${String(params.allowedValue)}`
    case "type":
      return `${name} must be ${String(params.type).replaceAll(",", " or ")}`
    case "format":
      return `${name} must be a valid ${String(params.format)}`
    case "pattern":
      return `${name} must match the pattern ${String(params.pattern)}`
    case "not":
      return `${name} is not allowed here`
    default:
      return `${name} ${error.message ?? "is invalid"}`
  }
}

function errorKey(error: ErrorObject): string {
  return `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`
}

/**
 * One readable message for a failed validation: "aspectRatio must be one of 21:9, 16:9, ...".
 * The most specific error wins (deepest field, then a concrete keyword over a structural one).
 * `root` is the schema that was validated; it lets "at least one of" rules written as
 * `if: {not: {required: [a]}}, then: {anyOf: [{required: [b]}, {required: [c]}]}` read as
 * "a, b or c is required".
 */
export function validationMessage(errors: readonly ErrorObject[], root?: unknown): string {
  let best: ErrorObject | undefined
  let bestScore = -1
  for (const error of errors) {
    const score = depth(effectivePath(error)) * 10 + keywordRank(error)
    if (score > bestScore) {
      best = error
      bestScore = score
    }
  }
  if (best === undefined) return "request is invalid"
  if (best.keyword === "required" && best.schemaPath.includes("/anyOf/")) {
    const alternatives = errors
      .filter(
        (e) =>
          e.keyword === "required" &&
          e.instancePath === best.instancePath &&
          e.schemaPath.includes("/anyOf/"),
      )
      .map((e) => String((e.params as Record<string, unknown>).missingProperty))
    const conditional = errors.find(
      (e) => e.keyword === "if" && e.instancePath === best.instancePath && e.schemaPath === "#/if",
    )
    if (conditional !== undefined) {
      const required = asRecord(asRecord(asRecord(root)?.if)?.not)?.required
      if (Array.isArray(required)) alternatives.unshift(...required.map(String))
    }
    const names = [...new Set(alternatives)].map((name) => fieldPath(best.instancePath, name))
    if (names.length > 1) {
      return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]} is required`
    }
  }
  return describe(best, effectivePath(best))
}

/**
 * For a union (`oneOf`/`anyOf`) schema, Ajv reports the errors of every branch. Keep the
 * branches whose discriminating fields matched (no `const`/`enum` failure on a top-level field,
 * no failing `not` on the object or a top-level field); of those, report what they all agree on, or the closest branch's errors.
 */
function branchErrors(perBranch: readonly (readonly ErrorObject[])[]): readonly ErrorObject[] {
  const mismatch = (errors: readonly ErrorObject[]) =>
    errors.some(
      (e) =>
        (e.keyword === "not" && depth(fieldPath(e.instancePath)) <= 1) ||
        ((e.keyword === "const" || e.keyword === "enum") && depth(fieldPath(e.instancePath)) === 1),
    )
  let candidates = perBranch.filter((errors) => errors.length > 0 && !mismatch(errors))
  if (candidates.length === 0) candidates = perBranch.filter((errors) => errors.length > 0)
  const first = candidates[0]
  if (first === undefined) return []
  if (candidates.length === 1) return first
  const common = first.filter((error) =>
    candidates.every((errors) => errors.some((e) => errorKey(e) === errorKey(error))),
  )
  if (common.length > 0) return common
  return candidates.reduce((a, b) => (b.length < a.length ? b : a))
}

/** A copy of `node` without `additionalProperties: false` anywhere (the lenient variant). */
const lenient = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(lenient)
  const record = asRecord(node)
  if (record === undefined) return node
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (key === "additionalProperties" && value === false) continue
    copy[key] = lenient(value)
  }
  return copy
}

/**
 * Validates requests against an OpenAPI document: bodies by operationId, query strings, and a
 * Market model's `input`. Validators are compiled lazily, once each.
 */
export class SpecValidator {
  readonly document: OpenApiDocument
  private readonly strict: Ajv2020
  private readonly ajv: Ajv2020
  private readonly queryAjv: Ajv2020
  private readonly cache = new Map<string, ValidateFunction>()
  private readonly table: Readonly<Record<string, OperationInfo>>

  constructor(
    document: OpenApiDocument = validationDocument as unknown as OpenApiDocument,
    table: Readonly<Record<string, OperationInfo>> = operationTable,
  ) {
    this.document = document
    this.table = table
    this.strict = this.createAjv(document, false)
    this.ajv = this.createAjv(lenient(document), false)
    this.queryAjv = this.createAjv(lenient(document), true)
  }

  private createAjv(document: unknown, coerce: boolean): Ajv2020 {
    const ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      logger: false,
      validateSchema: false,
      ...(coerce ? { coerceTypes: true } : {}),
    })
    addFormats(ajv)
    for (const name of ["int32", "int64", "float", "double", "binary", "byte", "password"]) {
      ajv.addFormat(name, true)
    }
    ajv.addSchema(document as object, SPEC_ID)
    return ajv
  }

  /** Resolves a local `$ref` (`#/components/...`) one level. */
  deref(value: unknown): unknown {
    const ref = asRecord(value)?.$ref
    if (typeof ref !== "string" || !ref.startsWith("#/")) return value
    let node: unknown = this.document
    for (const segment of ref.slice(2).split("/")) node = asRecord(node)?.[unescapePointer(segment)]
    return this.deref(node)
  }

  private operation(operationId: string): OperationInfo {
    const info = this.table[operationId]
    if (info === undefined) throw new TypeError(`Unknown operation ${operationId}`)
    return info
  }

  private operationPointer(info: OperationInfo): string {
    return `${SPEC_ID}#/paths/${pointerSegment(info.path)}/${info.method.toLowerCase()}`
  }

  private validator(key: string, ajv: Ajv2020, schema: object): ValidateFunction {
    let validate = this.cache.get(key)
    if (validate === undefined) {
      validate = ajv.compile(schema)
      this.cache.set(key, validate)
    }
    return validate
  }

  /**
   * Walks a pointer into the document, following local `$ref`s at every step (request bodies,
   * parameters and schemas may all be references); returns the canonical pointer and node.
   */
  private resolvePointer(pointer: string): { pointer: string; node: unknown } {
    const segments = pointer
      .slice(pointer.indexOf("#") + 1)
      .split("/")
      .slice(1)
    let path: string[] = []
    let node: unknown = this.document
    const follow = () => {
      for (let hops = 0; hops < 32; hops++) {
        const ref = asRecord(node)?.$ref
        if (typeof ref !== "string" || !ref.startsWith("#/")) return
        path = ref.slice(2).split("/")
        node = this.document
        for (const segment of path) node = child(node, unescapePointer(segment))
      }
    }
    for (const segment of segments) {
      follow()
      path = [...path, segment]
      node = child(node, unescapePointer(segment))
    }
    follow()
    return { pointer: `${SPEC_ID}#/${path.join("/")}`, node }
  }

  /** Validates `value` against the schema at `pointer` (lenient), with readable errors. */
  private check(pointer: string, value: unknown): Checked {
    const root = this.resolvePointer(pointer)
    const validate = this.validator(`lenient ${root.pointer}`, this.ajv, { $ref: root.pointer })
    if (validate(value)) {
      const strict = this.validator(`strict ${root.pointer}`, this.strict, { $ref: root.pointer })
      return {
        error: undefined,
        unknownFields: strict(value) ? [] : this.unknownFields(root.node, value, ""),
      }
    }
    const schema = asRecord(root.node)
    const union = Array.isArray(schema?.oneOf)
      ? "oneOf"
      : Array.isArray(schema?.anyOf)
        ? "anyOf"
        : undefined
    if (union === undefined) {
      return { error: validationMessage(validate.errors ?? [], schema), unknownFields: [] }
    }
    const count = (schema?.[union] as unknown[] | undefined)?.length ?? 0
    const perBranch: ErrorObject[][] = []
    for (let i = 0; i < count; i++) {
      const branchPointer = `${root.pointer}/${union}/${i}`
      const branch = this.validator(`lenient ${branchPointer}`, this.ajv, { $ref: branchPointer })
      perBranch.push(branch(value) ? [] : [...(branch.errors ?? [])])
    }
    const branchRoots = perBranch.map(
      (_, i) => this.resolvePointer(`${root.pointer}/${union}/${i}`).node,
    )
    const errors = branchErrors(perBranch)
    const index = perBranch.indexOf(errors as ErrorObject[])
    return {
      error: validationMessage(
        errors.length > 0 ? errors : (validate.errors ?? []),
        branchRoots[index],
      ),
      unknownFields: [],
    }
  }

  /**
   * The fields of `value` that `schema` does not declare where it closes its objects
   * (`additionalProperties: false`). A union is read through the branch `value` matches.
   */
  private unknownFields(schemaNode: unknown, value: unknown, path: string): string[] {
    const schema = asRecord(this.deref(schemaNode))
    const object = asRecord(value)
    if (schema === undefined) return []
    for (const key of ["oneOf", "anyOf"] as const) {
      const branches = schema[key]
      if (!Array.isArray(branches)) continue
      const matching = branches.find((branch) => {
        const resolved = asRecord(this.deref(branch))
        const model = asRecord(asRecord(resolved?.properties)?.model)?.const
        return model !== undefined && model === object?.model
      })
      if (matching !== undefined) return this.unknownFields(matching, value, path)
      return []
    }
    const found: string[] = []
    for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
      found.push(...this.unknownFields(part, value, path))
    }
    if (object === undefined) return found
    const properties = asRecord(schema.properties) ?? {}
    for (const [key, item] of Object.entries(object)) {
      const at = path === "" ? key : `${path}.${key}`
      if (Object.hasOwn(properties, key))
        found.push(...this.unknownFields(properties[key], item, at))
      else if (schema.additionalProperties === false) found.push(at)
    }
    return found
  }

  /** Validates the request body of an operation. */
  body(operationId: string, body: unknown): Checked {
    const info = this.operation(operationId)
    if (info.body === undefined) return { error: undefined, unknownFields: [] }
    return this.check(
      `${this.operationPointer(info)}/requestBody/content/${pointerSegment(MEDIA_TYPES[info.body])}/schema`,
      body,
    )
  }

  /** Validates a Market create body `{ model, input }` (the model's own `input` schema). */
  marketTask(task: unknown): Checked {
    return this.body("marketCreateTask", task)
  }

  /** Validates the query string of an operation (string values, coerced per schema). */
  query(operationId: string, query: Readonly<Record<string, string>>): string | undefined {
    const info = this.operation(operationId)
    const schema = this.querySchema(info)
    if (Object.keys(schema.properties).length === 0) return undefined
    const validate = this.validator(`query ${operationId}`, this.queryAjv, schema)
    const copy: Record<string, unknown> = { ...query }
    return validate(copy) ? undefined : validationMessage(validate.errors ?? [])
  }

  /** The query parameters of an operation: name and whether it is required. */
  queryParameters(operationId: string): ReadonlyArray<{ name: string; required: boolean }> {
    const schema = this.querySchema(this.operation(operationId))
    return Object.keys(schema.properties).map((name) => ({
      name,
      required: schema.required.includes(name),
    }))
  }

  // A JSON Schema object for the query parameters, each property pointing into the document.
  private querySchema(info: OperationInfo): {
    type: "object"
    properties: Record<string, object>
    required: string[]
  } {
    const properties: Record<string, object> = {}
    const required: string[] = []
    const method = info.method.toLowerCase()
    const pathItem = asRecord(this.deref(this.document.paths[info.path])) ?? {}
    const sources: [unknown, string][] = []
    const base = `${SPEC_ID}#/paths/${pointerSegment(info.path)}`
    for (const [list, pointer] of [
      [pathItem.parameters, `${base}/parameters`],
      [asRecord(pathItem[method])?.parameters, `${base}/${method}/parameters`],
    ] as const) {
      if (!Array.isArray(list)) continue
      list.forEach((param, index) => {
        sources.push([param, `${pointer}/${index}`])
      })
    }
    for (const [param, pointer] of sources) {
      const resolved = asRecord(this.deref(param))
      if (resolved?.in !== "query") continue
      const name = String(resolved.name)
      properties[name] = { $ref: this.resolvePointer(`${pointer}/schema`).pointer }
      if (resolved.required === true) required.push(name)
    }
    return { type: "object", properties, required }
  }
}

let shared: SpecValidator | undefined

/** A validator of this package's spec (built once per process, on first use). */
export const specValidator = (): SpecValidator => {
  shared ??= new SpecValidator()
  return shared
}
