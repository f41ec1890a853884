/**
 * Reads one file out of a ZIP archive (PKWARE APPNOTE 6.3: end-of-central-directory record →
 * central directory → local header → data), inflated by the platform's DecompressionStream
 * ("deflate-raw") and checked against its CRC-32 and declared size. Enough for archives such as the
 * ECB's eurofxref-hist.zip; no ZIP64, encryption or multi-disk archives.
 */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipError";
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** The entries listed in the archive's central directory. */
export function listZip(archive: Uint8Array): ZipEntry[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  // The EOCD record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  let eocd = -1;
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("not a ZIP archive (no end of central directory)");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > archive.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new ZipError("corrupt central directory");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(archive.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, reflected, as ZIP uses it). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function inflateRaw(data: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ZipError(`inflates beyond ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** The bytes of the entry `name` (or the only entry when `name` is omitted), at most `maxBytes` once inflated. */
export async function readZipEntry(archive: Uint8Array, options: { name?: string; maxBytes: number }): Promise<Uint8Array> {
  const entries = listZip(archive);
  const entry = options.name === undefined ? (entries.length === 1 ? entries[0] : undefined) : entries.find((e) => e.name === options.name);
  if (!entry) throw new ZipError(options.name ? `no entry '${options.name}' in the archive` : `expected one entry, found ${entries.length}`);
  if (entry.size > options.maxBytes) throw new ZipError(`entry of ${entry.size} bytes exceeds the ${options.maxBytes} byte limit`);
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > archive.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new ZipError("corrupt local header");
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = archive.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipError("truncated entry");
  let bytes: Uint8Array;
  if (entry.method === STORED) bytes = data;
  else if (entry.method === DEFLATED) bytes = await inflateRaw(data, options.maxBytes);
  else throw new ZipError(`unsupported compression method ${entry.method}`);
  if (bytes.length !== entry.size || crc32(bytes) !== entry.crc32) throw new ZipError("entry fails its size or CRC-32 check");
  return bytes;
}
