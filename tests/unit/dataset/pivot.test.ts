import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../shared/dataset/index';
import { mergeImport } from '../../../shared/dataset/merge';
import { parseImport } from '../../../shared/dataset/parse-import';
import { pivotDataset } from '../../../shared/dataset/pivot';
import { resolveCell } from '../../../shared/dataset/resolve';
import { DatasetSchema } from '../../../shared/domain/dataset';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { randomDataset } from './random-dataset';

const root = join(import.meta.dirname, '../../..');
const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(root, 'data/datasets/default.json'), 'utf8')));
const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));

describe('pivotDataset', () => {
  it.each(['candidate-report', 'source-priority', 'latest', 'mean'] as const)(
    'equals resolveCell on every cell of the default dataset (%s)',
    (kind) => {
      const policy = { ...scenario.observationPolicy, kind };
      const pivot = pivotDataset(dataset, policy, scenario.alternatives);
      const index = indexDataset(dataset);
      pivot.models.forEach((m, i) =>
        pivot.benchmarks.forEach((b, j) => {
          const cell = resolveCell(index, policy, m, b, scenario.alternatives);
          const v = pivot.values[i * pivot.benchmarks.length + j];
          expect(Number.isNaN(v) ? null : v, `${m} × ${b}`).toBe(cell.value);
          expect(pivot.counts[i * pivot.benchmarks.length + j]).toBe(cell.candidates.length);
        }),
      );
      expect(pivot.counts.reduce((a, c) => a + c, 0)).toBe(dataset.observations.length);
    },
  );
});

describe('pivotDataset: complete', () => {
  it('says every cell has a value exactly when no cell of the pivot is NaN (random datasets, lists with gaps and repeats)', () => {
    let complete = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const d = randomDataset(seed, 3 + (seed % 4), 2 + (seed % 3), 10 + seed * 3);
      const policy = { ...scenario.observationPolicy, kind: 'mean' as const };
      const models = d.models.map((m) => m.id);
      const benchmarks = d.benchmarks.map((b) => b.id);
      for (const [ms, bs] of [
        [models, benchmarks],
        [models.slice(1), [...benchmarks, benchmarks[0]]],
        [[...models, 'not-here'], benchmarks],
      ]) {
        const pivot = pivotDataset(d, policy, models, ms, bs);
        const gaps = Array.from(pivot.values).some((v) => Number.isNaN(v));
        expect(pivot.complete, `seed ${seed}`).toBe(!gaps);
        if (pivot.complete) complete++;
      }
    }
    expect(complete).toBeGreaterThan(5); // both answers are reached
  });
});

describe('an imported, dated observation under the policies', () => {
  const csv =
    'model,setting,benchmark,value,source_url,source_kind\ngpt-oss-120b,high,KMMLU-Pro,64.0,https://example.org/indep,independent\n';
  const imported = parseImport({ name: 'indep.csv', text: csv }, dataset, { today: '2026-11-28' });
  const merged = mergeImport(dataset, imported);
  if (!merged.ok) throw new Error(merged.problems[0].message);
  const index = indexDataset(merged.dataset);
  const cell = (kind: 'source-priority' | 'candidate-report' | 'mean') =>
    resolveCell(index, { ...scenario.observationPolicy, kind }, 'gpt-oss-120b', 'kmmlu-pro', scenario.alternatives);

  it('wins under source priority (independent first) but not under candidate-report', () => {
    expect(cell('source-priority')).toMatchObject({ value: 64, why: { sourceKind: 'independent' } });
    expect(cell('candidate-report').value).not.toBe(64);
    expect(cell('mean').observationIds).toHaveLength(3);
  });
});
