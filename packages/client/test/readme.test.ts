import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..")
const readme = readFileSync(join(root, "README.md"), "utf8")
const blocks = [...readme.matchAll(/<!-- example: (\S+) -->\n```ts\n([\s\S]*?)```/g)]

describe("README examples", () => {
  it("has type-checked examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2)
  })

  it.each(blocks.map((match) => [match[1] as string, match[2] as string]))(
    "%s is the file tsc checks",
    (file, code) => {
      expect(readFileSync(join(root, file), "utf8")).toBe(code)
    },
  )
})
