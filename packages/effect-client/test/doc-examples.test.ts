/**
 * Every code example in a doc comment of `src/` is a file under `examples/` (which `tsc` checks),
 * named on the line that introduces it: an example cannot use an undeclared variable or drift from
 * the API without failing CI.
 */
import { readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")

const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path)
    return entry.name.endsWith(".ts") ? [path] : []
  })

interface Block {
  readonly source: string
  readonly file: string | undefined
  readonly code: string
}

/** The ```ts blocks of the doc comments of `source`, with the example file each one names. */
const blocksOf = (source: string): Block[] => {
  const text = readFileSync(join(root, source), "utf8")
  return [...text.matchAll(/((?: \*.*\n){0,2}) \* ```ts\n((?: \*.*\n)*?) \* ```\n/g)].map(
    (match) => ({
      source,
      file: /Example \(`(examples\/[^`]+\.ts)`, type-checked\):/.exec(match[1] ?? "")?.[1],
      code: (match[2] ?? "").replace(/^ \*(?: |$)/gm, ""),
    }),
  )
}

const blocks = sources("src").flatMap(blocksOf)

describe("doc-comment examples", () => {
  it("there are some", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5)
  })

  it.each(blocks.map((block) => [`${block.source} -> ${block.file}`, block] as const))(
    "%s is the type-checked file",
    (_, block) => {
      expect(block.file, `${block.source}: name the example file`).toBeDefined()
      expect(block.code).toBe(readFileSync(join(root, block.file as string), "utf8"))
    },
  )
})
