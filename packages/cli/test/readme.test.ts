/** The README documents every command, every exit code, the journal and the budget. */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { EXIT_CODE_TABLE } from "../src/internal/exit"
import { PACKAGE_DIR } from "./helpers"

const readme = readFileSync(join(PACKAGE_DIR, "README.md"), "utf8")

describe("README", () => {
  it.each([
    "kie flux-kontext generate",
    "kie gpt4o-image generate",
    "kie market create",
    "kie task get",
    "kie task wait",
    "kie download",
    "kie credits",
    "kie upload",
    "kie webhook verify",
    "kie batch",
    "kie mock",
  ])("documents `%s` with an example", (command) => {
    expect(readme).toMatch(new RegExp(`^### .*\`${command}`, "m"))
    expect(readme).toMatch(
      new RegExp(`\\n${command.replace("kie ", "(kie|KIE_[A-Z_]+=\\S+ kie) ")} `),
    )
  })

  it("lists every exit code", () => {
    for (const [code] of EXIT_CODE_TABLE)
      expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, "m"))
  })

  it("says which failures of a create are exit 8, not 7 (README and --help share the text)", () => {
    const seven = EXIT_CODE_TABLE.find(([code]) => code === 7)?.[1]
    expect(seven).toContain("(reads); a 5xx/reset/timeout on a create is 8")
    expect(readme).toMatch(/^\| 7 \|.*\(reads\); a 5xx\/reset\/timeout on a create is 8/m)
  })

  it("documents the journal events and the start-up budget", () => {
    for (const event of [
      "intent",
      "created",
      "succeeded",
      "failed",
      "create-failed",
      "unknown",
      "retry",
      "rejected",
      "lost",
    ]) {
      expect(readme).toContain(`"event":"${event}"`)
    }
    expect(readme).toContain("--retry-unknown")
    expect(readme).toContain("--retry-lost")
    expect(readme).toMatch(/## Start-up time[\s\S]*\d\.\dx/)
  })
})
