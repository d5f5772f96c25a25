// Packaging checks for every publishable package, on the packed tarballs users will install:
// 1. publint (strict) and are-the-types-wrong (ESM profile) on each package;
// 2. the tarballs installed with npm into a temporary project outside the workspace, every entry
//    point imported, `kie --help` run from the installed bin, a consumer file type-checked against
//    the packed types, and the packed client run against the packed mock server.
import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..")
const bin = (name) => join(repo, "node_modules", ".bin", name)
const packages = ["spec", "client", "effect-client", "cli", "mock-server"]
const work = mkdtempSync(join(tmpdir(), "kie-kit-pack-"))
const keep = process.argv.includes("--keep")

const run = (command, args, options = {}) => {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: "pipe", ...options })
  } catch (error) {
    process.stderr.write(
      `\n$ ${command} ${args.join(" ")}\n${error.stdout ?? ""}${error.stderr ?? ""}\n`,
    )
    throw new Error(`${command} ${args[0]} failed (exit ${error.status})`)
  }
}
const step = (text) => console.log(`check:packages: ${text}`)

try {
  const tarballs = []
  for (const name of packages) {
    const dir = join(repo, "packages", name)
    run(bin("publint"), ["--strict", "--pack", "pnpm"], { cwd: dir })
    const before = new Set(readdirSync(work))
    run("pnpm", ["pack", "--pack-destination", work], { cwd: dir })
    const tarball = readdirSync(work).find((file) => file.endsWith(".tgz") && !before.has(file))
    if (!tarball) throw new Error(`pnpm pack produced no tarball for ${name}`)
    tarballs.push(join(work, tarball))
    // Non-JavaScript exports (the bundled spec as YAML, the HTML reference) have nothing to type.
    const exclude =
      name === "spec" ? ["--exclude-entrypoints", "openapi.yaml", "reference.html"] : []
    run(bin("attw"), [join(work, tarball), "--profile", "esm-only", ...exclude])
    step(`@kie-kit/${name}: publint and are-the-types-wrong clean (${tarball})`)
  }

  const project = join(work, "consumer")
  run("mkdir", ["-p", project])
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "kie-kit-consumer", private: true, type: "module" }, null, 2),
  )
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs], {
    cwd: project,
  })
  step("installed the five tarballs into a fresh project with npm")

  writeFileSync(
    join(project, "imports.mjs"),
    `import spec from "@kie-kit/spec/openapi.json" with { type: "json" }
await import("@kie-kit/spec")
const client = await import("@kie-kit/client")
const core = await import("@kie-kit/client/core")
const node = await import("@kie-kit/client/node")
const webhooks = await import("@kie-kit/client/webhooks")
const mockCli = await import("@kie-kit/mock-server/cli")
const effect = await import("@kie-kit/effect-client")
const kieSchema = await import("@kie-kit/effect-client/KieSchema")
const mock = await import("@kie-kit/mock-server")
await import("@kie-kit/cli")
const checks = {
  spec: spec.openapi.startsWith("3.1"),
  client: typeof client.createKieClient === "function",
  core: typeof core.normalizeRecord === "function",
  node: typeof node.downloadTask === "function",
  webhooks: typeof webhooks.createWebhookHandler === "function",
  mockCli: typeof mockCli.main === "function",
  kieSchema: typeof kieSchema.MarketRecord === "object" || typeof kieSchema.MarketRecord === "function",
  effect: typeof effect.KieClient === "object" || typeof effect.KieClient === "function",
  mock: typeof mock.startMockServer === "function",
}
const failed = Object.entries(checks).filter(([, ok]) => !ok)
if (failed.length) throw new Error("missing exports: " + failed.map(([k]) => k).join(", "))
const server = await mock.startMockServer({ credits: 7 })
try {
  const kie = client.createKieClient({ apiKey: "smoke", baseUrl: server.url })
  const credits = await kie.credits()
  if (credits !== 7) throw new Error("credits " + credits)
} finally {
  await server.close()
}
console.log("imports ok")
`,
  )
  run("node", ["imports.mjs"], { cwd: project })
  step("imported every entry point and ran the packed client against the packed mock server")

  const help = run(join(project, "node_modules", ".bin", "kie"), ["--help"], { cwd: project })
  if (!/kie/.test(help) || !/flux-kontext/.test(help))
    throw new Error(`unexpected kie --help:\n${help}`)
  step("kie --help runs from the installed bin")

  writeFileSync(
    join(project, "consumer.ts"),
    `import type { components } from "@kie-kit/spec"
import { createKieClient, type Task, TaskFailedError } from "@kie-kit/client"
import { downloadTask } from "@kie-kit/client/node"
import { createWebhookHandler } from "@kie-kit/client/webhooks"
import { KieClient } from "@kie-kit/effect-client"
import { startMockServer } from "@kie-kit/mock-server"

const body: components["schemas"]["FluxKontextGenerateRequest"] = { prompt: "a fox", aspectRatio: "16:9" }
export async function main(): Promise<Task> {
  const server = await startMockServer()
  const kie = createKieClient({ apiKey: "k", baseUrl: server.url })
  const { taskId } = await kie.fluxKontext.generate(body)
  await kie.market.createTask({ model: "google/nano-banana", input: { prompt: "a", image_size: "16:9" } })
  const task = await kie.waitForTask({ api: "flux-kontext", taskId })
  await downloadTask(kie, task, "out")
  await server.close()
  return task
}
export const isFailure = (error: unknown) => error instanceof TaskFailedError
export const service = KieClient
export const onCallback = createWebhookHandler({ api: "market", secret: false, onTask: () => {} })
`,
  )
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ["node"],
        lib: ["ES2022", "DOM"],
      },
      files: ["consumer.ts"],
    }),
  )
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "@types/node@20"], {
    cwd: project,
  })
  run("node", [join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], {
    cwd: project,
  })
  step("a consumer file type-checks against the packed types (NodeNext, strict)")
  console.log("check:packages: all packaging checks passed")
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true })
  else console.log(`kept ${work}`)
}
