import { execFileSync } from "node:child_process"
import { defineConfig, type UserConfig } from "tsdown"

// Three builds sharing dist/ (tsdown cleans it once, before all):
// - dist/index.mjs: the small library entry (the exit codes), with types;
// - dist/main.mjs: the `kie` program as ONE bundled file holding effect, effect/cli and the
//   command definitions, so running a command loads a single module. The command
//   implementations and the clients are lazily imported chunks; the mock server (and its Ajv)
//   stays an external package, imported only by `--mock` and `kie mock`. After it is built,
//   scripts/help-manifest.mjs runs it for every help request of the command tree and records
//   the output in dist/help.json;
// - dist/bin.mjs: the entry, 1 kB: replays dist/help.json when argv is exactly a help request
//   (src/startup/fast-help.ts), else imports ./main.mjs. A build of its own, so that main.mjs
//   stays one file (as a second entry of the same build, rolldown splits it into shared chunks).
// Start-up budget: `kie --help` at most 3x `node -e 0` (README "Start-up time").
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
    entry: { main: "src/main.ts" },
    dts: false,
    // The bundle's map would be 4 MB in the package for minified code nobody steps through.
    sourcemap: false,
    noExternal: (id) => !id.startsWith("@kie-kit/mock-server") && !id.startsWith("node:"),
    inlineOnly: false,
    // main.mjs exports `main` (and `app`, for the help record): let rolldown add the exports the
    // lazy chunks need instead of moving the shared modules out into chunks of their own.
    inputOptions: { ...shared.inputOptions, preserveEntrySignatures: "allow-extension" },
    outputOptions: { chunkFileNames: "chunks/[name]-[hash].mjs" },
    hooks: {
      "build:done": ({ options }) => {
        execFileSync(process.execPath, ["scripts/help-manifest.mjs", options.outDir], {
          cwd: options.cwd,
          stdio: "inherit",
        })
      },
    },
  },
  {
    ...shared,
    entry: { bin: "src/bin.ts" },
    dts: false,
    sourcemap: false,
    // `import("./main")` stays a dynamic import of the other build's output.
    plugins: [
      {
        name: "kie:main-external",
        resolveId: (id) => (id === "./main" ? { id: "./main.mjs", external: true } : null),
      },
    ],
  },
])
