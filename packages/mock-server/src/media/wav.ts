import { createHash } from "node:crypto"

export const WAV_SAMPLE_RATE = 16_000
export const WAV_DURATION_MS = 500

/** The tone frequency (Hz) for a text: 220-880 Hz, taken from SHA-256 of the text. */
export function toneFrequency(text: string): number {
  const h = createHash("sha256").update(text).digest()
  return 220 + (h.readUInt16BE(0) % 661)
}

/** A short mono 16-bit PCM WAV: a sine tone whose pitch depends on the text, with soft edges. */
export function renderWav(text: string, durationMs = WAV_DURATION_MS): Buffer {
  const frequency = toneFrequency(text)
  const samples = Math.round((WAV_SAMPLE_RATE * durationMs) / 1000)
  const dataBytes = samples * 2
  const out = Buffer.alloc(44 + dataBytes)
  out.write("RIFF", 0, "latin1")
  out.writeUInt32LE(36 + dataBytes, 4)
  out.write("WAVE", 8, "latin1")
  out.write("fmt ", 12, "latin1")
  out.writeUInt32LE(16, 16) // fmt chunk size
  out.writeUInt16LE(1, 20) // PCM
  out.writeUInt16LE(1, 22) // mono
  out.writeUInt32LE(WAV_SAMPLE_RATE, 24)
  out.writeUInt32LE(WAV_SAMPLE_RATE * 2, 28) // byte rate
  out.writeUInt16LE(2, 32) // block align
  out.writeUInt16LE(16, 34) // bits per sample
  out.write("data", 36, "latin1")
  out.writeUInt32LE(dataBytes, 40)
  const fade = Math.min(samples / 2, WAV_SAMPLE_RATE / 100)
  for (let i = 0; i < samples; i++) {
    const envelope = Math.min(1, i / fade, (samples - 1 - i) / fade)
    const value = Math.sin((2 * Math.PI * frequency * i) / WAV_SAMPLE_RATE) * 0.4 * envelope
    out.writeInt16LE(Math.round(value * 32767), 44 + i * 2)
  }
  return out
}
