/** `kie mock` serves the mock server until Ctrl-C; `kie` and any client can use it. */
import { describe, expect, it } from "vitest"
import { json, KEY, kie, spawnKie, until } from "./helpers"

describe("kie mock", () => {
  it("serves the API and the upload host until SIGINT", async () => {
    const server = spawnKie(["mock", "--port", "0", "--seed", "7", "--quiet"])
    await until(
      () => /Upload\s+http:\/\/127\.0\.0\.1:\d+/.test(server.output().stdout),
      "the mock URLs",
      server,
    )
    const { stdout } = server.output()
    const api = /API\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] as string
    const upload = /Upload\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] as string
    expect(api).toBeDefined()
    const credits = await kie(
      ["credits", "--json", "--base-url", api, "--upload-base-url", upload],
      {
        env: { KIE_API_KEY: KEY },
      },
    )
    expect(credits.code).toBe(0)
    expect(json(credits)).toEqual({ credits: 1000 })
    const created = await kie(["flux", "generate", "--prompt", "served", "--base-url", api], {
      env: { KIE_API_KEY: KEY },
    })
    expect(created.code).toBe(0)
    server.child.kill("SIGINT")
    const run = await server.done
    expect(run.code).toBe(130)
    expect(run.stdout).toContain("stopped")
  })

  it("--api-key restricts the keys the mock accepts, as its banner says", async () => {
    const server = spawnKie(["mock", "--api-key", KEY, "--quiet"])
    await until(() => /API\s+http/.test(server.output().stdout), "the mock URL", server)
    const api = /API\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(server.output().stdout)?.[1] as string
    const other = await kie(["credits", "--base-url", api], {
      env: { KIE_API_KEY: "another-key-0123456789" },
    })
    expect(other.code).toBe(3)
    const right = await kie(["credits", "--base-url", api], { env: { KIE_API_KEY: KEY } })
    expect(right.code).toBe(0)
    server.child.kill("SIGINT")
    const run = await server.done
    expect(run.code).toBe(130)
  })

  it("passes --fault-rate and --task-duration through", async () => {
    const server = spawnKie(["mock", "--fault-rate", "1", "--task-duration", "100ms"])
    await until(() => /API\s+http/.test(server.output().stdout), "the mock URL", server)
    const api = /API\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(server.output().stdout)?.[1] as string
    const credits = await kie(["credits", "--base-url", api, "--max-retries", "0"], {
      env: { KIE_API_KEY: KEY },
    })
    expect(credits.code).not.toBe(0)
    server.child.kill("SIGTERM")
    await server.done
  })
})
