#!/usr/bin/env node
// Imports Market models into the spec: reads KIE's verbatim copy of a model's docs page (the
// OpenAPI block published with https://docs.kie.ai/market/..., `POST /api/v1/jobs/createTask`)
// and writes its typed schemas into openapi/components/schemas/market/<group>.yaml:
//
//   <Name>Input  the page's `input` object: every property with its type, enum, default, ranges,
//                lengths, item counts, pattern, `format: uri` on URL fields, description and
//                `required`; closed with `additionalProperties: false`.
//   <Name>Task   `{ model: const <id>, callBackUrl?, progressCallBackUrl? (only where the page has
//                it), input: <Name>Input }`, closed, with `x-kie-model` (kind, one-line
//                description, docs address, deprecated) and the page's request examples.
//
// <Name> is the PascalCase of the model id (`google/nano-banana` → GoogleNanoBanana,
// `kling-3.0/video` → Kling30Video).
//
// Which models exist, their group (output file), output kind, docs address and vendor file are
// listed in scripts/market-catalog.yaml. To add a model: add its entry there, then run
//
//   node scripts/import-market-model.mjs --vendor-dir <dir with the vendor copies> <model id>...
//   node scripts/import-market-model.mjs --vendor-dir <dir> --all      # every catalog model
//   node scripts/import-market-model.mjs --vendor-dir <dir> --all --check   # verify, write nothing
//   node scripts/import-market-model.mjs --corrections                 # print the table below
//
// Importing some models rewrites their group files, keeping the group's other entries as they
// are. The docs pages have known bugs (wrong model ids, URL fields typed as objects, invalid JSON
// examples, ...): the CORRECTIONS table below fixes each one explicitly; anything else unusual on a
// page (an unknown schema keyword, a property name with spaces, a placeholder description, an
// `allOf` on an object) stops the import, so that a new page bug needs a new, reviewed entry.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { basename, dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { isDeepStrictEqual } from "node:util"
import YAML from "yaml"

const require = createRequire(import.meta.url)
const { Ajv2020 } = require("ajv/dist/2020.js")
const addFormats = require("ajv-formats")

const specDir = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const catalogFile = join(specDir, "scripts/market-catalog.yaml")
const outDir = join(specDir, "openapi/components/schemas/market")
const CALLBACK_URL_REF = "../common.yaml#/CallBackUrl"
const CREATE_PATH = "/api/v1/jobs/createTask"

