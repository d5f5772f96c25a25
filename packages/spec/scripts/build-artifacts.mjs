// Copies the bundled spec into dist/ and renders the HTML API reference from it.
import { copyFileSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { redocly, root } from "./redocly.mjs"

mkdirSync(join(root, "dist"), { recursive: true })
for (const file of ["openapi.json", "openapi.yaml", "validation.json"]) {
  copyFileSync(join(root, "src", "generated", file), join(root, "dist", file))
}
redocly([
  "build-docs",
  "src/generated/openapi.json",
  "-o",
  "dist/reference.html",
  "--title",
  "KIE.AI API reference (kie-kit)",
])
console.log(
  "build: dist/openapi.json, dist/openapi.yaml, dist/validation.json, dist/reference.html",
)
