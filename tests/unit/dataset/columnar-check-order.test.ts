import { describe, expect, it } from 'vitest';
import { DatasetSchema, type Dataset } from '../../../shared/domain/dataset';
import { COLUMN_NAMES, columnsFromObservations, type ColumnName } from '../../../shared/dataset/columnar';
import { columnIssues } from '../../../shared/dataset/columnar-check';
import { observationsFromArrow, observationsToArrow } from '../../../shared/dataset/observations-arrow';
import { createPrng } from '../../../shared/engine/prng';
import { randomDataset } from './random-dataset';

/**
 * A random dataset with faults in every column the rows can carry, several in some rows: ids malformed or repeated
 * from an earlier row, unknown models, benchmarks and sources, empty settings and measurers, values outside the
 * scale, standard errors negative or over half the scale.
 */
function faulty(seed: number, rows: number, rate: number): Dataset {
  const dataset = randomDataset(seed, 20, 6, rows);
  const rnd = createPrng(seed * 104729);
  const o = dataset.observations;
  const faults: ((i: number) => void)[] = [
    (i) => (o[i] = { ...o[i], id: o[Math.floor(rnd() * i)].id }),
    (i) => (o[i] = { ...o[i], id: `Bad Id ${i}` }),
    (i) => (o[i] = { ...o[i], model: 'nobody' }),
    (i) => (o[i] = { ...o[i], benchmark: 'nothing' }),
    (i) => (o[i] = { ...o[i], source: 'nowhere' }),
    (i) => (o[i] = { ...o[i], setting: '' }),
    (i) => (o[i] = { ...o[i], measuredBy: '' }),
    (i) => (o[i] = { ...o[i], value: 20.5 }),
    (i) => (o[i] = { ...o[i], stderr: -1 }),
    (i) => (o[i] = { ...o[i], value: -0.5, stderr: 11 }),
  ];
  for (let i = 1; i < o.length; i++) {
    // Some rows get two or three faults, in different columns.
    for (let k = 0; k < 3 && rnd() < rate; k++) faults[Math.floor(rnd() * faults.length)](i);
  }
  return dataset;
}

/** The dataset schema's issues on the row objects, in row order and, within a row, in the order of the columns. */
function schemaIssuesInRowOrder(dataset: Dataset): string[] {
  const issues = DatasetSchema.safeParse(dataset).error?.issues ?? [];
  const place = (path: PropertyKey[]) => [Number(path[1]), COLUMN_NAMES.indexOf(path[2] as ColumnName)];
  return issues
    .map((issue) => ({ at: place(issue.path), message: `${issue.path.join('.')}: ${issue.message}` }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    .map((issue) => issue.message);
}

describe('the column check stopping early', () => {
  it('gives the first issues in row order, across columns and duplicate ids, as the schema finds them on rows', () => {
    for (const [seed, rows, rate] of [
      [11, 400, 0.05],
      [12, 3_000, 0.01],
      [13, 6_000, 0.005],
      [14, 2_500, 0.1],
    ]) {
      const dataset = faulty(seed, rows, rate);
      const expected = schemaIssuesInRowOrder(dataset);
      expect(expected.length, `seed ${seed}`).toBeGreaterThan(10);
      const strings = columnsFromObservations(dataset.observations);
      const utf8 = observationsFromArrow(observationsToArrow(strings), rows, 'utf8');
      for (const columns of [strings, utf8])
        for (const limit of [1, 2, 3, 7, 25]) {
          const issues = columnIssues(columns, dataset, { at: ['observations'], limit });
          expect(
            issues.map((i) => i.message),
            `seed ${seed}, limit ${limit}`,
          ).toEqual(expected.slice(0, limit));
        }
    }
  });

  it('reports a repeated id at or before the row where it stops, and one the schema refuses as the schema does', () => {
    const dataset = randomDataset(21, 10, 4, 500);
    const o = dataset.observations;
    o[2] = { ...o[2], source: 'nowhere' };
    o[300] = { ...o[300], id: o[7].id, model: 'nobody' };
    o[40] = { ...o[40], id: 'Bad Id' };
    o[41] = { ...o[41], id: 'Bad Id' };
    const expected = schemaIssuesInRowOrder(dataset);
    expect(expected).toEqual([
      'observations.2.source: unknown source nowhere',
      'observations.40.id: an id is lower-case letters, digits, ".", "_" or "-"',
      'observations.41.id: an id is lower-case letters, digits, ".", "_" or "-"',
      'observations.41.id: duplicate observation id Bad Id (also at index 40)',
      `observations.300.id: duplicate observation id ${o[7].id} (also at index 7)`,
      'observations.300.model: unknown model nobody',
    ]);
    const first = (limit: number) =>
      columnIssues(columnsFromObservations(o), dataset, { at: ['observations'], limit }).map((i) => i.message);
    expect(first(10)).toEqual(expected);
    // The pass stops at row 300 (its unknown model is the 5th issue): its repeated id comes first.
    expect(first(5)).toEqual(expected.slice(0, 5));
    o[2] = { ...o[2], source: o[3].source };
    o[40] = { ...o[40], id: 'm-40' };
    o[41] = { ...o[41], id: 'm-41' };
    expect(first(1)).toEqual([`observations.300.id: duplicate observation id ${o[7].id} (also at index 7)`]);
  });
});
