/**
 * Builds `dist/` when it is missing or older than a source file, so `vitest run` always spawns
 * the current bin (turbo's `test` task builds first anyway). The `--mock` tests also need the
 * mock server's own build (the bin imports it as a package, lazily).
 */
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const packageDir = resolve(here, "..")
const tsdown = resolve(packageDir, "../../node_modules/.bin/tsdown")

const newest = (dir: string): number => {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

const build = (dir: string) => execFileSync(tsdown, [], { cwd: dir, stdio: "inherit" })

export default function setup() {
  const bin = join(packageDir, "dist/bin.mjs")
  if (!existsSync(bin) || statSync(bin).mtimeMs < newest(join(packageDir, "src"))) build(packageDir)
  const mockDir = dirname(
    createRequire(join(packageDir, "package.json")).resolve("@kie-kit/mock-server/package.json"),
  )
  if (!existsSync(join(mockDir, "dist/index.mjs"))) build(mockDir)
}
