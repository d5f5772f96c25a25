import { describe, expectTypeOf, it } from "vitest"
import {
  type CallbackDelivery,
  type FaultKind,
  type MockServer,
  type MockServerOptions,
  type MockTask,
  main,
  type RecordedRequest,
  startMockServer,
} from "../src/index"

describe("public types", () => {
  it("startMockServer takes optional options and resolves to a MockServer", () => {
    expectTypeOf(startMockServer).parameter(0).toEqualTypeOf<MockServerOptions | undefined>()
    expectTypeOf(startMockServer).returns.resolves.toEqualTypeOf<MockServer>()
    expectTypeOf(main).returns.resolves.toEqualTypeOf<number>()
  })

  it("exposes the inspection API", () => {
    expectTypeOf<MockServer["url"]>().toEqualTypeOf<string>()
    expectTypeOf<MockServer["uploadUrl"]>().toEqualTypeOf<string>()
    expectTypeOf<MockServer["requests"]>().toEqualTypeOf<readonly RecordedRequest[]>()
    expectTypeOf<MockServer["callbacks"]>().toEqualTypeOf<readonly CallbackDelivery[]>()
    expectTypeOf<MockServer["tasks"]>().toEqualTypeOf<(apiKey?: string) => MockTask[]>()
    expectTypeOf<MockTask["status"]>().toEqualTypeOf<
      "queued" | "running" | "succeeded" | "failed"
    >()
    expectTypeOf<MockTask["api"]>().toEqualTypeOf<"flux-kontext" | "gpt4o-image" | "market">()
    expectTypeOf<FaultKind>().toEqualTypeOf<
      "5xx" | "maintenance" | "slow" | "reset-before" | "reset-after" | "malformed"
    >()
  })

  it("rejects unknown options and operation ids", () => {
    // @ts-expect-error -- not an option
    startMockServer({ prot: 1 })
    const mock = {} as MockServer
    // @ts-expect-error -- not an operationId of the spec
    mock.injectFault("5xx", { operationId: "nope" })
    // @ts-expect-error -- not a fault kind
    mock.injectFault("explode")
    expectTypeOf(mock.injectFault)
      .parameter(1)
      .toEqualTypeOf<
        | { readonly operationId?: import("../src/index").OperationId; readonly times?: number }
        | undefined
      >()
  })
})
