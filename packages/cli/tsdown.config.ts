import { defineConfig, type UserConfig } from "tsdown"

// Two builds sharing dist/ (tsdown cleans it once, before both):
// - dist/index.mjs: the small library entry (exit codes, durations), with types;
// - dist/bin.mjs: the `kie` program as ONE bundled file holding effect, effect/cli and the command
//   definitions, so `kie --help` loads a single module (start-up budget: at most 3x `node -e 0`).
//   The command implementations and the clients are lazily imported chunks; the mock server (and
//   its Ajv) stays an external package, imported only by `--mock` and `kie mock`.
const shared: UserConfig = {
  format: "esm",
  fixedExtension: true,
  platform: "node",
  sourcemap: true,
  minify: true,
  inputOptions: {
    // Bundle the workspace packages from their TypeScript sources (as tests and tsc see them).
    resolve: { conditionNames: ["@kie-kit/source", "import", "module", "default"] },
  },
}

export default defineConfig([
  {
    ...shared,
    entry: { index: "src/index.ts" },
    dts: true,
  },
  {
    ...shared,
    entry: { bin: "src/bin.ts" },
    dts: false,
    // The bundle's map would be 4 MB in the package for minified code nobody steps through.
    sourcemap: false,
    noExternal: (id) => !id.startsWith("@kie-kit/mock-server") && !id.startsWith("node:"),
    inlineOnly: false,
    outputOptions: { chunkFileNames: "chunks/[name]-[hash].mjs" },
  },
])
