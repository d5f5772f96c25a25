/** A small seeded PRNG (mulberry32): the same seed always yields the same sequence. */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** `bytes` random bytes as lowercase hex. */
  hex(bytes: number): string {
    let out = ""
    for (let i = 0; i < bytes; i++) out += this.int(256).toString(16).padStart(2, "0")
    return out
  }
}

/** Derives an independent 32-bit seed for a named stream from the main seed. */
export function streamSeed(seed: number, stream: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0
  for (let i = 0; i < stream.length; i++) {
    h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0
  }
  return h
}
