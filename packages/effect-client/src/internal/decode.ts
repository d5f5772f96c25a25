/**
 * Turns a Schema into a fast synchronous decoder of an envelope's `data`. The parser is built once
 * per schema (at module load), never per call.
 * @internal
 */
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"

/** Where and why `data` did not decode. `path` is relative to `data`. */
export interface DecodeFailure {
  readonly path: ReadonlyArray<PropertyKey>
  readonly reason: string
  readonly cause?: unknown
}

export type Decoded<A> =
  | { readonly ok: true; readonly value: A }
  | { readonly ok: false; readonly failure: DecodeFailure }

/** A decoder of the envelope's `data`. */
export type DataDecoder<A> = (data: unknown) => Decoded<A>

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

/** The first issue of a schema error, as a path (relative to the decoded value) and a reason. */
export const describeIssue = (issue: SchemaIssue.Issue): DecodeFailure => {
  const first = formatter(issue).issues[0]
  const path = (first?.path ?? []).map((segment) =>
    typeof segment === "object" && segment !== null ? segment.key : segment,
  )
  return { path, reason: first?.message ?? "does not match the schema" }
}

/** A {@link DataDecoder} for `schema` (which must need no services to decode). */
export const fromSchema = <S extends Schema.Decoder<unknown>>(
  schema: S,
): DataDecoder<S["Type"]> => {
  const decode = Schema.decodeUnknownResult(schema)
  return (data) => {
    const result = decode(data)
    return result._tag === "Success"
      ? { ok: true, value: result.success }
      : { ok: false, failure: { ...describeIssue(result.failure.issue), cause: result.failure } }
  }
}

/** Decodes with `schema`, then maps the value (e.g. normalizes a record into a Task). */
export const map =
  <A, B>(decoder: DataDecoder<A>, f: (a: A, data: unknown) => Decoded<B>): DataDecoder<B> =>
  (data) => {
    const decoded = decoder(data)
    return decoded.ok ? f(decoded.value, data) : decoded
  }