// ---------------------------------------------------------------------------------------------
// Corrections of documented page bugs. Each entry: the model, the field, what the page says, what
// the spec says, why, and the change itself: `input` edits the page's raw `input` schema,
// `exampleText` a request example printed as a JSON string (before parsing), `examples` the list
// of request bodies, `modelId` replaces the id the page prints, `plainUrl` keeps a URL field
// without `format: uri`. An entry without a change documents what the import does anyway (it
// always adds the shared `callBackUrl`).
// ---------------------------------------------------------------------------------------------
const CORRECTIONS = [
  {
    model: "kling/v2-5-turbo-image-to-video-pro",
    field: "model",
    vendor: "enum/default `kling/v2-1-master-image-to-video`",
    spec: "`kling/v2-5-turbo-image-to-video-pro`",
    why: "Copied from the V2.1 Master page: this page (v25-turbo-image-to-video-pro) documents V2.5 Turbo, and its own request example sends `kling/v2-5-turbo-image-to-video-pro`.",
    modelId: "kling/v2-5-turbo-image-to-video-pro",
  },
  {
    model: "kling/v2-5-turbo-image-to-video-pro",
    field: "request example",
    vendor: 'JSON string with a stray token: `"input": {image "prompt": ...`',
    spec: "the same body without the stray `image`",
    why: "The page's example is not valid JSON.",
    exampleText: (text) => text.replace('"input": {image', '"input": {'),
  },
  {
    model: "qwen2/text-to-image",
    field: "model",
    vendor: "enum/default `qwen2/image-edit`",
    spec: "`qwen2/text-to-image`",
    why: "Copied from the Qwen2 Image Edit page: the page is Qwen2 Text To Image and its request example sends `qwen2/text-to-image`.",
    modelId: "qwen2/text-to-image",
  },
  {
    model: "bytedance/seedance-2-5",
    field: "request example",
    vendor: "JSON string with a trailing comma after `duration`",
    spec: "the same body without the trailing comma",
    why: "The page's example is not valid JSON.",
    exampleText: (text) => text.replace(/,(\s*[}\]])/g, "$1"),
  },
  {
    model: "bytedance/seedance-2-fast",
    field: "input.reference_video_urls",
    vendor: 'property name `"reference_video_urls "` (trailing space)',
    spec: "`reference_video_urls`",
    why: "Typo: the page's request example and its sibling pages (Seedance 2.0, 2.5) use `reference_video_urls`.",
    input: (s) => renameProperty(s, "reference_video_urls ", "reference_video_urls"),
  },
  {
    model: "happyhorse/image-to-video",
    field: "input.image_urls",
    vendor: 'property name `"image_urls "` (trailing space), listed as required',
    spec: "`image_urls` (required)",
    why: "Typo: the page's request example sends `image_urls`.",
    input: (s) => renameProperty(s, "image_urls ", "image_urls"),
  },
  {
    model: "happyhorse/video-edit",
    field: "input.reference_image",
    vendor: 'property name `"reference_image "` (trailing space), also in the request example',
    spec: "`reference_image`",
    why: "Typo: the sibling reference-to-video page names the field `reference_image`; a key with a trailing space cannot be intended.",
    input: (s) => renameProperty(s, "reference_image ", "reference_image"),
    examples: (list) => {
      for (const body of list) renameKeyIn(body.input, "reference_image ", "reference_image")
      return list
    },
  },
  {
    model: "happyhorse-1-1/image-to-video",
    field: "input.image_urls",
    vendor: 'default `[""]`',
    spec: "no default",
    why: "A list holding one empty string is not a usable default for a required list of image URLs (an Apidog placeholder).",
    input: (s) => {
      delete s.properties.image_urls.default
    },
  },
  {
    model: "happyhorse-1-1/image-to-video",
    field: "callBackUrl",
    vendor: "absent from the request body",
    spec: "optional `callBackUrl` (CallBackUrl)",
    why: "Every Market model accepts the shared `callBackUrl`; the page only omits it from its body schema (its sibling HappyHorse pages list it).",
  },
  {
    model: "wan/3-0-video",
    field: "input.first_frame_url, last_frame_url, reference_{image,video,audio,file,link}_urls[]",
    vendor: "`type: object` with empty `properties` (one YAML anchor reused for all seven)",
    spec: "`type: string`, `format: uri`",
    why: "They are URLs (the request examples send strings); the newer Wan 3.0 Video Prime page types the same fields `string`/`uri`.",
    input: (s) => {
      for (const name of ["first_frame_url", "last_frame_url"]) {
        Object.assign(s.properties[name], { type: "string", format: "uri" })
        delete s.properties[name].properties
      }
      s.properties.last_frame_url.description =
        "URL of the last-frame image. Use together with first_frame_url. Same format limits as first_frame_url."
      for (const name of ["image", "video", "audio", "file", "link"]) {
        s.properties[`reference_${name}_urls`].items = { type: "string", format: "uri" }
      }
    },
  },
  {
    model: "kling-3.0/video",
    field: "input.prompt, input.multi_prompt (required)",
    vendor: "both always required",
    spec: "`prompt` required in single-shot mode (`multi_shots` false or absent), `multi_prompt` in multi-shot mode",
    why: "The page's own mode table: single-shot mode uses the main `prompt`, multi-shot mode the `multi_prompt` array; requiring both makes a single-shot request carry an unused shot list.",
    schema: (s) => {
      s.required = s.required.filter((name) => name !== "prompt" && name !== "multi_prompt")
      s.if = { required: ["multi_shots"], properties: { multi_shots: { const: true } } }
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
      s.then = { required: ["multi_prompt"], properties: { multi_prompt: {} } }
      s.else = { required: ["prompt"], properties: { prompt: {} } }
    },
  },
  {
    model: "kling-3.0-omni/text-to-video",
    field: "input",
    vendor:
      "`allOf: [{type: string}, {type: string}, {type: string}, {type: string}]` on the `input` object",
    spec: "no `allOf`",
    why: "An object cannot also be a string: no request could ever validate. Apidog debris.",
    input: (s) => {
      delete s.allOf
    },
  },
  {
    model: "kling-3.0-omni/image-to-video",
    field: "input (both oneOf branches)",
    vendor: "`allOf: [{type: string} ×3]` on each object branch",
    spec: "no `allOf`",
    why: "An object cannot also be a string: no request could ever validate. Apidog debris.",
    input: (s) => {
      for (const branch of s.oneOf) delete branch.allOf
    },
  },
  {
    model: "grok-imagine/extend",
    field: "request examples",
    vendor: "a schema-level example with model `grok-imagine/upscale` and only `input.task_id`",
    spec: "dropped",
    why: "Copied from the Video Upscale page: it is not an extend request (wrong model, required fields missing).",
    examples: (list) => list.filter((body) => body.model !== "grok-imagine/upscale"),
  },
  {
    model: "grok-imagine/extend",
    field: "request example input.extend_at",
    vendor: "`0` (a number)",
    spec: '`"0"`',
    why: 'The page types `extend_at` as a string and its property example is `"0"`; the request example contradicts both.',
    examples: (list) => {
      for (const body of list) if (body.input.extend_at === 0) body.input.extend_at = "0"
      return list
    },
  },
  {
    model: "grok-imagine/extend",
    field: "input (description)",
    vendor: '"Input parameters for the video upscaling task"',
    spec: '"Input parameters for the video extension task"',
    why: "Copied from the Video Upscale page.",
    input: (s) => {
      s.description = "Input parameters for the video extension task"
    },
  },
  {
    model: "grok-imagine/text-to-video",
    field: "input.duration",
    vendor: "`type: number`",
    spec: "`type: string`",
    why: 'The page\'s own request example sends `"duration": "6"`, and the sibling image-to-video page types the same field (6-30 s) as a string.',
    input: (s) => {
      s.properties.duration.type = "string"
    },
  },
  {
    model: "elevenlabs/text-to-speech-multilingual-v2",
    field: "input.voice",
    vendor: "`enum` of ~70 voice ids",
    spec: "free string (the description lists the voice ids)",
    why: 'The page\'s prose and request example use preset names ("Rachel"); REFERENCE §9 conflict 17.',
    input: (s) => {
      delete s.properties.voice.enum // the description lists every voice id
    },
  },
  // Placeholder descriptions ("Radio description", "Select description", the field name).
  ...[
    [
      "google/nano-banana",
      "aspect_ratio",
      "Radio description",
      "Aspect ratio of the generated image.",
    ],
    [
      "google/nano-banana-edit",
      "image_size",
      "Radio description",
      "Aspect ratio of the generated image.",
    ],
    ["google/imagen4-fast", "num_images", "Select description", "Number of images to generate."],
    ["bytedance/seedream", "image_size", "Select description", "The size of the generated image."],
    ["ideogram/character", "num_images", "Select description", "Number of images to generate."],
    [
      "ideogram/character-edit",
      "num_images",
      "Select description",
      "Number of images to generate.",
    ],
    [
      "ideogram/character-remix",
      "num_images",
      "Select description",
      "Number of images to generate.",
    ],
    [
      "ideogram/character-remix",
      "image_size",
      "Select description",
      "The resolution of the generated image.",
    ],
    ["ideogram/v3-reframe", "num_images", "Select description", "Number of images to generate."],
    ["qwen/image-edit", "num_images", "num_images", "Number of images to generate."],
  ].map(([model, name, placeholder, text]) => ({
    model,
    field: `input.${name} (description)`,
    vendor: `"${placeholder}"`,
    spec: `"${text}"`,
    why: "Placeholder text left in the docs.",
    input: (s) => {
      s.properties[name].description = text
    },
  })),
  // URL fields that stay plain strings (no `format: uri`): the page's own request example sends
  // an empty string for them, which `format: uri` would reject.
  ...[
    ["bytedance/v1-lite-image-to-video", "end_image_url", 'optional; `""` = no end frame'],
    ["hailuo/02-image-to-video-pro", "end_image_url", 'optional; `""` = no end frame'],
    ["kling/v2-1-pro", "tail_image_url", 'optional; `""` = no end frame'],
    ["ideogram/character-remix", "reference_mask_urls", 'optional; `""` = no mask'],
    ["qwen/image-to-image", "image_url", "required; the example leaves it as an empty placeholder"],
  ].map(([model, name, meaning]) => ({
    model,
    field: `input.${name}`,
    vendor: 'plain string; the request example sends `""`',
    spec: "plain string (no `format: uri`, unlike the other URL fields)",
    why: `Keeps the page's own request example valid (${meaning}).`,
    plainUrl: name,
  })),
]

