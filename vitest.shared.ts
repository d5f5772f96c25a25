import { defineConfig } from "vitest/config"

// Workspace packages resolve each other's TypeScript sources through the `@kie-kit/source`
// export condition, so tests and type checks never need a prior build of a dependency.
const conditions = ["@kie-kit/source", "module", "node", "development|production"]

export const sharedConfig = defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["@kie-kit/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    restoreMocks: true,
    passWithNoTests: true,
    testTimeout: 20_000,
  },
})
