import { inflateSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { imageSize, renderImage, renderPixels } from "../src/media/image"
import { encodeJpeg } from "../src/media/jpeg"
import { renderMp4 } from "../src/media/mp4"
import { crc32, encodePng, PNG_SIGNATURE } from "../src/media/png"
import { renderWav, toneFrequency, WAV_SAMPLE_RATE } from "../src/media/wav"

function pngChunks(png: Buffer) {
  const chunks: { type: string; data: Buffer; crc: number }[] = []
  let offset = 8
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.subarray(offset + 4, offset + 8).toString("latin1")
    const data = png.subarray(offset + 8, offset + 8 + length)
    chunks.push({ type, data, crc: png.readUInt32BE(offset + 8 + length) })
    offset += 12 + length
  }
  return chunks
}

describe("PNG", () => {
  it("writes the signature, an IHDR with the size, valid CRCs and the pixels", () => {
    const pixels = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30])
    const png = encodePng(2, 2, pixels)
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE)
    const chunks = pngChunks(png)
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"])
    const ihdr = chunks[0]?.data as Buffer
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]]).toEqual([2, 2, 8, 2])
    for (const chunk of chunks) {
      expect(chunk.crc).toBe(crc32(Buffer.concat([Buffer.from(chunk.type, "latin1"), chunk.data])))
    }
    // Each row: filter byte 0 then RGB.
    expect([...inflateSync(chunks[1]?.data as Buffer)]).toEqual([
      0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 10, 20, 30,
    ])
  })

  it("computes the standard CRC-32", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926)
    expect(crc32(Buffer.from("IEND"))).toBe(0xae426082)
  })
})

describe("JPEG", () => {
  it("writes a baseline JFIF file with SOI/EOI markers and the frame size", () => {
    const { width, height } = imageSize("16:9")
    const jpeg = encodeJpeg(width, height, renderPixels("a fox", 0, width, height))
    expect([jpeg[0], jpeg[1]]).toEqual([0xff, 0xd8])
    expect([jpeg.at(-2), jpeg.at(-1)]).toEqual([0xff, 0xd9])
    expect(jpeg.subarray(6, 11).toString("latin1")).toBe("JFIF\u0000")
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]))
    expect(sof).toBeGreaterThan(0)
    expect([jpeg.readUInt16BE(sof + 5), jpeg.readUInt16BE(sof + 7)]).toEqual([36, 64])
    // Entropy-coded data never contains an unstuffed marker before EOI.
    const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]))
    const scan = jpeg.subarray(sos + 2 + jpeg.readUInt16BE(sos + 2), jpeg.length - 2)
    for (let i = 0; i < scan.length - 1; i++) if (scan[i] === 0xff) expect(scan[i + 1]).toBe(0)
  })
})

describe("generated images", () => {
  it("depend on the prompt and the variant, and are stable", () => {
    const a = renderImage("a red fox", 0, "png", "1:1")
    expect(renderImage("a red fox", 0, "png", "1:1")).toEqual(a)
    expect(renderImage("a blue fox", 0, "png", "1:1")).not.toEqual(a)
    expect(renderImage("a red fox", 1, "png", "1:1")).not.toEqual(a)
    expect(renderImage("a red fox", 0, "jpeg", "1:1")).not.toEqual(a)
  })

  it("follow the aspect ratio with a 64 px long side", () => {
    expect(imageSize("1:1")).toEqual({ width: 64, height: 64 })
    expect(imageSize("16:9")).toEqual({ width: 64, height: 36 })
    expect(imageSize("9:16")).toEqual({ width: 36, height: 64 })
    expect(imageSize("21:9")).toEqual({ width: 64, height: 27 })
    expect(imageSize("landscape_4_3")).toEqual({ width: 64, height: 48 })
    expect(imageSize("portrait_16_9")).toEqual({ width: 36, height: 64 })
    expect(imageSize("auto")).toEqual({ width: 64, height: 64 })
    expect(imageSize(undefined)).toEqual({ width: 64, height: 64 })
  })
})

describe("WAV", () => {
  it("writes a RIFF/WAVE PCM header and a tone whose pitch depends on the text", () => {
    const wav = renderWav("hello")
    expect(wav.subarray(0, 4).toString("latin1")).toBe("RIFF")
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8)
    expect(wav.subarray(8, 16).toString("latin1")).toBe("WAVEfmt ")
    expect(wav.readUInt16LE(20)).toBe(1) // PCM
    expect(wav.readUInt16LE(22)).toBe(1) // mono
    expect(wav.readUInt32LE(24)).toBe(WAV_SAMPLE_RATE)
    expect(wav.readUInt16LE(34)).toBe(16)
    expect(wav.subarray(36, 40).toString("latin1")).toBe("data")
    expect(wav.readUInt32LE(40)).toBe(WAV_SAMPLE_RATE) // 0.5 s of 16-bit samples
    expect(toneFrequency("hello")).not.toBe(toneFrequency("goodbye"))
    expect(renderWav("goodbye")).not.toEqual(wav)
    const samples = Array.from({ length: 2000 }, (_, i) => Math.abs(wav.readInt16LE(44 + i * 2)))
    expect(Math.max(...samples)).toBeGreaterThan(5000)
  })
})

describe("MP4 placeholder", () => {
  it("is an ISO-BMFF box sequence starting with ftyp", () => {
    const mp4 = renderMp4("a cat")
    expect(mp4.subarray(4, 8).toString("latin1")).toBe("ftyp")
    expect(mp4.subarray(8, 12).toString("latin1")).toBe("isom")
    let offset = 0
    const boxes: string[] = []
    while (offset < mp4.length) {
      boxes.push(mp4.subarray(offset + 4, offset + 8).toString("latin1"))
      offset += mp4.readUInt32BE(offset)
    }
    expect(offset).toBe(mp4.length)
    expect(boxes).toEqual(["ftyp", "free", "mdat"])
    expect(renderMp4("a dog")).not.toEqual(mp4)
  })
})
