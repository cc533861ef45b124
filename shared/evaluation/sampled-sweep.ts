import type { Scenario } from '../domain/scenario';
import { EngineError } from '../engine/errors';
import { weightsWith } from '../engine/sensitivity';
import { evaluateScenario, type Evaluation } from './evaluate';

/** One criterion's sampled weight sweep of the models shown, for methods whose composites are not linear in a weight. */
export interface SampledSweep {
  benchmark: string;
  /** The criterion's weight now (normalized over the criteria in use). */
  current: number;
  /** Sample weights, ascending: `samples` evenly spaced on [0, 1] and the weight now. */
  at: number[];
  /** Per model shown, its composite at each sample weight. */
  curves: { model: string; composites: number[] }[];
  /** Every swap of two shown models found between samples, by weight: `ahead` leads `behind` below `at`. */
  crossings: { ahead: string; behind: string; at: number; score: number }[];
  /** Evenly spaced samples on [0, 1] (the weight now is added). */
  samples: number;
  /** Each crossing's weight is within this of where the two composites' order changes. */
  tolerance: number;
  better: 'higher' | 'lower';
}

export type SampledSweepResult =
  { ok: true; sweep: SampledSweep } | { ok: false; reason: 'too-large' | 'too-few' | 'unrankable' };

/** The sampled sweep runs up to this many candidates × criteria (each sample is a whole evaluation). */
export const SAMPLED_SWEEP_MAX_CELLS = 2000;
const SAMPLES = 41;
const TOLERANCE = 1e-6;

/**
 * The scenario with the normalized weight of criterion `k` (an index into the criteria in use, `used`) set to t and
 * the other criteria in use scaled proportionally, w_j(t) = w_j (1 − t)/(1 − w_k) (equal shares when they all weigh
 * 0), as the weighted-sum sweep (shared/engine/weight-sweep.ts); criteria not in use weigh 0, groups are flattened
 * into these weights.
 */
function withSweptWeight(scenario: Scenario, used: number[], base: number[], k: number, t: number): Scenario {
  const next = weightsWith(base, k, t);
  const weight = new Map(used.map((j, u) => [j, next[u]]));
  return {
    ...scenario,
    criteria: scenario.criteria.map((c, j) => ({ ...c, group: null, weight: weight.get(j) ?? 0 })),
  };
}

/**
 * The weight sweep of criterion `benchmark` for any method, by sampling (issue 11): the scenario is evaluated
 * (evaluateScenario) at SAMPLES weights evenly spaced on [0, 1] and the weight now, the others scaled proportionally;
 * where two of the `shown` models' composites change order between adjacent samples, the weight of the change is
 * found by bisection on the sign of their difference to TOLERANCE (the reported weight is the middle of the last
 * bracket, so within TOLERANCE/2 of it). Two swaps of one pair between adjacent samples cancel and are not seen.
 * Refused above SAMPLED_SWEEP_MAX_CELLS candidates × criteria, with fewer than two models shown, or when a swept
 * weight makes the scenario unrankable (e.g. WPM with a value ≤ 0 on the swept criterion).
 */
export function sampledWeightSweep(
  scenario: Scenario,
  evaluation: Evaluation,
  benchmark: string,
  shown: readonly string[],
): SampledSweepResult {
  if (scenario.alternatives.length * scenario.criteria.length > SAMPLED_SWEEP_MAX_CELLS)
    return { ok: false, reason: 'too-large' };
  const used = evaluation.criteria.flatMap((c, j) => (c.used ? [j] : []));
  const k = used.findIndex((j) => evaluation.criteria[j].benchmark === benchmark);
  const rows = shown.map((m) => evaluation.alternatives.findIndex((a) => a.model === m));
  if (k < 0 || rows.length < 2 || rows.some((r) => r < 0)) return { ok: false, reason: 'too-few' };
  const total = used.reduce((s, j) => s + evaluation.criteria[j].weight, 0);
  const base = used.map((j) => (total > 0 ? evaluation.criteria[j].weight / total : 1 / used.length));
  const current = base[k];
  const sign = evaluation.better === 'higher' ? 1 : -1;
  const cache = new Map<number, number[]>();
  const composites = (t: number): number[] => {
    let hit = cache.get(t);
    if (!hit) {
      const moved = evaluateScenario(withSweptWeight(scenario, used, base, k, t));
      cache.set(t, (hit = rows.map((r) => moved.alternatives[r].composite)));
    }
    return hit;
  };
  const at = [...new Set([...Array.from({ length: SAMPLES }, (_, i) => i / (SAMPLES - 1)), current])].sort(
    (a, b) => a - b,
  );
  try {
    const values = at.map(composites);
    const crossings: SampledSweep['crossings'] = [];
    // d(t) > 0 when a leads b at t (by the method's direction)
    const lead = (t: number, a: number, b: number) => Math.sign(sign * (composites(t)[a] - composites(t)[b]));
    for (let a = 0; a < rows.length; a++)
      for (let b = a + 1; b < rows.length; b++) {
        let from = 0; // the last sample where the pair is not tied
        while (from < at.length && lead(at[from], a, b) === 0) from++;
        for (let s = from + 1; s < at.length; s++) {
          const now = lead(at[s], a, b);
          if (now === 0) continue;
          const before = lead(at[from], a, b);
          if (now !== before) {
            let lo = at[from];
            let hi = at[s];
            while (hi - lo > TOLERANCE) {
              const mid = (lo + hi) / 2;
              const m = lead(mid, a, b);
              if (m === 0) lo = hi = mid;
              else if (m === before) lo = mid;
              else hi = mid;
            }
            const x = (lo + hi) / 2;
            const c = composites(x);
            crossings.push({
              ahead: shown[before > 0 ? a : b],
              behind: shown[before > 0 ? b : a],
              at: x,
              score: (c[a] + c[b]) / 2,
            });
          }
          from = s;
        }
      }
    crossings.sort((x, y) => x.at - y.at);
    return {
      ok: true,
      sweep: {
        benchmark,
        current,
        at,
        curves: shown.map((model, i) => ({ model, composites: values.map((v) => v[i]) })),
        crossings,
        samples: SAMPLES,
        tolerance: TOLERANCE,
        better: evaluation.better,
      },
    };
  } catch (error) {
    if (error instanceof EngineError) return { ok: false, reason: 'unrankable' };
    throw error;
  }
}