// Fields whose name says "URL" get `format: uri` when the page left it out (a few pages type
// every URL as a bare string). `image` is Recraft's image URL, `reference_image` HappyHorse's list.
const URL_FIELD = /(^|_)urls?$|^image$|^reference_image$/

// Schema keywords copied from the page, in output order; anything else on a page is an error.
const KEEP = [
  "title",
  "type",
  "format",
  "pattern",
  "enum",
  "const",
  "default",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "deprecated",
  "description",
]
const IGNORE = new Set([
  "examples",
  "example",
  "properties",
  "items",
  "required",
  "oneOf",
  "anyOf",
  "additionalProperties",
  "nullable",
])
const PLACEHOLDER = /^(Select description|Radio description)$/

// ---------------------------------------------------------------------------------------------

function renameProperty(schema, from, to) {
  schema.properties = Object.fromEntries(
    Object.entries(schema.properties).map(([k, v]) => [k === from ? to : k, v]),
  )
  schema.required = schema.required?.map((k) => (k === from ? to : k))
}

function renameKeyIn(object, from, to) {
  if (object && from in object) {
    const entries = Object.entries(object).map(([k, v]) => [k === from ? to : k, v])
    for (const k of Object.keys(object)) delete object[k]
    Object.assign(object, Object.fromEntries(entries))
  }
}

