// Proves the release flow without publishing, in a throwaway clone of the current commit:
// a temporary changeset for one package, `pnpm version-packages`, then a publish dry run of
// every package. Fails unless the five packages moved to the same new version together.
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..")
const packages = ["spec", "client", "effect-client", "cli", "mock-server"]
const work = mkdtempSync(join(tmpdir(), "kie-kit-release-"))
const clone = join(work, "repo")

const run = (command, args, options = {}) => {
  try {
    return execFileSync(command, args, {
      encoding: "utf8",
      stdio: "pipe",
      cwd: clone,
      env: { ...process.env, TURBO_CACHE_DIR: join(repo, ".turbo", "cache"), CI: "true" },
      ...options,
    })
  } catch (error) {
    process.stderr.write(
      `\n$ ${command} ${args.join(" ")}\n${error.stdout ?? ""}${error.stderr ?? ""}\n`,
    )
    throw new Error(`${command} ${args.join(" ")} failed (exit ${error.status})`)
  }
}
const versionOf = (name) =>
  JSON.parse(readFileSync(join(clone, "packages", name, "package.json"), "utf8")).version
const step = (text) => console.log(`release:dry-run: ${text}`)

try {
  run("git", ["clone", "-q", "--no-hardlinks", repo, clone], { cwd: work })
  const before = Object.fromEntries(packages.map((name) => [name, versionOf(name)]))
  run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"])
  writeFileSync(
    join(clone, ".changeset", "release-dry-run.md"),
    '---\n"@kie-kit/client": patch\n---\n\nRelease dry run: a patch to one package.\n',
  )
  run("pnpm", ["version-packages"])
  const after = Object.fromEntries(packages.map((name) => [name, versionOf(name)]))
  const versions = new Set(Object.values(after))
  if (versions.size !== 1)
    throw new Error(`packages did not version together: ${JSON.stringify(after)}`)
  for (const name of packages) {
    if (after[name] === before[name]) throw new Error(`@kie-kit/${name} was not bumped`)
    const changelog = readFileSync(join(clone, "packages", name, "CHANGELOG.md"), "utf8")
    if (!changelog.includes(`## ${after[name]}`)) {
      throw new Error(`@kie-kit/${name}: CHANGELOG.md has no entry for ${after[name]}`)
    }
  }
  step(`changeset + version-packages moved all five packages ${before.client} -> ${after.client}`)
  run("pnpm", ["build"])
  const published = run("pnpm", [
    "-r",
    "--filter",
    "./packages/*",
    "publish",
    "--dry-run",
    "--no-git-checks",
    "--access",
    "public",
  ])
  for (const name of packages) {
    if (!published.includes(`@kie-kit/${name}@${after[name]}`)) {
      throw new Error(`the publish dry run did not include @kie-kit/${name}@${after[name]}`)
    }
  }
  step(`publish dry run packed all five packages at ${after.client}; nothing was published`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
