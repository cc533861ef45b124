import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZipReadError, zipDataOffset, zipDirectory, zipPartsOf } from '../../../electron/services/zip-read';
import { zipParts } from '../../../electron/services/zip-write';

/** Text to deflate (Korean: multi-byte UTF-8) and bytes to store (every byte value, twice). */
const text = new TextEncoder().encode(`{"name": "평가 ${'가'.repeat(3000)}"}\n`);
const table = Uint8Array.from({ length: 512 }, (_, i) => i % 256);

const refusal = (bytes: Uint8Array): ZipReadError => {
  try {
    zipPartsOf(bytes);
  } catch (error) {
    if (error instanceof ZipReadError) return error;
    throw error;
  }
  throw new Error('the container was read');
};

describe('zip container reader', () => {
  it('reads what the writer writes: the stored part where it lies, 8-byte aligned; the deflated one inflated', () => {
    for (const prefix of ['m.json', 'a-longer-name.json']) {
      const zip = zipParts([
        { name: prefix, data: text, deflate: true },
        { name: 'observations.arrow', data: table, deflate: false },
      ]);
      const parts = zipPartsOf(zip);
      expect(parts.get(prefix)).toEqual(text);
      const stored = parts.get('observations.arrow')!;
      expect(stored).toEqual(table);
      expect(stored.buffer).toBe(zip.buffer); // not copied
      expect(stored.byteOffset % 8).toBe(0);
      const entry = zipDirectory(zip, zip.length).get('observations.arrow')!;
      expect(zipDataOffset(entry, zip.subarray(entry.headerOffset))).toBe(stored.byteOffset);
    }
  });

  it('reads what another writer (fflate, every part deflated) writes', () => {
    const parts = zipPartsOf(zipSync({ 'manifest.json': text, 'observations.arrow': table }));
    expect([...parts.keys()]).toEqual(['manifest.json', 'observations.arrow']);
    expect(parts.get('manifest.json')).toEqual(text);
    expect(parts.get('observations.arrow')).toEqual(table);
  });

  it('refuses a container cut short, and a part whose bytes changed, naming the part', () => {
    const zip = zipParts([
      { name: 'manifest.json', data: text, deflate: true },
      { name: 'observations.arrow', data: table, deflate: false },
    ]);
    const cut = refusal(zip.subarray(0, zip.length - 30));
    expect(cut.part).toBeNull();
    expect(cut.message).toMatch(/no end of central directory record/);
    const damaged = zip.slice();
    damaged[zipPartsOf(zip).get('observations.arrow')!.byteOffset + 100] ^= 0x01;
    const flipped = refusal(damaged);
    expect(flipped.part).toBe('observations.arrow');
    expect(flipped.message).toBe('observations.arrow: its bytes do not match their CRC-32 (the file is damaged)');
  });
});
