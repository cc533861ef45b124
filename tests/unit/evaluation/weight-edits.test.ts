import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { INCREMENTAL_FROM } from '../../../shared/engine/methods/wsm-edits';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { largeScenario } from '../../e2e/large-scenario';
import { wsmMissingReference } from '../engine/reference/wsm-missing-reference';

const U = 2 ** -53;

/**
 * The drift bound shared/engine/methods/wsm-edits.ts states and this test holds it to: (16c + 1)·u·N_i for c
 * criteria and N_i = max_j |n_ij| (a full pass's c roundings, at most c column updates of three roundings each,
 * weight totals at least half their peak; see that file).
 */
const incrementalBound = (c: number, rowMax: number) => (16 * c + 1) * U * rowMax;
const MODELS = 330;
const BENCHMARKS = 200;

/**
 * 330 × 200 (66,000 cells, above INCREMENTAL_FROM: the evaluation keeps its WSM sums between weight edits), one
 * observation in seven removed, so some cells are missing.
 */
function scenario(): { base: Scenario; values: number[][] } {
  const { scenario: input, values } = largeScenario(MODELS, BENCHMARKS, 11);
  const gone = (k: number) => k % 7 === 3;
  const observations = input.dataset.observations.filter((_, k) => !gone(k));
  const base = ScenarioSchema.parse({ ...input, dataset: { ...input.dataset, observations } });
  return { base, values: values.map((row, i) => row.map((v, j) => (gone(i * BENCHMARKS + j) ? NaN : v))) };
}

const withWeight = (s: Scenario, j: number, weight: number): Scenario => ({
  ...s,
  criteria: s.criteria.map((c, k) => (k === j ? { ...c, weight } : c)),
});

describe('weight edits through evaluateScenario at 66,000 cells, interleaved with every other kind of edit', () => {
  it('composites within the bound of the formula, composite = Σ contributions to the bound, ranks the formula’s', () => {
    expect(MODELS * BENCHMARKS).toBeGreaterThanOrEqual(INCREMENTAL_FROM);
    const { base, values } = scenario();
    const steps: { label: string; edit: (s: Scenario) => Scenario }[] = [];
    const slider = (j: number, w: number) => ({
      label: `weight ${j} → ${w}`,
      edit: (s: Scenario) => withWeight(s, j, w),
    });
    for (let e = 0; e < 6; e++) steps.push(slider((e * 37) % BENCHMARKS, 1 + ((e * 5) % 9)));
    steps.push({
      label: 'override',
      edit: (s) => ({
        ...s,
        overrides: [{ model: s.alternatives[4], benchmark: s.criteria[0].benchmark, value: 99.9, note: '' }],
      }),
    });
    steps.push(slider(0, 50));
    steps.push({ label: 'normalization max', edit: (s) => ({ ...s, normalization: 'max' }) });
    steps.push(slider(1, 0));
    steps.push({ label: 'missing renormalize', edit: (s) => ({ ...s, missing: 'renormalize' }) });
    steps.push(slider(2, 1e-3), slider(0, 7));
    steps.push({ label: 'criteria reversed', edit: (s) => ({ ...s, criteria: [...s.criteria].reverse() }) });
    steps.push(slider(3, 40), slider(3, 2));
    steps.push({
      label: 'benchmark 0 lower is better',
      edit: (s) => ({
        ...s,
        dataset: {
          ...s.dataset,
          benchmarks: s.dataset.benchmarks.map((b, j) => (j === 0 ? { ...b, direction: 'lower' as const } : b)),
        },
      }),
    });
    steps.push(slider(5, 30), { label: 'missing mean', edit: (s) => ({ ...s, missing: 'mean' }) }, slider(5, 1));

    let s = base;
    for (const step of steps) {
      s = step.edit(s);
      const e = evaluateScenario(s);
      // The reference: the dataset's values (cells removed as above) with the override, in the criteria's order.
      const index = new Map(base.criteria.map((c, j) => [c.benchmark, j]));
      const columns = s.criteria.map((c) => index.get(c.benchmark)!);
      const rows = values.map((row, i) =>
        columns.map((j) => {
          const o = s.overrides.find(
            (x) => x.model === s.alternatives[i] && x.benchmark === base.criteria[j].benchmark,
          );
          return o ? o.value : row[j];
        }),
      );
      const directions = s.criteria.map((c) => s.dataset.benchmarks.find((b) => b.id === c.benchmark)!.direction);
      const weights = s.criteria.map((c) => c.weight);
      const ref = wsmMissingReference(
        rows,
        directions,
        s.missing,
        weights,
        s.normalization === 'max' ? 'max' : 'minmax',
      );
      const c = s.criteria.length;
      e.alternatives.forEach((a, i) => {
        const { score, max, slack } = ref[i];
        const bound = incrementalBound(c, max);
        expect(Math.abs(a.composite - score), `${step.label}: ${a.model}`).toBeLessThanOrEqual(bound + slack);
        // The contributions shown: w_j·n_ij / Σ_present w_j from the normalized weights (their own (3c + 4)·u·N_i).
        const parts = Object.values(a.contributions).reduce((x, y) => x + y, 0);
        expect(Math.abs(a.composite - parts), `${step.label}: ${a.model}`).toBeLessThanOrEqual(
          bound + (3 * c + 4) * U * max,
        );
      });
      // One-decimal values: no two reference composites near the tie rule's edge, so every rank is the formula's.
      const scores = ref.map((r) => r.score);
      const ranks = scores.map((x) => 1 + scores.filter((y) => y > x && Math.abs(x - y) > 1e-12).length);
      expect(
        e.alternatives.map((a) => a.rank),
        step.label,
      ).toEqual(ranks);
    }
  });
});
