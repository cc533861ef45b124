import type { Scenario } from '../../domain/scenario';
import { EngineError } from '../../engine/errors';
import { competitionRanks } from '../../engine/rank';
import { rankReversalThresholds } from '../../engine/sensitivity';
import { evaluateScenario } from '../evaluate';
import { usedMatrix } from '../used-matrix';
import type { Goal } from './goal';
import { EXACT_TOLERANCE, type HowSolved } from './search';

/**
 * Why no weight is given: `not-additive` — the exact thresholds are those of the weighted sum (WSM only);
 * `grouped` — criteria sit in weighted groups, where one weight does not move alone; `incomplete` — a missing value
 * the ranking fills or skips per model; `not-used` — the criterion is left out of the ranking; `no-weight` — no
 * weight in [0, 1] (the others scaled proportionally) makes the goal hold; `not-a-rank-goal` — the goal does not
 * read the composite.
 */
export type WeightObstacle = 'not-additive' | 'grouped' | 'incomplete' | 'not-used' | 'no-weight' | 'not-a-rank-goal';

export interface WeightAnswer {
  benchmark: string;
  name: string;
  /** Normalized weight now (of the criteria in use). */
  current: number;
  rawWeight: number;
  state: 'holds' | 'reachable' | 'not-reachable';
  /** The normalized weight nearest the current one at which the goal holds, the others scaled proportionally. */
  weight: number | null;
  /** The raw weight (the slider's value) that gives it, the other raw weights unchanged; null for weight 1. */
  rawNeeded: number | null;
  how: HowSolved | null;
  obstacle: WeightObstacle | null;
}

/**
 * Per criterion, the weight at which a rank or overtake goal holds (WSM): with criterion k's weight set to t and the
 * others scaled proportionally every composite is linear in t, S_i(t) = t·n_ik + (1 − t)·B_i, so the model's rank
 * changes only at the exact rank-reversal thresholds of shared/engine/sensitivity.ts (the ones the weight-stability
 * table shows) of pairs with the model. The goal is read at each threshold and just past it (the tolerance: a tie
 * does not overtake) and at 0 and 1; the nearest weight to the current one where it holds is the answer.
 */
export function weightAnswers(scenario: Scenario, model: string, goal: Goal, holdsNow: boolean): WeightAnswer[] {
  if (goal.kind !== 'rank' && goal.kind !== 'overtake') return [];
  let evaluation;
  try {
    evaluation = evaluateScenario(scenario);
  } catch (error) {
    if (error instanceof EngineError) return [];
    throw error;
  }
  const used = usedMatrix(evaluation);
  const grouped = scenario.criteria.some((c) => c.group !== null && scenario.groups.some((g) => g.id === c.group));
  const complete = used.ok && used.criteria.length === evaluation.criteria.length;
  const obstacle: WeightObstacle | null =
    evaluation.method !== 'wsm' ? 'not-additive' : grouped ? 'grouped' : !used.ok || !complete ? 'incomplete' : null;
  // Rows of the used matrix: the models meeting the coverage rule (the others rank after them at any weight).
  const me = used.ok ? used.models.indexOf(model) : -1;
  const rival = used.ok && goal.kind === 'overtake' ? used.models.indexOf(goal.model) : -1;
  const thresholds = used.ok && !obstacle ? rankReversalThresholds(used.matrix, used.weights) : [];
  const tolerance = EXACT_TOLERANCE;
  return evaluation.criteria.map((c, j): WeightAnswer => {
    const base = { benchmark: c.benchmark, name: c.name, current: c.weight, rawWeight: c.rawWeight };
    const none = { weight: null, rawNeeded: null, how: null };
    if (holdsNow) return { ...base, state: 'holds', ...none, obstacle: null };
    if (obstacle || !used.ok || me < 0)
      return { ...base, state: 'not-reachable', ...none, obstacle: obstacle ?? 'incomplete' };
    const { matrix } = used;
    const t0 = c.weight;
    const B = Array.from({ length: matrix.rows }, (_, i) => {
      let s = 0;
      for (let k = 0; k < matrix.cols; k++) if (k !== j) s += used.weights[k] * matrix.data[i * matrix.cols + k];
      if (t0 < 1) return s / (1 - t0);
      // weight 1: the others share equally as it moves off 1 (as in rankReversalThresholds)
      let rest = 0;
      for (let k = 0; k < matrix.cols; k++) if (k !== j) rest += matrix.data[i * matrix.cols + k];
      return matrix.cols > 1 ? rest / (matrix.cols - 1) : matrix.data[i * matrix.cols + j];
    });
    const holdsAt = (t: number): boolean => {
      const scores = B.map((b, i) => t * matrix.data[i * matrix.cols + j] + (1 - t) * b);
      const { rank } = competitionRanks(scores, 'higher');
      return goal.kind === 'rank' ? rank[me] <= goal.rank : rank[me] < rank[rival];
    };
    const crossings = thresholds[j].reversals.filter((r) => r.a === me || r.b === me).map((r) => r.weight);
    const candidates = [0, 1, ...crossings.flatMap((t) => [t, t - tolerance, t + tolerance])].filter(
      (t) => t >= 0 && t <= 1 && holdsAt(t),
    );
    if (!candidates.length) return { ...base, state: 'not-reachable', ...none, obstacle: 'no-weight' };
    const t = candidates.sort((x, y) => Math.abs(x - t0) - Math.abs(y - t0))[0];
    const rest = scenario.criteria.reduce((a, k) => a + (k.benchmark === c.benchmark ? 0 : k.weight), 0);
    return {
      ...base,
      state: 'reachable',
      weight: t,
      rawNeeded: t < 1 ? (t * rest) / (1 - t) : null,
      how: { kind: 'exact', tolerance },
      obstacle: null,
    };
  });
}
