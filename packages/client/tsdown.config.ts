import { defineConfig } from "tsdown"

export default defineConfig({
  entry: {
    index: "src/index.ts",
    core: "src/core/index.ts",
    node: "src/node.ts",
    webhooks: "src/webhooks.ts",
  },
  format: "esm",
  fixedExtension: true,
  platform: "neutral",
  dts: true,
  sourcemap: true,
})