const pascal = (id) =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("")

// Descriptions: the page's text with trailing spaces and runs of blank lines removed.
const cleanText = (text) =>
  text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()

function resolveRef(page, ref) {
  if (!ref.startsWith("#/")) throw new Error(`external $ref ${ref}`)
  return ref
    .slice(2)
    .split("/")
    .reduce(
      (node, key) => node?.[decodeURIComponent(key).replaceAll("~1", "/").replaceAll("~0", "~")],
      page,
    )
}

// Converts one (sub)schema of the page's `input` to the spec's form.
function convert(node, page, where, ctx) {
  if (node.$ref) node = resolveRef(page, node.$ref)
  for (const key of Object.keys(node)) {
    if (!KEEP.includes(key) && !IGNORE.has(key) && !key.startsWith("x-apidog") && key !== "$ref")
      throw new Error(`${ctx.id}: unsupported keyword "${key}" at ${where} (add a correction)`)
  }
  if (node.allOf) throw new Error(`${ctx.id}: allOf at ${where} (add a correction)`)
  if (node.type === "object" && !node.properties && !node.oneOf && !node.anyOf)
    throw new Error(`${ctx.id}: object without properties at ${where} (add a correction)`)
  const out = {}
  for (const key of KEEP) {
    if (!(key in node)) continue
    if (key === "description") {
      const text = cleanText(String(node.description))
      if (PLACEHOLDER.test(text) || text === where.split(".").pop())
        throw new Error(
          `${ctx.id}: placeholder description "${text}" at ${where} (add a correction)`,
        )
      if (text) out.description = text
    } else out[key] = structuredClone(node[key])
  }
  if (node.nullable) out.type = [out.type, "null"]
  if (node.items) out.items = convert(node.items, page, `${where}[]`, ctx)
  for (const key of ["oneOf", "anyOf"]) {
    if (node[key])
      out[key] = node[key].map((branch, i) => convert(branch, page, `${where}.${key}${i}`, ctx))
  }
  if (node.properties || node["x-apidog-refs"]) {
    const properties = { ...node.properties }
    // Apidog "refs": shared property groups spliced into the object (usually also inlined).
    for (const ref of Object.values(node["x-apidog-refs"] ?? {})) {
      const shared = ref.$ref ? resolveRef(page, ref.$ref) : ref
      for (const [name, schema] of Object.entries(shared.properties ?? {}))
        properties[name] ??= schema
    }
    const required = (node.required ?? []).filter((name) => name in properties)
    if (required.length) out.required = required
    out.additionalProperties = false
    out.properties = {}
    for (const [name, schema] of Object.entries(properties)) {
      if (name !== name.trim() || /\s/.test(name))
        throw new Error(`${ctx.id}: property name "${name}" at ${where} (add a correction)`)
      const property = convert(schema, page, `${where}.${name}`, ctx)
      if (URL_FIELD.test(name) && !ctx.plainUrls.has(name)) addUriFormat(property)
      out.properties[name] = property
    }
  }
  return out
}

