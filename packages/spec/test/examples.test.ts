import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { type Kind, operations, packageRoot, validate } from "./validator"

interface IndexEntry {
  operationId: string
  kind: Kind
  status?: number
  contentType?: string
}

const examplesDir = join(packageRoot, "examples")
const read = (file: string): unknown => JSON.parse(readFileSync(join(examplesDir, file), "utf8"))
const index = read("INDEX.json") as Record<string, IndexEntry>
const invalid = read("INVALID.json") as Array<
  IndexEntry & { name: string; payload: unknown; why: string }
>

describe("documented examples", () => {
  it.each(Object.entries(index))("%s validates against its operation", (file, entry) => {
    const result = validate(
      entry.operationId,
      entry.kind,
      read(file),
      String(entry.status ?? 200),
      entry.contentType,
    )
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
  })

  it("indexes every example file except the one whose shape the reference rejects", () => {
    const files = readdirSync(examplesDir).filter(
      (file) => file.endsWith(".json") && file !== "INDEX.json" && file !== "INVALID.json",
    )
    const unindexed = files.filter((file) => !(file in index))
    expect(unindexed).toEqual(["file-upload.quickstart.response.success.json"])
  })

  it("attaches every indexed example inline to its operation, identical to the file", () => {
    // Shared responses and callbacks keep their examples in components, so the bundled document
    // is searched whole.
    const inline = specExamples()
    for (const [file, entry] of Object.entries(index)) {
      expect(operations.get(entry.operationId), entry.operationId).toBeDefined()
      const name = file.replace(/\.json$/, "")
      expect(JSON.stringify(inline[name] ?? null), file).toBe(JSON.stringify(read(file)))
    }
  })
})

describe("payloads the docs forbid", () => {
  it("covers the cases the foundation issue names", () => {
    const ids = invalid.map((entry) => `${entry.operationId}:${entry.kind}`)
    expect(ids).toContain("fluxKontextGenerate:request")
    expect(ids).toContain("gpt4oImageGenerate:request")
    expect(ids).toContain("marketCreateTask:request")
    expect(ids).toContain("marketRecordInfo:response")
  })

  it.each(invalid.map((entry) => [entry.name, entry] as const))(
    "%s is rejected",
    (_name, entry) => {
      const result = validate(
        entry.operationId,
        entry.kind,
        entry.payload,
        String(entry.status ?? 200),
        entry.contentType,
      )
      expect(result.valid, entry.why).toBe(false)
    },
  )
})

/** Every named example value in the bundled document, by example name. */
function specExamples(): Record<string, unknown> {
  const found: Record<string, unknown> = {}
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return
    const examples = (node as { examples?: unknown }).examples
    if (examples && typeof examples === "object" && !Array.isArray(examples)) {
      for (const [name, example] of Object.entries(examples)) {
        if (example && typeof example === "object" && "value" in example) {
          found[name] = (example as { value: unknown }).value
        }
      }
    }
    for (const value of Object.values(node)) visit(value)
  }
  visit(JSON.parse(readFileSync(join(packageRoot, "src", "generated", "openapi.json"), "utf8")))
  return found
}
