import { describe, expect, it } from "vitest"
import { multipartBoundary, parseMultipart } from "../src/internal/multipart"

describe("multipart/form-data", () => {
  it("reads the boundary from the content type", () => {
    expect(multipartBoundary("multipart/form-data; boundary=abc")).toBe("abc")
    expect(multipartBoundary('multipart/form-data; charset=utf-8; boundary="a b"')).toBe("a b")
    expect(multipartBoundary("application/json")).toBeUndefined()
    expect(multipartBoundary(undefined)).toBeUndefined()
  })

  it("parses fields and binary file parts", async () => {
    const form = new FormData()
    form.append("uploadPath", "images/x")
    const bytes = Buffer.from([0, 13, 10, 45, 45, 255, 1, 2])
    form.append("file", new Blob([bytes], { type: "image/png" }), 'we"ird.png')
    const request = new Request("http://x.invalid", { method: "POST", body: form })
    const boundary = multipartBoundary(request.headers.get("content-type") ?? undefined)
    const parts = parseMultipart(Buffer.from(await request.arrayBuffer()), boundary ?? "")
    expect(parts?.map((p) => p.name)).toEqual(["uploadPath", "file"])
    expect(parts?.[0]?.data.toString()).toBe("images/x")
    expect(parts?.[1]).toMatchObject({ contentType: "image/png" })
    expect(parts?.[1]?.filename).toMatch(/^we.*ird\.png$/)
    expect(parts?.[1]?.data).toEqual(bytes)
  })

  it("rejects bodies that are not multipart for the boundary", () => {
    expect(parseMultipart(Buffer.from("hello"), "b")).toBeUndefined()
    expect(parseMultipart(Buffer.from("--b\r\nno-end"), "b")).toBeUndefined()
    expect(parseMultipart(Buffer.from("--b--\r\n"), "b")).toEqual([])
  })
})
