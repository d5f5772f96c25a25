// Bundles the hand-written spec in openapi/ and generates everything under src/generated/:
// the bundled document (openapi.json, openapi.yaml), the same without its documentation for
// validators (validation.json: no descriptions, examples or x-kie-* tables), the TypeScript types
// (schema.ts) and the operation table with the task semantics (operations.ts, from the x-kie-*
// extensions), the Market model catalog (models.json) and the documented examples a mock server
// answers from (templates.json).
// `--check` regenerates in memory and fails when a committed file is stale.
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import openapiTS, { astToString } from "openapi-typescript"
import { stringify } from "yaml"
import { writeOrCheck } from "../../../scripts/generated-files.mjs"
import { buildModels } from "./models.mjs"
import { buildTables, operationsSource } from "./operations.mjs"
import { redocly, root } from "./redocly.mjs"
import { buildTemplates } from "./templates.mjs"

const outDir = join(root, "src", "generated")
const check = process.argv.includes("--check")
const banner = "generated — do not edit, run `pnpm codegen` (source: packages/spec/openapi/)"

export function bundle() {
  const dir = mkdtempSync(join(tmpdir(), "kie-spec-"))
  try {
    const out = join(dir, "openapi.json")
    redocly(["bundle", "openapi/openapi.yaml", "--ext", "json", "-o", out])
    return JSON.parse(readFileSync(out, "utf8"))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Keywords that only document (they never change what a document accepts). */
const ANNOTATIONS = new Set(["description", "summary", "example", "examples", "externalDocs"])

/**
 * The document a validator needs: everything but the documentation keywords and the extensions
 * the generated tables already carry. Inside `properties` every key is a field name, kept.
 */
const lean = (node, inProperties = false) => {
  if (Array.isArray(node)) return node.map((item) => lean(item))
  if (node === null || typeof node !== "object") return node
  const out = {}
  for (const [key, value] of Object.entries(node)) {
    if (!inProperties && (ANNOTATIONS.has(key) || key.startsWith("x-kie-"))) continue
    out[key] = lean(value, !inProperties && key === "properties")
  }
  return out
}

async function generate() {
  const doc = bundle()
  const withBanner = { "x-generated": banner, ...doc }
  const json = `${JSON.stringify(withBanner, null, 2)}\n`
  const yaml = `# ${banner}\n${stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })}`
  const ast = await openapiTS(doc, { rootTypes: true, defaultNonNullable: false })
  const ts = `// ${banner}\n/* eslint-disable */\n\n${astToString(ast)}`
  return {
    "openapi.json": json,
    "openapi.yaml": yaml,
    "validation.json": `${JSON.stringify({ "x-generated": banner, ...lean(doc) })}\n`,
    "schema.ts": ts,
    "operations.ts": operationsSource(doc, banner),
    "models.json": `${JSON.stringify({ "x-generated": banner, models: buildModels(doc) }, null, 1)}\n`,
    "templates.json": `${JSON.stringify({ "x-generated": banner, ...buildTemplates(doc, buildTables(doc)) }, null, 1)}\n`,
  }
}

const files = await generate()
writeOrCheck(outDir, files, { check })
