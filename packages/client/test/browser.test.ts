import { mkdtemp, readdir, readFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { build } from "tsdown"
import { describe, expect, it } from "vitest"
import { startMock } from "./helpers"

const root = join(import.meta.dirname, "..")

describe("the main entry is runtime-agnostic", () => {
  it("bundles for the browser platform with no Node built-ins and runs without polyfills", async () => {
    const outDir = await mkdtemp(join(tmpdir(), "kie-browser-"))
    await build({
      config: false,
      cwd: root,
      entry: { client: join(root, "src", "index.ts") },
      outDir,
      platform: "browser",
      format: "esm",
      dts: false,
      noExternal: [/.*/],
      logLevel: "silent",
      inputOptions: { resolve: { conditionNames: ["@kie-kit/source", "browser", "import"] } },
    })
    const [file] = (await readdir(outDir)).filter((name) => /^client\.m?js$/.test(name))
    expect(file).toBeDefined()
    const path = join(outDir, file as string)
    const source = await readFile(path, "utf8")
    expect(source).not.toMatch(/from\s*["']node:/)
    expect(source).not.toMatch(/require\(["'](node:)?(fs|path|crypto|http|stream)["']\)/)
    expect(source).toContain("createKieClient")

    const mock = await startMock({ credits: 12 })
    const bundled = (await import(pathToFileURL(path).href)) as typeof import("../src/index")
    const kie = bundled.createKieClient({ apiKey: "browser-key", baseUrl: mock.url })
    expect(await kie.credits()).toBe(12)
    // Web Crypto HMAC in the bundle: a signature made with node:crypto verifies.
    const { createHmac } = await import("node:crypto")
    const signature = createHmac("sha256", "s").update("t.1").digest("base64")
    const input = { taskId: "t", timestamp: "1", signature, secret: "s", now: 1000 }
    expect(await bundled.verifyWebhookSignature(input)).toBe(true)
    expect(await bundled.verifyWebhookSignature({ ...input, secret: "x" })).toBe(false)
  })
})
