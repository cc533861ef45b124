import type { Scenario } from '../domain/scenario';
import type { DenseMatrix } from '../engine/matrix';
import { competitionRanks, type Better } from '../engine/rank';

/** The minimum share of criteria with a value when the scenario sets none (README, "Coverage rule"). */
export const DEFAULT_MIN_COVERAGE = 0.5;

/** How many of the criteria have a value for one model, and whether that meets the scenario's coverage rule. */
export interface Coverage {
  present: number;
  total: number;
  /** present / total (1 with no criteria). */
  share: number;
  /** The rule's minimum share. */
  minShare: number;
  /** share < minShare: "insufficient data", ranked after every model that meets the rule. */
  insufficient: boolean;
}

export const minCoverage = (scenario: Pick<Scenario, 'coverage'>): number =>
  scenario.coverage?.minShare ?? DEFAULT_MIN_COVERAGE;

/** One coverage record: share = present / total, insufficient when share < minShare (to a 1e-12 tolerance). */
export function coverageOf(present: number, total: number, minShare: number): Coverage {
  const share = total > 0 ? present / total : 1;
  return { present, total, share, minShare, insufficient: share < minShare - 1e-12 };
}

/** Per row of the matrix (NaN = missing): how many of its columns have a value, under the rule's minimum share. */
export function rowCoverage(values: DenseMatrix, minShare: number): Coverage[] {
  const { rows, cols, data } = values;
  const out: Coverage[] = [];
  for (let r = 0; r < rows; r++) {
    let present = 0;
    for (let k = r * cols, end = k + cols; k < end; k++) if (data[k] === data[k]) present++; // NaN ≠ NaN
    out.push(coverageOf(present, cols, minShare));
  }
  return out;
}

/**
 * Ranks with the coverage rule: the models meeting it take competition ranks 1 … k by score among themselves;
 * those with insufficient data follow, ranked k + 1 … by score among themselves, so none is placed above a model
 * with data. `order` lists indices best first (the covered ones first).
 */
export function coverageRanks(
  scores: readonly number[],
  better: Better,
  insufficient: readonly boolean[],
): { rank: number[]; order: number[] } {
  const covered = scores.map((_, i) => i).filter((i) => !insufficient[i]);
  const short = scores.map((_, i) => i).filter((i) => insufficient[i]);
  const rank = new Array<number>(scores.length);
  const order: number[] = [];
  const place = (group: number[], offset: number) => {
    const r = competitionRanks(
      group.map((i) => scores[i]),
      better,
    );
    r.order.forEach((k) => order.push(group[k]));
    group.forEach((i, k) => (rank[i] = offset + r.rank[k]));
  };
  place(covered, 0);
  place(short, covered.length);
  return { rank, order };
}

/** The reason a model is ranked after the others, as one English sentence (the CLI's; the views translate their own). */
export const insufficientReason = (c: Coverage): string =>
  `insufficient data: ${c.present} of ${c.total} criteria have a value, below the coverage rule's ${Math.round(
    c.minShare * 100,
  )}%; ranked after every model with data`;
