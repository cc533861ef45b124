import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../shared/domain/dataset';
import { columnsFromObservations } from '../../../shared/dataset/columnar';
import {
  DatasetWireError,
  datasetFacts,
  datasetFromWire,
  datasetToWire,
  frameDataset,
  readDatasetWire,
} from '../../../shared/dataset/dataset-wire';
import { observationsToArrow } from '../../../shared/dataset/observations-arrow';
import { tinyDataset } from '../services/fixtures';

/** The tiny dataset with Korean names and notes, nulls and non-nulls in stderr, n and reportedAs. */
function mixedDataset(): Dataset {
  const dataset = tinyDataset();
  dataset.models[0] = { ...dataset.models[0], name: '하이퍼클로바 X 씽크', organization: '네이버' };
  dataset.benchmarks[0] = { ...dataset.benchmarks[0], name: 'KMMLU 한국어', note: '5-shot · 정답률' };
  dataset.observations = dataset.observations.map((o, i) => ({
    ...o,
    setting: i % 2 ? 'think' : 'default',
    stderr: i % 3 === 0 ? null : 0.5 * i,
    n: i % 2 ? 1000 + i : null,
    measuredBy: i === 4 ? '서강대학교 연구실' : o.measuredBy,
    reportedAs: i === 1 ? 'KMMLU (한국어, 5-shot)' : null,
    note: i === 2 ? '표 3의 값 — “최고” 설정' : '',
  }));
  return dataset;
}

/** Wire bytes of `dataset`'s facts over observation columns edited by `edit` (what a faulty sender might send). */
function wireWith(dataset: Dataset, edit: (columns: ReturnType<typeof columnsFromObservations>) => void) {
  const columns = columnsFromObservations(dataset.observations);
  edit(columns);
  return frameDataset(datasetFacts(dataset), observationsToArrow(columns), dataset.observations.length);
}

const refusal = (bytes: Uint8Array) => {
  try {
    readDatasetWire(bytes);
  } catch (error) {
    if (error instanceof DatasetWireError) return { message: error.message, path: error.path };
    throw error;
  }
  throw new Error('the bytes were accepted');
};

describe('dataset wire bytes', () => {
  it('round trip a dataset with nulls, non-ASCII text and dictionary columns to the same dataset', () => {
    const original = mixedDataset();
    const bytes = datasetToWire(original);
    expect(datasetFromWire(bytes)).toEqual(original);
    expect(datasetFromWire(bytes)).toEqual(mixedDataset()); // nothing changed in place either
  });

  it('carry the observations as an Arrow IPC file that apache-arrow reads on its own, dictionary-encoded', () => {
    const original = mixedDataset();
    const { observationsArrow } = readDatasetWire(datasetToWire(original));
    const table = tableFromIPC(observationsArrow);
    expect(table.numRows).toBe(original.observations.length);
    expect([...table.getChild('model')!]).toEqual(original.observations.map((o) => o.model));
    expect([...table.getChild('reportedAs')!]).toEqual(original.observations.map((o) => o.reportedAs));
    expect([...table.getChild('value')!]).toEqual(original.observations.map((o) => o.value));
    expect(String(table.schema.fields.find((f) => f.name === 'model')!.type)).toMatch(/^Dictionary/);
  });

  it('keep an empty dataset empty', () => {
    const empty = { ...tinyDataset(), observations: [] };
    expect(datasetFromWire(datasetToWire(empty))).toEqual(empty);
  });

  it('refuse a value outside its scale naming the row and column', () => {
    const bytes = wireWith(tinyDataset(), (c) => (c.value[4] = 130));
    expect(refusal(bytes)).toEqual({
      path: 'dataset.observations.4.value',
      message: 'dataset.observations.4.value: 130 is outside the scale of the benchmark (0–100)',
    });
  });

  it('refuse a repeated observation id and an id outside the id pattern, naming the row (ids read as bytes)', () => {
    const dataset = tinyDataset();
    const repeated = {
      ...dataset,
      observations: dataset.observations.map((o, i) => (i === 4 ? { ...o, id: 'm-two-acc' } : o)),
    };
    expect(refusal(datasetToWire(repeated))).toEqual({
      path: 'dataset.observations.4.id',
      message: 'dataset.observations.4.id: duplicate observation id m-two-acc (also at index 1)',
    });
    for (const bad of ['관측-1', 'Upper-case', '', '-leading-dash', 'x'.repeat(201)]) {
      const named = frameDataset(
        datasetFacts(dataset),
        observationsToArrow({
          ...columnsFromObservations(dataset.observations),
          id: dataset.observations.map((o, i) => (i === 2 ? bad : o.id)),
        }),
        6,
      );
      expect(refusal(named).path, JSON.stringify(bad)).toBe('dataset.observations.2.id');
    }
    // The longest id the schema takes (200 characters) passes.
    const longest = dataset.observations.map((o, i) => (i === 2 ? { ...o, id: 'x'.repeat(200) } : o));
    expect(datasetFromWire(datasetToWire({ ...dataset, observations: longest })).observations[2].id).toHaveLength(200);
  });

  it('refuse an observation of a model the dataset does not list', () => {
    const dataset = tinyDataset();
    dataset.models = dataset.models.filter((m) => m.id !== 'm-three');
    const bytes = frameDataset(
      datasetFacts(dataset),
      observationsToArrow(columnsFromObservations(tinyDataset().observations)),
      6,
    );
    expect(refusal(bytes).message).toBe('dataset.observations.2.model: unknown model m-three');
  });

  it('refuse facts the dataset schema refuses, naming the field', () => {
    const dataset = tinyDataset();
    dataset.models[1] = { ...dataset.models[1], id: 'm-one' };
    expect(refusal(datasetToWire(dataset)).path).toBe('dataset.models.1.id');
  });

  it('refuse bytes that are not a dataset, cut short or with a broken Arrow part', () => {
    expect(refusal(new TextEncoder().encode('{"models": []}')).message).toMatch(/^dataset: not a dataset/);
    const bytes = datasetToWire(tinyDataset());
    expect(refusal(bytes.subarray(0, 20)).message).toMatch(/^dataset: the JSON part .* runs past the end/);
    const broken = bytes.slice();
    broken.fill(0xff, broken.length - 200);
    expect(refusal(broken).path).toMatch(/^dataset\.observations/);
    // A row count the Arrow part does not have.
    const facts = datasetFacts(tinyDataset());
    const arrow = observationsToArrow(columnsFromObservations(tinyDataset().observations));
    expect(refusal(frameDataset(facts, arrow, 7)).message).toBe(
      'dataset.observations: 6 rows, but the manifest says 7 observations',
    );
  });
});
