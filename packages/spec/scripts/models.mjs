// Builds src/generated/models.json, the Market model catalog, from the bundled document: every
// component schema with `x-kie-model` (a Market create body `{ model: { const }, input }`) gives
// one entry — the model id, its kind, a one-line description, its docs address, whether it is
// deprecated, and its `input` as a self-contained JSON Schema (every `$ref` resolved).

const KINDS = ["image", "video", "audio", "text"]

const fail = (where, message) => {
  throw new Error(`codegen: ${where}: ${message}`)
}

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value)

/** The node a local `$ref` names. */
const resolve = (doc, ref) => {
  if (!ref.startsWith("#/")) fail(ref, "only local references are supported")
  return ref
    .slice(2)
    .split("/")
    .map((part) => decodeURIComponent(part.replaceAll("~1", "/").replaceAll("~0", "~")))
    .reduce((node, key) => node?.[key], doc)
}

/** A copy of `node` with every `$ref` replaced by what it names (no recursion is expected). */
const inline = (doc, node, seen = []) => {
  if (Array.isArray(node)) return node.map((item) => inline(doc, item, seen))
  if (!isObject(node)) return node
  if (typeof node.$ref === "string") {
    if (seen.includes(node.$ref)) fail(node.$ref, "a recursive schema cannot be inlined")
    const { $ref, ...rest } = node
    return { ...inline(doc, resolve(doc, $ref), [...seen, $ref]), ...inline(doc, rest, seen) }
  }
  const out = {}
  for (const [key, value] of Object.entries(node)) {
    // Documentation that is not part of the input's contract is left to the spec.
    if (key === "examples" || key.startsWith("x-")) continue
    out[key] = inline(doc, value, seen)
  }
  return out
}

export const buildModels = (doc) => {
  const models = []
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    const meta = schema?.["x-kie-model"]
    if (meta === undefined) continue
    const id = schema.properties?.model?.const
    if (typeof id !== "string") fail(name, "an x-kie-model schema needs properties.model.const")
    if (!KINDS.includes(meta.kind)) fail(name, `x-kie-model.kind must be ${KINDS.join(" | ")}`)
    if (typeof meta.description !== "string" || meta.description.trim() === "") {
      fail(name, "x-kie-model needs a one-line description")
    }
    if (typeof meta.docs !== "string" || !meta.docs.startsWith("https://")) {
      fail(name, "x-kie-model needs its docs address")
    }
    const input = schema.properties?.input
    if (!isObject(input)) fail(name, "an x-kie-model schema needs properties.input")
    models.push({
      id,
      kind: meta.kind,
      description: meta.description.trim(),
      docs: meta.docs,
      deprecated: meta.deprecated === true || schema.deprecated === true,
      schema: name,
      input: inline(doc, input),
    })
  }
  models.sort((a, b) => a.id.localeCompare(b.id))
  const ids = new Set()
  for (const model of models) {
    if (ids.has(model.id)) fail(model.schema, `model ${model.id} is typed twice`)
    ids.add(model.id)
  }
  return models
}
