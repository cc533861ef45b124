import type { Evaluation } from './evaluate';
import { rankReversalThresholds, type RankReversal } from './sensitivity';
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

const EDGE = 1e-9;

export type WeightStabilityResult =
  { ok: true; criteria: WeightStability[] } | { ok: false; reason: 'not-additive' | 'incomplete' | 'too-few' };

/**
 * Stability intervals of the weighted sum (Triantaphyllou & Sánchez 1997; Mareschal 1988): for each criterion
 * in use, the exact rank-reversal thresholds of shared/engine/sensitivity.ts on the normalized matrix the
 * evaluation used (after its missing-value policy); the nearest swap on each side of the current weight
 * bounds the interval in which no pair of alternatives changes order. Only for WSM over a complete matrix.
 */
export function weightStability(evaluation: Evaluation): WeightStabilityResult {
  if (!evaluation.contributionsAvailable) return { ok: false, reason: 'not-additive' };
  const used = usedMatrix(evaluation);
  if (!used.ok) return used;
  const { criteria } = used;
  const alternatives = evaluation.alternatives;
  const thresholds = rankReversalThresholds(used.matrix, used.weights);
  const named = (r: RankReversal) => ({
    ahead: alternatives[r.a].model,
    behind: alternatives[r.b].model,
    at: r.weight,
  });
  return {
    ok: true,
    criteria: thresholds.map((t) => {
      // A crossing at weight 0 or 1 is only a tie at the end of the range: nothing swaps there.
      const inside = t.reversals.filter((r) => r.weight > EDGE && r.weight < 1 - EDGE);
      // A swap exactly at the current weight is a tie now: it bounds the interval on both sides.
      const below = inside.filter((r) => r.weight <= t.current).sort((x, y) => y.weight - x.weight)[0];
      const above = inside.filter((r) => r.weight >= t.current).sort((x, y) => x.weight - y.weight)[0];
      return {
        benchmark: criteria[t.criterion].benchmark,
        weight: t.current,
        lower: below ? below.weight : 0,
        upper: above ? above.weight : 1,
        below: below ? named(below) : null,
        above: above ? named(above) : null,
      };
    }),
  };
}
