import { crc32, inflateRawSync } from 'node:zlib';

/**
 * Reads the parts of a zip container (PKWARE APPNOTE 6.3, what zip-write.ts writes and what other zip tools write:
 * stored or deflated parts, no zip64, no encryption) from its central directory. A stored part is a view of the
 * container's bytes (a 100 MB Arrow table is not copied); a deflated one is inflated by zlib. Each part is checked
 * against its size and CRC-32, so a damaged file is refused instead of read as other numbers.
 */

export class ZipReadError extends Error {
  constructor(
    message: string,
    /** The part at fault; null for the container as a whole. */
    readonly part: string | null,
  ) {
    super(message);
    this.name = 'ZipReadError';
  }
}

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the part's local header starts in the container. */
  readonly headerOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_BYTES = 22;
/** The end record and the longest comment it may be followed by. */
export const ZIP_TAIL_BYTES = END_BYTES + 0xffff;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * The central directory of a container of `size` bytes whose last bytes are `tail` (at least the end record and its
 * comment; the whole container will do). `read(offset, length)` gives bytes of the container when the directory
 * starts before the tail.
 */
export function zipDirectory(
  tail: Uint8Array,
  size: number,
  read: (offset: number, length: number) => Uint8Array = () => {
    throw new ZipReadError('the central directory is outside the bytes given', null);
  },
): Map<string, ZipEntry> {
  const tailStart = size - tail.length;
  const t = view(tail);
  let end = -1;
  for (let at = tail.length - END_BYTES; at >= 0 && at >= tail.length - ZIP_TAIL_BYTES; at--)
    if (t.getUint32(at, true) === END_SIGNATURE && at + END_BYTES + t.getUint16(at + 20, true) === tail.length) {
      end = at;
      break;
    }
  if (end < 0) throw new ZipReadError('no end of central directory record (the file is cut short or not a zip)', null);
  const count = t.getUint16(end + 10, true);
  const directorySize = t.getUint32(end + 12, true);
  const directoryOffset = t.getUint32(end + 16, true);
  if (t.getUint16(end + 4, true) !== 0 || t.getUint16(end + 6, true) !== 0 || count !== t.getUint16(end + 8, true))
    throw new ZipReadError('a container split over several disks', null);
  if (count === 0xffff || directoryOffset === 0xffff_ffff)
    throw new ZipReadError('a zip64 container (parts over 4 GB are not read)', null);
  if (directoryOffset + directorySize > tailStart + end)
    throw new ZipReadError('the central directory runs past its end record', null);
  const directory =
    directoryOffset >= tailStart
      ? tail.subarray(directoryOffset - tailStart, directoryOffset - tailStart + directorySize)
      : read(directoryOffset, directorySize);
  const d = view(directory);
  const entries = new Map<string, ZipEntry>();
  for (let at = 0, i = 0; i < count; i++) {
    if (at + 46 > directory.length || d.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw new ZipReadError(`central directory entry ${i} is damaged`, null);
    const nameLength = d.getUint16(at + 28, true);
    const name = new TextDecoder().decode(directory.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = {
      name,
      method: d.getUint16(at + 10, true),
      crc: d.getUint32(at + 16, true),
      compressedSize: d.getUint32(at + 20, true),
      size: d.getUint32(at + 24, true),
      headerOffset: d.getUint32(at + 42, true),
    };
    if ((d.getUint16(at + 8, true) & 1) !== 0) throw new ZipReadError(`${name}: an encrypted part`, name);
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipReadError(`${name}: compression method ${entry.method} (only stored and deflated parts)`, name);
    if (entry.headerOffset + 30 + entry.compressedSize > directoryOffset)
      throw new ZipReadError(`${name}: the part runs into the central directory`, name);
    entries.set(name, entry);
    at += 46 + nameLength + d.getUint16(at + 30, true) + d.getUint16(at + 32, true);
  }
  return entries;
}

/** Where the stored bytes of `entry` start, from its local header (`header`: the container from its offset on). */
export function zipDataOffset(entry: ZipEntry, header: Uint8Array): number {
  const h = view(header);
  if (header.length < 30 || h.getUint32(0, true) !== LOCAL_SIGNATURE)
    throw new ZipReadError(`${entry.name}: its local header is damaged`, entry.name);
  return entry.headerOffset + 30 + h.getUint16(26, true) + h.getUint16(28, true);
}

/** The bytes of `entry` given its stored bytes: a stored part as they are, a deflated one inflated; CRC-32 checked. */
export function zipPartData(entry: ZipEntry, stored: Uint8Array): Uint8Array {
  if (stored.length !== entry.compressedSize)
    throw new ZipReadError(`${entry.name}: cut short (${stored.length} of ${entry.compressedSize} bytes)`, entry.name);
  let data: Uint8Array;
  try {
    if (entry.method === 0) data = stored;
    else {
      const inflated = inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.size) });
      data = new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ZipReadError(`${entry.name}: does not inflate (${reason})`, entry.name);
  }
  if (data.length !== entry.size)
    throw new ZipReadError(`${entry.name}: ${data.length} bytes, the directory says ${entry.size}`, entry.name);
  if (crc32(data) >>> 0 !== entry.crc)
    throw new ZipReadError(`${entry.name}: its bytes do not match their CRC-32 (the file is damaged)`, entry.name);
  return data;
}

/** Every part of a container held in memory, by name (stored parts as views of `bytes`). */
export function zipPartsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const entry of zipDirectory(bytes, bytes.length).values()) {
    const start = zipDataOffset(entry, bytes.subarray(entry.headerOffset));
    parts.set(entry.name, zipPartData(entry, bytes.subarray(start, start + entry.compressedSize)));
  }
  return parts;
}

/** The part `name` of a container held in memory (read alone: the other parts are not checked); undefined if absent. */
export function zipPartOf(bytes: Uint8Array, name: string): Uint8Array | undefined {
  const entry = zipDirectory(bytes, bytes.length).get(name);
  if (!entry) return undefined;
  const start = zipDataOffset(entry, bytes.subarray(entry.headerOffset));
  return zipPartData(entry, bytes.subarray(start, start + entry.compressedSize));
}
