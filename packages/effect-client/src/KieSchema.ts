/**
 * Effect Schemas for KIE records and callbacks: typed views that follow the same tolerant-reader
 * rule as the clients' one decoder (`@kie-kit/client/core`).
 *
 * - Strict about the outcome: a record whose task id, status, outputs (once succeeded) or failure
 *   (once failed) is malformed fails to decode — the check is the clients' own decoder, so a
 *   schema and a client can never disagree about a record.
 * - Tolerant about everything else: every field is optional; a field whose value is not of the
 *   documented type is dropped from the decoded value (the payload still has it), and unknown
 *   fields are kept. What decodes has the exact type the spec gives it.
 * - The JSON-string fields (`paramJson`, `param`, `resultJson`) are decoded into structures, an
 *   empty string into `null`; text that is not JSON is dropped like any other bad field.
 *
 * The clients do not decode with these schemas (one decoder reads every record); use them to get a
 * typed view of `task.raw`, or to decode records and callbacks you received yourself. They are a
 * subpath of their own, `@kie-kit/effect-client/KieSchema`, so the client does not carry them.
 * The structural schemas are generated from the OpenAPI spec (`src/generated/schemas.ts`).
 *
 * Example (`examples/doc/kie-schema.ts`, type-checked):
 *
 * ```ts
 * import * as KieSchema from "@kie-kit/effect-client/KieSchema"
 * import { Schema } from "effect"
 *
 * export const modelInput = (data: unknown) => {
 *   const record = Schema.decodeUnknownSync(KieSchema.MarketRecord)(data)
 *   return record.param?.input // the model input, an object
 * }
 * ```
 *
 * @since 0.1.0
 */
import {
  type KieApi,
  normalizeRecord,
  parseCallback,
  UnexpectedResponseError,
} from "@kie-kit/client/core"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import * as Generated from "./generated/schemas"

// -------------------------------------------------------------------------------------------------
// The tolerant rule
// -------------------------------------------------------------------------------------------------

/** A decoded value under the tolerant rule: every field optional, nested objects alike. */
export type Tolerant<T> =
  T extends ReadonlyArray<unknown>
    ? T
    : T extends object
      ? { readonly [K in keyof T]?: Tolerant<T[K]> }
      : T

/** A schema that never fails: a value that does not decode is dropped (its key left out). */
const lenient = <S extends Schema.Top>(schema: S) =>
  Schema.optionalKey(schema.pipe(Schema.catchDecoding(() => Effect.succeedNone)))

type AnyStruct = {
  readonly fields: Schema.Struct.Fields
  mapFields: (f: (fields: Schema.Struct.Fields) => Schema.Struct.Fields) => Schema.Top
}

/** The struct of a `Struct` or `StructWithRest` schema, if it is one. */
const structOf = (schema: unknown): AnyStruct | undefined => {
  const candidate = (schema as { schema?: unknown }).schema ?? schema
  return typeof (candidate as AnyStruct).mapFields === "function"
    ? (candidate as AnyStruct)
    : undefined
}

/**
 * Makes every field of a generated struct lenient, nested structs alike; `replace` swaps the
 * schema of some fields (the JSON-string ones) before that.
 */
const tolerantFields = (
  struct: AnyStruct,
  replace: Readonly<Record<string, Schema.Top>> = {},
): Schema.Struct.Fields => {
  const out: Record<string, Schema.Top> = {}
  for (const [key, field] of Object.entries(struct.fields)) {
    const nested = structOf(field)
    const schema =
      replace[key] ??
      (nested === undefined
        ? (field as Schema.Top)
        : keepRest(Schema.Struct(tolerantFields(nested))))
    out[key] = lenient(schema)
  }
  return out
}

/** Keeps the fields a struct does not declare. */
const keepRest = <S extends Schema.Top>(schema: S) =>
  Schema.StructWithRest(schema as never, [Schema.Record(Schema.String, Schema.Json)])

/**
 * A tolerant view of a generated record or callback schema whose input must first pass `outcome`
 * (the clients' decoder): strict about the outcome, tolerant about the rest.
 */
const tolerantView = <T>(
  generated: unknown,
  outcome: (input: unknown) => unknown,
  replace: Readonly<Record<string, Schema.Top>> = {},
): Schema.Codec<T, unknown> => {
  const struct = structOf(generated) as AnyStruct
  const view = keepRest(Schema.Struct(tolerantFields(struct, replace)))
  const checked = Schema.Unknown.pipe(
    Schema.check(
      Schema.makeFilter((input: unknown) => {
        try {
          outcome(input)
          return true
        } catch (error) {
          if (error instanceof UnexpectedResponseError) return error.message
          throw error
        }
      }),
    ),
  )
  return checked.pipe(
    Schema.decodeTo(view as Schema.Top, SchemaTransformation.passthrough()),
  ) as unknown as Schema.Codec<T, unknown>
}

// -------------------------------------------------------------------------------------------------
// JSON-string fields
// -------------------------------------------------------------------------------------------------

const EmptyAsNull = Schema.Literal("").pipe(
  Schema.decodeTo(
    Schema.Null,
    SchemaTransformation.transform({ decode: () => null, encode: () => "" as const }),
  ),
)

