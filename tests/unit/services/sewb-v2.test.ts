import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Float64,
  makeData,
  makeVector,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableFromIPC,
  tableToIPC,
} from 'apache-arrow';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../shared/api/errors';
import { columnsFromObservations, type ObservationColumns } from '../../../shared/dataset/columnar';
import { observationsToArrow } from '../../../shared/dataset/observations-arrow';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import {
  readScenarioDocument,
  readScenarioFile,
  serializeScenario,
  writeScenarioFile,
  writeScenarioV1File,
} from '../../../electron/services/scenario-file';
import { fingerprintOf } from '../../../electron/services/fingerprint';
import { browserApi, int32File, tempDir, tinyScenario } from './fixtures';
import { datasetFromWire, frameDataset, readDatasetWire } from '../../../shared/dataset/dataset-wire';

const root = join(import.meta.dirname, '../../..');
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function refusal(path: string): Promise<WorkbenchError> {
  const error = await readScenarioFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbenchError);
  expect((error as WorkbenchError).code).toBe('invalid-file');
  return error as WorkbenchError;
}

/** A version 2 file of `scenario` with its parts changed by hand (zip written here with fflate). */
function writeParts(
  path: string,
  scenario: Scenario,
  change: { manifest?: (m: Record<string, unknown>) => void; columns?: (c: ObservationColumns) => ObservationColumns },
  arrow?: Uint8Array,
): void {
  const { observations, ...facts } = scenario.dataset;
  const manifest: Record<string, unknown> = {
    ...scenario,
    schemaVersion: 2,
    dataset: facts,
    observations: { part: 'observations.arrow', rows: observations.length },
  };
  change.manifest?.(manifest);
  const columns = (change.columns ?? ((c) => c))(columnsFromObservations(observations));
  writeFileSync(
    path,
    zipSync({
      'manifest.json': strToU8(JSON.stringify(manifest)),
      'observations.arrow': arrow ?? observationsToArrow(columns),
    }),
  );
}

