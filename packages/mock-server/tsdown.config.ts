import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { defineConfig } from "tsdown"

// The spec is inlined into dist/ from the spec package's committed sources: the bundled OpenAPI
// document without its documentation (src/generated/validation.json, for validation) and the operation and task-family tables
// (src/index.ts → src/generated/operations.ts, for routing). So the built mock routes and
// validates by the one spec it was built with, and works without @kie-kit/spec having been built.
// The type declarations keep importing the spec's types from @kie-kit/spec (a dependency).
const specRoot = dirname(createRequire(import.meta.url).resolve("@kie-kit/spec/package.json"))
const inlined: Record<string, string> = {
  "@kie-kit/spec": join(specRoot, "src/index.ts"),
  "@kie-kit/spec/validation.json": join(specRoot, "src/generated/validation.json"),
}

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts", bin: "src/bin.ts" },
  format: "esm",
  fixedExtension: true,
  platform: "node",
  dts: true,
  sourcemap: true,
  plugins: [
    {
      name: "inline-kie-kit-spec",
      resolveId: {
        order: "pre",
        handler(source, importer) {
          const target = inlined[source]
          if (target === undefined) return null
          if (importer !== undefined && /\.d\.[cm]?ts$/.test(importer)) {
            return { id: source, external: true }
          }
          return target
        },
      },
    },
  ],
})
