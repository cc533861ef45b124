import { describe, expect, it } from 'vitest';
import { DatasetSchema, type Dataset } from '../../../shared/domain/dataset';
import { columnsFromObservations } from '../../../shared/dataset/columnar';
import { columnIssues } from '../../../shared/dataset/columnar-check';
import { observationsFromArrow, observationsToArrow } from '../../../shared/dataset/observations-arrow';
import { createPrng } from '../../../shared/engine/prng';
import { randomDataset } from './random-dataset';

/**
 * A random dataset of `rows` observations with faults at random rows: ids repeated from any earlier row (near or far,
 * some three times), values outside the scale (closed scales run 0–20), standard errors negative or over half the
 * scale, unknown models and sources.
 */
function faulty(seed: number, rows: number): Dataset {
  const dataset = randomDataset(seed, 30, 8, rows);
  const rnd = createPrng(seed * 7919);
  const o = dataset.observations;
  for (let i = 1; i < o.length; i++) {
    const r = rnd();
    if (r < 0.01) o[i] = { ...o[i], id: o[Math.floor(rnd() * i)].id };
    else if (r < 0.015) o[i] = { ...o[i], value: 20.5 };
    else if (r < 0.02) o[i] = { ...o[i], value: -0.5, stderr: 11 };
    else if (r < 0.025) o[i] = { ...o[i], stderr: -1 };
    else if (r < 0.027) o[i] = { ...o[i], model: 'nobody' };
    else if (r < 0.029) o[i] = { ...o[i], source: 'nowhere' };
  }
  return dataset;
}

describe('the column check on random datasets', () => {
  it('finds every fault the dataset schema finds, at the same places, with the same messages (both id kinds)', () => {
    // From 2,049 rows the duplicate search splits the ids into buckets: sizes on both sides.
    for (const [seed, rows] of [
      [1, 300],
      [2, 2_100],
      [3, 5_000],
      [4, 9_000],
    ]) {
      const dataset = faulty(seed, rows);
      const schema = DatasetSchema.safeParse(dataset);
      const expected = schema.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).sort();
      expect(expected.filter((m) => m.includes('duplicate observation id')).length).toBeGreaterThan(rows / 500);
      const strings = columnsFromObservations(dataset.observations);
      const utf8 = observationsFromArrow(observationsToArrow(strings), rows, 'utf8');
      for (const columns of [strings, utf8]) {
        const issues = columnIssues(columns, dataset, { at: ['observations'], limit: 100_000 });
        expect(issues.map((i) => i.message).sort(), `seed ${seed}`).toEqual(expected);
      }
    }
  });

  it('finds no fault in a sound random dataset', () => {
    const dataset = randomDataset(5, 40, 10, 20_000);
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    const columns = columnsFromObservations(dataset.observations);
    expect(columnIssues(observationsFromArrow(observationsToArrow(columns), 20_000, 'utf8'), dataset)).toEqual([]);
  });
});
