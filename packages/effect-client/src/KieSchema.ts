/**
 * Effect Schemas for KIE responses and callbacks, with their decoded types.
 *
 * The structural schemas are generated from the OpenAPI spec (`src/generated/schemas.ts`, run
 * `pnpm codegen`); this module layers on top of them the one thing JSON Schema cannot say: the
 * JSON-string fields (`paramJson`, `param`, `resultJson`) are decoded into structures. An empty
 * string (KIE sends `""` where a record has no such value) decodes to `null`.
 *
 * Example (`examples/doc/kie-schema.ts`, type-checked):
 *
 * ```ts
 * import { KieSchema } from "@kie-kit/effect-client"
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
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import * as Generated from "./generated/schemas"

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
 * A string field that carries JSON: decoded with `schema`; `""` decodes to `null`. Invalid JSON or
 * a value `schema` rejects is a decoding failure (the client reports it as
 * `UnexpectedResponseError` with the path).
 */
export const JsonString = <S extends Schema.Codec<unknown, Schema.Json>>(schema: S) =>
  Schema.Union([EmptyAsNull, Schema.fromJsonString(schema)])

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

/**
 * A Market `resultJson`: `resultUrls` for media models, `resultObject` for text models.
 */
export const MarketResult = Schema.StructWithRest(
  Schema.Struct({
    resultUrls: Schema.optionalKey(Schema.Array(Schema.String)),
    resultObject: Schema.optionalKey(Schema.Json),
  }),
  [JsonObject],
)
export type MarketResult = typeof MarketResult.Type

// -------------------------------------------------------------------------------------------------
// Records (the `data` of the record-info endpoints)
// -------------------------------------------------------------------------------------------------

/** A Flux Kontext record with `paramJson` decoded (the original request). */
export const FluxKontextRecord = Schema.StructWithRest(
  Generated.FluxKontextRecord.schema.mapFields((fields) => ({
    ...fields,
    paramJson: Schema.optionalKey(JsonString(JsonObject)),
  })),
  Generated.FluxKontextRecord.records,
)
export type FluxKontextRecord = typeof FluxKontextRecord.Type

/** A 4o Image record with `paramJson` decoded (the original request). */
export const Gpt4oImageRecord = Schema.StructWithRest(
  Generated.Gpt4oImageRecord.schema.mapFields((fields) => ({
    ...fields,
    paramJson: Schema.optionalKey(JsonString(JsonObject)),
  })),
  Generated.Gpt4oImageRecord.records,
)
export type Gpt4oImageRecord = typeof Gpt4oImageRecord.Type

/** A Market record with `param` (the create request) and `resultJson` (the result) decoded. */
export const MarketRecord = Schema.StructWithRest(
  Generated.MarketRecord.schema.mapFields((fields) => ({
    ...fields,
    param: Schema.optionalKey(JsonString(MarketParam)),
    resultJson: Schema.optionalKey(JsonString(MarketResult)),
  })),
  Generated.MarketRecord.records,
)
export type MarketRecord = typeof MarketRecord.Type

// -------------------------------------------------------------------------------------------------
// Callbacks
// -------------------------------------------------------------------------------------------------

/** The body of a Flux Kontext callback. */
export const FluxKontextCallback = Generated.FluxKontextCallback
export type FluxKontextCallback = typeof FluxKontextCallback.Type

/** The body of a 4o Image callback. */
export const Gpt4oImageCallback = Generated.Gpt4oImageCallback
export type Gpt4oImageCallback = typeof Gpt4oImageCallback.Type

/** The `data` of a Market callback with `param` and `resultJson` decoded. */
export const MarketCallbackData = Schema.StructWithRest(
  Generated.MarketCallbackData.schema.mapFields((fields) => ({
    ...fields,
    param: Schema.optionalKey(JsonString(MarketParam)),
    resultJson: Schema.optionalKey(Schema.NullOr(JsonString(MarketResult))),
  })),
  Generated.MarketCallbackData.records,
)
export type MarketCallbackData = typeof MarketCallbackData.Type

/** The body of a Market callback with `data.param` and `data.resultJson` decoded. */
export const MarketCallback = Schema.StructWithRest(
  Generated.MarketCallback.schema.mapFields((fields) => ({ ...fields, data: MarketCallbackData })),
  Generated.MarketCallback.records,
)
export type MarketCallback = typeof MarketCallback.Type

// -------------------------------------------------------------------------------------------------
// Other payloads
// -------------------------------------------------------------------------------------------------

/** `data` of a successful Flux Kontext or 4o Image create. */
export const TaskCreated = Generated.TaskCreated
export type TaskCreated = typeof TaskCreated.Type

/** `data` of a successful Market create (`recordId` on some models). */
export const MarketTaskCreated = Generated.MarketTaskCreated
export type MarketTaskCreated = typeof MarketTaskCreated.Type

/** `data` of a successful upload. */
export const UploadedFile = Generated.UploadedFile
export type UploadedFile = typeof UploadedFile.Type

/** `data` of the credits endpoint: the remaining credits. */
export const Credits = Generated.GetCreditsData

/** `data` of the download-url endpoints: a link valid for 20 minutes. */
export const DownloadUrl = Generated.CommonDownloadUrlData

/** The generated structural schemas, straight from the spec (JSON strings left as strings). */
export { Generated }
