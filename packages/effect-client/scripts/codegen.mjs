// Generates Effect Schema source for the response data of every operation and for every callback
// payload, from the bundled OpenAPI document of @kie-kit/spec, into src/generated/.
//
//   node scripts/codegen.mjs            write src/generated/*
//   node scripts/codegen.mjs --check    regenerate in memory; exit 1 listing stale files
//   node scripts/codegen.mjs --spec p   read another bundled openapi.json (development)
//
// Pipeline (effect's own JSON Schema -> Schema code generation):
//   OpenAPI component schemas --JsonSchema.fromSchemaOpenApi3_1--> Draft 2020-12 definitions
//   --SchemaRepresentation.fromJsonSchemaMultiDocument--> runtime schemas
//   --toRepresentations + toCodeDocument--> TypeScript source.
// Post-processing (never hand-edit the output): `if`/`then`/`else` are dropped (they only make
// `data` required when `code` is 200, which the client checks itself), descriptions and examples
// are moved from runtime annotations into JSDoc comments (smaller bundle), and every root schema
// gets an exported `const` and a `type` of the same name.
import { existsSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { JsonSchema, SchemaRepresentation } from "effect"
import { writeOrCheck } from "../../../scripts/generated-files.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const outDir = join(root, "src", "generated")
const args = process.argv.slice(2)
const check = args.includes("--check")
const specArg = args.includes("--spec") ? args[args.indexOf("--spec") + 1] : undefined

const banner =
  "generated — do not edit, run `pnpm codegen` (source: @kie-kit/spec openapi.json, script: scripts/codegen.mjs)"

const specPath = () => {
  if (specArg) return specArg
  const require = createRequire(join(root, "package.json"))
  const specRoot = dirname(require.resolve("@kie-kit/spec/package.json"))
  return join(specRoot, "src", "generated", "openapi.json")
}

const path = specPath()
if (!existsSync(path)) {
  console.error(
    `codegen: ${path} does not exist; run \`pnpm --filter @kie-kit/spec codegen\` first.`,
  )
  process.exit(1)
}
const doc = JSON.parse(readFileSync(path, "utf8"))
const components = doc.components?.schemas ?? {}

// ------------------------------------------------------------------------------------------------
// Find the roots: the `data` of each operation's success response, and each callback body.
// ------------------------------------------------------------------------------------------------

const refName = (ref) => {
  const match = /^#\/components\/schemas\/(.+)$/.exec(ref)
  if (!match) throw new Error(`codegen: unsupported $ref ${ref}`)
  return decodeURIComponent(match[1])
}

const resolvePointer = (ref) => {
  if (!ref.startsWith("#/")) throw new Error(`codegen: unsupported $ref ${ref}`)
  return ref
    .slice(2)
    .split("/")
    .map((t) => decodeURIComponent(t.replace(/~1/g, "/").replace(/~0/g, "~")))
    .reduce((node, key) => node?.[key], doc)
}

const deref = (node) => {
  let current = node
  for (let i = 0; current && typeof current.$ref === "string" && i < 16; i++) {
    current = resolvePointer(current.$ref)
  }
  return current
}

const isNullSchema = (s) =>
  s && (s.type === "null" || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === "null"))

/** The `data` property schema of a response body schema (looks through `$ref` and `allOf`). */
const findData = (schema, seen = new Set()) => {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return undefined
  seen.add(schema)
  if (typeof schema.$ref === "string") return findData(resolvePointer(schema.$ref), seen)
  if (schema.properties && Object.hasOwn(schema.properties, "data")) return schema.properties.data
  for (const member of schema.allOf ?? []) {
    const found = findData(member, seen)
    if (found) return found
  }
  return undefined
}

/** Drops the `null` alternative of `oneOf`/`anyOf: [X, {type: null}]`. */
const nonNull = (schema) => {
  for (const key of ["oneOf", "anyOf"]) {
    const members = schema[key]
    if (Array.isArray(members)) {
      const rest = members.filter((m) => !isNullSchema(m))
      if (rest.length === 1 && rest.length < members.length) {
        const { [key]: _, ...others } = schema
        return Object.keys(others).length === 0 ? rest[0] : { ...others, ...rest[0] }
      }
    }
  }
  return schema
}

const pascal = (id) => id.charAt(0).toUpperCase() + id.slice(1)

