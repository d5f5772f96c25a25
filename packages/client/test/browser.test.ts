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
      entry: {
        client: join(root, "src", "index.ts"),
        webhooks: join(root, "src", "webhooks.ts"),
      },
      outDir,
      platform: "browser",
      format: "esm",
      dts: false,
      noExternal: [/.*/],
      logLevel: "silent",
      inputOptions: { resolve: { conditionNames: ["@kie-kit/source", "browser", "import"] } },
    })
    const files = await readdir(outDir)
    const entry = (name: string) => {
      const file = files.find((candidate) => new RegExp(`^${name}\\.m?js$`).test(candidate))
      expect(file, name).toBeDefined()
      return join(outDir, file as string)
    }
    const path = entry("client")
    for (const file of files.filter((name) => /\.m?js$/.test(name))) {
      const source = await readFile(join(outDir, file), "utf8")
      expect(source, file).not.toMatch(/from\s*["']node:/)
      expect(source, file).not.toMatch(/require\(["'](node:)?(fs|path|crypto|http|stream)["']\)/)
    }
    expect(await readFile(path, "utf8")).toContain("createKieClient")

    const mock = await startMock({ credits: 12 })
    const bundled = (await import(pathToFileURL(path).href)) as typeof import("../src/index")
    const kie = bundled.createKieClient({ apiKey: "browser-key", baseUrl: mock.url })
    expect(await kie.credits()).toBe(12)
    // Web Crypto HMAC in the bundle: a signature made with node:crypto verifies.
    const { createHmac } = await import("node:crypto")
    const signature = createHmac("sha256", "s").update("t.1").digest("base64")
    const input = { taskId: "t", timestamp: "1", signature, secret: "s", now: 1000 }
    const webhooks = (await import(
      pathToFileURL(entry("webhooks")).href
    )) as typeof import("../src/webhooks")
    expect(await webhooks.verifyWebhookSignature(input)).toBe(true)
    expect(await webhooks.verifyWebhookSignature({ ...input, secret: "x" })).toBe(false)
  })
})
