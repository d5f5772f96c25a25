import { describe, expect, it, vi } from "vitest"
import { main } from "../src/cli"
import { parseArgs, USAGE } from "../src/internal/args"

describe("parseArgs", () => {
  it("maps every flag to an option", () => {
    expect(
      parseArgs([
        "--port",
        "8787",
        "--upload-port=8788",
        "--host",
        "0.0.0.0",
        "--api-key",
        "a",
        "--api-key",
        "b",
        "--credits",
        "50",
        "--task-duration",
        "200",
        "--webhook-secret",
        "s3cret",
        "--fault-rate",
        "0.25",
        "--fault-kinds",
        "5xx,slow",
        "--slow-ms",
        "100",
        "--seed",
        "9",
        "--no-rate-limit",
        "--quiet",
      ]),
    ).toEqual({
      help: false,
      quiet: true,
      options: {
        port: 8787,
        uploadPort: 8788,
        host: "0.0.0.0",
        apiKeys: ["a", "b"],
        credits: 50,
        taskDurationMs: 200,
        webhookSecret: "s3cret",
        faults: { rate: 0.25, kinds: ["5xx", "slow"], slowMs: 100 },
        seed: 9,
        rateLimit: false,
      },
    })
    expect(parseArgs([])).toEqual({ help: false, quiet: false, options: {} })
  })

  it.each([
    [["--port", "x"], "--port expects an integer >= 0, got x"],
    [["--port"], "--port expects a value"],
    [["--fault-rate", "2"], "--fault-rate expects a number between 0 and 1, got 2"],
    [["--fault-kinds", "boom"], "unknown fault kind boom"],
    [["--what"], "unknown option --what"],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message)
  })
})

describe("main", () => {
  it("starts, prints both URLs, logs one line per request and stops on abort", async () => {
    const out: string[] = []
    const err: string[] = []
    const controller = new AbortController()
    const exit = main(["--port", "0", "--seed", "1"], {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      signal: controller.signal,
    })
    await vi.waitFor(() => expect(out.join("")).toContain("Upload"), { interval: 5 })
    const api = /API\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out.join(""))?.[1]
    const upload = /Upload\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out.join(""))?.[1]
    expect(api).toBeDefined()
    expect(upload).toBeDefined()
    expect(upload).not.toBe(api)
    const response = await fetch(`${api}/api/v1/chat/credit`, {
      headers: { authorization: "Bearer cli" },
    })
    expect(await response.json()).toEqual({ code: 200, msg: "success", data: 1000 })
    const denied = await fetch(`${api}/api/v1/chat/credit`)
    expect((await denied.json()).code).toBe(401)
    expect(err).toHaveLength(2)
    expect(err[0]).toMatch(/^\S+Z GET \/api\/v1\/chat\/credit 200 code=200 \d+ms\n$/)
    expect(err[1]).toMatch(/GET \/api\/v1\/chat\/credit 200 code=401 \d+ms/)
    controller.abort()
    expect(await exit).toBe(0)
    expect(out.join("")).toContain("kie-mock: stopped")
    await expect(fetch(`${api}/api/v1/chat/credit`)).rejects.toThrow()
  })

  it("prints the usage for --help and exits 2 on a bad flag", async () => {
    const out: string[] = []
    const err: string[] = []
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }
    expect(await main(["--help"], io)).toBe(0)
    expect(out.join("")).toBe(USAGE)
    expect(await main(["--bogus"], io)).toBe(2)
    expect(err.join("")).toContain("kie-mock: unknown option --bogus")
  })

  it("stays silent per request with --quiet", async () => {
    const out: string[] = []
    const err: string[] = []
    const controller = new AbortController()
    const exit = main(["--quiet"], {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      signal: controller.signal,
    })
    await vi.waitFor(() => expect(out.join("")).toContain("Upload"), { interval: 5 })
    const api = /API\s+(\S+)/.exec(out.join(""))?.[1]
    await fetch(`${api}/api/v1/chat/credit`, { headers: { authorization: "Bearer q" } })
    controller.abort()
    expect(await exit).toBe(0)
    expect(err).toEqual([])
  })
})
