/** Scores closer than this (relative) count as tied, so that float noise does not split ties. */
const TIE_EPS = 1e-12;

export type Better = 'higher' | 'lower';

export const scoresTie = (a: number, b: number): boolean =>
  Math.abs(a - b) <= TIE_EPS * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Standard competition ranking ("1224"): equal scores share the best rank and the next rank skips.
 * `order` lists indices best first; equal scores keep their input order, so the result is deterministic.
 */
export function competitionRanks(
  scores: readonly number[],
  better: Better = 'higher',
): { rank: number[]; order: number[] } {
  const sign = better === 'higher' ? -1 : 1;
  const order = scores
    .map((_, i) => i)
    .sort((i, j) => (scoresTie(scores[i], scores[j]) ? i - j : sign * (scores[i] - scores[j])));
  const rank = new Array<number>(scores.length);
  order.forEach((idx, pos) => {
    const prev = order[pos - 1];
    rank[idx] = pos > 0 && scoresTie(scores[idx], scores[prev]) ? rank[prev] : pos + 1;
  });
  return { rank, order };
}
