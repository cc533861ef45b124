import { exactRankAcceptability, type WeightBelief } from '../engine/ranking-acceptability';
import { weightStabilityIntervals } from '../engine/weight-stability';
import type { Evaluation } from './evaluate';
import { usedMatrix } from './used-matrix';

/** How far one criterion's weight can move before the ranking changes (others scaled proportionally). */
export interface WeightStability {
  benchmark: string;
  /** The criterion's normalized weight now. */
  weight: number;
  /** The ranking stays as it is for weights in [lower, upper] (0 and 1 when no swap is reachable that way). */
  lower: number;
  upper: number;
  /** The first swap below and above the current weight: `ahead` now leads `behind`; null when none. */
  below: { ahead: string; behind: string; at: number } | null;
  above: { ahead: string; behind: string; at: number } | null;
}

export type WeightStabilityResult =
  { ok: true; criteria: WeightStability[] } | { ok: false; reason: 'not-additive' | 'incomplete' | 'too-few' };

/**
 * The weight-stability intervals (shared/engine/weight-stability.ts) of the ranking shown, on the normalized
 * matrix the evaluation used (after its missing-value policy), named by benchmark and model. Only for WSM over
 * a complete matrix.
 */
export function weightStability(evaluation: Evaluation): WeightStabilityResult {
  if (!evaluation.contributionsAvailable) return { ok: false, reason: 'not-additive' };
  const used = usedMatrix(evaluation);
  if (!used.ok) return used;
  const model = (i: number) => used.models[i];
  const named = (s: { ahead: number; behind: number; at: number } | null) =>
    s && { ahead: model(s.ahead), behind: model(s.behind), at: s.at };
  return {
    ok: true,
    criteria: weightStabilityIntervals(used.matrix, used.weights).map((t) => ({
      benchmark: used.criteria[t.criterion].benchmark,
      weight: t.weight,
      lower: t.lower,
      upper: t.upper,
      below: named(t.below),
      above: named(t.above),
    })),
  };
}

interface RankingAcceptability {
  /** Model ids in the evaluation's alternatives order, those meeting the coverage rule (see usedMatrix). */
  models: string[];
  /** acceptability[i][r]: share of samples in which models[i] takes rank r + 1. */
  acceptability: number[][];
  /** Share of samples in which models[i] ranks first under its own central weights; null if it never ranks first. */
  confidence: (number | null)[];
  samples: number;
  seed: number;
}

export type RankingAcceptabilityResult =
  { ok: true; result: RankingAcceptability } | { ok: false; reason: 'incomplete' | 'too-few' };

/**
 * SMAA-2 rank acceptability (shared/engine/ranking-acceptability.ts) of the ranking shown, over the normalized
 * values the evaluation used (after its missing-value policy) and the weights of the criteria in use.
 */
export function rankingAcceptability(
  evaluation: Evaluation,
  belief: WeightBelief,
  samples: number,
  seed: number,
): RankingAcceptabilityResult {
  const used = usedMatrix(evaluation);
  if (!used.ok) return used;
  const weights = used.criteria.map((c) => c.weight);
  const { acceptability, confidence } = exactRankAcceptability(used.matrix, weights, belief, samples, seed);
  const models = used.models;
  return { ok: true, result: { models, acceptability, confidence, samples, seed } };
}
