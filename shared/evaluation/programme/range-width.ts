import { WorkbenchError } from '../../api/errors';
import type { PointsEntry, Programme } from '../../domain/programme';
import type { Scenario } from '../../domain/scenario';
import { roundProbabilities, type ProbabilityOptions, type ProbabilityResult } from './monte-carlo';

/** The widths drawn: the assumed ranges halved … doubled around their midpoints. */
export const RANGE_FACTORS = [0.5, 0.75, 1, 1.5, 2] as const;

/**
 * The programme with every undisclosed score's range scaled by `factor` around its midpoint,
 * [m − f·h, m + f·h] with m = (lo + hi)/2 and h = (hi − lo)/2, kept within [0, the component's maxPoints] (points
 * cannot be negative or above the maximum). Exact scores and the published sum constraints stay as they are; at
 * factor 1 the programme is returned unchanged.
 */
export function scaleRanges(programme: Programme, factor: number): Programme {
  if (factor === 1) return programme;
  const maxOf = (scheme: string, component: string) =>
    programme.schemes.find((s) => s.id === scheme)?.components.find((c) => c.id === component)?.maxPoints ?? Infinity;
  return {
    ...programme,
    rounds: programme.rounds.map((round) => ({
      ...round,
      entries: round.entries.map((e): PointsEntry => {
        if (e.kind !== 'range') return e;
        const mid = (e.lo + e.hi) / 2;
        const half = ((e.hi - e.lo) / 2) * factor;
        const max = maxOf(round.scheme, e.component);
        return { ...e, lo: Math.max(0, mid - half), hi: Math.min(max, mid + half) };
      }),
    })),
  };
}

/** P(eliminated) and the rest of the Monte Carlo at one width, or why it cannot be drawn there. */
export interface WidthPoint {
  factor: number;
  result: ProbabilityResult | null;
  /** E.g. the published sums cannot be met by ranges this narrow. */
  error: string | null;
}

/**
 * The rounds' seeded Monte Carlo (./monte-carlo.ts) at each width factor, each with the same seed and samples, so
 * at factor 1 it is the scenario's own P(eliminated). Progress counts samples over all factors.
 */
export function rangeWidthSweep(
  scenario: Scenario,
  programme: Programme,
  factors: readonly number[],
  opts: ProbabilityOptions,
): WidthPoint[] {
  const all = factors.length * opts.samples;
  return factors.map((factor, f) => {
    try {
      const result = roundProbabilities(scenario, scaleRanges(programme, factor), {
        ...opts,
        onProgress: opts.onProgress && ((done) => opts.onProgress!(f * opts.samples + done, all)),
      });
      return { factor, result, error: null };
    } catch (e) {
      if (e instanceof WorkbenchError && e.code === 'cancelled') throw e;
      return { factor, result: null, error: e instanceof Error ? e.message : String(e) };
    }
  });
}
