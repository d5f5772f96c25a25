// Bundles the hand-written spec in openapi/ and generates everything under src/generated/:
// the bundled document (openapi.json, openapi.yaml) and the TypeScript types (schema.ts).
// `--check` regenerates in memory and fails when a committed file is stale.
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import openapiTS, { astToString } from "openapi-typescript"
import { stringify } from "yaml"
import { writeOrCheck } from "../../../scripts/generated-files.mjs"
import { redocly, root } from "./redocly.mjs"

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

async function generate() {
  const doc = bundle()
  const withBanner = { "x-generated": banner, ...doc }
  const json = `${JSON.stringify(withBanner, null, 2)}\n`
  const yaml = `# ${banner}\n${stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })}`
  const ast = await openapiTS(doc, { rootTypes: true, defaultNonNullable: false })
  const ts = `// ${banner}\n/* eslint-disable */\n\n${astToString(ast)}`
  return { "openapi.json": json, "openapi.yaml": yaml, "schema.ts": ts }
}

const files = await generate()
writeOrCheck(outDir, files, { check })
