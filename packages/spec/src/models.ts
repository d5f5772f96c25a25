/**
 * `@kie-kit/spec/models`: the Market model catalog, generated from the spec (every create body
 * that carries `x-kie-model`): each model's id, kind, one-line description, docs address, whether
 * it is deprecated, and its `input` as a self-contained JSON Schema — enough to list models, show
 * one, fill an input field by field and check it before anything is sent.
 */
import catalog from "./generated/models.json" with { type: "json" }
import type { MediaKind } from "./semantics"

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). */
export type JsonSchema = {
  readonly type?: string | readonly string[]
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly required?: readonly string[]
  readonly enum?: readonly unknown[]
  readonly const?: unknown
  readonly default?: unknown
  readonly description?: string
  readonly items?: JsonSchema
  readonly minimum?: number
  readonly maximum?: number
  readonly minLength?: number
  readonly maxLength?: number
  readonly maxItems?: number
  readonly format?: string
  readonly oneOf?: readonly JsonSchema[]
  readonly anyOf?: readonly JsonSchema[]
  readonly allOf?: readonly JsonSchema[]
  readonly [keyword: string]: unknown
}

/** One Market model. */
export interface MarketModel {
  /** The model id sent as `model`, e.g. `google/nano-banana`. */
  readonly id: string
  /** What it produces. */
  readonly kind: MediaKind
  readonly description: string
  /** Its KIE docs page. */
  readonly docs: string
  /** Its docs page was removed: it may stop working. */
  readonly deprecated: boolean
  /** The name of its create-body schema in the spec (`GoogleNanoBananaTask`). */
  readonly schema: string
  /** The JSON Schema of its `input`. */
  readonly input: JsonSchema
}

/** Every Market model the spec types, by id. */
export const marketModels: readonly MarketModel[] = catalog.models as readonly MarketModel[]

/** The model with this id, or `undefined` when the spec does not type it. */
export const marketModel = (id: string): MarketModel | undefined =>
  marketModels.find((model) => model.id === id)
