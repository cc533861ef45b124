import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecentFiles, MAX_RECENT_FILES } from '../../../electron/services/recent-files';
import { tempDir } from './fixtures';

/** A clock that moves one minute per call. */
const ticking = () => {
  let t = Date.parse('2026-11-28T10:00:00Z');
  return () => new Date((t += 60_000));
};

describe('recent files', () => {
  it('lists the most recent first, moves a reopened file to the top, and keeps it once', async () => {
    const dir = tempDir();
    const recent = createRecentFiles(dir, ticking());
    await recent.add('/w/a.sewb');
    await recent.add('/w/b.sewb');
    await recent.add('/w/c.sewb');
    await recent.add('/w/a.sewb');
    const files = await recent.list();
    expect(files.map((f) => f.path)).toEqual(['/w/a.sewb', '/w/c.sewb', '/w/b.sewb']);
    expect(files[0].name).toBe('a.sewb');
    expect(Date.parse(files[0].openedAt)).toBeGreaterThan(Date.parse(files[1].openedAt));
  });

  it(`keeps at most ${MAX_RECENT_FILES} files, dropping the oldest`, async () => {
    const recent = createRecentFiles(tempDir(), ticking());
    for (let i = 1; i <= 12; i++) await recent.add(`/w/${i}.sewb`);
    const paths = (await recent.list()).map((f) => f.path);
    expect(paths).toHaveLength(10);
    expect(paths[0]).toBe('/w/12.sewb');
    expect(paths.at(-1)).toBe('/w/3.sewb');
  });

  it('survives a restart (kept in recent.json) and loses nothing to concurrent adds', async () => {
    const dir = tempDir();
    const first = createRecentFiles(dir, ticking());
    await Promise.all(['/w/x.sewb', '/w/y.sewb', '/w/z.sewb'].map((p) => first.add(p)));
    const again = createRecentFiles(dir);
    expect((await again.list()).map((f) => f.path).sort()).toEqual(['/w/x.sewb', '/w/y.sewb', '/w/z.sewb']);
    expect(await again.has('/w/y.sewb')).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'recent.json'), 'utf8')).files).toHaveLength(3);
  });

  it('treats a damaged list as empty and replaces it on the next add', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'recent.json'), '{"files": [ {"path": 3');
    const recent = createRecentFiles(dir);
    expect(await recent.list()).toEqual([]);
    await recent.add('/w/new.sewb');
    expect((await recent.list()).map((f) => f.path)).toEqual(['/w/new.sewb']);
  });
});
