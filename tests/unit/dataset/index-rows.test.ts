import { describe, expect, it } from 'vitest';
import { datasetFromWire, datasetToWire } from '../../../shared/dataset/dataset-wire';
import { indexDataset } from '../../../shared/dataset/index';
import { randomDataset } from './random-dataset';

describe('indexDataset: rows of a model', () => {
  it('are the observations of that model in dataset order, rows shuffled or written model by model', () => {
    let sortedCases = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const shuffled = randomDataset(seed, 3 + (seed % 5), 2 + (seed % 3), 20 + seed * 5);
      const byModel = {
        ...shuffled,
        observations: [...shuffled.observations].sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0)),
      };
      for (const dataset of [shuffled, byModel, datasetFromWire(datasetToWire(byModel))]) {
        const index = indexDataset(dataset);
        const observations = dataset.observations;
        if (observations.every((o, k) => k === 0 || observations[k - 1].model <= o.model)) sortedCases++;
        for (const m of [...dataset.models.map((x) => x.id), 'not-here']) {
          // Brute force: every row whose model is m, in order.
          const expected = observations.flatMap((o, k) => (o.model === m ? [k] : []));
          expect(Array.from(index.rowsOfModel(m)), `seed ${seed}, ${m}`).toEqual(expected);
        }
      }
    }
    expect(sortedCases).toBeGreaterThanOrEqual(60); // the model-by-model datasets (rows and columns)
  });
});
