import { describe, expect, it } from "vitest"
import { createKieClient } from "../src/index"
import { API_KEY, clientFor, drive, rejectionOf, startMock, useFakeClock } from "./helpers"

describe("the API key never leaks", () => {
  it("is absent from errors, their JSON, and every log line", async () => {
    useFakeClock()
    const mock = await startMock({ apiKeys: ["someone-else"] })
    const lines: string[] = []
    const logger = { debug: (l: string) => lines.push(l), warn: (l: string) => lines.push(l) }
    const kie = clientFor(mock, { logger, maxRetries: 2 })
    const errors = [
      await rejectionOf(kie.credits()),
      await rejectionOf(
        clientFor(mock, {
          logger,
          fetch: async () =>
            new Response(`{"code":500,"msg":"bad header Authorization: Bearer ${API_KEY}"}`),
        }).credits(),
      ),
      await drive(
        rejectionOf(
          clientFor(mock, {
            logger,
            maxRetries: 1,
            fetch: async () => {
              throw new TypeError(`fetch failed for key ${API_KEY}`)
            },
          }).credits(),
        ),
      ),
    ]
    for (const error of errors) {
      const text = [
        String(error),
        (error as Error).stack,
        JSON.stringify(error),
        JSON.stringify((error as { toJSON?: () => unknown }).toJSON?.()),
      ].join("\n")
      expect(text).not.toContain(API_KEY)
    }
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.join("\n")).not.toContain(API_KEY)
  })

  it("is required, with a message saying where to get one", () => {
    const previous = process.env.KIE_API_KEY
    delete process.env.KIE_API_KEY
    try {
      expect(() => createKieClient({})).toThrow(/KIE_API_KEY/)
    } finally {
      if (previous !== undefined) process.env.KIE_API_KEY = previous
    }
  })

  it("is read from KIE_API_KEY when not given", async () => {
    const mock = await startMock({ apiKeys: ["env-key-123"] })
    process.env.KIE_API_KEY = "env-key-123"
    try {
      const kie = createKieClient({ baseUrl: mock.url })
      expect(await kie.credits()).toBe(1000)
    } finally {
      delete process.env.KIE_API_KEY
    }
  })

  it("is sent only to KIE, never to file hosts", async () => {
    const mock = await startMock({ taskDurationMs: 0 })
    const kie = clientFor(mock)
    const task = await kie.run({ api: "flux-kontext", prompt: "a fox" })
    const { downloadTask } = await import("../src/node")
    const seen: Array<string | null> = []
    const { mkdtemp } = await import("node:fs/promises")
    const { tmpdir } = await import("node:os")
    await downloadTask(kie, task, await mkdtemp(`${tmpdir()}/kie-secrets-`), {
      fetch: async (input, init) => {
        seen.push(new Headers(init?.headers).get("authorization"))
        return fetch(input, init)
      },
    })
    expect(seen).toEqual([null])
  })
})

describe("redaction details", () => {
  it("keeps the key out of util.inspect, even through a cause that holds the Request", async () => {
    const { inspect } = await import("node:util")
    const kie = clientFor(await startMock(), {
      fetch: async (request: Request) => {
        throw Object.assign(new TypeError("fetch failed"), { request })
      },
    })
    const error = await rejectionOf(kie.credits())
    expect(inspect(error, { depth: 10 })).not.toContain(API_KEY)
    expect(inspect(error, { depth: 10 })).toContain("ConnectionError")
  })

  it("does not treat short strings as secrets (they would garble every message)", async () => {
    const kie = createKieClient({ apiKey: "e", baseUrl: (await startMock()).url, maxRetries: 0 })
    const error = await rejectionOf(kie.market.get("missing"))
    expect((error as Error).message).toContain("could not find")
    expect((error as Error).message).not.toContain("[REDACTED]")
  })
})
