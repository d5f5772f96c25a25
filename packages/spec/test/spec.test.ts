import { describe, expect, it } from "vitest"
import { operations, spec } from "./validator"

const expected = {
  fluxKontextGenerate: ["post", "/api/v1/flux/kontext/generate"],
  fluxKontextRecordInfo: ["get", "/api/v1/flux/kontext/record-info"],
  gpt4oImageGenerate: ["post", "/api/v1/gpt4o-image/generate"],
  gpt4oImageRecordInfo: ["get", "/api/v1/gpt4o-image/record-info"],
  gpt4oImageDownloadUrl: ["post", "/api/v1/gpt4o-image/download-url"],
  marketCreateTask: ["post", "/api/v1/jobs/createTask"],
  marketRecordInfo: ["get", "/api/v1/jobs/recordInfo"],
  getCredits: ["get", "/api/v1/chat/credit"],
  commonDownloadUrl: ["post", "/api/v1/common/download-url"],
  uploadFileBase64: ["post", "/api/file-base64-upload"],
  uploadFileStream: ["post", "/api/file-stream-upload"],
  uploadFileUrl: ["post", "/api/file-url-upload"],
} as const

describe("the bundled spec", () => {
  it("is OpenAPI 3.1 with the API host and bearer auth", () => {
    expect(spec.openapi).toMatch(/^3\.1\./)
    expect(spec.servers).toEqual([expect.objectContaining({ url: "https://api.kie.ai" })])
    expect(spec.security).toEqual([{ bearerAuth: [] }])
    expect(spec.components.securitySchemes?.bearerAuth).toMatchObject({
      type: "http",
      scheme: "bearer",
    })
  })

  it("has exactly the documented operations", () => {
    expect([...operations.keys()].sort()).toEqual(Object.keys(expected).sort())
    for (const [id, [method, path]] of Object.entries(expected)) {
      const op = operations.get(id)
      expect(op, id).toMatchObject({ method, path })
      expect(op?.operation.summary, id).toBeTruthy()
      expect(op?.operation.description, id).toBeTruthy()
    }
  })

  it("serves the upload operations from the upload host", () => {
    for (const id of ["uploadFileBase64", "uploadFileStream", "uploadFileUrl"]) {
      expect(operations.get(id)?.operation.servers, id).toEqual([
        expect.objectContaining({ url: "https://kieai.redpandaai.co" }),
      ])
    }
  })

  it("declares a signed callback on every create and the same payloads as webhooks", () => {
    for (const id of ["fluxKontextGenerate", "gpt4oImageGenerate", "marketCreateTask"]) {
      const callbacks = operations.get(id)?.operation.callbacks ?? {}
      const [expressions] = Object.values(callbacks)
      expect(Object.keys(expressions ?? {}), id).toEqual(["{$request.body#/callBackUrl}"])
      const text = JSON.stringify(expressions)
      expect(text, id).toContain("WebhookTimestamp")
      expect(text, id).toContain("WebhookSignature")
    }
    expect(Object.keys(spec.webhooks ?? {}).sort()).toEqual([
      "fluxKontextCallback",
      "gpt4oImageCallback",
      "marketCallback",
    ])
    const headers = spec.components.parameters as Record<string, { name: string }>
    expect(Object.values(headers).map((p) => p.name)).toEqual(
      expect.arrayContaining(["X-Webhook-Timestamp", "X-Webhook-Signature"]),
    )
  })

  it("keeps the body code open while documenting every known code", () => {
    const apiCode = spec.components.schemas?.ApiCode as Record<string, unknown>
    expect(apiCode.type).toBe("integer")
    expect(apiCode.enum).toBeUndefined()
    const documented = String(apiCode.description)
    for (const code of [
      200, 400, 401, 402, 404, 405, 408, 422, 429, 433, 451, 455, 500, 501, 505, 550,
    ]) {
      expect(documented, String(code)).toContain(String(code))
    }
  })
})
