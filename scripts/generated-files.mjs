// Writes generated files under a package's src/generated/, or with `check` compares them with what
// is committed and fails (exit 1) naming every stale file. Shared by the packages' codegen scripts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"

/** @param {string} outDir @param {Record<string, string>} files @param {{ check: boolean, note?: string }} options */
export const writeOrCheck = (outDir, files, { check, note = "" }) => {
  const names = Object.keys(files)
  if (check) {
    const stale = names.filter((name) => {
      const path = join(outDir, name)
      return !existsSync(path) || readFileSync(path, "utf8") !== files[name]
    })
    if (stale.length > 0) {
      for (const name of stale)
        console.error(`stale: ${relative(process.cwd(), join(outDir, name))}`)
      console.error(
        "Generated files are out of date with the spec: run `pnpm codegen` and commit the result.",
      )
      process.exit(1)
    }
    console.log(`codegen:check: ${names.length} generated file(s) up to date`)
    return
  }
  mkdirSync(outDir, { recursive: true })
  for (const name of names) writeFileSync(join(outDir, name), files[name])
  console.log(`codegen: wrote ${names.map((name) => `src/generated/${name}`).join(", ")}${note}`)
}
