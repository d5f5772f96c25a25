// A small baseline JPEG encoder (JFIF, YCbCr 4:4:4, standard Annex K tables). Written for the
// mock's tiny generated images: simple and correct rather than fast.

const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20,
  13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52,
  45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
]

const LUMA_QUANT = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
  14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113,
  92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
]

const CHROMA_QUANT = [
  17,
  18,
  24,
  47,
  99,
  99,
  99,
  99,
  18,
  21,
  26,
  66,
  99,
  99,
  99,
  99,
  24,
  26,
  56,
  99,
  99,
  99,
  99,
  99,
  47,
  66,
  99,
  99,
  99,
  99,
  99,
  99,
  ...new Array<number>(32).fill(99),
]

const DC_LUMA_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
const DC_CHROMA_BITS = [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]

const AC_LUMA_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d]
const AC_LUMA_VALUES = [
  0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
  0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0,
  0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28,
  0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
  0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
  0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
  0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
  0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5,
  0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
  0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
  0xf9, 0xfa,
]

const AC_CHROMA_BITS = [0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77]
const AC_CHROMA_VALUES = [
  0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71,
  0x13, 0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33, 0x52, 0xf0,
  0x15, 0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19, 0x1a, 0x26,
  0x27, 0x28, 0x29, 0x2a, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48,
  0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68,
  0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87,
  0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5,
  0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3,
  0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda,
  0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
  0xf9, 0xfa,
]

interface HuffmanTable {
  readonly codes: Map<number, { code: number; length: number }>
}

function huffmanTable(bits: readonly number[], values: readonly number[]): HuffmanTable {
  const codes = new Map<number, { code: number; length: number }>()
  let code = 0
  let index = 0
  for (let length = 1; length <= 16; length++) {
    const count = bits[length - 1] ?? 0
    for (let i = 0; i < count; i++) {
      codes.set(values[index++] as number, { code: code++, length })
    }
    code <<= 1
  }
  return { codes }
}

const DC_LUMA = huffmanTable(DC_LUMA_BITS, DC_VALUES)
const DC_CHROMA = huffmanTable(DC_CHROMA_BITS, DC_VALUES)
const AC_LUMA = huffmanTable(AC_LUMA_BITS, AC_LUMA_VALUES)
const AC_CHROMA = huffmanTable(AC_CHROMA_BITS, AC_CHROMA_VALUES)

function scaledQuant(base: readonly number[], quality: number): number[] {
  const q = Math.min(100, Math.max(1, quality))
  const scale = q < 50 ? 5000 / q : 200 - 2 * q
  return base.map((v) => Math.min(255, Math.max(1, Math.floor((v * scale + 50) / 100))))
}

// cos((2x + 1) * u * PI / 16), with the C(u) normalisation folded in.
const COS = (() => {
  const table = new Float64Array(64)
  for (let u = 0; u < 8; u++) {
    const c = u === 0 ? Math.SQRT1_2 : 1
    for (let x = 0; x < 8; x++)
      table[u * 8 + x] = (c * Math.cos(((2 * x + 1) * u * Math.PI) / 16)) / 2
  }
  return table
})()

function fdct(block: Float64Array): Float64Array {
  const tmp = new Float64Array(64)
  const out = new Float64Array(64)
  for (let y = 0; y < 8; y++) {
    for (let u = 0; u < 8; u++) {
      let sum = 0
      for (let x = 0; x < 8; x++) sum += (block[y * 8 + x] as number) * (COS[u * 8 + x] as number)
      tmp[y * 8 + u] = sum
    }
  }
  for (let u = 0; u < 8; u++) {
    for (let v = 0; v < 8; v++) {
      let sum = 0
      for (let y = 0; y < 8; y++) sum += (tmp[y * 8 + u] as number) * (COS[v * 8 + y] as number)
      out[v * 8 + u] = sum
    }
  }
  return out
}

class BitWriter {
  private readonly bytes: number[] = []
  private buffer = 0
  private count = 0

  write(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.buffer = (this.buffer << 1) | ((code >>> i) & 1)
      this.count++
      if (this.count === 8) this.flushByte()
    }
  }

  private flushByte(): void {
    this.bytes.push(this.buffer)
    if (this.buffer === 0xff) this.bytes.push(0x00)
    this.buffer = 0
    this.count = 0
  }

  finish(): number[] {
    if (this.count > 0) this.write((1 << (8 - this.count)) - 1, 8 - this.count)
    return this.bytes
  }
}

function category(value: number): number {
  let abs = Math.abs(value)
  let bits = 0
  while (abs > 0) {
    bits++
    abs >>= 1
  }
  return bits
}

