import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createRecovery } from '../../../electron/services/recovery';
import {
  readHeldScenarioDocument,
  readScenarioFile,
  writeScenarioFile,
} from '../../../electron/services/scenario-file';
import { createWorkbenchService } from '../../../electron/services/workbench';
import { datasetFromWire } from '../../../shared/dataset/dataset-wire';
import type { ScenarioBody } from '../../../shared/domain/scenario';
import { tempDir, tinyDataset, tinyScenario } from './fixtures';

const dataDir = resolve(__dirname, '../../../data');

/** The browser host's service over a fresh workspace holding a version 2 file of the tiny scenario. */
async function service() {
  const workspace = tempDir('sewb-ws-');
  const userData = join(workspace, '.workbench');
  const make = () =>
    createWorkbenchService({
      dataDir,
      workspaceDir: workspace,
      userDataDir: userData,
      host: 'browser',
      version: '1',
      locale: 'en',
      ports: {},
    });
  const file = join(workspace, 'tiny.sewb');
  await writeScenarioFile(file, tinyScenario('before the edit'));
  return { make, file, recoveryDir: join(userData, 'recovery') };
}

/** The body as the analyst left it: a typed cell (an override), a weight and the name changed. */
const edit = (body: ScenarioBody): ScenarioBody => ({
  ...body,
  name: '편집한 시나리오',
  overrides: [{ model: 'm-two', benchmark: 'acc', value: 55.5, note: 'typed in the grid' }],
  criteria: body.criteria.map((c) => (c.benchmark === 'err' ? { ...c, weight: 2.5 } : c)),
});

describe('recovery copies as .sewb version 2 files', () => {
  it('an autosave after an edit restores, after a restart, exactly the edited scenario over the same dataset', async () => {
    const { make, file, recoveryDir } = await service();
    const api = make();
    const opened = (await api.openScenario({ path: file }))!;
    const changed = edit(opened.scenario);
    await api.autosave({ document: opened.document, datasetId: opened.datasetId, scenario: changed });

    // On disk: a zip with the manifest, the very Arrow table of the opened file, and when the copy was kept.
    expect(readdirSync(recoveryDir)).toEqual([`${opened.document}.sewb`]);
    const copy = join(recoveryDir, `${opened.document}.sewb`);
    const parts = unzipSync(new Uint8Array(readFileSync(copy)));
    expect(Object.keys(parts)).toEqual(['manifest.json', 'observations.arrow', 'recovery.json']);
    expect(parts['observations.arrow']).toEqual(unzipSync(new Uint8Array(readFileSync(file)))['observations.arrow']);
    expect(JSON.parse(strFromU8(parts['recovery.json']))).toMatchObject({ kind: 'sewb-recovery' });
    // It is a scenario file like any other.
    expect(await readScenarioFile(copy)).toEqual({ ...changed, dataset: tinyDataset() });

    const again = make();
    const { copies } = await again.listRecovery({});
    expect(copies.map((c) => [c.document, c.name])).toEqual([[opened.document, '편집한 시나리오']]);
    const restored = await again.restoreRecovery({ document: opened.document });
    expect(restored.document).toBe(opened.document);
    expect(restored.savedAt).toBe(copies[0].savedAt);
    expect(restored.scenario).toEqual(changed);
    expect(datasetFromWire(await again.getDataset({ datasetId: restored.datasetId }))).toEqual(tinyDataset());
  });

  it('keeping a copy of a dataset held as Arrow builds none of its row objects', async () => {
    const { file } = await service();
    const { held } = await readHeldScenarioDocument(file);
    const dataset = {
      ...held.dataset,
      dataset: () => {
        throw new Error('row objects were built');
      },
    };
    const recovery = createRecovery(tempDir());
    await recovery.save('page-a', { body: edit(held.body), dataset });
    const read = await recovery.read('page-a');
    expect(read.scenario.body).toEqual(edit(held.body));
    expect(read.scenario.dataset.dataset()).toEqual(tinyDataset());
  });

  it('a damaged or torn copy is refused naming the file and the part; the other copies and its file stay', async () => {
    const { make, file, recoveryDir } = await service();
    const api = make();
    const a = (await api.openScenario({ path: file }))!;
    const b = (await api.openScenario({ path: file }))!;
    await api.autosave({ document: a.document, datasetId: a.datasetId, scenario: edit(a.scenario) });
    await api.autosave({ document: b.document, datasetId: b.datasetId, scenario: { ...b.scenario, name: 'B' } });
    const fileA = join(recoveryDir, `${a.document}.sewb`);
    const good = readFileSync(fileA);
    const table = unzipSync(new Uint8Array(good))['observations.arrow'];
    const damaged = Buffer.from(good);
    damaged[damaged.indexOf(Buffer.from(table.subarray(0, 64))) + 200] ^= 0x01;
    writeFileSync(fileA, damaged);

    const again = make();
    expect((await again.listRecovery({})).copies.map((c) => c.name).sort()).toEqual(['B', '편집한 시나리오']);
    await expect(again.restoreRecovery({ document: a.document })).rejects.toMatchObject({
      code: 'invalid-file',
      message: `${fileA}: observations.arrow: its bytes do not match their CRC-32 (the file is damaged)`,
    });
    writeFileSync(fileA, good.subarray(0, good.length >> 1));
    await expect(again.restoreRecovery({ document: a.document })).rejects.toMatchObject({
      code: 'invalid-file',
      message: expect.stringMatching(/^.*\.sewb: not a readable \.sewb zip container \(no end of central directory/),
    });
    // Nothing else lost: B restores, A's copy is still there to be looked at, and A was not opened.
    expect((await again.restoreRecovery({ document: b.document })).scenario.name).toBe('B');
    expect(readFileSync(fileA)).toEqual(good.subarray(0, good.length >> 1));
    await expect(again.restoreRecovery({ document: a.document })).rejects.toMatchObject({ code: 'invalid-file' });
  });

  it('a copy of the earlier JSON layout still restores, and the next autosave replaces it', async () => {
    const { make, recoveryDir } = await service();
    const api = make();
    mkdirSync(recoveryDir, { recursive: true });
    const old = { kind: 'sewb-recovery', savedAt: '2026-01-01T00:00:00.000Z', scenario: tinyScenario('old copy') };
    writeFileSync(join(recoveryDir, 'page-old.json'), JSON.stringify(old));
    const restored = await api.restoreRecovery({ document: 'page-old' });
    const { dataset, ...body } = tinyScenario('old copy');
    expect(restored.scenario).toEqual(body);
    expect(datasetFromWire(await api.getDataset({ datasetId: restored.datasetId }))).toEqual(dataset);
    await api.autosave({ document: 'page-old', datasetId: restored.datasetId, scenario: edit(body) });
    expect(readdirSync(recoveryDir)).toEqual(['page-old.sewb']);
  });
});
