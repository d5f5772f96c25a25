import { operationTable } from "@kie-kit/spec"
import type { ErrorObject } from "ajv"
import { describe, expect, it } from "vitest"
import { bundledSpec, fieldPath, Spec, validationMessage } from "../src/spec"

describe("routing from the spec", () => {
  it("knows every operation and which host serves it", () => {
    const spec = bundledSpec()
    const byId = Object.fromEntries(spec.operations.map((op) => [op.operationId, op]))
    expect(Object.keys(byId).sort()).toEqual(Object.keys(operationTable).sort())
    expect(Object.keys(byId)).toEqual(
      expect.arrayContaining(["marketCreateTask", "veoGenerate", "sunoGetTimestampedLyrics"]),
    )
    expect(byId.uploadFileStream).toMatchObject({ host: "upload", bodyType: "multipart/form-data" })
    expect(byId.uploadFileBase64).toMatchObject({ host: "upload", bodyType: "application/json" })
    expect(byId.marketRecordInfo).toMatchObject({
      host: "api",
      method: "GET",
      path: "/api/v1/jobs/recordInfo",
      queryParameters: [{ name: "taskId", required: true }],
    })
    expect(spec.route("api", "POST", "/api/v1/jobs/createTask")?.operationId).toBe(
      "marketCreateTask",
    )
    expect(spec.route("upload", "POST", "/api/v1/jobs/createTask")).toBeUndefined()
  })

  it("routes every row of the operation table, with its host, family and role", () => {
    const spec = bundledSpec()
    for (const [operationId, info] of Object.entries(operationTable)) {
      expect(spec.route(info.host, info.method, info.path)).toMatchObject({
        operationId,
        host: info.host,
        family: info.family,
        role: info.role,
      })
    }
    expect(spec.operations).toHaveLength(Object.keys(operationTable).length)
  })

  it("refuses a table row the OpenAPI document does not have", () => {
    const document = bundledSpec().document
    expect(
      () =>
        new Spec(document, {
          ...operationTable,
          extra: { ...operationTable.getCredits, path: "/nowhere" },
        }),
    ).toThrow(/no GET \/nowhere with operationId extra/)
  })
})

describe("validation messages", () => {
  const error = (e: Partial<ErrorObject>): ErrorObject =>
    ({ instancePath: "", schemaPath: "#", params: {}, keyword: "type", ...e }) as ErrorObject

  it("formats field paths", () => {
    expect(fieldPath("/input/image_urls/0")).toBe("input.image_urls[0]")
    expect(fieldPath("", "prompt")).toBe("prompt")
    expect(fieldPath("/a~1b")).toBe("a/b")
  })

  it("prefers the deepest, most concrete error", () => {
    expect(
      validationMessage([
        error({ keyword: "oneOf", params: { passingSchemas: null } }),
        error({ keyword: "const", instancePath: "/model", params: { allowedValue: "m" } }),
        error({
          keyword: "enum",
          instancePath: "/input/size",
          params: { allowedValues: ["a", "b"] },
        }),
      ]),
    ).toBe("input.size must be one of a, b")
    expect(
      validationMessage([error({ keyword: "required", params: { missingProperty: "x" } })]),
    ).toBe("x is required")
    expect(validationMessage([error({ keyword: "type", params: { type: "object" } })])).toBe(
      "body must be object",
    )
    expect(validationMessage([])).toBe("request is invalid")
  })
})
