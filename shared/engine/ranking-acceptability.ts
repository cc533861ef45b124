import type { Evaluation } from './evaluate';
import { smaa, type WeightInformation } from './smaa';

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
  const criteria = evaluation.criteria.filter((c) => c.used);
  const alternatives = evaluation.alternatives;
  if (alternatives.length < 2 || criteria.length < 1) return { ok: false, reason: 'too-few' };
  const measurements: { exact: number }[][] = [];
  for (const a of alternatives) {
    const row: { exact: number }[] = [];
    for (const c of criteria) {
      const v = a.normalized[c.benchmark];
      if (v === null) return { ok: false, reason: 'incomplete' };
      row.push({ exact: v });
    }
    measurements.push(row);
  }
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  const weights: WeightInformation =
    belief.kind === 'unknown' || total <= 0
      ? { kind: 'missing' }
      : { kind: 'dirichlet', point: criteria.map((c) => c.weight / total), concentration: belief.concentration };
  const out = smaa({ measurements, directions: criteria.map(() => 'higher'), weights, samples, seed });
  return {
    ok: true,
    result: {
      models: alternatives.map((a) => a.model),
      acceptability: out.rankAcceptability,
      confidence: out.confidence,
      samples,
      seed,
    },
  };
}