function addUriFormat(schema) {
  const target = schema.type === "array" ? schema.items : schema
  if (target?.type === "string" && !target.format) {
    // Keep keyword order: format right after type.
    const { type, ...rest } = target
    for (const key of Object.keys(target)) delete target[key]
    Object.assign(target, { type, format: "uri", ...rest })
  }
}

// The request examples of a page: the requestBody's `example`/`examples` and the body schema's
// `examples`/`example`, as request bodies (JSON strings parsed), without duplicates.
function pageExamples(id, media, bodySchema, fixes) {
  const raw = []
  if ("example" in media) raw.push(media.example)
  for (const example of Object.values(media.examples ?? {})) raw.push(example?.value ?? example)
  for (const example of bodySchema.examples ?? []) raw.push(example)
  if ("example" in bodySchema) raw.push(bodySchema.example)
  const seen = new Set()
  const bodies = []
  for (let example of raw) {
    if (typeof example === "string") {
      if (!example.trim()) continue // an empty example box
      for (const fix of fixes) if (fix.exampleText) example = fix.exampleText(example)
      try {
        example = JSON.parse(example)
      } catch (error) {
        throw new Error(
          `${id}: a request example is not valid JSON: ${error.message} (add a correction)`,
        )
      }
    }
    const key = JSON.stringify(example)
    if (!seen.has(key)) {
      seen.add(key)
      bodies.push(example)
    }
  }
  return bodies
}

// Reads one vendor page: its create operation, request media, body schema and printed model ids.
export function readPage(file) {
  const page = YAML.parse(readFileSync(file, "utf8"))
  const operation = page.paths?.[CREATE_PATH]?.post
  if (!operation) throw new Error(`${file}: no POST ${CREATE_PATH}`)
  const media = operation.requestBody.content["application/json"]
  const bodySchema = media.schema.$ref ? resolveRef(page, media.schema.$ref) : media.schema
  return {
    page,
    operation,
    media,
    bodySchema,
    ids: bodySchema.properties.model.enum ?? [bodySchema.properties.model.default],
  }
}

