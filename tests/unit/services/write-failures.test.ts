import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeAtomicFs, type AtomicFs } from '../../../electron/services/atomic-write';
import { createWorkbenchService } from '../../../electron/services/workbench';
import { createDispatcher } from '../../../shared/api/transport';
import { held, tempDir, tinyScenario } from './fixtures';

const dataDir = resolve(__dirname, '../../../data');

/** The node fs whose temp-file open fails with `code`, as a full disk or a read-only folder makes it. */
const failingOpen = (code: string): AtomicFs => ({
  ...nodeAtomicFs,
  async open(path, flags, mode) {
    if (flags === 'wx') throw Object.assign(new Error(`${code}: simulated, open '${path}'`), { code });
    return nodeAtomicFs.open(path, flags, mode);
  },
});

function serviceWith(fs: AtomicFs) {
  const workspace = tempDir('sewb-fail-');
  return createWorkbenchService({
    dataDir,
    workspaceDir: workspace,
    userDataDir: join(workspace, '.workbench'),
    host: 'browser',
    version: '1',
    locale: 'en',
    ports: {},
    fs,
  });
}

describe('write failures are named for what they are', () => {
  it.each([
    ['ENOSPC', 'disk-full', /disk is full/],
    ['EROFS', 'read-only', /read-only/],
    ['EACCES', 'read-only', /read-only \(permission denied\)/],
    ['EPERM', 'read-only', /read-only \(permission denied\)/],
  ])('%s in autosave and save is %s, not not-found', async (errno, code, message) => {
    const service = serviceWith(failingOpen(errno));
    const dispatch = createDispatcher(service);
    const doc = await held(service, tinyScenario());
    const autosave = await dispatch('autosave', doc);
    expect(autosave).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
    const save = await dispatch('saveScenario', { path: 'x.sewb', ...doc, expected: null });
    expect(save).toMatchObject({ ok: false, error: { code } });
  });
});
