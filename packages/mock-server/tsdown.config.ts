import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { defineConfig } from "tsdown"

// The bundled OpenAPI document is inlined into dist/ from the spec package's committed
// src/generated/openapi.json, so the built mock validates against the spec it was built with
// and works without @kie-kit/spec having been built.
const specRoot = dirname(createRequire(import.meta.url).resolve("@kie-kit/spec/package.json"))

export default defineConfig({
  entry: { index: "src/index.ts", bin: "src/bin.ts" },
  format: "esm",
  fixedExtension: true,
  platform: "node",
  dts: true,
  sourcemap: true,
  alias: { "@kie-kit/spec/openapi.json": join(specRoot, "src/generated/openapi.json") },
  noExternal: ["@kie-kit/spec/openapi.json"],
})
