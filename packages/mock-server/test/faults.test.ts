import { afterEach, describe, expect, it, vi } from "vitest"
import { FAULT_KINDS, type FaultKind } from "../src/index"
import { client, PATHS, rawRequest, start } from "./helpers"

afterEach(() => {
  vi.useRealTimers()
})

const createBody = JSON.stringify({ prompt: "a fox" })
const headers = { authorization: "Bearer test-key", "content-type": "application/json" }

describe("injected faults", () => {
  it("5xx: HTTP 500 with body code 500, nothing created", async () => {
    const mock = await start()
    mock.injectFault("5xx")
    const response = await client(mock.url).post(PATHS.fluxGenerate, { prompt: "x" })
    expect(response.status).toBe(500)
    expect(response.body).toEqual({
      code: 500,
      msg: "Server Error - An unexpected error occurred while processing the request",
      data: null,
    })
    expect(mock.tasks()).toEqual([])
    expect(mock.requests[0]).toMatchObject({ status: 500, code: 500, fault: "5xx" })
    // Only the next request: the one after it is fine.
    expect((await client(mock.url).post(PATHS.fluxGenerate, { prompt: "x" })).status).toBe(200)
  })

  it("maintenance: body code 455, nothing created", async () => {
    const mock = await start()
    mock.injectFault("maintenance")
    const response = await client(mock.url).post(PATHS.marketCreate, {
      model: "google/nano-banana",
      input: { prompt: "x" },
    })
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      code: 455,
      msg: "The service is under maintenance, please try again later.",
      data: null,
    })
    expect(mock.tasks()).toEqual([])
  })

  it("reset-before: the socket is destroyed and no task is recorded", async () => {
    const mock = await start()
    mock.injectFault("reset-before", { operationId: "fluxKontextGenerate" })
    const result = await rawRequest(`${mock.url}${PATHS.fluxGenerate}`, {
      method: "POST",
      headers,
      body: createBody,
    })
    expect("error" in result).toBe(true)
    if ("error" in result) expect(result.error.code).toMatch(/ECONNRESET|EPIPE/)
    expect(mock.tasks()).toEqual([])
    expect(mock.credits("test-key")).toBe(1000)
    expect(mock.requests[0]).toMatchObject({
      operationId: "fluxKontextGenerate",
      status: 0,
      fault: "reset-before",
    })
  })

  it("reset-after: the create is processed (task recorded, credits spent), then the socket is destroyed", async () => {
    const mock = await start()
    mock.injectFault("reset-after")
    const result = await rawRequest(`${mock.url}${PATHS.fluxGenerate}`, {
      method: "POST",
      headers,
      body: createBody,
    })
    expect("error" in result).toBe(true)
    expect(mock.tasks()).toHaveLength(1)
    expect(mock.tasks()[0]?.request).toEqual({ prompt: "a fox" })
    expect(mock.credits("test-key")).toBe(995)
    expect(mock.requests[0]).toMatchObject({ status: 0, fault: "reset-after" })
  })

  it("malformed: HTTP 200 with a truncated JSON body (the operation itself happened)", async () => {
    const mock = await start()
    mock.injectFault("malformed")
    const result = await rawRequest(`${mock.url}${PATHS.fluxGenerate}`, {
      method: "POST",
      headers,
      body: createBody,
    })
    if ("error" in result) throw result.error
    expect(result.status).toBe(200)
    expect(() => JSON.parse(result.body)).toThrow()
    expect(result.body.startsWith('{"code":200')).toBe(true)
    expect(mock.tasks()).toHaveLength(1)
  })

  it("targets one operation and a number of requests", async () => {
    const mock = await start()
    const api = client(mock.url)
    mock.injectFault("5xx", { operationId: "getCredits", times: 2 })
    expect((await api.post(PATHS.fluxGenerate, { prompt: "x" })).status).toBe(200)
    expect((await api.get(PATHS.credits)).status).toBe(500)
    expect((await api.get(PATHS.credits)).status).toBe(500)
    expect((await api.get(PATHS.credits)).status).toBe(200)
    expect(() => mock.injectFault("nope" as FaultKind)).toThrow(/Unknown fault kind/)
  })

  it("applies to the upload host too", async () => {
    const mock = await start()
    const upload = client(mock.uploadUrl)
    const body = { base64Data: "aGVsbG8=", uploadPath: "x" }
    mock.injectFault("5xx", { operationId: "uploadFileBase64" })
    const failed = await upload.post(PATHS.uploadBase64, body)
    expect(failed.status).toBe(500)
    expect(failed.body).toEqual({ success: false, code: 500, msg: "Internal server error" })
    mock.injectFault("maintenance", { operationId: "uploadFileBase64" })
    const maintenance = await upload.post(PATHS.uploadBase64, body)
    expect(maintenance.status).toBe(500)
    expect(maintenance.body).toMatchObject({ success: false, code: 455 })
  })
})

describe("random faults", () => {
  async function sequence(seed: number, count = 40) {
    const mock = await start({
      seed,
      faults: { rate: 0.4, kinds: ["5xx", "maintenance", "malformed"] },
    })
    for (let i = 0; i < count; i++) {
      await fetch(`${mock.url}${PATHS.credits}`, { headers }).then((r) => r.text())
    }
    return { mock, faults: mock.requests.map((r) => r.fault ?? "-") }
  }

  it("replays the same fault sequence for the same seed", async () => {
    const first = await sequence(42)
    const second = await sequence(42)
    expect(second.faults).toEqual(first.faults)
    const injected = first.faults.filter((f) => f !== "-")
    expect(injected.length).toBeGreaterThan(5)
    expect(injected.length).toBeLessThan(35)
    expect(new Set(injected)).toEqual(new Set(["5xx", "maintenance", "malformed"]))

    const other = await sequence(43)
    expect(other.faults).not.toEqual(first.faults)

    // reset() re-seeds: the same sequence again.
    first.mock.reset()
    for (let i = 0; i < 40; i++) {
      await fetch(`${first.mock.url}${PATHS.credits}`, { headers }).then((r) => r.text())
    }
    expect(first.mock.requests.map((r) => r.fault ?? "-")).toEqual(first.faults)
  })

  it("replays task ids for the same seed", async () => {
    const a = await start({ seed: 7 })
    const b = await start({ seed: 7 })
    const idA = (await client(a.url).post(PATHS.fluxGenerate, { prompt: "x" })).body.data.taskId
    const idB = (await client(b.url).post(PATHS.fluxGenerate, { prompt: "y" })).body.data.taskId
    expect(idA).toBe(idB)
  })

  it("injects every kind it is given at rate 1", async () => {
    const mock = await start({ faults: { rate: 1, kinds: ["maintenance"] } })
    for (let i = 0; i < 5; i++) {
      expect((await client(mock.url).get(PATHS.credits)).body.code).toBe(455)
    }
    expect(FAULT_KINDS).toEqual([
      "5xx",
      "maintenance",
      "slow",
      "reset-before",
      "reset-after",
      "malformed",
    ])
    await expect(start({ faults: { rate: 2 } })).rejects.toThrow(/between 0 and 1/)
  })
})
