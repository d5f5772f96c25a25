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
  veoGenerate: ["post", "/api/v1/veo/generate"],
  veoRecordInfo: ["get", "/api/v1/veo/record-info"],
  veoGet1080pVideo: ["get", "/api/v1/veo/get-1080p-video"],
  veoGet4kVideo: ["post", "/api/v1/veo/get-4k-video"],
  veoExtend: ["post", "/api/v1/veo/extend"],
  sunoGenerate: ["post", "/api/v1/generate"],
  sunoExtend: ["post", "/api/v1/generate/extend"],
  sunoUploadCover: ["post", "/api/v1/generate/upload-cover"],
  sunoUploadExtend: ["post", "/api/v1/generate/upload-extend"],
  sunoAddInstrumental: ["post", "/api/v1/generate/add-instrumental"],
  sunoAddVocals: ["post", "/api/v1/generate/add-vocals"],
  sunoGenerateMashup: ["post", "/api/v1/generate/mashup"],
  sunoGenerateSounds: ["post", "/api/v1/generate/sounds"],
  sunoReplaceSection: ["post", "/api/v1/generate/replace-section"],
  sunoRecordInfo: ["get", "/api/v1/generate/record-info"],
  sunoGetTimestampedLyrics: ["post", "/api/v1/generate/get-timestamped-lyrics"],
  sunoGeneratePersona: ["post", "/api/v1/generate/generate-persona"],
  sunoBoostStyle: ["post", "/api/v1/style/generate"],
  sunoGenerateLyrics: ["post", "/api/v1/lyrics"],
  sunoLyricsRecordInfo: ["get", "/api/v1/lyrics/record-info"],
  sunoConvertToWav: ["post", "/api/v1/wav/generate"],
  sunoWavRecordInfo: ["get", "/api/v1/wav/record-info"],
  sunoGenerateMidi: ["post", "/api/v1/midi/generate"],
  sunoMidiRecordInfo: ["get", "/api/v1/midi/record-info"],
  sunoCreateMusicVideo: ["post", "/api/v1/mp4/generate"],
  sunoMusicVideoRecordInfo: ["get", "/api/v1/mp4/record-info"],
  sunoGenerateCover: ["post", "/api/v1/suno/cover/generate"],
  sunoCoverRecordInfo: ["get", "/api/v1/suno/cover/record-info"],
  sunoSeparateVocals: ["post", "/api/v1/vocal-removal/generate"],
  sunoVocalRemovalRecordInfo: ["get", "/api/v1/vocal-removal/record-info"],
  midjourneyGenerate: ["post", "/api/v1/mj/generate"],
  midjourneyUpscale: ["post", "/api/v1/mj/generateUpscale"],
  midjourneyVary: ["post", "/api/v1/mj/generateVary"],
  midjourneyExtendVideo: ["post", "/api/v1/mj/generateVideoExtend"],
  midjourneyRecordInfo: ["get", "/api/v1/mj/record-info"],
  lumaModify: ["post", "/api/v1/modify/generate"],
  lumaRecordInfo: ["get", "/api/v1/modify/record-info"],
  runwayGenerate: ["post", "/api/v1/runway/generate"],
  runwayRecordDetail: ["get", "/api/v1/runway/record-detail"],
  runwayExtend: ["post", "/api/v1/runway/extend"],
  alephGenerate: ["post", "/api/v1/aleph/generate"],
  alephRecordInfo: ["get", "/api/v1/aleph/record-info"],
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
    // The two creates whose pages document no callback body: Suno sounds (polling only) and
    // Suno MIDI.
    const withoutCallback = ["sunoGenerateSounds", "sunoGenerateMidi"]
    const creates = [...operations.entries()].filter(
      ([, op]) =>
        (op.operation["x-kie-operation"] as { role?: string } | undefined)?.role === "create",
    )
    expect(creates.length).toBe(29)
    for (const [id, op] of creates) {
      if (withoutCallback.includes(id)) {
        expect(op.operation.callbacks, id).toBeUndefined()
        continue
      }
      const callbacks = op.operation.callbacks ?? {}
      const [expressions] = Object.values(callbacks)
      expect(Object.keys(expressions ?? {}), id).toEqual(["{$request.body#/callBackUrl}"])
      const text = JSON.stringify(expressions)
      expect(text, id).toContain("WebhookTimestamp")
      expect(text, id).toContain("WebhookSignature")
    }
    expect(Object.keys(spec.webhooks ?? {}).sort()).toEqual([
      "alephCallback",
      "fluxKontextCallback",
      "gpt4oImageCallback",
      "lumaCallback",
      "marketCallback",
      "midjourneyCallback",
      "runwayCallback",
      "sunoCallback",
      "sunoCoverCallback",
      "sunoLyricsCallback",
      "sunoMusicVideoCallback",
      "sunoVocalRemovalCallback",
      "sunoWavCallback",
      "veoCallback",
    ])
    const headers = spec.components.parameters as Record<string, { name: string }>
    expect(Object.values(headers).map((p) => p.name)).toEqual(
      expect.arrayContaining(["X-Webhook-Timestamp", "X-Webhook-Signature"]),
    )
  })

  it("marks the operations whose docs pages were removed as deprecated", () => {
    const deprecated = [...operations.entries()]
      .filter(([, op]) => op.operation.deprecated === true)
      .map(([id]) => id)
      .sort()
    expect(deprecated).toEqual([
      "lumaModify",
      "lumaRecordInfo",
      "midjourneyExtendVideo",
      "midjourneyGenerate",
      "midjourneyRecordInfo",
      "midjourneyUpscale",
      "midjourneyVary",
    ])
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
