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
import { fieldPath, SpecValidator, validationMessage } from "@kie-kit/spec/validate"
import specDocument from "@kie-kit/spec/validation.json" with { type: "json" }

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

const MEDIA_TYPES = {
  json: "application/json",
  multipart: "multipart/form-data",
} as const

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

export class Spec {
  readonly document: OpenApiDocument
  readonly operations: readonly SpecOperation[]
  private readonly validator: SpecValidator
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
    this.validator = new SpecValidator(document, table)
    const operations: SpecOperation[] = []
    for (const [operationId, info] of Object.entries(table)) {
      const pathItem = asRecord(this.validator.deref(document.paths[info.path])) ?? {}
      const op = asRecord(pathItem[info.method.toLowerCase()])
      if (op?.operationId !== operationId) {
        throw new Error(
          `The OpenAPI document has no ${info.method} ${info.path} with operationId ${operationId}`,
        )
      }
      const operation: SpecOperation = {
        operationId,
        method: info.method,
        path: info.path,
        host: info.host,
        family: info.family,
        role: info.role,
        ...(info.body !== undefined ? { bodyType: MEDIA_TYPES[info.body] } : {}),
        queryParameters: this.validator.queryParameters(operationId),
      }
      operations.push(operation)
      this.byRoute.set(`${operation.host} ${operation.method} ${operation.path}`, operation)
    }
    this.operations = operations
  }

  route(host: Host, method: string, path: string): SpecOperation | undefined {
    return this.byRoute.get(`${host} ${method} ${path}`)
  }

  /** True when some operation of this host has this path (for 404 vs 405 decisions). */
  hasPath(host: Host, path: string): boolean {
    return this.operations.some((op) => op.host === host && op.path === path)
  }

  /**
   * Validates a request body; returns an error message naming the field, or undefined. A field
   * the spec does not know is accepted (the spec's forward-compatible rule): only documented
   * violations are refused.
   */
  validateBody(op: SpecOperation, body: unknown): string | undefined {
    return this.validator.body(op.operationId, body).error
  }

  /** Validates the query string of an operation (string values, coerced per schema). */
  validateQuery(op: SpecOperation, query: Record<string, string>): string | undefined {
    return this.validator.query(op.operationId, query)
  }
}

let shared: Spec | undefined

/** The spec bundled with this package (parsed once per process). */
export function bundledSpec(): Spec {
  shared ??= new Spec()
  return shared
}

export { fieldPath, validationMessage }