// Builds { [InputName]: schema, [TaskName]: schema } for one catalog model.
export function importModel(id, meta, vendorDir) {
  const fixes = CORRECTIONS.filter((c) => c.model === id)
  const { page, operation, media, bodySchema, ids } = readPage(join(vendorDir, meta.vendor))
  if (!ids.includes(id) && !fixes.some((c) => c.modelId === id))
    throw new Error(
      `${id}: the page (${meta.vendor}) prints model ${ids.join(", ")} (add a correction)`,
    )
  const name = pascal(id)
  const summary = (operation.summary ?? id).replace(/\s+/g, " ").trim()

  const rawInput = structuredClone(bodySchema.properties.input)
  for (const fix of fixes) fix.input?.(rawInput)
  const ctx = { id, plainUrls: new Set(fixes.map((c) => c.plainUrl).filter(Boolean)) }
  const converted = convert(rawInput, page, "input", ctx)
  delete converted.description
  const input = {
    title: `${name}Input`,
    description: `\`input\` for \`${id}\` (${summary}).${rawInput.description ? ` ${cleanText(rawInput.description)}.`.replace(/\.\.$/, ".") : ""}`,
    ...converted,
  }
  if (input.type === undefined && !input.oneOf && !input.anyOf) input.type = "object"
  // Corrections that need keywords a page never uses (if/then/else) apply to the result.
  for (const fix of fixes) fix.schema?.(input)

  let examples = pageExamples(id, media, bodySchema, fixes)
  for (const fix of fixes) if (fix.examples) examples = fix.examples(examples)
  const wrapped = examples.length === 0 && bodySchema.properties.input.examples
  if (wrapped)
    examples = bodySchema.properties.input.examples.map((example) => ({
      model: id,
      input: example,
    }))
  // A page that lists several ids (or prints a wrong one, see `modelId`) shows its examples
  // with one of them: they are shown here with this model's id. Any other id is an error.
  examples = examples.map((body) => {
    if (body.model === id) return body
    if (!ids.includes(body.model))
      throw new Error(`${id}: a request example uses model ${body.model} (add a correction)`)
    return { ...body, model: id }
  })

  const required = [
    "model",
    ...(bodySchema.required ?? []).filter((k) => k === "callBackUrl"),
    "input",
  ]
  const properties = {
    model: { type: "string", const: id },
    callBackUrl: { $ref: CALLBACK_URL_REF },
  }
  const progress = bodySchema.properties.progressCallBackUrl
  if (progress) {
    properties.progressCallBackUrl = {
      type: "string",
      format: "uri",
      ...(progress.description ? { description: cleanText(progress.description) } : {}),
    }
  }
  properties.input = { $ref: `#/${name}Input` }
  const task = {
    title: `${name}Task`,
    description: `${summary} (\`${id}\`): \`POST ${CREATE_PATH}\` body.${meta.deprecated ? " Deprecated: the model's page was removed from the docs in 2026." : ""}`,
    ...(meta.deprecated ? { deprecated: true } : {}),
    "x-kie-model": {
      kind: meta.kind,
      description: summary,
      docs: meta.docs,
      ...(meta.deprecated ? { deprecated: true } : {}),
    },
    type: "object",
    required,
    additionalProperties: false,
    properties,
    ...(examples.length ? { examples } : {}),
  }
  const entries = { [`${name}Input`]: input, [`${name}Task`]: task }
  checkExamples(id, entries, `${name}Task`)
  return { entries, examples, wrapped: Boolean(wrapped), fixes }
}

// The page's request examples (after the corrections) must match the generated Task schema.
function checkExamples(id, entries, taskName) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  const common = YAML.parse(
    readFileSync(join(specDir, "openapi/components/schemas/common.yaml"), "utf8"),
  )
  ajv.addSchema(common, "https://kie-kit.invalid/common.yaml")
  ajv.addSchema(entries, "https://kie-kit.invalid/market/group.yaml")
  const validate = ajv.getSchema(`https://kie-kit.invalid/market/group.yaml#/${taskName}`)
  for (const [index, body] of (entries[taskName].examples ?? []).entries()) {
    if (!validate(body))
      throw new Error(
        `${id}: request example ${index} does not match ${taskName}: ${ajv.errorsText(validate.errors)} (add a correction)`,
      )
  }
}

// ---------------------------------------------------------------------------------------------

function loadCatalog() {
  const catalog = YAML.parse(readFileSync(catalogFile, "utf8"))
  const models = new Map()
  for (const [group, entries] of Object.entries(catalog.groups)) {
    for (const [id, meta] of Object.entries(entries)) models.set(id, { ...meta, group })
  }
  return models
}

// Wraps text into comment lines of at most `width` characters.
function commentLines(text, width = 96) {
  const lines = []
  let line = ""
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.map((l) => ` ${l}`).join("\n")
}

