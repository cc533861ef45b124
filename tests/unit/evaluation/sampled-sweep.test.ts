import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type MethodName, type Scenario } from '../../../shared/domain/scenario';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { sampledWeightSweep } from '../../../shared/evaluation/sampled-sweep';
import { scoreRef, type Dir } from '../engine/reference/mcda-reference';

const shipped = ScenarioSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../data/scenarios/default.sewb'), 'utf8')),
);
const as = (method: MethodName): Scenario => ({ ...shipped, method: { ...shipped.method, name: method } });

/**
 * The reference's composites with criterion k's normalized weight at t and the others scaled in proportion, written
 * from the sweep's definition: the raw values with each missing cell filled by the worst observed value (the shipped
 * scenario's "worst" policy), scored by tests/unit/engine/reference/mcda-reference.ts.
 */
function referenceAt(scenario: Scenario, k: number, t: number): number[] {
  const ev = evaluateScenario(scenario);
  const { rows, cols, data } = ev.values;
  const dirs: Dir[] = ev.criteria.map((c) => (c.direction === 'higher' ? 'benefit' : 'cost'));
  const raw = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, j) => data[r * cols + j]));
  const matrix = raw.map((row) =>
    row.map((v, j) => {
      if (!Number.isNaN(v)) return v;
      const seen = raw.map((x) => x[j]).filter((x) => !Number.isNaN(x));
      return dirs[j] === 'benefit' ? Math.min(...seen) : Math.max(...seen);
    }),
  );
  const total = scenario.criteria.reduce((s, c) => s + c.weight, 0);
  const w = scenario.criteria.map((c) => c.weight / total);
  const rest = 1 - w[k];
  const weights = w.map((x, j) => (j === k ? t : (x / rest) * (1 - t)));
  return scoreRef({ matrix, dirs, weights, method: scenario.method.name, normalization: scenario.normalization })
    .scores;
}

describe.each(['topsis', 'promethee2'] as const)('sampled weight sweep of the shipped scenario under %s', (method) => {
  const scenario = as(method);
  const evaluation = evaluateScenario(scenario);
  const models = scenario.alternatives;
  const sweeps = scenario.criteria.map((c, k) => {
    const result = sampledWeightSweep(scenario, evaluation, c.benchmark, models);
    if (!result.ok) throw new Error(result.reason);
    return { k, sweep: result.sweep };
  });

  it('samples 41 weights on 0…1 and the weight now, and each composite equals the reference at that weight', () => {
    for (const { k, sweep } of sweeps) {
      expect(sweep.samples).toBe(41);
      expect(sweep.at).toEqual(expect.arrayContaining([0, 0.5, 1, sweep.current]));
      expect(sweep.at.length).toBeGreaterThanOrEqual(41);
      for (const [s, t] of sweep.at.entries()) {
        const expected = referenceAt(scenario, k, t);
        for (const curve of sweep.curves)
          expect(Math.abs(curve.composites[s] - expected[models.indexOf(curve.model)])).toBeLessThan(1e-9);
      }
    }
  });

  it('the curve at the weight now is the ranking shown', () => {
    for (const { sweep } of sweeps) {
      const s = sweep.at.indexOf(sweep.current);
      for (const curve of sweep.curves)
        expect(curve.composites[s]).toBeCloseTo(
          evaluation.alternatives.find((a) => a.model === curve.model)!.composite,
          9,
        );
    }
  });

  it('each crossing lies within the stated tolerance of a true change of order (reference just before and after)', () => {
    expect(sweeps.reduce((n, { sweep }) => n + sweep.crossings.length, 0)).toBeGreaterThan(0);
    for (const { k, sweep } of sweeps) {
      expect(sweep.tolerance).toBe(1e-6);
      for (const c of sweep.crossings) {
        const a = models.indexOf(c.ahead);
        const b = models.indexOf(c.behind);
        const before = referenceAt(scenario, k, Math.max(0, c.at - sweep.tolerance));
        const after = referenceAt(scenario, k, Math.min(1, c.at + sweep.tolerance));
        const lead = (x: number[]) => (evaluation.better === 'higher' ? x[a] - x[b] : x[b] - x[a]);
        expect(lead(before)).toBeGreaterThan(0);
        expect(lead(after)).toBeLessThan(0);
      }
    }
  });

  it('finds every change of order the reference shows on a grid ten times finer than the samples', () => {
    for (const { k, sweep } of sweeps) {
      const grid = Array.from({ length: 401 }, (_, i) => referenceAt(scenario, k, i / 400));
      let changes = 0;
      for (let a = 0; a < models.length; a++)
        for (let b = a + 1; b < models.length; b++) {
          const signs = grid.map((x) => Math.sign(x[a] - x[b])).filter((s) => s !== 0);
          for (let i = 1; i < signs.length; i++) if (signs[i] !== signs[i - 1]) changes++;
        }
      expect(sweep.crossings.length).toBe(changes);
    }
  });
});

describe('sampled weight sweep limits', () => {
  it('is refused above 2,000 candidates × criteria, before any evaluation', () => {
    const scenario = as('topsis');
    const evaluation = evaluateScenario(scenario);
    const many = Math.floor(2000 / scenario.criteria.length) + 1;
    const big = { ...scenario, alternatives: Array.from({ length: many }, (_, i) => `m${i}`) };
    expect(sampledWeightSweep(big, evaluation, scenario.criteria[0].benchmark, scenario.alternatives)).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });
});
