import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

/**
 * Pins every README code block marked `<!-- example: path -->` to the file at `path`, which the
 * package's tsconfig includes: the README shows exactly the code `tsc` checks in CI.
 */
export const describeReadmeExamples = (packageRoot: string, minimum = 1) => {
  const readme = readFileSync(join(packageRoot, "README.md"), "utf8")
  const blocks = [...readme.matchAll(/<!-- example: (\S+) -->\n```ts\n([\s\S]*?)```/g)]

  describe("README examples", () => {
    it("has type-checked examples", () => {
      expect(blocks.length).toBeGreaterThanOrEqual(minimum)
    })

    it.each(blocks.map((match) => [match[1] as string, match[2] as string]))(
      "%s is the file tsc checks",
      (file, code) => {
        expect(readFileSync(join(packageRoot, file), "utf8")).toBe(code)
      },
    )
  })
}
