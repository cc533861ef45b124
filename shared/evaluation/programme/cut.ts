import type { Cut, Round } from '../../domain/programme';

/** Totals closer than this are tied (sums of one-decimal scores in floating point). */
const TIE_TOLERANCE = 1e-9;

interface CutResult {
  /** Per team: eliminated on score (teams failing a gate are not ranked here). */
  eliminated: boolean[];
  /** Per team: tied on total with the last team above the cut line, so the tie rule decided. */
  tiedAtCut: boolean[];
  /**
   * The cut line, defined once for the Rounds table, chart, report and CLI: the lowest total that advances among the
   * teams passing every gate, when the rule leaves out at least one of them ("eliminate N" with N ≥ 1, "keep N" with
   * N below their number); null when the rule cuts nobody or nobody advances. With the tie rule a team advances
   * exactly when its total reaches the line: "all-advance" keeps the teams tied at the last place kept, so the line is
   * their total (margin 0); "all-eliminated" eliminates them, so the line is the next total above. The margin to the
   * cut is total − cut line (marginToCut): ≥ 0 advances, < 0 is eliminated on score.
   */
  cutLine: number | null;
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
    const lastKept = totals[ranked[keep - 1]];
    const tiedWithLast = (i: number) => Math.abs(totals[i] - lastKept) <= TIE_TOLERANCE;
    const hasTie = tiedWithLast(ranked[keep]);
    for (const i of ranked) {
      const tied = hasTie && tiedWithLast(i);
      tiedAtCut[i] = tied;
      eliminated[i] = tied ? tieRule === 'all-eliminated' : totals[i] < lastKept;
    }
  }
  // Among those kept: the lowest total (the tie rule has already decided who is kept).
  let lowest: number | null = null;
  for (const i of ranked) if (!eliminated[i]) lowest = Math.min(lowest ?? Infinity, totals[i]);
  return { eliminated, tiedAtCut, cutLine: keep < m ? lowest : null };
}
