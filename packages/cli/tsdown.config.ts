import { defineConfig } from "tsdown"

export default defineConfig({
  entry: { index: "src/index.ts", bin: "src/bin.ts" },
  format: "esm",
  fixedExtension: true,
  platform: "node",
  dts: true,
  sourcemap: true,
})
