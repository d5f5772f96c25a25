// The plain client's main entry on other runtimes: where the npm registry ships Bun and Deno
// binaries (the `bun` and `deno` packages), the client runs against the mock server under each.
import { execFileSync, spawn } from "node:child_process"
import { createHmac } from "node:crypto"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const repo = join(here, "..", "..", "..")
const bin = (name) => join(here, "..", "node_modules", ".bin", name)
const check = join(here, "runtime-client-check.mjs")

const mock = spawn(
  process.execPath,
  [
    join(repo, "packages/mock-server/bin/kie-mock.mjs"),
    "--port",
    "0",
    "--quiet",
    "--task-duration",
    "300",
  ],
  { stdio: ["ignore", "pipe", "inherit"] },
)
const url = await new Promise((resolve, reject) => {
  let out = ""
  mock.stdout.on("data", (chunk) => {
    out += chunk
    const match = /API\s+(http:\/\/\S+)/.exec(out)
    if (match) resolve(match[1])
  })
  mock.on("exit", (code) => reject(new Error(`kie-mock exited with ${code}`)))
})
const signature = createHmac("sha256", "runtime-secret").update("t1.1750000000").digest("base64")
const runtimes = [
  ["node", process.execPath, [check]],
  ["bun", bin("bun"), [check]],
  ["deno", bin("deno"), ["run", "--allow-net", "--allow-read", "--allow-env", check]],
]
try {
  for (const [name, command, args] of runtimes) {
    const version = execFileSync(command, name === "node" ? ["--version"] : ["--version"], {
      encoding: "utf8",
    }).split("\n")[0]
    const out = execFileSync(command, [...args, url, name, signature], {
      cwd: join(repo, "packages", "client"),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    })
    console.log(`${out.trim()} (${version.trim()})`)
  }
} finally {
  mock.kill("SIGTERM")
}
