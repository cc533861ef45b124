import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../shared/domain/dataset';
import {
  columnsFromObservations,
  observationsFromColumns,
  valuesInOrder,
  type ObservationColumns,
} from '../../../shared/dataset/columnar';
import { columnIssues } from '../../../shared/dataset/columnar-check';
import { tinyDataset } from '../services/fixtures';

const root = join(import.meta.dirname, '../../..');
const shipped = DatasetSchema.parse(JSON.parse(readFileSync(join(root, 'data/datasets/default.json'), 'utf8')));

/** The tiny dataset's six observations (rows 0–2 on "acc", 3–5 on "err", both 0–100 %) as columns. */
const tiny = () => {
  const dataset = tinyDataset();
  return { dataset, columns: columnsFromObservations(dataset.observations) };
};
const messages = (columns: ObservationColumns) => columnIssues(columns, tinyDataset()).map((i) => i.message);

describe('observation columns', () => {
  it('encode the shipped dataset and decode to the same rows', () => {
    const columns = columnsFromObservations(shipped.observations);
    expect(observationsFromColumns(columns)).toEqual(shipped.observations);
    expect(columnIssues(columns, shipped)).toEqual([]);
    // 489 observations name 35 models at most: the ids are stored once each.
    expect(columns.model.dictionary.length).toBeLessThanOrEqual(shipped.models.length);
    expect(columns.model.indices).toBeInstanceOf(Int32Array);
  });

  it('keep "none" apart from every number: stderr NaN, n 0, reportedAs -1', () => {
    const { dataset } = tiny();
    dataset.observations[0] = { ...dataset.observations[0], stderr: 0, n: 1, reportedAs: 'ACC (5-shot)' };
    const columns = columnsFromObservations(dataset.observations);
    expect([columns.stderr[0], columns.n[0], columns.reportedAs.indices[0]]).toEqual([0, 1, 0]);
    expect([columns.stderr[1], columns.n[1], columns.reportedAs.indices[1]]).toEqual([NaN, 0, -1]);
    expect(observationsFromColumns(columns)).toEqual(dataset.observations);
  });
});

