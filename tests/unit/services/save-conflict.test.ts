import { createHash } from 'node:crypto';
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbenchService } from '../../../electron/services/workbench';
import { parseScenarioBytes, serializeScenario } from '../../../electron/services/scenario-file';
import { edited, held, tempDir, tinyScenario } from './fixtures';

const dataDir = resolve(__dirname, '../../../data');

function service() {
  const workspace = tempDir('sewb-conflict-');
  const api = createWorkbenchService({
    dataDir,
    workspaceDir: workspace,
    userDataDir: join(workspace, '.workbench'),
    host: 'browser',
    version: '1',
    locale: 'en',
    ports: {},
  });
  return { api, workspace, file: join(workspace, 'shared.sewb') };
}

/** SHA-256 of the file's bytes, computed here with node:crypto (FIPS 180-4), not by the service. */
const sha256 = (path: string) => `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
const nameOnDisk = (path: string) => parseScenarioBytes(readFileSync(path), path).name;

describe('a save checks that the file on disk is the one the document knows', () => {
  it('open and save hand out the SHA-256 of the bytes on disk', async () => {
    const { api, file } = service();
    writeFileSync(file, serializeScenario(tinyScenario('first')));
    const opened = await api.openScenario({ path: 'shared.sewb' });
    expect(opened!.fingerprint).toBe(sha256(file));
    const saved = await api.saveScenario({
      path: file,
      ...edited(opened!, tinyScenario('second')),
      expected: opened!.fingerprint,
    });
    expect(saved!.fingerprint).toBe(sha256(file));
    expect(saved!.fingerprint).not.toBe(opened!.fingerprint);
  });

  it('two documents on one file: the second save is refused as a conflict and the first one’s edit stays', async () => {
    const { api, file } = service();
    writeFileSync(file, serializeScenario(tinyScenario('original')));
    const pageA = await api.openScenario({ path: file });
    const pageB = await api.openScenario({ path: file });
    await api.saveScenario({ path: file, ...edited(pageA!, tinyScenario('edit of A')), expected: pageA!.fingerprint });
    await expect(
      api.saveScenario({ path: file, ...edited(pageB!, tinyScenario('edit of B')), expected: pageB!.fingerprint }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('changed on disk') });
    expect(nameOnDisk(file)).toBe('edit of A');
    // Overwrite is the user's explicit choice.
    await api.saveScenario({
      path: file,
      ...edited(pageB!, tinyScenario('edit of B')),
      expected: null,
      overwrite: true,
    });
    expect(nameOnDisk(file)).toBe('edit of B');
  });

  it('two saves at once with the same expected file: exactly one lands, the other is a conflict', async () => {
    const { api, file } = service();
    writeFileSync(file, serializeScenario(tinyScenario('original')));
    const opened = (await api.openScenario({ path: file }))!;
    const outcomes = await Promise.allSettled(
      ['A', 'B'].map((who) =>
        api.saveScenario({ path: file, ...edited(opened, tinyScenario(who)), expected: opened.fingerprint }),
      ),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = outcomes.findIndex((o) => o.status === 'fulfilled');
    expect(nameOnDisk(file)).toBe(['A', 'B'][winner]);
    expect((outcomes[1 - winner] as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
  });

  it('a touch (same bytes, new mtime) is no conflict; a deleted file is one', async () => {
    const { api, file } = service();
    writeFileSync(file, serializeScenario(tinyScenario('original')));
    const opened = (await api.openScenario({ path: file }))!;
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    const saved = await api.saveScenario({
      path: file,
      ...edited(opened, tinyScenario('next')),
      expected: opened.fingerprint,
    });
    rmSync(file);
    await expect(
      api.saveScenario({ path: file, ...edited(opened, tinyScenario('again')), expected: saved!.fingerprint }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('deleted') });
  });

  it('Save As onto an existing file asks first (exists); a new name is written', async () => {
    const { api, workspace, file } = service();
    writeFileSync(file, serializeScenario(tinyScenario('someone else’s')));
    const mine = await held(api, tinyScenario('mine'));
    await expect(api.saveScenario({ path: 'shared.sewb', ...mine, expected: null })).rejects.toMatchObject({
      code: 'exists',
    });
    expect(nameOnDisk(file)).toBe('someone else’s');
    await api.saveScenario({ path: 'new-name', ...mine, expected: null });
    expect(nameOnDisk(join(workspace, 'new-name.sewb'))).toBe('mine');
  });
});
