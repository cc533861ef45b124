import type { DenseMatrix } from './matrix';
import { rankReversalThresholds, type RankReversal } from './sensitivity';

/** The first swap on one side of the current weight: alternative `ahead` now leads `behind` (row indices). */
interface StabilitySwap {
  ahead: number;
  behind: number;
  at: number;
}

/** How far one criterion's weight can move before the ranking changes (others scaled proportionally). */
interface StabilityInterval {
  criterion: number;
  /** The criterion's normalized weight now. */
  weight: number;
  /** The ranking stays as it is for weights in [lower, upper] (0 and 1 when no swap is reachable that way). */
  lower: number;
  upper: number;
  below: StabilitySwap | null;
  above: StabilitySwap | null;
}

const EDGE = 1e-9;

/**
 * Stability intervals of the weighted sum (Triantaphyllou & Sánchez 1997; Mareschal 1988): for each criterion,
 * the exact rank-reversal thresholds of ./sensitivity.ts; the nearest swap on each side of the current weight
 * bounds the interval in which no pair of alternatives changes order. `normalized` is complete (higher =
 * better), `weights` sum to 1.
 */
export function weightStabilityIntervals(normalized: DenseMatrix, weights: ArrayLike<number>): StabilityInterval[] {
  const swap = (r: RankReversal): StabilitySwap => ({ ahead: r.a, behind: r.b, at: r.weight });
  return rankReversalThresholds(normalized, weights).map((t) => {
    // A crossing at weight 0 or 1 is only a tie at the end of the range: nothing swaps there.
    const inside = t.reversals.filter((r) => r.weight > EDGE && r.weight < 1 - EDGE);
    // A swap exactly at the current weight is a tie now: it bounds the interval on both sides.
    const below = inside.filter((r) => r.weight <= t.current).sort((x, y) => y.weight - x.weight)[0];
    const above = inside.filter((r) => r.weight >= t.current).sort((x, y) => x.weight - y.weight)[0];
    return {
      criterion: t.criterion,
      weight: t.current,
      lower: below ? below.weight : 0,
      upper: above ? above.weight : 1,
      below: below ? swap(below) : null,
      above: above ? swap(above) : null,
    };
  });
}
