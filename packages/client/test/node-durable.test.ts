/**
 * Saving outputs durably: every file is fsynced before it is renamed into place (and the
 * directory after), so `succeeded` is only journaled for files that survive a crash; stale
 * temporary files of a task are removed on resume.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { basename, join } from "node:path"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"

/** The file-system calls of the module under test, in order. */
const calls: string[] = []

vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>()
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args)
      const path = String(args[0])
      const sync = handle.sync.bind(handle)
      handle.sync = async () => {
        calls.push(`sync ${basename(path)}`)
        return sync()
      }
      return handle
    },
    rename: async (from: string, to: string) => {
      calls.push(`rename ${basename(from)} -> ${basename(to)}`)
      return fs.rename(from, to)
    },
  }
})

const { downloadTask, removeStaleParts } = await import("../src/node")

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
let url = ""
const server = createServer((req, res) => {
  if (req.url === "/expired.png") {
    res.writeHead(410).end()
    return
  }
  res.writeHead(200, { "content-type": "image/png" }).end(PNG)
})
const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "kie-download-durable-"))
  dirs.push(dir)
  return dir
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** Stands in for the client's download-link call (an expired link is refreshed through it). */
const refresher = { downloadLink: async () => `${url}/fresh.png` }

describe("downloadTask is durable", () => {
  it("fsyncs each file before renaming it into place, then the directory", async () => {
    const dir = join(tempDir(), "out")
    calls.length = 0
    const files = await downloadTask(
      refresher,
      { api: "gpt4o-image", taskId: "task-1", outputs: [`${url}/a.png`, `${url}/expired.png`] },
      dir,
    )
    expect(files.map((f) => basename(f.path))).toEqual(["task-1-1.png", "task-1-2.png"])
    for (const file of files) expect(readFileSync(file.path)).toEqual(PNG)
    expect(readdirSync(dir).sort()).toEqual(["task-1-1.png", "task-1-2.png"])
    const out = basename(dir)
    expect(calls).toHaveLength(6)
    for (const [n, index] of [
      [1, 0],
      [2, 3],
    ] as const) {
      expect(calls[index]).toMatch(new RegExp(`^sync \\.task-1-${n}\\.png\\.[0-9a-f]+\\.part$`))
      expect(calls[index + 1]).toMatch(
        new RegExp(`^rename \\.task-1-${n}\\.png\\.[0-9a-f]+\\.part -> task-1-${n}\\.png$`),
      )
      expect(calls[index + 2]).toBe(`sync ${out}`)
    }
  })
})

describe("removeStaleParts", () => {
  it("removes only the temporary files of the given task", async () => {
    const dir = tempDir()
    const names = [
      ".task-1-1.png.0badc0de.part",
      ".task-1-12.jpg.12345678.part",
      ".task-10-1.png.0badc0de.part",
      "task-1-1.png",
      ".task-1-1.png.part",
    ]
    for (const name of names) writeFileSync(join(dir, name), "x")
    expect((await removeStaleParts(dir, "task-1")).sort()).toEqual([
      ".task-1-1.png.0badc0de.part",
      ".task-1-12.jpg.12345678.part",
    ])
    expect(readdirSync(dir).sort()).toEqual([
      ".task-1-1.png.part",
      ".task-10-1.png.0badc0de.part",
      "task-1-1.png",
    ])
    expect(await removeStaleParts(join(dir, "missing"), "task-1")).toEqual([])
    expect(existsSync(dir)).toBe(true)
  })
})
