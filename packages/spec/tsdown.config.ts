import { defineConfig } from "tsdown"

export default defineConfig({
  entry: {
    index: "src/index.ts",
    validate: "src/validate.ts",
    models: "src/models.ts",
    templates: "src/templates.ts",
  },
  format: "esm",
  fixedExtension: true,
  platform: "neutral",
  dts: true,
})
