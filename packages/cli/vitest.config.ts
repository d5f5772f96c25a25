import { mergeConfig } from "vitest/config"
import { sharedConfig } from "../../vitest.shared"

export default mergeConfig(sharedConfig, {
  test: {
    // The tests spawn the BUILT bin; this builds it first when it is missing or older than src/.
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