describe('.sewb version 2 files', () => {
  it('a version 1 file opens, saves as version 2 (a zip) and opens again as the same scenario', async () => {
    const dir = tempDir();
    const v1 = join(dir, 'old.sewb');
    const scenario = tinyScenario();
    scenario.dataset.observations[0] = { ...scenario.dataset.observations[0], stderr: 1.5, n: 200, note: '5-shot' };
    writeFileSync(v1, serializeScenario(scenario));
    const opened = await readScenarioFile(v1);
    expect(opened).toEqual(scenario);

    const v2 = join(dir, 'new.sewb');
    const fingerprint = await writeScenarioFile(v2, opened);
    const bytes = readFileSync(v2);
    expect([...bytes.subarray(0, 4)]).toEqual(ZIP_MAGIC);
    expect(fingerprint).toBe(fingerprintOf(bytes));
    expect(await readScenarioDocument(v2)).toEqual({ scenario, fingerprint });

    // The parts, read with the libraries directly: a manifest without observations, an Arrow table of them.
    const parts = unzipSync(bytes);
    expect(Object.keys(parts).sort()).toEqual(['manifest.json', 'observations.arrow']);
    const manifest = JSON.parse(strFromU8(parts['manifest.json']));
    expect(manifest).toMatchObject({ kind: 'sewb-scenario', schemaVersion: 2, observations: { rows: 6 } });
    expect(manifest.dataset.observations).toBeUndefined();
    expect(manifest.dataset.models.map((m: { id: string }) => m.id)).toEqual(['m-one', 'm-two', 'm-three']);
    const table = tableFromIPC(parts['observations.arrow']);
    expect(table.numRows).toBe(6);
    expect([...table.getChild('value')!]).toEqual([10, 20, 30, 1, 2, 3]);
    expect([...table.getChild('model')!]).toEqual(['m-one', 'm-two', 'm-three', 'm-one', 'm-two', 'm-three']);
    expect([...table.getChild('stderr')!]).toEqual([1.5, null, null, null, null, null]);
    expect([...table.getChild('n')!]).toEqual([200, null, null, null, null, null]);
    expect(String(table.getChild('model')!.type)).toBe('Dictionary<Int8, Utf8>'); // 3 models: the narrowest index
  });

  it('the same scenario saves to the same bytes', async () => {
    const dir = tempDir();
    const a = await writeScenarioFile(join(dir, 'a.sewb'), tinyScenario());
    const b = await writeScenarioFile(join(dir, 'b.sewb'), tinyScenario());
    expect(a).toBe(b);
  });

  it('saving through the service writes version 2; opening it gives back what was saved', async () => {
    const { api, workspace } = browserApi();
    writeFileSync(join(workspace, 'v1.sewb'), serializeScenario(tinyScenario('first')));
    const opened = await api.openScenario({ path: join(workspace, 'v1.sewb') });
    const saved = await api.saveScenario({
      path: join(workspace, 'v1.sewb'),
      document: opened!.document,
      datasetId: opened!.datasetId,
      scenario: { ...opened!.scenario, name: 'second' },
      expected: opened!.fingerprint,
    });
    expect([...readFileSync(join(workspace, 'v1.sewb')).subarray(0, 4)]).toEqual(ZIP_MAGIC);
    const again = await api.openScenario({ path: join(workspace, 'v1.sewb') });
    expect(again!.fingerprint).toBe(saved!.fingerprint);
    const { dataset, ...body } = { ...tinyScenario('second'), savedAt: saved!.savedAt };
    expect(again!.scenario).toEqual(body);
    expect(datasetFromWire(await api.getDataset({ datasetId: again!.datasetId }))).toEqual(dataset);
  });

  it('a version 2 file’s observations cross to the page and back to disk as the very Arrow bytes it holds', async () => {
    const { api, workspace } = browserApi();
    const scenario = tinyScenario('bytes');
    scenario.dataset.observations[1] = { ...scenario.dataset.observations[1], stderr: 0.25, n: 321 };
    // The model dictionary in an order of its own (last model first): encoding the rows again would give another
    // order, so equal bytes mean the file's own bytes were kept.
    const reversed = (c: ObservationColumns): ObservationColumns => {
      const { dictionary, indices } = c.model;
      const last = dictionary.length - 1;
      return { ...c, model: { dictionary: [...dictionary].reverse(), indices: indices.map((i) => last - i) } };
    };
    writeParts(join(workspace, 'held.sewb'), scenario, { columns: reversed });
    const part = unzipSync(new Uint8Array(readFileSync(join(workspace, 'held.sewb'))))['observations.arrow'];
    expect(part).not.toEqual(observationsToArrow(columnsFromObservations(scenario.dataset.observations)));
    const opened = await api.openScenario({ path: join(workspace, 'held.sewb') });
    const wire = await api.getDataset({ datasetId: opened!.datasetId });
    expect(readDatasetWire(wire).observationsArrow).toEqual(part);
    expect(datasetFromWire(wire)).toEqual(scenario.dataset);
    await api.saveScenario({
      path: join(workspace, 'copy.sewb'),
      document: opened!.document,
      datasetId: opened!.datasetId,
      scenario: { ...opened!.scenario, name: 'renamed' },
      expected: null,
    });
    const copy = unzipSync(new Uint8Array(readFileSync(join(workspace, 'copy.sewb'))));
    expect(copy['observations.arrow']).toEqual(part);
    expect(JSON.parse(strFromU8(copy['manifest.json'])).name).toBe('renamed');
    expect((await readScenarioFile(join(workspace, 'copy.sewb'))).dataset).toEqual(scenario.dataset);
  });

  it('getDataset sends a saved file’s Arrow table framed where it was read: the same bytes as framing a copy', async () => {
    const { api, workspace } = browserApi();
    const path = join(workspace, 'saved.sewb');
    const scenario = tinyScenario('in place');
    const fingerprint = await writeScenarioFile(path, scenario);
    const file = readFileSync(path);
    const opened = await api.openScenario({ path });
    expect(opened!.fingerprint).toBe(fingerprint);
    expect(fingerprintOf(file)).toBe(fingerprint);
    const { observations, ...facts } = scenario.dataset;
    const expected = frameDataset(facts, unzipSync(new Uint8Array(file))['observations.arrow'], observations.length);
    expect(await api.getDataset({ datasetId: opened!.datasetId })).toEqual(expected);
    expect(await api.getDataset({ datasetId: opened!.datasetId })).toEqual(expected);
    expect(datasetFromWire(expected)).toEqual(scenario.dataset);
    expect(readFileSync(path)).toEqual(file);
  });

  it('a version 2 file of the first writer (Int32 dictionary indices) opens as the same scenario', async () => {
    const path = join(tempDir(), 'int32.sewb');
    const scenario = tinyScenario('int32');
    writeParts(path, scenario, {}, int32File(scenario.dataset.observations));
    const part = unzipSync(new Uint8Array(readFileSync(path)))['observations.arrow'];
    expect(String(tableFromIPC(part).getChild('model')!.type)).toBe('Dictionary<Int32, Utf8>');
    expect(await readScenarioFile(path)).toEqual(scenario);
  });

  it('exports version 1 JSON that opens as the same scenario', async () => {
    const dir = tempDir();
    const path = join(dir, 'for-other-tools.sewb');
    await writeScenarioV1File(path, tinyScenario());
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toEqual(tinyScenario());
    expect(await readScenarioFile(path)).toEqual(tinyScenario());
  });

  it.each(readdirSync(join(root, 'data/scenarios')))(
    'the shipped %s (version 1) opens and round-trips',
    async (file) => {
      const shipped = join(root, 'data/scenarios', file);
      const expected = ScenarioSchema.parse(JSON.parse(readFileSync(shipped, 'utf8')));
      expect(await readScenarioFile(shipped)).toEqual(expected);
      const copy = join(tempDir(), file);
      await writeScenarioFile(copy, expected);
      expect(await readScenarioFile(copy)).toEqual(expected);
    },
  );
});

