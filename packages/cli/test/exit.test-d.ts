import type { KieErrorTag } from "@kie-kit/client/core"
import { describe, expectTypeOf, it } from "vitest"
import { EXIT_CODE_BY_TAG, type ExitCode } from "../src/index"

describe("exit codes", () => {
  it("map every error tag of the clients, so a new one cannot go unmapped", () => {
    expectTypeOf(EXIT_CODE_BY_TAG).toEqualTypeOf<Readonly<Record<KieErrorTag, ExitCode>>>()
    expectTypeOf<keyof typeof EXIT_CODE_BY_TAG>().toEqualTypeOf<KieErrorTag>()
  })
})
