// Bundles the hand-written spec in openapi/ and generates everything under src/generated/:
// the bundled document (openapi.json, openapi.yaml) and the TypeScript types (schema.ts).
// `--check` regenerates in memory and fails when a committed file is stale.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import openapiTS, { astToString } from "openapi-typescript"
import { stringify } from "yaml"
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
if (check) {
  const stale = Object.entries(files).filter(([name, text]) => {
    const path = join(outDir, name)
    return !existsSync(path) || readFileSync(path, "utf8") !== text
  })
  if (stale.length > 0) {
    for (const [name] of stale)
      console.error(`stale: ${relative(process.cwd(), join(outDir, name))}`)
    console.error(
      "Generated files are out of date with the spec: run `pnpm codegen` and commit the result.",
    )
    process.exit(1)
  }
  console.log(`codegen:check: ${Object.keys(files).length} generated files are up to date`)
} else {
  mkdirSync(outDir, { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text)
  console.log(
    `codegen: wrote ${Object.keys(files)
      .map((f) => `src/generated/${f}`)
      .join(", ")}`,
  )
}