// Writes one group file (or, with `check`, returns its path when it differs from the generated text).
function writeGroup(group, models, imported, check = false) {
  const file = join(outDir, `${group}.yaml`)
  // Models not being imported keep their current schemas and notes.
  const current = existsSync(file) ? YAML.parseDocument(readFileSync(file, "utf8")) : undefined
  const existing = current?.toJS() ?? {}
  const existingNotes = new Map(
    current?.contents?.items?.map((pair) => [pair.key.value, pair.key.commentBefore]),
  )
  const ids = [...models].filter(([, m]) => m.group === group).map(([id]) => id)
  const schemas = {}
  for (const id of ids) {
    const name = pascal(id)
    for (const key of [`${name}Input`, `${name}Task`]) {
      const schema = imported.get(id)?.entries[key] ?? existing[key]
      if (schema) schemas[key] = schema
    }
  }
  const doc = new YAML.Document(schemas)
  YAML.visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== "string") return
      // Long texts (descriptions, example prompts) as folded blocks; ratios and numeric strings
      // ("16:9", "5") quoted, as YAML 1.1 readers would take 16:9 for a base-60 number.
      if ((node.value.length > 80 && node.value.includes(" ")) || node.value.includes("\n"))
        node.type = "BLOCK_FOLDED"
      else if (/^[0-9][0-9:.]*$/.test(node.value)) node.type = "QUOTE_DOUBLE"
    },
  })
  doc.commentBefore = commentLines(
    `Market models of the "${group}" group: the typed \`input\` (<Name>Input) and create body (<Name>Task) of ${ids.map((id) => `\`${id}\``).join(", ")}. Generated by scripts/import-market-model.mjs from KIE's docs pages (see scripts/market-catalog.yaml): change the script's CORRECTIONS or the catalog and re-run it rather than editing this file.`,
  )
  for (const [index, pair] of doc.contents.items.entries()) {
    pair.key.spaceBefore = index > 0 // a blank line between the top-level schemas
    // Each correction is noted above the schema it changes: the Input for `input` fixes, else the Task.
    const id = ids.find((i) => [`${pascal(i)}Input`, `${pascal(i)}Task`].includes(pair.key.value))
    const onInput = pair.key.value.endsWith("Input")
    const model = imported.get(id)
    if (!model) {
      pair.key.commentBefore = existingNotes.get(pair.key.value)
      continue
    }
    const notes = model.fixes
      .filter((fix) => Boolean(fix.input || fix.schema || fix.plainUrl) === onInput)
      .map(
        (fix) =>
          `Correction (${fix.field}): the page says ${fix.vendor}; here ${fix.spec}. ${fix.why}`,
      )
    if (model.wrapped && !onInput)
      notes.push(
        "Examples: the page has no request-body example; its `input` example is shown as `{model, input}`.",
      )
    if (!model.examples.length && !onInput)
      notes.push("Examples: none (the page's request example is empty).")
    if (notes.length) pair.key.commentBefore = notes.map((note) => commentLines(note)).join("\n")
  }
  const text = doc.toString({ lineWidth: 100, minContentWidth: 40 })
  if (!isDeepStrictEqual(YAML.parse(text), schemas))
    throw new Error(`${file}: the YAML text does not read back as written`)
  if (check) return existsSync(file) && readFileSync(file, "utf8") === text ? undefined : file
  mkdirSync(outDir, { recursive: true })
  writeFileSync(file, text)
  return file
}

function main(argv) {
  const args = argv.slice(2)
  if (args.includes("--corrections")) {
    console.log("| model | field | vendor page says | spec says | why |\n|---|---|---|---|---|")
    for (const c of CORRECTIONS)
      console.log(`| \`${c.model}\` | ${c.field} | ${c.vendor} | ${c.spec} | ${c.why} |`)
    return
  }
  const dirIndex = args.indexOf("--vendor-dir")
  const vendorDir = dirIndex >= 0 ? args.splice(dirIndex, 2)[1] : process.env.KIE_VENDOR_DIR
  if (!vendorDir)
    throw new Error(
      "usage: import-market-model.mjs --vendor-dir <dir> (--all | <model id | vendor file>...)",
    )
  const models = loadCatalog()
  let ids = args.includes("--all") ? [...models.keys()] : args.filter((a) => !a.startsWith("--"))
  ids = ids.map((arg) => {
    if (models.has(arg)) return arg
    const byFile = [...models].find(([, m]) => m.vendor === basename(arg))
    if (!byFile) throw new Error(`${arg}: not in scripts/market-catalog.yaml (add it there first)`)
    return byFile[0]
  })
  const imported = new Map(ids.map((id) => [id, importModel(id, models.get(id), vendorDir)]))
  const groups = new Set(ids.map((id) => models.get(id).group))
  if (args.includes("--check")) {
    const stale = [...groups]
      .map((group) => writeGroup(group, models, imported, true))
      .filter(Boolean)
    for (const file of stale) console.error("out of date:", file)
    if (stale.length) process.exitCode = 1
    else console.log(`${imported.size} models up to date`)
    return
  }
  for (const group of groups) console.log("wrote", writeGroup(group, models, imported))
  console.log(`${imported.size} models imported`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv)
