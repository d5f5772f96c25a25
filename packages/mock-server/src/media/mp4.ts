import { createHash } from "node:crypto"

function box(type: string, payload: Buffer): Buffer {
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + payload.length, 0)
  header.write(type, 4, "latin1")
  return Buffer.concat([header, payload])
}

/**
 * An MP4-shaped placeholder for video models: a valid ISO-BMFF box sequence (`ftyp`, `free`,
 * `mdat`) whose `mdat` holds bytes derived from the prompt. It is not a playable video (there is
 * no `moov`); it only stands in for one so downloads, sizes and content types can be tested.
 */
export function renderMp4(text: string): Buffer {
  const ftyp = Buffer.alloc(16)
  ftyp.write("isom", 0, "latin1")
  ftyp.writeUInt32BE(0x200, 4)
  ftyp.write("isomiso2", 8, "latin1")
  const note = Buffer.from("kie-kit mock-server placeholder video (not playable)", "utf8")
  const digest = createHash("sha256").update(text).digest()
  const data = Buffer.alloc(1024)
  for (let i = 0; i < data.length; i++) data[i] = digest[i % digest.length] as number
  return Buffer.concat([box("ftyp", ftyp), box("free", note), box("mdat", data)])
}
