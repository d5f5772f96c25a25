import { describe, expect, it } from "vitest"
// @ts-expect-error a JavaScript build script without types
import { buildTables as buildTablesJs } from "../scripts/operations.mjs"
// @ts-expect-error a JavaScript build script without types
import { buildTemplates as buildTemplatesJs } from "../scripts/templates.mjs"
import { marketModel, marketModels } from "../src/models"
import { familyTemplates, queryTemplates } from "../src/templates"
import { spec, validate as validatePayload } from "./validator"

interface Tables {
  readonly operations: Record<string, { readonly role: string }>
  readonly taskFamilies: Record<string, unknown>
}
const buildTables = buildTablesJs as (doc: unknown) => Tables
const buildTemplates = buildTemplatesJs as (doc: unknown, tables: Tables) => unknown

const schemas = spec.components.schemas as Record<string, Record<string, unknown>>

describe("the Market model catalog (@kie-kit/spec/models)", () => {
  it("has every typed model once, each with its kind, docs and input schema", () => {
    expect(marketModels.length).toBe(119)
    expect(new Set(marketModels.map((model) => model.id)).size).toBe(marketModels.length)
    for (const model of marketModels) {
      expect(["image", "video", "audio", "text"], model.id).toContain(model.kind)
      expect(model.docs, model.id).toMatch(/^https:\/\/docs\.kie\.ai\//)
      expect(model.description, model.id).not.toBe("")
      // An object, or a choice of objects (Kling 3.0 Omni: one first frame, or first and last; PixVerse extend: by task id or by video).
      const branches = model.input.oneOf ?? model.input.anyOf ?? [model.input]
      for (const branch of branches) expect(branch.type, model.id).toBe("object")
      expect(JSON.stringify(model.input), model.id).not.toContain("$ref")
    }
    expect(marketModel("kling-3.0/video")).toMatchObject({ kind: "video", deprecated: false })
    expect(marketModel("sora-2-text-to-video")?.deprecated).toBe(true)
    expect(marketModel("no/such-model")).toBeUndefined()
  })

  it("keeps KnownMarketModel equal to the typed models", () => {
    const known = (schemas.KnownMarketModel as { enum: string[] }).enum
    expect([...known].sort()).toEqual(marketModels.map((model) => model.id).sort())
  })

  it("discriminates the create body by model: a known id only matches its own input", () => {
    const validate = (body: unknown) => validatePayload("marketCreateTask", "request", body).valid
    const nano = { model: "google/nano-banana", input: { prompt: "a fox" } }
    expect(validate(nano)).toBe(true)
    expect(validate({ ...nano, input: { prompt: "a fox", aspect_ratio: "7:5" } })).toBe(false)
    expect(validate({ ...nano, input: { prompt: "a fox", aspect_ratio: "16:9" } })).toBe(true)
    expect(validate({ model: "some/new-model", input: { anything: 1 } })).toBe(true)
    const sora = marketModel("sora-2-text-to-video")
    const example = (schemas[sora?.schema ?? ""]?.examples as unknown[] | undefined)?.[0]
    expect(validate({ ...(example as object), progressCallBackUrl: "https://a.example/p" })).toBe(
      true,
    )
  })
})

describe("the mock templates (@kie-kit/spec/templates)", () => {
  it("give every task family a succeeded record, and every query operation an answer", () => {
    const tables = buildTables(spec)
    expect(Object.keys(familyTemplates).sort()).toEqual(Object.keys(tables.taskFamilies).sort())
    for (const [family, templates] of Object.entries(familyTemplates)) {
      expect(templates.record.succeeded, family).toBeTypeOf("object")
      expect(templates.status.length, family).toBeGreaterThan(0)
    }
    const queries = Object.entries(tables.operations)
      .filter(([, op]) => op.role === "query")
      .map(([id]) => id)
    expect(Object.keys(queryTemplates).sort()).toEqual(queries.sort())
  })

  it("fail the build when a family documents no succeeded record", () => {
    const doc = structuredClone(spec) as typeof spec
    const read = doc.paths["/api/v1/veo/record-info"]?.get
    const media = read?.responses["200"]?.content?.["application/json"] as Record<string, unknown>
    media.examples = {}
    expect(() => buildTemplates(doc, buildTables(doc))).toThrow(
      /veoRecordInfo: task family veo needs a 200 example of a succeeded record/,
    )
  })
})

describe("the examples of the typed Market models", () => {
  it("validate as create bodies (and pick their own model's branch)", () => {
    let count = 0
    for (const model of marketModels) {
      for (const example of (schemas[model.schema]?.examples as unknown[] | undefined) ?? []) {
        const checked = validatePayload("marketCreateTask", "request", example)
        expect(checked.errors, model.id).toEqual([])
        expect((example as { model: string }).model, model.id).toBe(model.id)
        count++
      }
    }
    expect(count).toBe(133)
  })
})
