import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../../electron/services/zip-write';
import { tempDir } from './fixtures';

const hasPython = (() => {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

/** Two parts: text deflated (Korean, so UTF-8 multi-byte) and bytes stored (every byte value, twice). */
const parts = () => [
  { name: 'manifest.json', data: new TextEncoder().encode(`{"name": "평가 ${'가'.repeat(3000)}"}\n`), deflate: true },
  { name: 'observations.arrow', data: Uint8Array.from({ length: 512 }, (_, i) => i % 256), deflate: false },
];

describe('zip container writer', () => {
  it('writes parts that fflate reads back byte for byte, the same bytes every time', () => {
    const zip = zipParts(parts());
    const read = unzipSync(zip);
    expect(Object.keys(read)).toEqual(['manifest.json', 'observations.arrow']);
    for (const part of parts()) expect(read[part.name]).toEqual(part.data);
    expect(zipParts(parts())).toEqual(zip);
    expect(zip.length).toBeLessThan(parts()[0].data.length); // the text was deflated
  });

  it.skipIf(!hasPython)('writes a zip that Python’s zipfile checks (CRC) and reads: stored and deflated', () => {
    const path = join(tempDir(), 'parts.zip');
    writeFileSync(path, zipParts(parts()));
    const script = [
      'import sys, zipfile, hashlib',
      'z = zipfile.ZipFile(sys.argv[1])',
      'print(z.testzip())',
      'for i in z.infolist(): print(i.filename, i.compress_type, i.file_size, i.date_time, hashlib.sha256(z.read(i)).hexdigest())',
    ].join('\n');
    const lines = execFileSync('python3', ['-c', script, path]).toString().trim().split('\n');
    const sha = (data: Uint8Array) => execFileSync('sha256sum', { input: data }).toString().split(' ')[0];
    const [manifest, observations] = parts();
    expect(lines).toEqual([
      'None', // testzip: no entry with a bad CRC
      `manifest.json 8 ${manifest.data.length} (1980, 1, 1, 0, 0, 0) ${sha(manifest.data)}`,
      `observations.arrow 0 512 (1980, 1, 1, 0, 0, 0) ${sha(observations.data)}`,
    ]);
  });
});
