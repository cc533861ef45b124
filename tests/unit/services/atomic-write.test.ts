import { mkdirSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeAtomicFs, sweepStaleTemps, writeFileAtomic, type AtomicFs } from '../../../electron/services/atomic-write';
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

describe('sweepStaleTemps', () => {
  const now = new Date(Date.UTC(2026, 0, 1, 12, 0, 0));
  const at = (path: string, minutesAgo: number) => {
    writeFileSync(path, 'x');
    const when = new Date(now.getTime() - minutesAgo * 60_000);
    utimesSync(path, when, when);
  };

  it('removes only our temp files older than a minute, in the folder and its sub-folders', async () => {
    const dir = tempDir();
    const outside = tempDir();
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    at(join(dir, 'a.sewb'), 10);
    at(join(dir, '.a.sewb.0123456789ab.tmp'), 10); // ours, stale
    at(join(dir, 'sub', 'deeper', '.r.pdf.abcdefabcdef.tmp'), 2); // ours, stale, two levels down
    at(join(dir, '.a.sewb.fedcba987654.tmp'), 0.5); // ours, but maybe a write still running
    at(join(dir, '.a.sewb.tmp'), 10); // not our pattern
    at(join(dir, '.a.sewb.0123456789AB.tmp'), 10); // not our pattern (upper-case hex)
    at(join(dir, 'notes.0123456789ab.tmp'), 10); // not hidden: not ours
    at(join(outside, '.x.sewb.0123456789ab.tmp'), 10);
    symlinkSync(outside, join(dir, 'link')); // a link to a folder is not followed
    const removed = await sweepStaleTemps([dir], { now: () => now });
    expect(removed.sort()).toEqual(
      [join(dir, '.a.sewb.0123456789ab.tmp'), join(dir, 'sub', 'deeper', '.r.pdf.abcdefabcdef.tmp')].sort(),
    );
    expect(readdirSync(dir).sort()).toEqual(
      [
        '.a.sewb.0123456789AB.tmp',
        '.a.sewb.fedcba987654.tmp',
        '.a.sewb.tmp',
        'a.sewb',
        'link',
        'notes.0123456789ab.tmp',
        'sub',
      ].sort(),
    );
    expect(readdirSync(outside)).toEqual(['.x.sewb.0123456789ab.tmp']);
  });

  it('a temp file left by a failed real write matches the pattern', async () => {
    const dir = tempDir();
    const target = join(dir, 'a.sewb');
    // A write that stops before the rename (as a kill would) and does not clean up.
    const killed: AtomicFs = { ...nodeAtomicFs, rename: () => new Promise(() => undefined) };
    void writeFileAtomic(target, 'never renamed', killed);
    await expect.poll(() => readdirSync(dir).length).toBe(1);
    const later = () => new Date(Date.now() + 2 * 60_000);
    await expect.poll(async () => (await sweepStaleTemps([dir], { now: later })).length).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('skips folders that are missing', async () => {
    expect(await sweepStaleTemps([join(tempDir(), 'none')])).toEqual([]);
  });
});
