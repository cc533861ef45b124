import type { Cut, Round } from '../../domain/programme';

/** Totals closer than this are tied (sums of one-decimal scores in floating point). */
export const TIE_TOLERANCE = 1e-9;

export interface CutResult {
  /** Per team: eliminated on score (teams failing a gate are not ranked here). */
  eliminated: boolean[];
  /** Per team: tied on total with the last team above the cut line, so the tie rule decided. */
  tiedAtCut: boolean[];
  /** Lowest total that advances and highest total eliminated on score (null when there is none). */
  lowestAdvancing: number | null;
  highestEliminated: number | null;
  /** The cut line (see cutLine): the one value the Rounds table, chart, report and CLI measure margins against. */
  cutLine: number | null;
}

/**
 * The cut line of a round, defined once: the lowest total that advances among the teams that pass every gate,
 * when the cut rule leaves out at least one of them ("eliminate N" with N ≥ 1, "keep N" with N below their
 * number); null when the rule cuts nobody or nobody advances. Under the tie rule a team advances exactly when its
 * total reaches the line: "all-advance" keeps the teams tied at the last place kept, so the line is their total
 * and their margin 0; "all-eliminated" eliminates them, so the line is the next total above. Margin to the cut =
 * total − cut line (within TIE_TOLERANCE it is 0): ≥ 0 advances, < 0 is eliminated on score.
 */
export function cutLine(
  totals: ArrayLike<number>,
  ranked: readonly number[],
  eliminated: readonly boolean[],
  keep: number,
) {
  if (keep >= ranked.length) return null;
  const advancing = ranked.filter((i) => !eliminated[i]);
  return advancing.length ? Math.min(...advancing.map((i) => totals[i])) : null;
}

/** Total − cut line, 0 within the tie tolerance (so a tied team never shows −0.0); null without a line. */
export const marginToCut = (total: number, line: number | null): number | null =>
  line === null ? null : Math.abs(total - line) <= TIE_TOLERANCE ? 0 : total - line;

/**
 * The cut among the teams that pass every gate, ranked by total: "eliminate N" keeps the m − N
 * highest, "keep N" the N highest. Ties at the cut line — teams whose total equals that of the last
 * team kept — follow the round's tie rule: "all-advance" (the default) keeps every tied team, so
 * fewer than N may be eliminated; "all-eliminated" eliminates every tied team, so more may be.
 */
export function applyCut(
  totals: ArrayLike<number>,
  eligible: readonly boolean[],
  cut: Cut,
  tieRule: Round['tieRule'],
): CutResult {
  const n = eligible.length;
  const ranked = [...Array(n).keys()].filter((i) => eligible[i]).sort((a, b) => totals[b] - totals[a]);
  const m = ranked.length;
  const keep = cut.kind === 'eliminate' ? Math.max(0, m - cut.count) : Math.min(cut.count, m);
  const eliminated = new Array<boolean>(n).fill(false);
  const tiedAtCut = new Array<boolean>(n).fill(false);
  if (keep === 0) ranked.forEach((i) => (eliminated[i] = true));
  else if (keep < m) {
    const line = totals[ranked[keep - 1]];
    const tiedWithLine = (i: number) => Math.abs(totals[i] - line) <= TIE_TOLERANCE;
    const hasTie = tiedWithLine(ranked[keep]);
    for (const i of ranked) {
      const tied = hasTie && tiedWithLine(i);
      tiedAtCut[i] = tied;
      eliminated[i] = tied ? tieRule === 'all-eliminated' : totals[i] < line;
    }
  }
  let lowestAdvancing: number | null = null;
  let highestEliminated: number | null = null;
  for (const i of ranked) {
    if (eliminated[i]) highestEliminated = Math.max(highestEliminated ?? -Infinity, totals[i]);
    else lowestAdvancing = Math.min(lowestAdvancing ?? Infinity, totals[i]);
  }
  return {
    eliminated,
    tiedAtCut,
    lowestAdvancing,
    highestEliminated,
    cutLine: cutLine(totals, ranked, eliminated, keep),
  };
}
