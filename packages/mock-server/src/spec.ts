// Everything the mock knows about the API comes from @kie-kit/spec: the routes (operationId,
// method, path, host, family, role) from its generated operation table, and the request schemas
// it validates against from the bundled OpenAPI document. Validators are compiled lazily, once
// per operation.

import {
  type OperationHost,
  type OperationInfo,
  type OperationRole,
  operationTable,
} from "@kie-kit/spec"
import specDocument from "@kie-kit/spec/validation.json" with { type: "json" }
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js"
import addFormatsModule from "ajv-formats"

export type Host = OperationHost

export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, unknown>>
  readonly [key: string]: unknown
}

export interface SpecOperation {
  readonly operationId: string
  readonly method: string
  readonly path: string
  readonly host: Host
  /** The API family of the operation (a task family such as `market`, or `common`, ...). */
  readonly family: string
  /** What the operation does (`create`, `read`, `link`, `upload`, `account`). */
  readonly role: OperationRole
  /** The request body media type, when the operation has a body. */
  readonly bodyType?: "application/json" | "multipart/form-data"
  readonly queryParameters: readonly { name: string; required: boolean }[]
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

export class Spec {
  readonly document: OpenApiDocument
  readonly operations: readonly SpecOperation[]
  private readonly ajv: Ajv2020
  private readonly queryAjv: Ajv2020
  private readonly cache = new Map<string, ValidateFunction>()
  private readonly byRoute = new Map<string, SpecOperation>()

  /**
   * `table` is the operation table (every operation's method, path, host, family and role);
   * `document` the OpenAPI document the request schemas and query parameters are read from.
   */
  constructor(
    document: OpenApiDocument = specDocument as unknown as OpenApiDocument,
    table: Readonly<Record<string, OperationInfo>> = operationTable,
  ) {
    this.document = document
    this.ajv = this.createAjv(false)
    this.queryAjv = this.createAjv(true)
    const operations: SpecOperation[] = []
    for (const [operationId, info] of Object.entries(table)) {
      const pathItem = asRecord(this.deref(document.paths[info.path])) ?? {}
      const op = asRecord(pathItem[info.method.toLowerCase()])
      if (op?.operationId !== operationId) {
        throw new Error(
          `The OpenAPI document has no ${info.method} ${info.path} with operationId ${operationId}`,
        )
      }
      const queryParameters = [
        ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
        ...(Array.isArray(op.parameters) ? op.parameters : []),
      ]
        .map((p) => asRecord(this.deref(p)))
        .filter((p): p is Record<string, unknown> => p?.in === "query")
        .map((p) => ({ name: String(p.name), required: p.required === true }))
      const operation: SpecOperation = {
        operationId,
        method: info.method,
        path: info.path,
        host: info.host,
        family: info.family,
        role: info.role,
        ...(info.body !== undefined ? { bodyType: MEDIA_TYPES[info.body] } : {}),
        queryParameters,
      }
      operations.push(operation)
      this.byRoute.set(`${operation.host} ${operation.method} ${operation.path}`, operation)
    }
    this.operations = operations
  }

  private createAjv(coerce: boolean): Ajv2020 {
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
    ajv.addSchema(this.document as object, SPEC_ID)
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

  route(host: Host, method: string, path: string): SpecOperation | undefined {
    return this.byRoute.get(`${host} ${method} ${path}`)
  }

  /** True when some operation of this host has this path (for 404 vs 405 decisions). */
  hasPath(host: Host, path: string): boolean {
    return this.operations.some((op) => op.host === host && op.path === path)
  }

  private operationPointer(op: SpecOperation): string {
    return `${SPEC_ID}#/paths/${pointerSegment(op.path)}/${op.method.toLowerCase()}`
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

  /** Validates a request body; returns an error message naming the field, or undefined. */
  validateBody(op: SpecOperation, body: unknown): string | undefined {
    if (op.bodyType === undefined) return undefined
    const root = this.resolvePointer(
      `${this.operationPointer(op)}/requestBody/content/${pointerSegment(op.bodyType)}/schema`,
    )
    const validate = this.validator(`body ${op.operationId}`, this.ajv, { $ref: root.pointer })
    if (validate(body)) return undefined
    const schema = asRecord(root.node)
    const union = Array.isArray(schema?.oneOf)
      ? "oneOf"
      : Array.isArray(schema?.anyOf)
        ? "anyOf"
        : undefined
    if (union === undefined) return validationMessage(validate.errors ?? [], schema)
    const count = (schema?.[union] as unknown[] | undefined)?.length ?? 0
    const perBranch: ErrorObject[][] = []
    for (let i = 0; i < count; i++) {
      const branchPointer = `${root.pointer}/${union}/${i}`
      const branch = this.validator(`branch ${branchPointer}`, this.ajv, { $ref: branchPointer })
      perBranch.push(branch(body) ? [] : [...(branch.errors ?? [])])
    }
    const branchRoots = perBranch.map(
      (_, i) => this.resolvePointer(`${root.pointer}/${union}/${i}`).node,
    )
    const errors = branchErrors(perBranch)
    const index = perBranch.indexOf(errors as ErrorObject[])
    return validationMessage(
      errors.length > 0 ? errors : (validate.errors ?? []),
      branchRoots[index],
    )
  }

  /** Validates the query string of an operation (string values, coerced per schema). */
  validateQuery(op: SpecOperation, query: Record<string, string>): string | undefined {
    if (op.queryParameters.length === 0) return undefined
    const validate = this.validator(`query ${op.operationId}`, this.queryAjv, this.querySchema(op))
    const copy: Record<string, unknown> = { ...query }
    return validate(copy) ? undefined : validationMessage(validate.errors ?? [])
  }

  // A JSON Schema object for the query parameters, each property pointing into the document.
  private querySchema(op: SpecOperation): object {
    const properties: Record<string, object> = {}
    const required: string[] = []
    const method = op.method.toLowerCase()
    const pathItem = asRecord(this.deref(this.document.paths[op.path])) ?? {}
    const sources: [unknown, string][] = []
    const base = `${SPEC_ID}#/paths/${pointerSegment(op.path)}`
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

let shared: Spec | undefined

/** The spec bundled with this package (parsed once per process). */
export function bundledSpec(): Spec {
  shared ??= new Spec()
  return shared
}
