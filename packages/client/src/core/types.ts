/**
 * The request types both clients share (one name each, from the spec's generated types), and the
 * type of a client surface: every operation of the operation table at its `name`
 * (`market.createTask`, `credits`, ...). Types only.
 */

import type { components, operations, operationTable, taskFamilies } from "@kie-kit/spec"
import type { KieApi } from "./task"

type Table = typeof operationTable

/** Every operationId of the spec. */
export type OperationId = keyof Table

/** The client name of an operation: `namespace.method` or `method`. */
export type OperationName<Id extends OperationId> = Table[Id]["name"]

/** The role of an operation (`create`, `read`, `link`, `upload`, `account`). */
export type OperationRoleOf<Id extends OperationId> = Table[Id]["role"]

/** The family of an operation. */
export type OperationFamilyOf<Id extends OperationId> = Table[Id]["family"]

/** The JSON (or multipart) request body of an operation, straight from the spec. */
export type RequestBody<Id extends keyof operations> = operations[Id] extends {
  requestBody: { content: infer C }
}
  ? C[keyof C]
  : operations[Id] extends { requestBody?: { content: infer C } }
    ? C[keyof C]
    : never

/** The query parameters of an operation, straight from the spec. */
export type QueryParameters<Id extends keyof operations> = operations[Id] extends {
  parameters: { query?: infer Q }
}
  ? NonNullable<Q>
  : never

/** What a `query` operation takes: its query parameters (GET) or its body (POST). */
export type QueryInput<Id extends OperationId> = Table[Id]["method"] extends "GET"
  ? QueryParameters<Id & keyof operations>
  : RequestBody<Id & keyof operations>

/** The `data` of an operation's success answer, straight from the spec. */
export type ResponseData<Id extends keyof operations> = operations[Id] extends {
  responses: { 200: { content: { "application/json": infer B } } }
}
  ? B extends { data?: infer D }
    ? NonNullable<D>
    : unknown
  : unknown

/** The namespaces of the surface (`fluxKontext`, `market`, `files`, ...). */
type NamespaceOf<Id extends OperationId> = Id extends OperationId
  ? OperationName<Id> extends `${infer Namespace}.${string}`
    ? Namespace
    : never
  : never

/**
 * A client surface: each operation at its name, typed `Methods[operationId]`. Both clients build
 * theirs from the operation table, so a new operation in the spec appears in both.
 */
export type Surface<Methods extends { readonly [Id in OperationId]: unknown }> = {
  readonly [Namespace in NamespaceOf<OperationId>]: {
    readonly [Id in OperationId as OperationName<Id> extends `${Namespace}.${infer Method}`
      ? Method
      : never]: Methods[Id]
  }
} & {
  readonly [Id in OperationId as OperationName<Id> extends `${string}.${string}`
    ? never
    : OperationName<Id>]: Methods[Id]
}

/** The task family an operation reads (its family, when that is a task family). */
export type ReadFamily<Id extends OperationId> = Extract<OperationFamilyOf<Id>, KieApi>

// ---------------------------------------------------------------------------------------------
// Request bodies
// ---------------------------------------------------------------------------------------------

export type FluxKontextGenerateRequest = RequestBody<"fluxKontextGenerate">
export type Gpt4oImageGenerateRequest = RequestBody<"gpt4oImageGenerate">
export type Gpt4oImageDownloadUrlRequest = RequestBody<"gpt4oImageDownloadUrl">
export type UploadBase64Request = RequestBody<"uploadFileBase64">
export type UploadUrlRequest = RequestBody<"uploadFileUrl">

/** The Market model ids whose `input` the spec types. */
export type KnownMarketModel = components["schemas"]["KnownMarketModel"]

/**
 * A Market create body for model `M`: the spec's typed body for a known model id (so a typo in an
 * `input` field, a wrong enum value or a missing required field is a compile error), an open
 * `input` for any other model id.
 */
export type MarketCreateTaskRequest<M extends string = string> = M extends KnownMarketModel
  ? Extract<RequestBody<"marketCreateTask">, { model: M }>
  : string extends M
    ? RequestBody<"marketCreateTask">
    : { model: M; input: Record<string, unknown>; callBackUrl?: string }

/** The stream (multipart) upload: the file as a Blob (a File keeps its name) or bytes. */
export interface UploadStreamRequest {
  readonly file: Blob | Uint8Array
  readonly uploadPath: string
  readonly fileName?: string
}

/** The main create operation of a family. */
export type MainCreateOf<A extends KieApi> = (typeof taskFamilies)[A]["create"]

/** The body of a family's main create (Market: typed by model). */
export type CreateRequest<A extends KieApi, M extends string = string> = A extends "market"
  ? MarketCreateTaskRequest<M>
  : RequestBody<MainCreateOf<A>>

/** A create request for any family, as `run` and the CLI's batch files take it: `{ api, ...body }`. */
export type RunRequest<M extends string = string> = {
  [A in KieApi]: { readonly api: A } & CreateRequest<A, M>
}[KieApi]
