import { defineConfig } from "tsdown"

export default defineConfig({
  entry: { index: "src/index.ts", KieSchema: "src/KieSchema.ts" },
  format: "esm",
  fixedExtension: true,
  platform: "neutral",
  dts: true,
  sourcemap: true,
  // The exports map names .mjs/.d.mts (the neutral platform would emit .js).
  outExtensions: () => ({ js: ".mjs", dts: ".d.mts" }),
})
