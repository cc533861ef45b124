import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileDialogs, OpenKind } from '../../../electron/services/ports';
import { createWorkbenchService } from '../../../electron/services/workbench';
import { browserApi, held, tempDir, tinyDataset, tinyScenario } from './fixtures';
import { datasetToWire } from '../../../shared/dataset/dataset-wire';

const dataDir = resolve(__dirname, '../../../data');

const CSV = ['model,benchmark,value', 'Model One,Accuracy,11', 'Model Two,Error rate,n/a', 'Model Three,acc,33', ''];

describe('import through the service', () => {
  it('previews a CSV with a bad row as a located problem, then commits it once the cell is fixed', async () => {
    const { api, workspace } = browserApi();
    writeFileSync(join(workspace, 'scores.csv'), CSV.join('\n'));
    const dataset = tinyDataset();
    const { document, datasetId } = await held(api, { ...tinyScenario(), dataset });

    const first = await api.previewImport({ path: 'scores.csv', datasetId });
    expect(first!.path).toBe(join(workspace, 'scores.csv'));
    const { preview } = first!;
    expect(preview.format).toBe('csv');
    expect(preview.counts).toMatchObject({ observations: 2, problems: 1, rows: 3 });
    expect(preview.problems).toEqual([
      expect.objectContaining({ kind: 'not-a-number', file: 'scores.csv', row: 3, column: 'value', text: 'n/a' }),
    ]);
    expect(preview.rows.map((r) => [r.row, r.observation.model, r.observation.value])).toEqual([
      [2, 'm-one', 11],
      [4, 'm-three', 33],
    ]);
    // The imported file is its own source, dated by the service's clock.
    expect(preview.newSources).toEqual([expect.objectContaining({ title: 'scores.csv', date: '2026-11-28' })]);

    const refused = await api.commitImport({
      document,
      path: first!.path,
      datasetId,
      mapping: preview.mapping,
      edits: [],
    });
    expect(refused).toEqual({ ok: false, problems: [expect.objectContaining({ row: 3, column: 'value' })] });

    const edits = [{ row: 3, column: 'value', text: '2.5' }];
    const fixed = await api.previewImport({ path: first!.path, datasetId, mapping: preview.mapping, edits });
    expect(fixed!.preview.counts).toMatchObject({ observations: 3, problems: 0 });

    const outcome = await api.commitImport({ document, path: first!.path, datasetId, mapping: preview.mapping, edits });
    if (!outcome.ok) throw new Error(outcome.problems[0].message);
    expect(outcome.added).toEqual({ observations: 3, models: 0, benchmarks: 0, sources: 1 });
    const added = outcome.dataset.observations.slice(dataset.observations.length);
    expect(added.map((o) => [o.model, o.benchmark, o.value])).toEqual([
      ['m-one', 'acc', 11],
      ['m-two', 'err', 2.5],
      ['m-three', 'acc', 33],
    ]);
    expect(dataset.observations).toHaveLength(6); // the request's dataset is not changed
  });

  it('skipping a row, mapping an unknown name and adding new models all reach the commit', async () => {
    const { api, workspace } = browserApi();
    writeFileSync(
      join(workspace, 'wide.tsv'),
      ['model\tAccuracy\tError rate', 'M1\t12\t3', 'Newcomer\t40\t5', 'Broken\tx\t1'].join('\n'),
    );
    const dataset = tinyDataset();
    const { document, datasetId } = await held(api, { ...tinyScenario(), dataset });
    const first = (await api.previewImport({ path: 'wide.tsv', datasetId }))!.preview;
    expect(first.mapping.layout).toBe('wide');
    expect(first.unmatched.models.sort()).toEqual(['Broken', 'M1', 'Newcomer']);

    // "Accuracy" reads as a value column; the user says it holds the scores of the benchmark of that name.
    expect(first.mapping.columns.Accuracy).toBe('value');
    const columns = { ...first.mapping.columns, Accuracy: 'score' as const };
    const mapping = { ...first.mapping, columns, models: { M1: 'm-one' }, newModels: true };
    const edits = [{ row: 4, skip: true as const }];
    const outcome = await api.commitImport({ document, path: 'wide.tsv', datasetId, mapping, edits });
    if (!outcome.ok) throw new Error(outcome.problems[0].message);
    expect(outcome.added).toMatchObject({ observations: 4, models: 1 });
    const newcomer = outcome.dataset.models.find((m) => m.name === 'Newcomer')!;
    expect(newcomer.group).toBe('other');
    expect(outcome.dataset.observations.filter((o) => o.model === newcomer.id).map((o) => o.value)).toEqual([40, 5]);
    expect(outcome.dataset.observations.filter((o) => o.id.startsWith('imp') && o.model === 'm-one')).toHaveLength(2);
  });

  it('turns a file it cannot read into problems, not errors', async () => {
    const { api, workspace } = browserApi();
    writeFileSync(join(workspace, 'broken.xlsx'), 'this is not a workbook');
    writeFileSync(join(workspace, 'broken.json'), '{ "models": [');
    const dataset = tinyDataset();
    const { document, datasetId } = await held(api, { ...tinyScenario(), dataset });
    for (const name of ['broken.xlsx', 'broken.json']) {
      const { preview } = (await api.previewImport({ path: name, datasetId }))!;
      expect(preview.counts.observations).toBe(0);
      expect(preview.problems[0]).toMatchObject({ kind: 'unreadable', file: name });
      const outcome = await api.commitImport({ document, path: name, datasetId, mapping: preview.mapping, edits: [] });
      expect(outcome.ok).toBe(false);
    }
    // A file that is not there is a wrong path, named as such (the field and the file).
    await expect(api.previewImport({ path: 'missing.csv', datasetId })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/^path: .*missing\.csv: no such file$/),
    });
  });

  it('reads and writes only inside the workspace, and imports only data files', async () => {
    const { api, workspace } = browserApi();
    const outside = tempDir('sewb-outside-');
    writeFileSync(join(outside, 'scores.csv'), CSV.join('\n'));
    writeFileSync(join(workspace, 'notes.sewb'), '{}');
    const dataset = tinyDataset();
    const { document, datasetId } = await held(api, { ...tinyScenario(), dataset });
    await expect(api.previewImport({ path: join(outside, 'scores.csv'), datasetId })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      api.commitImport({
        document,
        path: '../' + outside.split('/').pop() + '/scores.csv',
        datasetId,
        mapping: {},
        edits: [],
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(api.previewImport({ path: 'notes.sewb', datasetId })).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/\.csv, \.tsv, \.txt, \.xlsx, \.parquet, \.json/),
    });
    await expect(api.exportDataset({ path: join(outside, 'out.csv'), datasetId, format: 'csv' })).rejects.toMatchObject(
      {
        code: 'forbidden',
      },
    );
    await expect(api.exportDataset({ path: 'out.xlsx', datasetId, format: 'csv' })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(existsSync(join(outside, 'out.csv'))).toBe(false);
    // No native dialogs on the browser host: a null path is refused, not hung.
    await expect(api.previewImport({ path: null, datasetId })).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

describe('export through the service', () => {
  it('writes the dataset as CSV that imports back with the same values', async () => {
    const { api, workspace } = browserApi();
    mkdirSync(join(workspace, 'out'));
    const dataset = tinyDataset();
    const { datasetId } = await held(api, { ...tinyScenario(), dataset });
    const written = await api.exportDataset({ path: 'out/tiny', datasetId, format: 'csv' });
    expect(written!.path).toBe(join(workspace, 'out', 'tiny.csv'));
    const text = readFileSync(written!.path, 'utf8');
    expect(written!.bytes).toBe(Buffer.byteLength(text));
    expect(text.trim().split('\r\n')).toHaveLength(1 + dataset.observations.length);

    const empty = { ...dataset, observations: [] };
    const { datasetId: emptyId } = await api.putDataset({ dataset: datasetToWire(empty) });
    const { preview } = (await api.previewImport({ path: written!.path, datasetId: emptyId }))!;
    expect(preview.problems).toEqual([]);
    const read = preview.rows.map((r) => [r.observation.model, r.observation.benchmark, r.observation.value]);
    expect(read).toEqual(dataset.observations.map((o) => [o.model, o.benchmark, o.value]));
    expect(preview.newSources).toEqual([]); // the source is recognised by its address
  });

  it('writes the decision matrix as XLSX with the matrix and its provenance', async () => {
    const { api, workspace } = browserApi();
    const scenario = tinyScenario();
    const { datasetId, scenario: body } = await held(api, scenario);
    const written = await api.exportMatrix({ path: 'matrix.xlsx', datasetId, scenario: body, format: 'xlsx' });
    expect(written!.path).toBe(join(workspace, 'matrix.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(written!.path);
    expect(book.worksheets.map((w) => w.name)).toEqual(['matrix', 'provenance']);
    const matrix = book.getWorksheet('matrix')!;
    // header + weights + one row per alternative, best first: m-three has the best accuracy (weight 3).
    expect(matrix.rowCount).toBe(2 + scenario.alternatives.length);
    expect(matrix.getRow(3).getCell(2).value).toBe('m-three');
    expect(book.getWorksheet('provenance')!.rowCount).toBe(1 + scenario.alternatives.length * 2);
  });
});

describe('native dialogs (Electron)', () => {
  it('asks for a data file to import and a place to export, and reads back only what was picked', async () => {
    const folder = tempDir('sewb-desktop-');
    const file = join(folder, 'scores.csv');
    writeFileSync(file, CSV.join('\n'));
    const asked: OpenKind[] = [];
    const answers: (string | null)[] = [file, null];
    const dialogs: FileDialogs = {
      pickOpenPath: async (kind) => (asked.push(kind ?? 'scenario'), answers.shift() ?? null),
      pickSavePath: async (name, ext) => join(folder, `${name}.${ext}`),
    };
    const service = createWorkbenchService({
      dataDir,
      workspaceDir: null,
      userDataDir: join(folder, 'user'),
      host: 'electron',
      version: '1',
      locale: 'en',
      ports: { dialogs },
    });
    const dataset = tinyDataset();
    const { document, datasetId } = await held(service, { ...tinyScenario(), dataset });
    const picked = await service.previewImport({ path: null, datasetId });
    expect(picked!.path).toBe(file);
    expect(await service.previewImport({ path: null, datasetId })).toBeNull();
    expect(asked).toEqual(['import', 'import']);
    const edits = [{ row: 3, skip: true as const }];
    const outcome = await service.commitImport({
      document,
      path: file,
      datasetId,
      mapping: picked!.preview.mapping,
      edits,
    });
    expect(outcome).toMatchObject({ ok: true, added: { observations: 2 } });
    await expect(
      service.commitImport({ document, path: join(folder, 'other.csv'), datasetId, mapping: {}, edits: [] }),
    ).rejects.toMatchObject({ code: 'forbidden' });

    const exported = await service.exportDataset({ path: null, datasetId, format: 'xlsx' });
    expect(exported!.path).toBe(join(folder, 'dataset.xlsx'));
    expect(existsSync(exported!.path)).toBe(true);
  });
});
