import { describe, expect, it } from 'vitest';
import type { Dataset, Observation } from '../../../shared/domain/dataset';
import { datasetFromWire, datasetToWire } from '../../../shared/dataset/dataset-wire';
import { benchmarkHealth, type BenchmarkHealth } from '../../../shared/evaluation/benchmark-health';
import { randomDataset } from '../dataset/random-dataset';

/** README: independent = the source kind is independent, or a named third party measured it (no maker, not unknown). */
function independent(o: Observation, dataset: Dataset): boolean {
  const kind = dataset.sources.find((s) => s.id === o.source)?.kind;
  if (kind === 'independent') return true;
  const by = o.measuredBy.trim();
  return !(
    by === 'model maker' ||
    by.startsWith('maker of ') ||
    kind === 'user' ||
    ['', 'unknown'].includes(by.toLowerCase())
  );
}

/** Ties met by the reference across the seeds: a second reference at the best value, a second group at the widest. */
const ties = { best: 0, spread: 0 };

/**
 * Benchmark health written from its definition (benchmark-health.ts's doc comment), by brute force over the row
 * objects: every observation of the benchmark; the best reference value (the first in dataset order among equals);
 * every pair of observations of one model in one setting, the widest pair's group, the first group (in order of
 * its first observation) among equally wide ones.
 */
function reference(dataset: Dataset, references: string[], id: string, margin: number, threshold: number) {
  const b = dataset.benchmarks.find((x) => x.id === id);
  const rows = dataset.observations.filter((o) => o.benchmark === id);
  const higher = (b?.direction ?? 'higher') === 'higher';
  const top = b?.scale ? (higher ? b.scale.max : b.scale.min) : null;
  const refs = rows.filter((o) => references.includes(o.model));
  const bestValue = higher ? Math.max(...refs.map((o) => o.value)) : Math.min(...refs.map((o) => o.value));
  const atBest = refs.filter((o) => o.value === bestValue);
  if (top !== null && atBest.length > 1) ties.best++;
  const best = top === null || !refs.length ? null : { model: atBest[0].model, value: bestValue, top };
  const groups: Observation[][] = [];
  for (const o of rows) {
    const group = groups.find((g) => g[0].model === o.model && g[0].setting === o.setting);
    if (group) group.push(o);
    else groups.push([o]);
  }
  let widest = -1;
  let spread: BenchmarkHealth['spread'] = null;
  for (const g of groups)
    for (const x of g)
      for (const y of g)
        if (x !== y && y.value - x.value > widest) {
          widest = y.value - x.value;
          spread = { model: g[0].model, setting: g[0].setting, lo: x.value, hi: y.value };
        }
  const wide = groups.filter(
    (g) => g.length > 1 && Math.max(...g.map((o) => o.value)) - Math.min(...g.map((o) => o.value)) === widest,
  );
  if (wide.length > 1) ties.spread++;
  // The first group reaching the widest spread, not the last pair found: take it again from the first such group.
  if (wide.length) {
    const values = wide[0].map((o) => o.value);
    spread = { model: wide[0][0].model, setting: wide[0][0].setting, lo: Math.min(...values), hi: Math.max(...values) };
  }
  const count = rows.filter((o) => independent(o, dataset)).length;
  const derived = {
    'self-reported-only': count === 0,
    saturated: best ? Math.abs(top! - best.value) <= margin + 1e-9 : null,
    'harness-spread': spread ? spread.hi - spread.lo > threshold + 1e-9 : false,
  };
  const state = (value: boolean | null) => ({ derived: value, override: null, value });
  return {
    benchmark: id,
    name: b?.name ?? id,
    flags: {
      'self-reported-only': state(derived['self-reported-only']),
      saturated: state(derived.saturated),
      'harness-spread': state(derived['harness-spread']),
    },
    independent: count,
    best,
    spread,
  };
}

describe('benchmark health over columns', () => {
  it('equals the definition on random datasets with ties and several settings per model, rows or columns', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const dataset = randomDataset(seed, 4 + (seed % 9), 2 + (seed % 5), 20 + seed * 7);
      const columnar = datasetFromWire(datasetToWire(dataset));
      const references = dataset.models.filter((m) => m.group === 'reference').map((m) => m.id);
      // Every benchmark, one asked twice and one the dataset does not have.
      const asked = [...dataset.benchmarks.map((b) => b.id), 'b0', 'not-here'];
      for (const [margin, threshold] of [
        [5, 5],
        [0, 0],
        [1.5, 2],
      ]) {
        const settings = { saturationMargin: margin, spreadThreshold: threshold, overrides: [] };
        const expected = asked.map((id) => reference(dataset, references, id, margin, threshold));
        for (const d of [dataset, columnar]) {
          const got = benchmarkHealth({ dataset: d, references, criteria: [], benchmarkHealth: settings }, asked);
          expect(got, `seed ${seed}, margin ${margin}, threshold ${threshold}`).toEqual(expected);
        }
      }
    }
    // The random datasets did reach the tie rules (first reference at the best value, first group at the widest).
    expect(ties.best).toBeGreaterThan(10);
    expect(ties.spread).toBeGreaterThan(10);
  });

  it('equals it too above 2^24 benchmark × model pairs, where the one pass leaves repeated pairs to the grouping', () => {
    const base = randomDataset(7, 4600, 4600, 16_000);
    // Every 40th observation again for its model in its setting with another value: spreads for the grouping to find.
    const again = base.observations
      .filter((_, k) => k % 40 === 0)
      .map((o, k) => ({ ...o, id: `${o.id}-again`, value: (o.value + 3 + (k % 9)) % 20 }));
    const dataset: Dataset = { ...base, observations: [...base.observations, ...again] };
    const seen = (field: 'model' | 'benchmark') => new Set(dataset.observations.map((o) => o[field])).size;
    expect(seen('model') * seen('benchmark')).toBeGreaterThan(2 ** 24);
    const references = dataset.models.filter((m) => m.group === 'reference').map((m) => m.id);
    const asked = dataset.benchmarks.map((b) => b.id);
    const settings = { saturationMargin: 1.5, spreadThreshold: 2, overrides: [] };
    const expected = asked.map((id) => reference(dataset, references, id, 1.5, 2));
    expect(expected.filter((h) => h.spread !== null).length).toBeGreaterThan(100);
    for (const d of [dataset, datasetFromWire(datasetToWire(dataset))])
      expect(benchmarkHealth({ dataset: d, references, criteria: [], benchmarkHealth: settings }, asked)).toEqual(
        expected,
      );
  });
});
