import type { Direction } from '../domain/dataset';
import type { Weighting } from '../domain/scenario';
import { ahp, inconsistentJudgements, type Judgement } from '../engine/ahp';
import { EngineError } from '../engine/errors';
import type { DenseMatrix } from '../engine/matrix';
import { criticWeights, entropyWeights } from '../engine/objective-weights';
import { swingWeights } from '../engine/swing-weights';
import { normalizeWeights, rankReciprocalWeights, rankSumWeights, rocWeights } from '../engine/weights';

/** The budget of the points method. */
export const POINTS_BUDGET = 100;

/** Why a weighting's inputs give no weights, for the view to say in its language (benchmark ids where one is at fault). */
export type WeightingRefusal =
  | { kind: 'points-budget'; total: number }
  | { kind: 'rank-missing'; benchmark: string }
  | { kind: 'rank-repeated'; benchmark: string }
  | { kind: 'swing-top'; benchmark: string }
  | { kind: 'swing-order'; benchmark: string }
  | { kind: 'ahp-criteria' }
  | { kind: 'missing-value'; model: number; benchmark: string }
  | { kind: 'too-few-models' }
  | { kind: 'all-zero' };

export class WeightingError extends Error {
  constructor(readonly refusal: WeightingRefusal) {
    super(`weighting refused: ${refusal.kind}`);
    this.name = 'WeightingError';
  }
}

export interface AhpOutcome {
  lambdaMax: number;
  ci: number;
  cr: number | null;
  /** Judgements most inconsistent first, indices into the scenario's criteria. */
  judgements: Judgement[];
}

export interface DerivedWeights {
  /** One per criterion in the given order, summing to 1. */
  weights: number[];
  ahp?: AhpOutcome;
}

/** What the objective methods read: the candidates' values (candidates × criteria, NaN missing) and directions. */
export interface WeightingData {
  values: DenseMatrix;
  directions: readonly Direction[];
}

const refuse = (refusal: WeightingRefusal): never => {
  throw new WeightingError(refusal);
};

/** Ranks 1…n once each, in the criteria's order; `ranks` maps benchmark → rank. */
function rankPlaces(criteria: readonly string[], ranks: Record<string, number>): number[] {
  const places = criteria.map((b) => ranks[b] ?? refuse({ kind: 'rank-missing', benchmark: b }));
  const seen = new Set<number>();
  places.forEach((r, j) => {
    if (r > criteria.length || seen.has(r)) refuse({ kind: 'rank-repeated', benchmark: criteria[j] });
    seen.add(r);
  });
  return places;
}

const RANK_FORMULA = { roc: rocWeights, 'rank-sum': rankSumWeights, 'rank-reciprocal': rankReciprocalWeights };

/**
 * The weights a recorded weighting gives the criteria (benchmark ids, in the scenario's order), with the formula
 * in shared/engine of each method: direct = `raw` normalized; points = points / 100 (they must use the budget);
 * rank = ROC, rank-sum or rank-reciprocal of each criterion's place; swing = rating / Σ ratings; AHP = the
 * priorities of the pairwise matrix (reordered to the criteria), with λmax, CI, CR and the judgements most
 * inconsistent first; entropy and CRITIC = from the candidates' values (every value present). Refusals are
 * WeightingErrors naming the criterion.
 */
export function deriveWeights(
  criteria: readonly string[],
  raw: readonly number[],
  weighting: Weighting,
  data: WeightingData,
): DerivedWeights {
  switch (weighting.method) {
    case 'direct':
      return raw.some((w) => w > 0) ? { weights: normalizeWeights(raw) } : refuse({ kind: 'all-zero' });
    case 'points': {
      const points = criteria.map((b) => weighting.points?.[b] ?? 0);
      const total = points.reduce((a, b) => a + b, 0);
      if (Math.abs(total - POINTS_BUDGET) > 1e-9) refuse({ kind: 'points-budget', total });
      return { weights: points.map((p) => p / POINTS_BUDGET) };
    }
    case 'rank': {
      const rank = weighting.rank ?? refuse({ kind: 'rank-missing', benchmark: criteria[0] });
      const table = RANK_FORMULA[rank.scheme](criteria.length);
      return { weights: rankPlaces(criteria, rank.ranks).map((r) => table[r - 1]) };
    }
    case 'swing': {
      const swing = weighting.swing ?? refuse({ kind: 'swing-top', benchmark: criteria[0] });
      const ranks = criteria.map((b) => swing.ranks[b] ?? refuse({ kind: 'rank-missing', benchmark: b }));
      const ratings = criteria.map((b) => swing.ratings[b] ?? 0);
      try {
        return { weights: swingWeights(ranks, ratings) };
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        const j = Number(error.path[1]);
        const benchmark = criteria[j] ?? criteria[0];
        if (error.path[0] === 'ranks') return refuse({ kind: 'rank-missing', benchmark });
        const top = ranks[j] === Math.min(...ranks) && ratings[j] !== 100;
        return refuse({ kind: top ? 'swing-top' : 'swing-order', benchmark });
      }
    }
    case 'ahp': {
      const a = weighting.ahp;
      const order = a ? criteria.map((b) => a.criteria.indexOf(b)) : [];
      if (!a || a.criteria.length !== criteria.length || order.some((k) => k < 0))
        return refuse({ kind: 'ahp-criteria' });
      const matrix = order.map((i) => order.map((j) => a.pairwise[i][j]));
      const r = ahp(matrix, a.priority);
      return {
        weights: r.weights,
        ahp: { lambdaMax: r.lambdaMax, ci: r.ci, cr: r.cr, judgements: inconsistentJudgements(matrix, r.weights) },
      };
    }
    case 'entropy':
    case 'critic': {
      const { values } = data;
      if (values.rows < 2) refuse({ kind: 'too-few-models' });
      const gap = values.data.findIndex((x) => Number.isNaN(x));
      if (gap >= 0)
        refuse({ kind: 'missing-value', model: Math.floor(gap / values.cols), benchmark: criteria[gap % values.cols] });
      const weights = weighting.method === 'entropy' ? entropyWeights(values) : criticWeights(values, data.directions);
      return { weights };
    }
  }
}

/** A pairwise matrix over `criteria`: the judgements kept from `previous` where both criteria are in it, else 1. */
export function pairwiseFor(criteria: readonly string[], previous?: Weighting['ahp']): number[][] {
  const at = (b: string) => previous?.criteria.indexOf(b) ?? -1;
  return criteria.map((bi) =>
    criteria.map((bj) => {
      const i = at(bi);
      const j = at(bj);
      return i >= 0 && j >= 0 ? previous!.pairwise[i][j] : 1;
    }),
  );
}
