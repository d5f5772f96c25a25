import { mkdtemp, readdir, readFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { ConnectionError } from "../src/index"
import { downloadTask, safeFileStem } from "../src/node"
import { clientFor, drive, startMock, useFakeClock } from "./helpers"

const tempDir = () => mkdtemp(join(tmpdir(), "kie-download-"))

describe("downloadTask", () => {
  it("streams every output into the directory as <taskId>-<n>.<ext>, creating it", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 200 })
    const kie = clientFor(mock)
    const task = await drive(
      kie.run({ api: "gpt4o-image", prompt: "a cat", size: "1:1", nVariants: 4 }),
    )
    const dir = join(await tempDir(), "nested", "out")
    const files = await drive(downloadTask(kie, task, dir))
    expect(files.map((file) => file.path)).toEqual(
      [1, 2, 3, 4].map((n) => join(dir, `${task.taskId}-${n}.png`)),
    )
    expect((await readdir(dir)).sort()).toEqual(
      files.map((f) => f.path.slice(dir.length + 1)).sort(),
    )
    const first = await readFile(files[0]?.path as string)
    expect([...first.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
    expect(files[0]?.bytes).toBe(first.length)
    expect(files.every((file) => !file.refreshed)).toBe(true)
  })

  it("refreshes an expired result URL through the download-url endpoint", async () => {
    useFakeClock()
    const mock = await startMock({ taskDurationMs: 200, resultUrlTtlMs: 60_000 })
    const kie = clientFor(mock)
    const task = await drive(
      kie.run({ api: "flux-kontext", prompt: "a fox", outputFormat: "jpeg" }),
    )
    await drive(new Promise((resolve) => setTimeout(resolve, 120_000)), 1_000)
    expect((await fetch(task.outputs[0] as string)).ok).toBe(false)
    const dir = await tempDir()
    const files = await drive(downloadTask(kie, task, dir))
    expect(files).toHaveLength(1)
    expect(files[0]).toMatchObject({ refreshed: true, path: join(dir, `${task.taskId}-1.jpg`) })
    const bytes = await readFile(files[0]?.path as string)
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8])
    expect(mock.requests.some((request) => request.operationId === "commonDownloadUrl")).toBe(true)
  })

  it("never writes outside the directory, whatever the taskId or URL", async () => {
    expect(safeFileStem("../../etc/passwd")).toBe("etc_passwd")
    expect(safeFileStem("..")).toBe("task")
    const dir = await tempDir()
    const files = await downloadTask(
      clientFor(await startMock()),
      { api: "market", taskId: "../../evil", outputs: ["http://127.0.0.1:1/x/../../a.png"] },
      dir,
      {
        fetch: async () =>
          new Response(new Uint8Array([1, 2, 3]), { headers: { "content-type": "image/png" } }),
      },
    )
    expect(files[0]?.path).toBe(join(dir, "evil-1.png"))
    expect(await readdir(dir)).toEqual(["evil-1.png"])
  })

  it("leaves no partial file when the download fails midway", async () => {
    const dir = await tempDir()
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2, 3]))
        controller.error(new Error("connection lost"))
      },
    })
    await expect(
      downloadTask(
        clientFor(await startMock()),
        { api: "market", taskId: "t1", outputs: ["http://127.0.0.1:1/a.png"] },
        dir,
        { fetch: async () => new Response(broken) },
      ),
    ).rejects.toThrow(/connection lost/)
    expect(await readdir(dir)).toEqual([])
  })
})

describe("downloadTask edge cases", () => {
  it("names the file from the content type, never from an untrusted URL extension", async () => {
    const dir = await tempDir()
    const files = await downloadTask(
      clientFor(await startMock()),
      { api: "market", taskId: "t1", outputs: ["http://127.0.0.1:1/a.sh", "http://127.0.0.1:1/b"] },
      dir,
      {
        fetch: async (input) =>
          new Response(new Uint8Array([1]), {
            headers: String(input).endsWith("a.sh") ? { "content-type": "image/webp" } : {},
          }),
      },
    )
    expect(files.map((file) => file.path)).toEqual([join(dir, "t1-1.webp"), join(dir, "t1-2.bin")])
  })

  it("reports a connection lost mid-stream as a ConnectionError", async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1]))
        controller.error(new Error("socket hang up"))
      },
    })
    const error = await downloadTask(
      clientFor(await startMock()),
      { api: "market", taskId: "t1", outputs: ["http://127.0.0.1:1/a.png"] },
      await tempDir(),
      { fetch: async () => new Response(broken) },
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConnectionError)
  })
})
