import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { weightStability } from '../../../shared/evaluation/robustness';
import { criterionContributions, weightSweeps } from '../../../shared/evaluation/sensitivity';
import { shipped, withWeight } from './shipped-scenario';

describe('weight sweeps of the shipped scenario', () => {
  const evaluation = evaluateScenario(shipped);
  const sweeps = weightSweeps(evaluation);
  const stability = weightStability(evaluation);

  it('each line at a weight is the composite the app computes with that weight', () => {
    if (!sweeps.ok) throw new Error(sweeps.reason);
    for (const [k, sweep] of sweeps.criteria.entries())
      for (const t of [0, 0.4, 1, sweep.current]) {
        const moved = evaluateScenario(withWeight(shipped, k, t));
        for (const line of sweep.lines) {
          const composite = moved.alternatives.find((a) => a.model === line.model)!.composite;
          expect(Math.abs(line.start + (line.end - line.start) * t - composite)).toBeLessThan(1e-9);
        }
      }
  });

  it('the nearest crossings are the thresholds of the stability table, naming the same pair', () => {
    if (!sweeps.ok || !stability.ok) throw new Error('not ranked');
    for (const [k, sweep] of sweeps.criteria.entries()) {
      const row = stability.criteria[k];
      const above = sweep.crossings.find((c) => c.at >= sweep.current);
      const below = sweep.crossings.filter((c) => c.at <= sweep.current).at(-1);
      if (row.above) {
        expect(Math.abs(above!.at - row.upper)).toBeLessThan(1e-9);
        expect([above!.ahead, above!.behind]).toEqual([row.above.ahead, row.above.behind]);
      } else expect(above).toBeUndefined();
      if (row.below) expect(Math.abs(below!.at - row.lower)).toBeLessThan(1e-9);
      else expect(below).toBeUndefined();
    }
  });

  it('are refused for a method that is not additive', () => {
    const topsis = evaluateScenario({ ...shipped, method: { ...shipped.method, name: 'topsis' } });
    expect(weightSweeps(topsis)).toEqual({ ok: false, reason: 'not-additive' });
  });
});

describe('contributions by criterion', () => {
  it('WSM: weight × normalized value, adding up to each composite', () => {
    const evaluation = evaluateScenario(shipped);
    const result = criterionContributions(evaluation);
    if (!result.ok) throw new Error(result.reason);
    expect(result.result.kind).toBe('weighted-sum');
    for (const row of result.result.rows) {
      const a = evaluation.alternatives.find((x) => x.model === row.model)!;
      result.result.benchmarks.forEach((b, j) => {
        const c = evaluation.criteria.find((x) => x.benchmark === b)!;
        expect(Math.abs(row.parts[j] - c.weight * a.normalized[b]!)).toBeLessThan(1e-12);
      });
    }
  });

  it('PROMETHEE II: w_j φ_j from the values shown (usual preference), adding up to the net flow', () => {
    const evaluation = evaluateScenario({ ...shipped, method: { ...shipped.method, name: 'promethee2' } });
    const result = criterionContributions(evaluation);
    if (!result.ok) throw new Error(result.reason);
    expect(result.result.kind).toBe('net-flow');
    const m = evaluation.alternatives.length;
    const { cols, data } = evaluation.values;
    result.result.benchmarks.forEach((b, c) => {
      const j = evaluation.criteria.findIndex((x) => x.benchmark === b);
      const { weight, direction } = evaluation.criteria[j];
      const s = direction === 'higher' ? 1 : -1;
      for (let a = 0; a < m; a++) {
        // Usual criterion: +1 per alternative beaten, −1 per alternative beating it (missing = worst after the policy).
        let net = 0;
        for (let o = 0; o < m; o++) {
          const x = data[a * cols + j];
          const y = data[o * cols + j];
          if (Number.isNaN(x) || Number.isNaN(y)) continue;
          net += Math.sign(s * (x - y));
        }
        if (evaluation.alternatives.some((_, r) => Number.isNaN(data[r * cols + j]))) continue;
        expect(Math.abs(result.result.rows[a].parts[c] - (weight * net) / (m - 1))).toBeLessThan(1e-12);
      }
    });
    for (const row of result.result.rows)
      expect(Math.abs(row.parts.reduce((x, y) => x + y, 0) - row.composite)).toBeLessThan(1e-12);
  });

  it('another method has no parts to draw', () => {
    const vikor = evaluateScenario({ ...shipped, method: { ...shipped.method, name: 'vikor' } });
    expect(criterionContributions(vikor)).toEqual({ ok: false, reason: 'not-additive' });
  });
});
