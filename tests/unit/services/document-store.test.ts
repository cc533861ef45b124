import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadBundledScenario } from '../../../electron/services/bundled';
import { createDocumentStore } from '../../../electron/services/document-store';
import { serializeScenario } from '../../../electron/services/scenario-file';
import { contract, type MethodName } from '../../../shared/api/contract';
import type { Send } from '../../../shared/api/transport';
import { datasetFromWire, datasetToWire } from '../../../shared/dataset/dataset-wire';
import { withoutDataset } from '../../../shared/domain/scenario';
import { browserApi, held, tinyDataset, tinyScenario } from './fixtures';

const dataDir = resolve(__dirname, '../../../data');

/**
 * Reads a .sewb version 2 file without the app's reader: unzip (fflate), the manifest as JSON, the observations
 * part with apache-arrow's own IPC reader.
 */
function readSewbV2(path: string) {
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  const manifest = JSON.parse(strFromU8(parts['manifest.json'])) as {
    name: string;
    criteria: { benchmark: string; weight: number }[];
    dataset: { id: string; models: { id: string }[] };
  };
  const table = tableFromIPC(parts['observations.arrow']);
  const column = (name: string) => [...table.getChild(name)!].map(String);
  const cells = column('model').map((model, i) => `${model}|${column('benchmark')[i]}=${column('value')[i]}`);
  return { manifest, cells: cells.sort() };
}

describe('the host holds open documents and their datasets by id', () => {
  it('each open is its own document with its own dataset id; getDataset gives the file’s dataset', async () => {
    const { api, workspace } = browserApi();
    writeFileSync(join(workspace, 'a.sewb'), serializeScenario(tinyScenario('on disk')));
    const first = (await api.openScenario({ path: 'a.sewb' }))!;
    const second = (await api.openScenario({ path: 'a.sewb' }))!;
    expect(first.document).not.toBe(second.document);
    expect(first.datasetId).not.toBe(second.datasetId);
    expect('dataset' in first.scenario).toBe(false);
    expect(first.scenario.name).toBe('on disk');
    expect(datasetFromWire(await api.getDataset({ datasetId: first.datasetId }))).toEqual(tinyDataset());
  });

  it('a save joins the scenario sent with the dataset the host holds; the file read back has both', async () => {
    const { api, workspace } = browserApi();
    writeFileSync(join(workspace, 'a.sewb'), serializeScenario(tinyScenario('before')));
    const opened = (await api.openScenario({ path: 'a.sewb' }))!;
    const scenario = {
      ...opened.scenario,
      name: 'after',
      criteria: opened.scenario.criteria.map((c) => ({ ...c, weight: c.benchmark === 'acc' ? 9 : 2 })),
    };
    const request = { document: opened.document, datasetId: opened.datasetId, scenario };
    await api.saveScenario({ ...request, path: 'a.sewb', expected: opened.fingerprint });
    const { manifest, cells } = readSewbV2(join(workspace, 'a.sewb'));
    expect(manifest.name).toBe('after');
    expect(manifest.criteria.map((c) => [c.benchmark, c.weight])).toEqual([
      ['acc', 9],
      ['err', 2],
    ]);
    expect(manifest.dataset.models.map((m) => m.id)).toEqual(['m-one', 'm-two', 'm-three']);
    // The six observations of tinyDataset, as written there by hand.
    expect(cells).toEqual(
      ['m-one|acc=10', 'm-two|acc=20', 'm-three|acc=30', 'm-one|err=1', 'm-two|err=2', 'm-three|err=3'].sort(),
    );
  });

  it('an id never handed out is a typed error naming it, and nothing is written', async () => {
    const { api, workspace } = browserApi();
    const doc = await held(api, tinyScenario());
    await expect(api.getDataset({ datasetId: 'no-such-dataset' })).rejects.toMatchObject({
      code: 'unknown-dataset',
      path: 'no-such-dataset',
    });
    await expect(
      api.saveScenario({ ...doc, document: 'no-such-document', path: 'x.sewb', expected: null }),
    ).rejects.toMatchObject({ code: 'unknown-document', path: 'no-such-document' });
    await expect(
      api.saveScenario({ ...doc, datasetId: 'no-such-dataset', path: 'x.sewb', expected: null }),
    ).rejects.toMatchObject({ code: 'unknown-dataset' });
    await expect(api.autosave({ ...doc, datasetId: 'no-such-dataset' })).rejects.toMatchObject({
      code: 'unknown-dataset',
    });
    expect(existsSync(join(workspace, 'x.sewb'))).toBe(false);
  });

  it('checks the scenario against the held dataset, naming the field', async () => {
    const { api } = browserApi();
    const doc = await held(api, tinyScenario());
    const scenario = { ...doc.scenario, criteria: [{ benchmark: 'nope', weight: 1 }] };
    await expect(api.saveScenario({ ...doc, scenario, path: 'x.sewb', expected: null })).rejects.toMatchObject({
      code: 'invalid-request',
      message: 'saveScenario: scenario.criteria.0.benchmark: unknown benchmark nope',
    });
  });
});

