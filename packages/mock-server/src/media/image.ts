import { createHash } from "node:crypto"
import { encodeJpeg } from "./jpeg"
import { encodePng } from "./png"

export type ImageFormat = "png" | "jpeg"

/** The longest side of every generated image, in pixels. */
export const IMAGE_LONG_SIDE = 64

/**
 * Pixel size for an aspect ratio such as "16:9" (long side 64 px). Unknown ratios give a square.
 * Named Seedream sizes (`landscape_16_9`, `portrait_4_3`, `square_hd`) are understood too.
 */
export function imageSize(ratio: string | undefined): { width: number; height: number } {
  const parsed = parseRatio(ratio)
  if (parsed === undefined) return { width: IMAGE_LONG_SIDE, height: IMAGE_LONG_SIDE }
  const [w, h] = parsed
  if (w >= h)
    return { width: IMAGE_LONG_SIDE, height: Math.max(1, Math.round((IMAGE_LONG_SIDE * h) / w)) }
  return { width: Math.max(1, Math.round((IMAGE_LONG_SIDE * w) / h)), height: IMAGE_LONG_SIDE }
}

function parseRatio(ratio: string | undefined): [number, number] | undefined {
  if (ratio === undefined) return undefined
  const named = /^(landscape|portrait)_(\d+)_(\d+)$/.exec(ratio)
  if (named !== null) {
    const a = Number(named[2])
    const b = Number(named[3])
    const long = Math.max(a, b)
    const short = Math.min(a, b)
    return named[1] === "landscape" ? [long, short] : [short, long]
  }
  const plain = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(ratio)
  if (plain === null) return undefined
  const w = Number(plain[1])
  const h = Number(plain[2])
  return w > 0 && h > 0 ? [w, h] : undefined
}

/**
 * Deterministic RGB pixels for a prompt and variant: a two-colour diagonal gradient with a wave
 * pattern, all parameters taken from SHA-256(prompt, variant). Different prompts give different
 * pictures; the same prompt always gives the same one.
 */
export function renderPixels(
  seedText: string,
  variant: number,
  width: number,
  height: number,
): Uint8Array {
  const h = createHash("sha256").update(`${variant}\u0000${seedText}`).digest()
  const byte = (i: number) => h[i % h.length] as number
  const from = [byte(0), byte(1), byte(2)]
  const to = [byte(3), byte(4), byte(5)]
  const fx = 0.05 + byte(6) / 800
  const fy = 0.05 + byte(7) / 800
  const phase = (byte(8) / 255) * Math.PI * 2
  const amplitude = 24 + (byte(9) % 40)
  const cx = byte(10) % width
  const cy = byte(11) % height
  const ring = 3 + (byte(12) % 6)
  const out = new Uint8Array(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x + y) / Math.max(1, width + height - 2)
      const wave = Math.sin(x * fx * 6 + y * fy * 6 + phase) * amplitude
      const dist = Math.hypot(x - cx, y - cy)
      const rings = Math.floor(dist / ring) % 2 === 0 ? 16 : -16
      const o = (y * width + x) * 3
      for (let c = 0; c < 3; c++) {
        const base = (from[c] as number) * (1 - t) + (to[c] as number) * t
        const value = base + (c === 1 ? -wave : wave) + rings
        out[o + c] = Math.max(0, Math.min(255, Math.round(value)))
      }
    }
  }
  return out
}

/** Renders the image for a prompt and variant in the given format and aspect ratio. */
export function renderImage(
  seedText: string,
  variant: number,
  format: ImageFormat,
  ratio: string | undefined,
): Buffer {
  const { width, height } = imageSize(ratio)
  const pixels = renderPixels(seedText, variant, width, height)
  return format === "png" ? encodePng(width, height, pixels) : encodeJpeg(width, height, pixels)
}
