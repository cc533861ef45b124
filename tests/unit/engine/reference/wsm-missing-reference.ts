import { normalizeColumnRef, type Norm } from './mcda-reference';

const U = 2 ** -53;

/**
 * From the formula, on the raw values: the missing-value policy (drop: criteria with a gap leave; worst / mean:
 * the gap takes the criterion's worst / mean present value; renormalize: the gap stays out of that row), a normalization
 * (default min-max) per criterion by the independent reference (over the present values), then
 * S_i = Σ_present w_j·n_ij / Σ_present w_j with w the raw weights. Also N_i = max |n_ij| and the reference's own
 * slack (the normalization's uncertainty plus c roundings of the sums).
 */
export function wsmMissingReference(
  rows: readonly (readonly number[])[],
  directions: readonly ('higher' | 'lower')[],
  policy: 'drop' | 'renormalize' | 'worst' | 'mean',
  weights: readonly number[],
  kind: Norm = 'minmax',
): { score: number; max: number; slack: number }[] {
  const m = rows.length;
  const c = directions.length;
  const columns: { j: number; n: (number | null)[]; uncertainty: number }[] = [];
  for (let j = 0; j < c; j++) {
    let x: (number | null)[] = rows.map((r) => (Number.isNaN(r[j]) ? null : r[j]));
    const present = x.filter((v): v is number => v !== null);
    if (present.length < m && policy === 'drop') continue;
    if (policy === 'worst' || policy === 'mean') {
      const fill =
        policy === 'mean'
          ? present.reduce((a, b) => a + b, 0) / present.length
          : directions[j] === 'higher'
            ? Math.min(...present)
            : Math.max(...present);
      x = x.map((v) => v ?? fill);
    }
    const dir = directions[j] === 'higher' ? 'benefit' : 'cost';
    const shown = normalizeColumnRef(
      x.filter((v): v is number => v !== null),
      dir,
      kind,
    );
    let k = 0;
    columns.push({ j, n: x.map((v) => (v === null ? null : shown.values[k++])), uncertainty: shown.uncertainty });
  }
  return rows.map((_, i) => {
    let sum = 0;
    let total = 0;
    let max = 0;
    let slack = 0;
    for (const { j, n, uncertainty } of columns) {
      const v = n[i];
      if (v === null) continue;
      sum += weights[j] * v;
      total += weights[j];
      max = Math.max(max, Math.abs(v));
      slack += weights[j] * uncertainty;
    }
    const score = total > 0 ? sum / total : 0;
    return { score, max, slack: (total > 0 ? slack / total : 0) + 2 * (c + 2) * U * max };
  });
}
