import type { Evaluation } from './evaluate';
import { smaa, type WeightInformation } from './smaa';
import { usedMatrix } from './used-matrix';

/** What is known of the weights: nothing (uniform on the simplex) or the analyst's weights, more or less firmly. */
export type WeightBelief = { kind: 'unknown' } | { kind: 'around-current'; concentration: number };

export interface RankingAcceptability {
  /** Model ids in the evaluation's alternatives order. */
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
 * SMAA-2 rank acceptability of the ranking shown (Lahdelma & Salminen 2001), over the normalized values the
 * evaluation used (after its missing-value policy, higher = better) taken as exact, with the weights drawn
 * uniformly on the simplex (nothing known) or from a Dirichlet around the current normalized weights
 * (α_j = concentration · w_j). SMAA-2 maps each criterion linearly onto [0, 1] over its range, i.e. min–max.
 */
export function rankingAcceptability(
  evaluation: Evaluation,
  belief: WeightBelief,
  samples: number,
  seed: number,
): RankingAcceptabilityResult {
  const used = usedMatrix(evaluation);
  if (!used.ok) return used;
  const { rows, cols, data } = used.matrix;
  const measurements = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => ({ exact: data[i * cols + j] })),
  );
  const weights: WeightInformation =
    belief.kind === 'unknown' || used.criteria.every((c) => c.weight <= 0)
      ? { kind: 'missing' }
      : { kind: 'dirichlet', point: used.weights, concentration: belief.concentration };
  const out = smaa({ measurements, directions: used.criteria.map(() => 'higher'), weights, samples, seed });
  return {
    ok: true,
    result: {
      models: evaluation.alternatives.map((a) => a.model),
      acceptability: out.rankAcceptability,
      confidence: out.confidence,
      samples,
      seed,
    },
  };
}