describe('a bad version 2 file is refused naming the part and the field', () => {
  const scenario = () => tinyScenario();
  const file = () => join(tempDir(), 'bad.sewb');

  it('zip magic, then not a zip', async () => {
    const path = file();
    writeFileSync(path, Buffer.from([...ZIP_MAGIC, 1, 2, 3, 4, 5]));
    expect((await refusal(path)).message).toMatch(/^.*bad\.sewb: not a readable \.sewb zip container \(/);
  });

  it('no manifest', async () => {
    const path = file();
    writeFileSync(path, zipSync({ 'observations.arrow': new Uint8Array(8) }));
    const error = await refusal(path);
    expect(error.message).toBe(`${path}: manifest.json: missing from the container`);
    expect(error.path).toBe(`${path} → manifest.json`);
  });

  it('a manifest field the schema refuses', async () => {
    const path = file();
    writeParts(path, scenario(), { manifest: (m) => ((m.criteria as { weight: number }[])[1].weight = -2) });
    const error = await refusal(path);
    expect(error.message).toMatch(new RegExp(`^${path}: manifest\\.json: criteria\\.1\\.weight: `));
    expect(error.path).toBe(`${path} → manifest.json → criteria.1.weight`);
  });

  it('a manifest that is not JSON, naming line and column', async () => {
    const path = file();
    writeFileSync(path, zipSync({ 'manifest.json': strToU8('{\n "kind": tru\n}') }));
    expect((await refusal(path)).message).toBe(
      `${path}: manifest.json: not valid JSON at line 2, column 13 (Unexpected token '\\n')`,
    );
  });

  it('a file from a newer version', async () => {
    const path = file();
    writeParts(path, scenario(), { manifest: (m) => (m.schemaVersion = 3) });
    expect((await refusal(path)).message).toMatch(
      /manifest\.json: schemaVersion: saved by a newer version.*3.*up to 2/,
    );
  });

  it('no observation table', async () => {
    const path = file();
    writeParts(path, scenario(), {});
    const parts = unzipSync(readFileSync(path));
    writeFileSync(path, zipSync({ 'manifest.json': parts['manifest.json'] }));
    expect((await refusal(path)).message).toBe(`${path}: observations.arrow: missing from the container`);
  });

  it('a corrupt Arrow table', async () => {
    const path = file();
    const arrow = observationsToArrow(columnsFromObservations(scenario().dataset.observations));
    writeParts(path, scenario(), {}, arrow.subarray(0, arrow.length >> 1));
    expect((await refusal(path)).message).toMatch(
      new RegExp(`^${path}: observations\\.arrow: not a readable Arrow IPC file \\(`),
    );
  });

  it('an Arrow table whose bytes changed after it was written (its CRC-32 no longer matches)', async () => {
    const path = file();
    await writeScenarioFile(path, scenario());
    const bytes = readFileSync(path);
    const table = unzipSync(new Uint8Array(bytes))['observations.arrow'];
    const at = bytes.indexOf(Buffer.from(table.subarray(0, 64)));
    bytes[at + table.length - 100] ^= 0x01;
    writeFileSync(path, bytes);
    const error = await refusal(path);
    expect(error.message).toBe(
      `${path}: observations.arrow: its bytes do not match their CRC-32 (the file is damaged)`,
    );
    expect(error.path).toBe(`${path} → observations.arrow`);
  });

  it('a table of a different row count than the manifest', async () => {
    const path = file();
    writeParts(path, scenario(), { manifest: (m) => (m.observations = { part: 'observations.arrow', rows: 5 }) });
    expect((await refusal(path)).message).toBe(
      `${path}: observations.arrow: 6 rows, but the manifest says 5 observations`,
    );
  });

  it('a column stored shorter than the table', async () => {
    const path = file();
    // A table whose schema says 6 rows, with a value column of 5 numbers: built from raw Arrow data.
    const good = tableFromIPC(observationsToArrow(columnsFromObservations(scenario().dataset.observations)));
    const children = good.schema.fields.map((f) =>
      f.name === 'value'
        ? makeData({ type: new Float64(), length: 6, data: new Float64Array([10, 20, 30, 1, 2]) })
        : good.getChild(f.name)!.data[0],
    );
    const schema = new Schema(good.schema.fields);
    const batch = new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: 6, children }));
    writeParts(path, scenario(), {}, tableToIPC(new Table([batch]), 'file'));
    const error = await refusal(path);
    expect(error.message).toBe(`${path}: observations.arrow: column value: 5 values stored for 6 rows`);
    expect(error.path).toBe(`${path} → observations.arrow → value`);
  });

  it('a column of the wrong type', async () => {
    const path = file();
    const good = tableFromIPC(observationsToArrow(columnsFromObservations(scenario().dataset.observations)));
    const vectors = Object.fromEntries(good.schema.fields.map((f) => [f.name, good.getChild(f.name)!]));
    const swapped = new Table({ ...vectors, n: makeVector(new Float64Array(6).fill(5)) });
    writeParts(path, scenario(), {}, tableToIPC(swapped, 'file'));
    expect((await refusal(path)).message).toBe(`${path}: observations.arrow: column n: expected Uint32, found Float64`);
  });

  it('a value outside its benchmark’s scale, naming the row and the column', async () => {
    const path = file();
    writeParts(path, scenario(), {
      columns: (c) => {
        c.value[4] = 130;
        return c;
      },
    });
    const error = await refusal(path);
    expect(error.message).toBe(
      `${path}: observations.arrow: dataset.observations.4.value: 130 is outside the scale of the benchmark (0–100)`,
    );
    expect(error.path).toBe(`${path} → observations.arrow → dataset.observations.4.value`);
  });

  it('an observation of a model the manifest does not list', async () => {
    const path = file();
    writeParts(path, scenario(), {
      manifest: (m) => {
        const dataset = m.dataset as Scenario['dataset'];
        dataset.models = dataset.models.filter((x) => x.id !== 'm-two');
        m.alternatives = ['m-one', 'm-three'];
      },
    });
    expect((await refusal(path)).message).toBe(
      `${path}: observations.arrow: dataset.observations.1.model: unknown model m-two`,
    );
  });
});
