import type { operationTable, taskFamilies } from "@kie-kit/spec"
import { describe, expectTypeOf, it } from "vitest"
import { type MainIo, main } from "../src/cli"
import * as entry from "../src/index"
import {
  type CallbackDelivery,
  type FaultKind,
  type MockServer,
  type MockServerOptions,
  type MockTask,
  type OperationId,
  type RecordedRequest,
  type ScriptedRequest,
  type ScriptedResponse,
  startMockServer,
} from "../src/index"

describe("public types", () => {
  it("startMockServer takes optional options and resolves to a MockServer", () => {
    expectTypeOf(startMockServer).parameter(0).toEqualTypeOf<MockServerOptions | undefined>()
    expectTypeOf(startMockServer).returns.resolves.toEqualTypeOf<MockServer>()
  })

  it("exports the kie-mock command from the cli subpath only", () => {
    expectTypeOf(main).returns.resolves.toEqualTypeOf<number>()
    expectTypeOf(main).parameter(1).toEqualTypeOf<MainIo | undefined>()
    expectTypeOf(entry).not.toHaveProperty("main")
  })

  it("takes its operation ids from the spec's operation table", () => {
    expectTypeOf<OperationId>().toEqualTypeOf<keyof typeof operationTable>()
    expectTypeOf<"marketCreateTask">().toExtend<OperationId>()
  })

  it("scripts responses", () => {
    const mock = {} as MockServer
    mock.injectResponse({ body: { code: 200, msg: "success", data: null } })
    mock.injectResponse({ status: 503, body: "<html>", headers: { "Retry-After": "1" } })
    mock.injectResponse((request) => ({ body: request.query }), {
      operationId: "marketRecordInfo",
      times: 2,
    })
    expectTypeOf<ScriptedRequest["operationId"]>().toEqualTypeOf<OperationId>()
    expectTypeOf<ScriptedResponse["status"]>().toEqualTypeOf<number | undefined>()
    expectTypeOf<RecordedRequest["scripted"]>().toEqualTypeOf<true | undefined>()
    // @ts-expect-error -- the body is required
    mock.injectResponse({ status: 500 })
    // @ts-expect-error -- header values are strings
    mock.injectResponse({ body: "", headers: { "Retry-After": 1 } })
    // @ts-expect-error -- not an operationId of the spec
    mock.injectResponse({ body: "" }, { operationId: "nope" })
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
    expectTypeOf<MockTask["api"]>().toEqualTypeOf<keyof typeof taskFamilies>()
    expectTypeOf<"veo">().toMatchTypeOf<MockTask["api"]>()
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
