import { crc32, deflateRawSync } from 'node:zlib';

/** One part of a zip container: stored as it is, or deflated. */
export interface ZipPart {
  readonly name: string;
  readonly data: Uint8Array;
  readonly deflate: boolean;
}

/** The entries' date, fixed so the same parts always give the same bytes: 1980-01-01 00:00 in MS-DOS form. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const LIMIT = 0xffff_ffff;
/**
 * A stored part starts at a multiple of 8 bytes in the container (as Android's zipalign does), padded by an extra
 * field of the local header with id 0xd935 (zipalign's alignment field: 2 bytes of alignment, then zeros), so a
 * reader can take an Arrow table where it lies (apache-arrow copies a body that is not 8-byte aligned).
 */
const ALIGN = 8;
const ALIGNMENT_FIELD = 0xd935;

/**
 * A zip container of `parts` (PKWARE APPNOTE 6.3: local file headers, central directory, end record; no zip64, so
 * each part and the whole stay under 4 GB). CRC-32 and deflate are zlib's (native): a 128 MB stored part costs its
 * CRC (tens of ms) and one copy, where fflate's zipSync spent a second in JavaScript.
 */
export function zipParts(parts: readonly ZipPart[]): Uint8Array {
  const entries = parts.map((part) => {
    const name = new TextEncoder().encode(part.name);
    const body = part.deflate ? deflateRawSync(part.data, { level: 6 }) : part.data;
    if (part.data.length > LIMIT || body.length > LIMIT)
      throw new RangeError(`${part.name}: a part over 4 GB cannot be stored without zip64`);
    return { name, body, crc: crc32(part.data), size: part.data.length, method: part.deflate ? 8 : 0 };
  });
  // Extra field bytes of each local header: none for a deflated part; 6 … 13 to align a stored one.
  let offset = 0;
  const extras = entries.map((e) => {
    const start = offset + 30 + e.name.length;
    const extra = e.method === 0 ? 6 + ((ALIGN - ((start + 6) % ALIGN)) % ALIGN) : 0;
    offset = start + extra + e.body.length;
    return extra;
  });
  const localSize = offset;
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  if (localSize + centralSize + 22 > LIMIT)
    throw new RangeError('a container over 4 GB cannot be written without zip64');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (value: number) => (view.setUint16(at, value, true), (at += 2));
  const u32 = (value: number) => (view.setUint32(at, value >>> 0, true), (at += 4));
  const bytes = (data: Uint8Array) => (out.set(data, at), (at += data.length));
  /** The fields local and central headers share: version needed, flags, method, time, date, CRC, sizes, name length. */
  const common = (e: (typeof entries)[number]) => {
    u16(20);
    u16(0);
    u16(e.method);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.body.length);
    u32(e.size);
    u16(e.name.length);
  };
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    offsets.push(at);
    u32(0x04034b50);
    common(e);
    u16(extras[i]); // extra field length
    bytes(e.name);
    if (extras[i] > 0) {
      u16(ALIGNMENT_FIELD);
      u16(extras[i] - 4); // its data: the alignment, then zeros
      u16(ALIGN);
      out.fill(0, at, at + extras[i] - 6);
      at += extras[i] - 6;
    }
    bytes(e.body);
  });
  const central = at;
  entries.forEach((e, i) => {
    u32(0x02014b50);
    u16(20); // made by: MS-DOS, version 2.0
    common(e);
    for (const field of [0, 0, 0, 0]) u16(field); // extra, comment, disk, internal attributes
    u32(0); // external attributes
    u32(offsets[i]);
    bytes(e.name);
  });
  const centralLength = at - central;
  u32(0x06054b50);
  u16(0); // this disk
  u16(0); // the disk the central directory starts on
  u16(entries.length);
  u16(entries.length);
  u32(centralLength);
  u32(central);
  u16(0); // comment length
  return out;
}
