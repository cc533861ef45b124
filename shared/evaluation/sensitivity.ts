import { applyMissingPolicy } from '../engine/missing';
import { prometheeNetFlowContributions } from '../engine/methods/promethee-contributions';
import { weightSweep } from '../engine/weight-sweep';
import type { Evaluation } from './evaluate';
import { usedMatrix } from './used-matrix';

/** One criterion's weight sweep of the ranking shown, by model id (see shared/engine/weight-sweep.ts). */
export interface CriterionSweep {
  benchmark: string;
  /** The criterion's weight now. */
  current: number;
  /** Per model, the composite at weight 0 and at weight 1 (a straight line between). */
  lines: { model: string; start: number; end: number }[];
  /** Every crossing inside (0, 1), by weight: `ahead` leads `behind` now. */
  crossings: { ahead: string; behind: string; at: number; score: number }[];
}

export type WeightSweepResult =
  { ok: true; criteria: CriterionSweep[] } | { ok: false; reason: 'not-additive' | 'incomplete' | 'too-few' };

/**
 * The weighted-sum sweep of every criterion in use (or of those in `only`), over the normalized matrix the
 * evaluation ranked (as the stability table, whose thresholds are the nearest crossings). Only for WSM over a
 * complete matrix.
 */
export function weightSweeps(evaluation: Evaluation, only?: readonly string[]): WeightSweepResult {
  if (!evaluation.contributionsAvailable) return { ok: false, reason: 'not-additive' };
  const used = usedMatrix(evaluation);
  if (!used.ok) return used;
  // rows of the used matrix: the alternatives that meet the coverage rule
  const model = (i: number) => used.models[i];
  const swept = used.criteria.flatMap((c, k) => (only && !only.includes(c.benchmark) ? [] : [{ c, k }]));
  return {
    ok: true,
    criteria: swept.map(({ c, k }) => {
      const sweep = weightSweep(used.matrix, used.weights, k);
      return {
        benchmark: c.benchmark,
        current: sweep.current,
        lines: sweep.lines.map((l, i) => ({ model: model(i), start: l.start, end: l.end })),
        crossings: sweep.crossings.map((x) => ({
          ahead: model(x.ahead),
          behind: model(x.behind),
          at: x.at,
          score: x.score,
        })),
      };
    }),
  };
}

/** Per model (alternatives order) the part of its composite due to each criterion in use. */
export interface CriterionContributions {
  /** weighted-sum: w_j × normalized value; net-flow: w_j × the single-criterion net flow φ_j (PROMETHEE II). */
  kind: 'weighted-sum' | 'net-flow';
  benchmarks: string[];
  rows: { model: string; parts: number[]; composite: number }[];
}

export type ContributionsResult =
  { ok: true; result: CriterionContributions } | { ok: false; reason: 'not-additive' | 'mismatch' };

/** Parts must add up to the composite shown within this (relative to its size), or they are refused. */
const SUM_TOLERANCE = 1e-9;

/**
 * What each criterion adds to each composite: for WSM the evaluation's contributions, for PROMETHEE II the
 * net-flow split (shared/engine/methods/promethee-contributions.ts) over the values the method ranked (after the
 * missing-value policy) with usual preference functions, as the evaluation ranks. Other methods do not split into
 * parts. Parts that do not add up to the composite shown are refused ("mismatch"), never drawn.
 */
export function criterionContributions(evaluation: Evaluation): ContributionsResult {
  const used = evaluation.criteria.flatMap((c, j) => (c.used ? [j] : []));
  const benchmarks = used.map((j) => evaluation.criteria[j].benchmark);
  let parts: number[][];
  if (evaluation.contributionsAvailable) {
    parts = evaluation.alternatives.map((a) => benchmarks.map((b) => a.contributions[b] ?? 0));
  } else if (evaluation.method === 'promethee2') {
    const directions = evaluation.criteria.map((c) => c.direction);
    const policy = applyMissingPolicy(evaluation.values, directions, evaluation.missingPolicy, false);
    const columns = policy.columns;
    if (columns.join() !== used.join()) return { ok: false, reason: 'mismatch' };
    const split = prometheeNetFlowContributions({
      matrix: policy.matrix,
      directions: columns.map((j) => directions[j]),
      weights: columns.map((j) => evaluation.criteria[j].weight),
    });
    parts = evaluation.alternatives.map((_, a) => columns.map((_, c) => split.data[a * split.cols + c]));
  } else return { ok: false, reason: 'not-additive' };
  const rows = evaluation.alternatives.map((a, i) => ({ model: a.model, parts: parts[i], composite: a.composite }));
  const adds = rows.every(
    (r) =>
      Math.abs(r.parts.reduce((s, x) => s + x, 0) - r.composite) <= SUM_TOLERANCE * Math.max(1, Math.abs(r.composite)),
  );
  if (!adds) return { ok: false, reason: 'mismatch' };
  return {
    ok: true,
    result: { kind: evaluation.contributionsAvailable ? 'weighted-sum' : 'net-flow', benchmarks, rows },
  };
}