describe('the column validator names the row and the column', () => {
  it('a value that is not a number', () => {
    const { columns } = tiny();
    columns.value[4] = NaN;
    expect(messages(columns)).toEqual(['dataset.observations.4.value: a value is a finite number, not NaN']);
  });

  it('a value outside its benchmark’s scale, and a stderr wider than half of it', () => {
    const { columns } = tiny();
    columns.value[2] = 130;
    columns.stderr[5] = 51;
    expect(messages(columns)).toEqual([
      'dataset.observations.2.value: 130 is outside the scale of the benchmark (0–100)',
      'dataset.observations.5.stderr: a standard error on the scale 0–100 is at most 50 (half its width), not 51',
    ]);
  });

  it('an infinite stderr', () => {
    const { columns } = tiny();
    columns.stderr[1] = Infinity;
    expect(messages(columns)).toEqual([
      'dataset.observations.1.stderr: a standard error is a finite number ≥ 0, not Infinity',
    ]);
  });

  it('an unknown model id, at every row that names it', () => {
    const { columns } = tiny();
    // Rows 0 and 3 are m-one's: renaming the dictionary entry makes both unknown.
    const model = { ...columns.model, dictionary: columns.model.dictionary.map((m) => (m === 'm-one' ? 'm-zero' : m)) };
    expect(messages({ ...columns, model })).toEqual([
      'dataset.observations.0.model: unknown model m-zero',
      'dataset.observations.3.model: unknown model m-zero',
    ]);
  });

  it('an unknown source and benchmark', () => {
    const { columns } = tiny();
    const source = { indices: columns.source.indices, dictionary: ['elsewhere'] };
    const benchmark = { indices: columns.benchmark.indices, dictionary: ['acc', 'nope'] };
    const found = messages({ ...columns, source, benchmark });
    expect(found).toContain('dataset.observations.0.source: unknown source elsewhere');
    expect(found).toContain('dataset.observations.3.benchmark: unknown benchmark nope');
    expect(found).toHaveLength(6 + 3);
  });

  it('an index outside its dictionary', () => {
    const { columns } = tiny();
    columns.benchmark.indices[5] = 2; // the dictionary holds acc and err
    columns.setting.indices[0] = -1; // setting is not nullable
    expect(messages(columns)).toEqual([
      'dataset.observations.0.setting: index -1 is outside the setting dictionary (1 entries)',
      'dataset.observations.5.benchmark: index 2 is outside the benchmark dictionary (2 entries)',
    ]);
  });

  it('a column of the wrong length, before reading any row', () => {
    const { columns } = tiny();
    const issues = columnIssues({ ...columns, value: columns.value.subarray(0, 5) }, tinyDataset());
    expect(issues).toEqual([
      {
        row: null,
        column: 'value',
        path: ['dataset', 'observations', 'value'],
        message: 'dataset.observations.value: 5 values, expected 6 (one per observation, as the id column)',
      },
    ]);
  });

  it('a duplicate or malformed id, an empty setting', () => {
    const { columns } = tiny();
    const id = [...columns.id];
    id[3] = id[1];
    id[4] = 'Bad Id';
    const setting = { indices: columns.setting.indices, dictionary: [''] };
    const found = messages({ ...columns, id, setting });
    expect(found.slice(0, 2)).toEqual([
      'dataset.observations.0.setting: Too small: expected string to have >=1 characters',
      'dataset.observations.1.setting: Too small: expected string to have >=1 characters',
    ]);
    expect(found).toContain(`dataset.observations.3.id: duplicate observation id ${id[1]} (also at index 1)`);
    expect(found).toContain('dataset.observations.4.id: an id is lower-case letters, digits, ".", "_" or "-"');
  });

  it('stops at the limit and takes its prefix from the caller', () => {
    const { columns } = tiny();
    columns.value.fill(-1);
    const issues = columnIssues(columns, tinyDataset(), { at: ['observations'], limit: 2 });
    expect(issues.map((i) => i.message)).toEqual([
      'observations.0.value: -1 is outside the scale of the benchmark (0–100)',
      'observations.1.value: -1 is outside the scale of the benchmark (0–100)',
    ]);
  });

  it('the same rows fail the dataset schema at the same places with the same messages', () => {
    const dataset = tinyDataset();
    const o = dataset.observations;
    // Finite numbers: zod's own number check would refuse NaN before the dataset's rules run.
    o[1] = { ...o[1], stderr: 60 };
    o[2] = { ...o[2], value: -3, model: 'm-zero' };
    o[4] = { ...o[4], value: 130 };
    o[5] = { ...o[5], id: o[0].id, source: 'elsewhere' };
    const schema = DatasetSchema.safeParse(dataset);
    const expected = schema.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    const columnar = columnIssues(columnsFromObservations(o), dataset, { at: ['observations'] });
    expect(columnar.map((i) => i.message).sort()).toEqual(expected.sort());
  });
});

describe('the distinct values of a dictionary column', () => {
  // The reference: each row's value, kept where it was not seen in an earlier row (none, -1, left out).
  const firstSeen = (indices: number[], dictionary: string[]) =>
    indices.flatMap((index, i) => (index >= 0 && indices.indexOf(index) === i ? [dictionary[index]] : []));

  it('are listed in order of first appearance, with rows without a value left out', () => {
    const dictionary = ['zero-shot', 'five-shot', 'cot', 'unused'];
    const indices = [-1, 2, 2, -1, 0, 2, 0, -1, 1, 1, 0];
    expect(valuesInOrder({ indices: Int32Array.from(indices), dictionary })).toEqual(firstSeen(indices, dictionary));
    expect(valuesInOrder({ indices: Int32Array.from(indices), dictionary })).toEqual(['cot', 'zero-shot', 'five-shot']);
  });

  it('are all found when every value of the dictionary appears, the last one late', () => {
    const dictionary = ['a', 'b', 'c'];
    const indices = [...Array.from({ length: 5000 }, (_, i) => i % 2), -1, 2, 0, 1];
    expect(valuesInOrder({ indices: Int32Array.from(indices), dictionary })).toEqual(firstSeen(indices, dictionary));
  });
});
