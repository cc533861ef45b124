import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from '../../../electron/services/atomic-write';
import { tempDir } from './fixtures';

/** The node fs with one operation replaced by a failure. */
const failing = (op: 'rename' | 'write' | 'sync'): AtomicFs => ({
  ...nodeAtomicFs,
  rename:
    op === 'rename'
      ? async () => Promise.reject(Object.assign(new Error('EIO: rename failed'), { code: 'EIO' }))
      : nodeAtomicFs.rename,
  async open(path, flags, mode) {
    const handle = await nodeAtomicFs.open(path, flags, mode);
    if (flags !== 'wx') return handle;
    return {
      writeFile: async (data) => {
        if (op !== 'write') return handle.writeFile(data);
        await handle.writeFile(typeof data === 'string' ? data.slice(0, 5) : data.subarray(0, 5));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
      sync: () => (op === 'sync' ? Promise.reject(new Error('EIO: fsync failed')) : handle.sync()),
      close: () => handle.close(),
    };
  },
});

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file', async () => {
    const dir = tempDir();
    const target = join(dir, 'a.sewb');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new contents');
    expect(readFileSync(target, 'utf8')).toBe('new contents');
    expect(readdirSync(dir)).toEqual(['a.sewb']);
  });

  it.each(['write', 'sync', 'rename'] as const)(
    'a failure at %s leaves the previous file intact and no temp file behind',
    async (op) => {
      const dir = tempDir();
      const target = join(dir, 'a.sewb');
      writeFileSync(target, 'previous version');
      await expect(writeFileAtomic(target, 'next version that is longer', failing(op))).rejects.toThrow();
      expect(readFileSync(target, 'utf8')).toBe('previous version');
      expect(readdirSync(dir)).toEqual(['a.sewb']);
    },
  );

  it('writes the temp file in the target folder (same filesystem, so rename cannot be EXDEV)', async () => {
    const dir = tempDir();
    const target = join(dir, 'b.pdf');
    const seen: string[] = [];
    const spy: AtomicFs = {
      ...nodeAtomicFs,
      rename: async (from, to) => (seen.push(from), nodeAtomicFs.rename(from, to)),
    };
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]), spy);
    expect(seen).toHaveLength(1);
    expect(seen[0].startsWith(`${dir}/.b.pdf.`)).toBe(true);
    expect(readFileSync(target).toString('latin1')).toBe('%PDF');
  });
});
