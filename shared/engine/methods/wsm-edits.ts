import { powerOfTwoScale } from '../normalize';
import type { WsmColumns } from './wsm';

/**
 * Matrices with at least this many cells keep their weighted sums between weight edits (`wsmEdits`); below it
 * every edit is a full pass (under 0.1 ms), bit for bit the left-to-right sum of the contributions shown.
 */
export const INCREMENTAL_FROM = 1 << 16;

/** WSM scores for successive weight vectors over one set of prepared columns, each edit reading only the columns it changes. */
export interface WsmEdits {
  /** S_i = Σ_present r_j·n_ij / Σ_present r_j for raw weights r (non-negative, finite, one > 0), one per column. */
  scores(raw: ArrayLike<number>): Float64Array;
}

/**
 * Scores kept between weight edits. The weights are kept raw (scaled by the power of two s of the largest, so
 * 1e308 does not overflow), since normalizing them to sum 1 changes every weight when one moves: each row keeps
 * T_i = Σ_j r_j·n_ij and, for a row with a missing value, P_i = Σ_present r_j; the score is T_i / P_i, with
 * P_i = R = Σ_j r_j (summed afresh at every edit) for a complete row, and 0 when P_i = 0 (as wsmScores).
 * An edit that changes k weights adds (r'_j − r_j)·n_ij to T_i and r'_j − r_j to P_i over those k columns only:
 * O(rows·k), where a full pass reads all c columns.
 *
 * Drift (u = 2⁻⁵³, first order in u). A full pass leaves T_i within c·u·Ŵ_i·N_i of exact; each column update
 * adds at most 3u·Ŵ_i·N_i (rounding r'_j − r_j, the product, the addition), where Ŵ_i = Σ_present (the largest
 * r_j since the full pass) bounds every weight total and weight step in between. A full pass is made instead of
 * an update when the column updates since the last one would pass c (so U ≤ c of them), when s changes, and
 * when an update leaves Ŵ > 2R or Ŵ_i > 2P_i for some row (weights fallen far below their peak: the old error
 * would be large against the new total). So |T_i − exact| ≤ 2(c + 3U)·u·P_i·N_i, |P_i − exact| ≤
 * 2(c + 3U)·u·P_i and the score is within (4(c + 3U) + 1)·u·N_i ≤ (16c + 1)·u·N_i of exact: 3.6e-13·N_i at
 * 200 criteria, under the ranking's 1e-12 tie rule for min-max values.
 * Rows with equal normalized values and missing cells get the same operations, so their scores stay equal.
 * Amortized, a slider moving one weight at a time pays one full pass per c edits.
 */
export function wsmEdits(columns: WsmColumns): WsmEdits {
  const { rows, cols } = columns;
  /** The rows with a missing value (from the first full pass; an update reads only the column it changes). */
  let missingRows: Int32Array = new Int32Array(0);
  let missingCount = 0;
  /** The scaled weights the kept sums are for, and the largest of each since the last full pass. */
  const kept = new Float64Array(cols);
  const peak = new Float64Array(cols);
  let sums: Float64Array = new Float64Array(rows);
  let totals: Float64Array | null = null;
  /** Ŵ_i for the rows with a missing value (indexed like missingRows), and Ŵ = Σ peak. */
  let peaks: Float64Array | null = null;
  let peakTotal = 0;
  let scale = 0; // no sums kept yet
  let updates = 0;

  const fullPass = (next: Float64Array) => {
    const first = columns.sums(next);
    sums = first.sums;
    totals = first.totals;
    missingRows = first.missingRows;
    missingCount = missingRows.length;
    peaks = totals && totals.slice();
    kept.set(next);
    peak.set(next);
    peakTotal = next.reduce((a, b) => a + b, 0);
    updates = 0;
  };

  const update = (j: number, next: number) => {
    const { normalized, present } = columns.column(j);
    const d = next - kept[j];
    for (let i = 0; i < rows; i++) sums[i] += d * normalized[i];
    const rise = next - peak[j];
    if (totals && peaks)
      for (let q = 0; q < missingCount; q++) {
        const flag = present ? present[missingRows[q]] : 1;
        totals[q] += d * flag;
        if (rise > 0) peaks[q] += rise * flag;
      }
    if (rise > 0) {
      peak[j] = next;
      peakTotal += rise;
    }
    kept[j] = next;
  };

  const withinBound = (total: number): boolean => {
    if (peakTotal > 2 * total) return false;
    if (totals && peaks) for (let q = 0; q < missingCount; q++) if (peaks[q] > 2 * totals[q]) return false;
    return true;
  };

  return {
    scores(raw) {
      let largest = 0;
      for (let j = 0; j < cols; j++) largest = Math.max(largest, raw[j]);
      const s = powerOfTwoScale(largest);
      const next = new Float64Array(cols);
      let changed = 0;
      for (let j = 0; j < cols; j++) if ((next[j] = raw[j] * s) !== kept[j]) changed++;
      if (s !== scale || updates + changed > cols) fullPass(next);
      else {
        for (let j = 0; j < cols; j++) if (next[j] !== kept[j]) update(j, next[j]);
        updates += changed;
      }
      scale = s;
      const total = next.reduce((a, b) => a + b, 0);
      if (!withinBound(total)) fullPass(next);
      const out = new Float64Array(rows);
      for (let i = 0; i < rows; i++) out[i] = sums[i] / total;
      if (totals)
        for (let q = 0; q < missingCount; q++) {
          const i = missingRows[q];
          out[i] = totals[q] > 0 ? sums[i] / totals[q] : 0;
        }
      return out;
    },
  };
}
