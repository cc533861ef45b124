import type { Direction } from '../../domain/dataset';

/**
 * A candidate's ratio to the frontier bar, direction-aware: score / bar when higher is better,
 * bar / score when lower is better (so 1 = on par and > 1 = ahead either way). Null when the
 * denominator is not positive or the numerator is negative: a ratio of such values means nothing.
 */
export function frontierRatio(value: number, bar: number, direction: Direction): number | null {
  const [num, den] = direction === 'higher' ? [value, bar] : [bar, value];
  return den > 0 && num >= 0 ? num / den : null;
}

/** Ratios within this tolerance of the threshold count as reaching it (0.95 vs 95/100 in floating point). */
const RATIO_TOLERANCE = 1e-12;

export const reaches = (ratio: number, threshold: number): boolean => ratio >= threshold - RATIO_TOLERANCE;