describe('document store eviction', () => {
  const ids = () => {
    let n = 0;
    return () => `id-${++n}`;
  };

  it('keeps the datasets open documents use; of the others the newest and the `spare` most recently used', () => {
    const store = createDocumentStore({ spareDatasets: 1, newId: ids() });
    const used = store.putDataset(tinyDataset());
    const doc = store.open({ path: null, fingerprint: null, datasetId: used });
    const [a, b, c] = [1, 2, 3].map(() => store.putDataset(tinyDataset()));
    expect(store.dataset(used).id).toBe('tiny');
    expect(() => store.dataset(a)).toThrow(expect.objectContaining({ code: 'unknown-dataset' }));
    expect(store.dataset(b).id).toBe('tiny');
    expect(store.dataset(c).id).toBe('tiny');
    // Released, the document's datasets are spare ones: only the most recently used (c) stays.
    store.release(doc.id);
    expect(() => store.dataset(used)).toThrow(expect.objectContaining({ code: 'unknown-dataset' }));
    expect(() => store.dataset(b)).toThrow(expect.objectContaining({ code: 'unknown-dataset' }));
    expect(store.dataset(c).id).toBe('tiny');
    // A released document named again is open again, but its dataset is gone: a save says so.
    expect(store.document(doc.id).datasetId).toBe(used);
    expect(() => store.datasetFor(doc.id, used)).toThrow(expect.objectContaining({ code: 'unknown-dataset' }));
    expect(() => store.document('never')).toThrow(expect.objectContaining({ code: 'unknown-document' }));
  });

  it('a document keeps every dataset it used (undo in the page may go back to one)', () => {
    const store = createDocumentStore({ spareDatasets: 0, newId: ids() });
    const before = store.putDataset(tinyDataset());
    const doc = store.open({ path: null, fingerprint: null, datasetId: before });
    const imported = store.putDataset({ ...tinyDataset(), name: 'imported' });
    store.update(doc.id, { datasetId: imported });
    store.putDataset(tinyDataset());
    expect(store.datasetFor(doc.id, before).name).toBe('Tiny');
    expect(store.dataset(imported).name).toBe('imported');
  });
});

describe('nothing on the wire is rewritten', () => {
  it('the client sends exactly the validated request and returns exactly the result the host sent', async () => {
    const seen: { method: MethodName; sent: unknown; reply: unknown }[] = [];
    /** What crosses, as HTTP carries it: JSON, except dataset bytes, which cross as they are (a copy). */
    const carry = (value: unknown): unknown =>
      value instanceof Uint8Array
        ? value.slice()
        : typeof value === 'object' && value !== null && Object.values(value).some((v) => v instanceof Uint8Array)
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, carry(v)]))
          : (JSON.parse(JSON.stringify(value)) as unknown);
    const recording =
      (send: Send): Send =>
      async (method, request) => {
        const wire = carry(request);
        const reply = carry(await send(method, wire));
        seen.push({ method, sent: wire, reply });
        return reply;
      };
    const { api } = browserApi(recording);
    const loaded = await api.loadBundledScenario({ id: 'default' });
    const bytes = await api.getDataset({ datasetId: loaded.datasetId });
    const request = {
      document: loaded.document,
      datasetId: loaded.datasetId,
      scenario: { ...loaded.scenario, name: 'wire check' },
      path: 'wire.sewb',
      expected: null,
    };
    await api.saveScenario(request);
    await api.autosave({ document: loaded.document, datasetId: loaded.datasetId, scenario: loaded.scenario });
    const dataset = datasetFromWire(bytes);
    const put = await api.putDataset({ dataset: datasetToWire({ ...dataset, name: 'made in the page' }) });

    expect(seen.map((s) => s.method)).toEqual([
      'loadBundledScenario',
      'getDataset',
      'saveScenario',
      'autosave',
      'putDataset',
    ]);
    for (const { method, sent, reply } of seen) {
      expect(JSON.stringify(sent)).not.toContain('datasetRef');
      expect(JSON.stringify(reply)).not.toContain('datasetRef');
      expect(sent, method).toEqual(carry(contract[method].request.parse(sent)));
      expect(Object.keys(reply as object).sort(), method).toEqual(['ok', 'result']);
    }
    const save = seen[2].sent as Record<string, unknown>;
    expect(save).toEqual(
      JSON.parse(JSON.stringify({ ...request, scenario: withoutDataset({ ...request.scenario, dataset }) })),
    );
    expect('dataset' in (save.scenario as object)).toBe(false);
    // The dataset crosses as the bytes the host sent, and they are the bundled scenario's dataset.
    expect((seen[1].reply as { result: unknown }).result).toEqual(bytes);
    expect(dataset).toEqual((await loadBundledScenario(dataDir, 'default')).dataset);
    expect((seen[4].sent as { dataset: Uint8Array }).dataset).toEqual(
      datasetToWire({ ...dataset, name: 'made in the page' }),
    );
    expect(datasetFromWire(await api.getDataset({ datasetId: put.datasetId })).name).toBe('made in the page');
  });
});
