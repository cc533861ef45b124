import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfinedPolicy, createGrantedPolicy, isInside } from '../../../electron/services/path-policy';
import { tempDir } from './fixtures';

/** workspace/ and data/ side by side, plus a sibling "workspace-evil" that shares the prefix. */
function layout() {
  const root = tempDir();
  const workspace = join(root, 'workspace');
  const data = join(root, 'data');
  const evil = join(root, 'workspace-evil');
  for (const d of [workspace, join(workspace, 'sub'), data, evil]) mkdirSync(d);
  writeFileSync(join(workspace, 'mine.sewb'), '{}');
  writeFileSync(join(data, 'shipped.sewb'), '{}');
  writeFileSync(join(evil, 'secret.sewb'), '{}');
  writeFileSync(join(root, 'outside.sewb'), '{}');
  const policy = createConfinedPolicy({ workspace, read: [workspace, data], write: [workspace] });
  return { root, workspace, data, evil, policy };
}

const forbidden = { code: 'forbidden' };

describe('confined path policy (browser host)', () => {
  it('reads and writes inside the workspace, relative paths against it', async () => {
    const { workspace, policy } = layout();
    expect(await policy.resolveRead('mine.sewb')).toBe(join(workspace, 'mine.sewb'));
    expect(await policy.resolveRead(join(workspace, 'sub'))).toBe(join(workspace, 'sub'));
    expect(await policy.resolveWrite('sub/new.sewb')).toBe(join(workspace, 'sub/new.sewb'));
    expect(await policy.resolveWrite('sub/../x.sewb')).toBe(join(workspace, 'x.sewb'));
  });

  it('reads the bundled data but does not write there', async () => {
    const { data, policy } = layout();
    expect(await policy.resolveRead(join(data, 'shipped.sewb'))).toBe(join(data, 'shipped.sewb'));
    await expect(policy.resolveWrite(join(data, 'shipped.sewb'))).rejects.toMatchObject(forbidden);
  });

  it('refuses ../../etc/passwd, absolute paths outside, and a sibling sharing the prefix', async () => {
    const { root, evil, policy } = layout();
    for (const path of [
      '../../etc/passwd',
      '/etc/passwd',
      '../outside.sewb',
      join(root, 'outside.sewb'),
      join(evil, 'secret.sewb'),
      '../workspace-evil/secret.sewb',
    ]) {
      await expect(policy.resolveRead(path), path).rejects.toMatchObject(forbidden);
      await expect(policy.resolveWrite(path), path).rejects.toMatchObject(forbidden);
    }
  });

  it('refuses symlinks that lead out of the workspace, for files and for folders', async () => {
    const { root, workspace, policy } = layout();
    symlinkSync('/etc/passwd', join(workspace, 'passwd.sewb'));
    symlinkSync(root, join(workspace, 'up'));
    symlinkSync(join(root, 'nowhere.sewb'), join(workspace, 'dangling.sewb'));
    await expect(policy.resolveRead('passwd.sewb')).rejects.toMatchObject(forbidden);
    await expect(policy.resolveWrite('passwd.sewb')).rejects.toMatchObject(forbidden);
    await expect(policy.resolveRead('up/outside.sewb')).rejects.toMatchObject(forbidden);
    await expect(policy.resolveWrite('up/new.sewb')).rejects.toMatchObject(forbidden);
    await expect(policy.resolveWrite('dangling.sewb')).rejects.toMatchObject(forbidden);
  });

  it('follows a symlink that stays inside', async () => {
    const { workspace, policy } = layout();
    symlinkSync(join(workspace, 'mine.sewb'), join(workspace, 'sub', 'alias.sewb'));
    expect(await policy.resolveRead('sub/alias.sewb')).toBe(join(workspace, 'mine.sewb'));
  });
});

describe('isInside', () => {
  it('needs a separator after the root', () => {
    expect(isInside('/work', '/work')).toBe(true);
    expect(isInside('/work/a', '/work')).toBe(true);
    expect(isInside('/work-evil', '/work')).toBe(false);
    expect(isInside('/workspace/a', '/work')).toBe(false);
    expect(isInside('/etc', '/')).toBe(true);
  });
});

describe('granted path policy (Electron)', () => {
  it('allows picked and recent files only', async () => {
    const recent = new Set(['/home/u/recent.sewb']);
    const policy = createGrantedPolicy(async (p) => recent.has(p));
    await expect(policy.resolveRead('/home/u/other.sewb')).rejects.toMatchObject(forbidden);
    policy.grant('/home/u/other.sewb');
    expect(await policy.resolveRead('/home/u/other.sewb')).toBe('/home/u/other.sewb');
    expect(await policy.resolveWrite('/home/u/recent.sewb')).toBe('/home/u/recent.sewb');
    await expect(policy.resolveRead('relative.sewb')).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