/** @type {Array<{ name: string, operationId: string, kind: "data" | "callback", ref?: string, schema?: object }>} */
const roots = []
const operations = []
for (const [urlPath, item] of Object.entries(doc.paths ?? {})) {
  for (const [method, op] of Object.entries(item)) {
    if (!op || typeof op !== "object" || typeof op.operationId !== "string") continue
    operations.push({ method, urlPath, op })
  }
}
operations.sort((a, b) => a.op.operationId.localeCompare(b.op.operationId))
for (const { op } of operations) {
  const response = deref(op.responses?.["200"])
  const schema = response?.content?.["application/json"]?.schema
  if (!schema) {
    console.warn(`codegen: ${op.operationId} has no JSON 200 response; skipped`)
    continue
  }
  const data = findData(schema)
  if (!data) {
    console.warn(`codegen: ${op.operationId}'s 200 response has no \`data\`; skipped`)
    continue
  }
  const payload = nonNull(data)
  if (typeof payload.$ref === "string") {
    roots.push({
      name: refName(payload.$ref),
      operationId: op.operationId,
      kind: "data",
      ref: payload.$ref,
    })
  } else {
    roots.push({
      name: `${pascal(op.operationId)}Data`,
      operationId: op.operationId,
      kind: "data",
      schema: payload,
    })
  }
}
for (const [name, item] of Object.entries(doc.webhooks ?? {}).sort(([a], [b]) =>
  a.localeCompare(b),
)) {
  const op = item.post
  const schema = deref(op?.requestBody)?.content?.["application/json"]?.schema
  if (!schema) continue
  if (typeof schema.$ref === "string") {
    roots.push({
      name: refName(schema.$ref),
      operationId: op.operationId ?? name,
      kind: "callback",
      ref: schema.$ref,
    })
  } else {
    roots.push({
      name: `${pascal(op.operationId ?? name)}Payload`,
      operationId: op.operationId ?? name,
      kind: "callback",
      schema,
    })
  }
}

// ------------------------------------------------------------------------------------------------
// JSON Schema -> Effect Schema source
// ------------------------------------------------------------------------------------------------

const descriptions = new Map()

/** Runs on every JSON Schema node before translation. */
const onEnter = (schema) => {
  if (!schema || typeof schema !== "object") return schema
  const {
    if: _if,
    then: _then,
    else: _else,
    description: _d,
    examples: _e,
    example: _x,
    title: _t,
    ...rest
  } = schema
  return rest
}

const definitions = {}
for (const [name, schema] of Object.entries(components)) {
  definitions[name] = JsonSchema.fromSchemaOpenApi3_1(schema).schema
  if (typeof schema.description === "string") descriptions.set(name, schema.description.trim())
}
const rootSchemas = roots.map((r) => {
  if (r.ref) return { $ref: `#/$defs/${encodeURIComponent(refName(r.ref))}` }
  const converted = JsonSchema.fromSchemaOpenApi3_1(r.schema).schema
  if (typeof r.schema.description === "string")
    descriptions.set(r.name, r.schema.description.trim())
  return converted
})

const multi = { dialect: "draft-2020-12", schemas: rootSchemas, definitions }
const schemas = SchemaRepresentation.fromJsonSchemaMultiDocument(multi, {
  onEnter,
  patterns: "apply",
})
const representations = SchemaRepresentation.toRepresentations(
  schemas.map((s) => s.ast),
  // Every named component becomes its own export; anonymous roots stay inline.
  { referencePolicy: ({ identifier }) => identifier },
)
const code = SchemaRepresentation.toCodeDocument(representations)

const jsdoc = (text) => {
  if (!text) return ""
  const lines = text.replace(/\*\//g, "*\\/").split("\n")
  return `/**\n${lines.map((l) => (l ? ` * ${l}` : " *")).join("\n")}\n */\n`
}

const emitted = new Set()
const out = []
out.push(`// ${banner}`)
out.push("/* eslint-disable */")
out.push("")
const imports = new Set(['import * as Schema from "effect/Schema"'])
for (const artifact of code.artifacts) {
  if (artifact._tag === "Import") imports.add(artifact.importDeclaration)
}
out.push(...[...imports].sort())
out.push("")
for (const artifact of code.artifacts) {
  if (artifact._tag === "Symbol" || artifact._tag === "Enum") {
    out.push(`const ${artifact.identifier} = ${artifact.code.runtime}`)
  }
}

const emit = (name, c) => {
  if (emitted.has(name)) return
  emitted.add(name)
  out.push(`${jsdoc(descriptions.get(name))}export type ${name} = ${c.Type}`)
  out.push(`export const ${name} = ${c.runtime}`)
  out.push("")
}

const recursives = Object.entries(code.references.recursives)
for (const [name] of recursives) {
  out.push(`export type ${name} = ${code.references.recursives[name].Type}`)
}
for (const { $ref, code: c } of code.references.nonRecursives) emit($ref, c)
for (const [name, c] of recursives) {
  out.push(`export const ${name}: Schema.Codec<${name}> = ${c.runtime}`)
  out.push("")
  emitted.add(name)
}
roots.forEach((r, i) => {
  const c = code.codes[i]
  if (c.runtime === r.name) return // a named reference, already emitted
  emit(r.name, c)
})

const describeRoot = (r) =>
  `  /** ${r.kind === "data" ? `\`data\` of a successful \`${r.operationId}\`` : `the body of the \`${r.operationId}\` callback`} */\n  ${r.operationId}: ${r.name},`
out.push("/** The schema of each operation's success `data`, by operationId. */")
out.push("export const operationData = {")
for (const r of roots.filter((r) => r.kind === "data")) out.push(describeRoot(r))
out.push("} as const")
out.push("")
out.push("/** The schema of each callback body, by webhook operationId. */")
out.push("export const callbackPayload = {")
for (const r of roots.filter((r) => r.kind === "callback")) out.push(describeRoot(r))
out.push("} as const")
out.push("")

const files = { "schemas.ts": `${out.join("\n")}` }

writeOrCheck(outDir, files, { check, note: ` (${roots.length} root schemas)` })
