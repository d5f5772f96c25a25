import { describe, expect, it } from "vitest"
// @ts-expect-error a JavaScript build script without types
import { buildTables } from "../scripts/operations.mjs"
import { callbackRules, limits, operationTable, servers, taskFamilies } from "../src/index"
import { operations, spec } from "./validator"

/** A deep copy of the bundled document, to break. */
const copy = () => JSON.parse(JSON.stringify(spec)) as typeof spec
const tables = (doc: unknown) => (buildTables as (doc: unknown) => unknown)(doc)
/** The record-info operation of the Market in a copy, as a plain object to change. */
const recordInfo = (doc: typeof spec): Record<string, unknown> =>
  (doc.paths["/api/v1/jobs/recordInfo"] as Record<string, Record<string, unknown>>).get as Record<
    string,
    unknown
  >

describe("the generated operation table", () => {
  it("has every operation of the document, with its method, path and host", () => {
    expect(Object.keys(operationTable).sort()).toEqual([...operations.keys()].sort())
    for (const [id, row] of Object.entries(operationTable)) {
      const op = operations.get(id)
      expect(row.method, id).toBe(op?.method.toUpperCase())
      expect(row.path, id).toBe(op?.path)
      const own = (op?.operation.servers as Array<{ url: string }> | undefined)?.[0]?.url
      expect(row.host, id).toBe(own === undefined ? "api" : "upload")
    }
    expect(servers).toEqual({ api: "https://api.kie.ai", upload: "https://kieai.redpandaai.co" })
    expect(limits).toEqual({ creates: 20, createWindowMs: 10_000 })
  })

  it("names each operation once, in a namespace or at the top", () => {
    const names = Object.values(operationTable).map((row) => row.name)
    expect(new Set(names).size).toBe(names.length)
    expect(operationTable.marketCreateTask).toMatchObject({
      name: "market.createTask",
      role: "create",
    })
    expect(operationTable.getCredits).toMatchObject({ name: "credits", role: "account" })
    expect(operationTable.uploadFileStream).toMatchObject({ role: "upload", body: "multipart" })
    expect(operationTable.marketRecordInfo).toMatchObject({ role: "read", family: "market" })
  })

  it("gives every task family its create, read, poll floor and callback", () => {
    expect(Object.keys(taskFamilies).sort()).toEqual([
      "aleph",
      "flux-kontext",
      "gpt4o-image",
      "luma",
      "market",
      "midjourney",
      "runway",
      "suno",
      "suno-cover",
      "suno-lyrics",
      "suno-midi",
      "suno-mp4",
      "suno-vocal-removal",
      "suno-wav",
      "veo",
    ])
    for (const [api, family] of Object.entries(taskFamilies)) {
      expect(operationTable[family.create].role, api).toBe("create")
      expect(operationTable[family.read].role, api).toBe("read")
      expect(operationTable[family.read].family, api).toBe(api)
      expect(family.pollIntervalMs, api).toBeGreaterThan(0)
      expect(family.record.status.length, api).toBeGreaterThan(0)
      const callback = (callbackRules as Record<string, { taskId: readonly string[] }>)[api]
      // Suno MIDI documents no callback body.
      if (api === "suno-midi") expect(callback, api).toBeUndefined()
      else expect(callback?.taskId.join(" "), api).toMatch(/taskId|task_id/)
    }
    // Matched ignoring case: the generator lower-cases every documented value.
    expect(Object.keys(taskFamilies["gpt4o-image"].record.status[0]?.values ?? {})).toContain(
      "generating",
    )
  })
})

describe("the generator checks the extensions", () => {
  it("refuses an operation without x-kie-operation", () => {
    const doc = copy()
    delete recordInfo(doc)["x-kie-operation"]
    expect(() => tables(doc)).toThrow(/marketRecordInfo: needs x-kie-operation/)
  })

  it("refuses a read operation without x-kie-task", () => {
    const doc = copy()
    delete recordInfo(doc)["x-kie-task"]
    expect(() => tables(doc)).toThrow(/marketRecordInfo: a read operation needs x-kie-task/)
  })

  it("refuses a status value that maps to no status", () => {
    const doc = copy()
    const task = recordInfo(doc)["x-kie-task"] as { status: Array<{ values: object }> }
    ;(task.status[0]?.values as Record<string, unknown>).paused = "sleeping"
    expect(() => tables(doc)).toThrow(/status\[0\] paused: expected one of queued/)
  })

  it("refuses a malformed path", () => {
    const doc = copy()
    const task = recordInfo(doc)["x-kie-task"] as { outputs: string[] }
    task.outputs = ["resultJson..resultUrls"]
    expect(() => tables(doc)).toThrow(/outputs: bad path/)
  })

  it("refuses two operations with the same client name", () => {
    const doc = copy()
    const meta = recordInfo(doc)["x-kie-operation"] as { name: string }
    meta.name = "market.createTask"
    expect(() => tables(doc)).toThrow(/name market.createTask is also marketCreateTask's/)
  })
})
