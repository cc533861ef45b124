import type { DenseMatrix } from './matrix';
import { smaa, type WeightInformation } from './smaa';

/** What is known of the weights: nothing (uniform on the simplex) or the analyst's weights, more or less firmly. */
export type WeightBelief = { kind: 'unknown' } | { kind: 'around-current'; concentration: number };

interface Acceptability {
  /** acceptability[i][r]: share of samples in which row i takes rank r + 1. */
  acceptability: number[][];
  /** Share of samples in which row i ranks first under its own central weights; null if it never ranks first. */
  confidence: (number | null)[];
}

/**
 * SMAA-2 rank acceptability (Lahdelma & Salminen 2001) of a normalized matrix (higher = better) taken as
 * exact, with the weights drawn uniformly on the simplex (nothing known, or every weight 0) or from a
 * Dirichlet around the current weights w / Σw (α_j = concentration · w_j). SMAA-2 maps each criterion
 * linearly onto [0, 1] over its range, i.e. min–max.
 */
export function exactRankAcceptability(
  normalized: DenseMatrix,
  weights: readonly number[],
  belief: WeightBelief,
  samples: number,
  seed: number,
): Acceptability {
  const { rows, cols, data } = normalized;
  const measurements = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => ({ exact: data[i * cols + j] })),
  );
  const total = weights.reduce((a, w) => a + w, 0);
  const information: WeightInformation =
    belief.kind === 'unknown' || weights.every((w) => w <= 0)
      ? { kind: 'missing' }
      : { kind: 'dirichlet', point: weights.map((w) => w / total), concentration: belief.concentration };
  const out = smaa({ measurements, directions: weights.map(() => 'higher'), weights: information, samples, seed });
  return { acceptability: out.rankAcceptability, confidence: out.confidence };
}