function emit(writer: BitWriter, table: HuffmanTable, symbol: number): void {
  const entry = table.codes.get(symbol)
  if (entry === undefined) throw new Error(`JPEG: no Huffman code for symbol ${symbol}`)
  writer.write(entry.code, entry.length)
}

function emitValue(writer: BitWriter, value: number, size: number): void {
  if (size === 0) return
  writer.write(value < 0 ? value + (1 << size) - 1 : value, size)
}

function encodeBlock(
  writer: BitWriter,
  block: Float64Array,
  quant: readonly number[],
  previousDc: number,
  dc: HuffmanTable,
  ac: HuffmanTable,
): number {
  const coefficients = fdct(block)
  const zz = new Int32Array(64)
  for (let k = 0; k < 64; k++) {
    const natural = ZIGZAG[k] as number
    zz[k] = Math.round((coefficients[natural] as number) / (quant[natural] as number))
  }
  const dcValue = zz[0] as number
  const diff = dcValue - previousDc
  const dcSize = category(diff)
  emit(writer, dc, dcSize)
  emitValue(writer, diff, dcSize)
  let run = 0
  for (let k = 1; k < 64; k++) {
    const value = zz[k] as number
    if (value === 0) {
      run++
      continue
    }
    while (run > 15) {
      emit(writer, ac, 0xf0)
      run -= 16
    }
    const size = category(value)
    emit(writer, ac, (run << 4) | size)
    emitValue(writer, value, size)
    run = 0
  }
  if (run > 0) emit(writer, ac, 0x00)
  return dcValue
}

function segment(marker: number, payload: number[]): number[] {
  const length = payload.length + 2
  return [0xff, marker, (length >> 8) & 0xff, length & 0xff, ...payload]
}

function dht(tableClass: number, id: number, bits: readonly number[], values: readonly number[]) {
  return [(tableClass << 4) | id, ...bits, ...values]
}

/** Encodes 8-bit RGB pixels (row-major, 3 bytes per pixel) as a baseline JPEG file. */
export function encodeJpeg(width: number, height: number, rgb: Uint8Array, quality = 85): Buffer {
  const lumaQuant = scaledQuant(LUMA_QUANT, quality)
  const chromaQuant = scaledQuant(CHROMA_QUANT, quality)
  const header: number[] = [0xff, 0xd8]
  header.push(
    ...segment(
      0xe0,
      [0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0, 0],
    ),
  )
  header.push(
    ...segment(0xdb, [
      0x00,
      ...ZIGZAG.map((i) => lumaQuant[i] as number),
      0x01,
      ...ZIGZAG.map((i) => chromaQuant[i] as number),
    ]),
  )
  header.push(
    ...segment(0xc0, [
      8,
      (height >> 8) & 0xff,
      height & 0xff,
      (width >> 8) & 0xff,
      width & 0xff,
      3,
      1,
      0x11,
      0,
      2,
      0x11,
      1,
      3,
      0x11,
      1,
    ]),
  )
  header.push(
    ...segment(0xc4, [
      ...dht(0, 0, DC_LUMA_BITS, DC_VALUES),
      ...dht(1, 0, AC_LUMA_BITS, AC_LUMA_VALUES),
      ...dht(0, 1, DC_CHROMA_BITS, DC_VALUES),
      ...dht(1, 1, AC_CHROMA_BITS, AC_CHROMA_VALUES),
    ]),
  )
  header.push(...segment(0xda, [3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]))

  const writer = new BitWriter()
  const y = new Float64Array(64)
  const cb = new Float64Array(64)
  const cr = new Float64Array(64)
  let dcY = 0
  let dcCb = 0
  let dcCr = 0
  for (let by = 0; by < height; by += 8) {
    for (let bx = 0; bx < width; bx += 8) {
      for (let j = 0; j < 8; j++) {
        const py = Math.min(height - 1, by + j)
        for (let i = 0; i < 8; i++) {
          const px = Math.min(width - 1, bx + i)
          const o = (py * width + px) * 3
          const r = rgb[o] as number
          const g = rgb[o + 1] as number
          const b = rgb[o + 2] as number
          y[j * 8 + i] = 0.299 * r + 0.587 * g + 0.114 * b - 128
          cb[j * 8 + i] = -0.168736 * r - 0.331264 * g + 0.5 * b
          cr[j * 8 + i] = 0.5 * r - 0.418688 * g - 0.081312 * b
        }
      }
      dcY = encodeBlock(writer, y, lumaQuant, dcY, DC_LUMA, AC_LUMA)
      dcCb = encodeBlock(writer, cb, chromaQuant, dcCb, DC_CHROMA, AC_CHROMA)
      dcCr = encodeBlock(writer, cr, chromaQuant, dcCr, DC_CHROMA, AC_CHROMA)
    }
  }
  return Buffer.from([...header, ...writer.finish(), 0xff, 0xd9])
}