/**
 * A string field that carries JSON: decoded with `schema`; `""` decodes to `null`, an object
 * that is already parsed is taken as is.
 */
export const JsonString = <S extends Schema.Codec<unknown, Schema.Json>>(schema: S) =>
  Schema.Union([EmptyAsNull, Schema.fromJsonString(schema), schema])

/** A JSON object with any members. */
export const JsonObject = Schema.Record(Schema.String, Schema.Json)
export type JsonObject = typeof JsonObject.Type

/**
 * A Market model `input`: an object, or (in callbacks) the same object JSON-encoded once more; a
 * string that is not JSON is kept as is.
 */
export const MarketInput = Schema.Union([Schema.fromJsonString(JsonObject), Schema.Json])
export type MarketInput = typeof MarketInput.Type

/** The create request a Market record echoes in `param`. */
export const MarketParam = Schema.StructWithRest(
  Schema.Struct({
    model: Schema.optionalKey(Schema.String),
    callBackUrl: Schema.optionalKey(Schema.String),
    input: Schema.optionalKey(MarketInput),
  }),
  [JsonObject],
)
export type MarketParam = typeof MarketParam.Type

/** A Market `resultJson`: `resultUrls` for media models, `resultObject` for text models. */
export const MarketResult = Schema.StructWithRest(
  Schema.Struct({
    resultUrls: Schema.optionalKey(Schema.Array(Schema.String)),
    resultObject: Schema.optionalKey(Schema.Json),
  }),
  [JsonObject],
)
export type MarketResult = typeof MarketResult.Type

/** `T` with the JSON-string fields named in `Fields` replaced by their parsed types. */
type ParsedJson<T, Fields extends Record<string, unknown>> = Tolerant<{
  readonly [K in keyof T]: K extends keyof Fields ? Fields[K] | null : T[K]
}>

// -------------------------------------------------------------------------------------------------
// Records (the `data` of the record-info answers)
// -------------------------------------------------------------------------------------------------

const recordOutcome = (api: KieApi) => (input: unknown) => normalizeRecord(api, input)

/** A Flux Kontext record with `paramJson` decoded (the original request). */
export type FluxKontextRecord = ParsedJson<Generated.FluxKontextRecord, { paramJson: JsonObject }>
export const FluxKontextRecord: Schema.Codec<FluxKontextRecord, unknown> = tolerantView(
  Generated.FluxKontextRecord,
  recordOutcome("flux-kontext"),
  { paramJson: JsonString(JsonObject) },
)

/** A 4o Image record with `paramJson` decoded (the original request). */
export type Gpt4oImageRecord = ParsedJson<Generated.Gpt4oImageRecord, { paramJson: JsonObject }>
export const Gpt4oImageRecord: Schema.Codec<Gpt4oImageRecord, unknown> = tolerantView(
  Generated.Gpt4oImageRecord,
  recordOutcome("gpt4o-image"),
  { paramJson: JsonString(JsonObject) },
)

/** A Market record with `param` (the create request) and `resultJson` (the result) decoded. */
export type MarketRecord = ParsedJson<
  Generated.MarketRecord,
  { param: MarketParam; resultJson: MarketResult }
>
export const MarketRecord: Schema.Codec<MarketRecord, unknown> = tolerantView(
  Generated.MarketRecord,
  recordOutcome("market"),
  { param: JsonString(MarketParam), resultJson: JsonString(MarketResult) },
)

// -------------------------------------------------------------------------------------------------
// Callbacks
// -------------------------------------------------------------------------------------------------

const callbackOutcome = (api: KieApi) => (input: unknown) => parseCallback(api, input)

/** The body of a Flux Kontext callback. */
export type FluxKontextCallback = Tolerant<Generated.FluxKontextCallback>
export const FluxKontextCallback: Schema.Codec<FluxKontextCallback, unknown> = tolerantView(
  Generated.FluxKontextCallback,
  callbackOutcome("flux-kontext"),
)

/** The body of a 4o Image callback. */
export type Gpt4oImageCallback = Tolerant<Generated.Gpt4oImageCallback>
export const Gpt4oImageCallback: Schema.Codec<Gpt4oImageCallback, unknown> = tolerantView(
  Generated.Gpt4oImageCallback,
  callbackOutcome("gpt4o-image"),
)

/** The body of a Market callback with `data.param` and `data.resultJson` decoded. */
export type MarketCallback = Tolerant<{
  readonly [K in keyof Generated.MarketCallback]: K extends "data"
    ? ParsedJson<Generated.MarketCallbackData, { param: MarketParam; resultJson: MarketResult }>
    : Generated.MarketCallback[K]
}>
export const MarketCallback: Schema.Codec<MarketCallback, unknown> = tolerantView(
  Generated.MarketCallback,
  callbackOutcome("market"),
  {
    data: keepRest(
      Schema.Struct(
        tolerantFields(structOf(Generated.MarketCallbackData) as AnyStruct, {
          param: JsonString(MarketParam),
          resultJson: JsonString(MarketResult),
        }),
      ),
    ),
  },
)

/** The generated structural schemas, straight from the spec (strict; JSON strings left as strings). */
export { Generated }
