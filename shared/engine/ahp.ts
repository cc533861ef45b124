import { EngineError } from './errors';

export type AhpPriority = 'eigenvector' | 'geometric' | 'approximate';

interface AhpResult {
  weights: number[];
  lambdaMax: number;
  /** CI = (λmax − n)/(n − 1); 0 for n ≤ 2. */
  ci: number;
  /** CR = CI/RI; 0 for n ≤ 2 (always consistent); null for n > 15 where no RI is tabulated. */
  cr: number | null;
}

/** Saaty's random index for n = 3 … 15 (Saaty 1980; Alonso & Lamata 2006 table as used by Saaty). */
const RANDOM_INDEX: Record<number, number> = {
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
  11: 1.51,
  12: 1.53,
  13: 1.56,
  14: 1.57,
  15: 1.59,
};

/** A positive reciprocal matrix: square, a_ii = 1, a_ji = 1/a_ij (to 1 % so that 0.333 passes for 1/3). */
function validatePairwise(a: readonly (readonly number[])[]): void {
  const n = a.length;
  if (n === 0) throw new EngineError('invalid-pairwise', 'the pairwise matrix is empty', ['pairwise']);
  a.forEach((row, i) => {
    if (row.length !== n)
      throw new EngineError('invalid-pairwise', `row ${i} has ${row.length} entries, expected ${n}`, ['pairwise', i]);
    row.forEach((x, j) => {
      if (!Number.isFinite(x) || x <= 0)
        throw new EngineError('invalid-pairwise', `entry (${i}, ${j}) must be a positive number`, ['pairwise', i, j]);
    });
    if (Math.abs(row[i] - 1) > 1e-9)
      throw new EngineError('invalid-pairwise', `diagonal entry (${i}, ${i}) must be 1`, ['pairwise', i, i]);
  });
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (Math.abs(a[i][j] * a[j][i] - 1) > 0.01)
        throw new EngineError('invalid-pairwise', `entries (${i}, ${j}) and (${j}, ${i}) are not reciprocal`, [
          'pairwise',
          j,
          i,
        ]);
}

const normalize = (v: number[]) => {
  const s = v.reduce((a, b) => a + b, 0);
  return v.map((x) => x / s);
};

const multiply = (a: readonly (readonly number[])[], w: readonly number[]) =>
  a.map((row) => row.reduce((s, x, j) => s + x * w[j], 0));

/**
 * AHP priorities (Saaty 1977, 1980) from a pairwise comparison matrix:
 * - eigenvector: the principal right eigenvector (power iteration to 1e-15), λmax its eigenvalue;
 * - geometric: row geometric means, normalized (Crawford & Williams 1985);
 * - approximate: each column normalized to sum 1, then row means.
 * For geometric and approximate λmax is estimated as mean_i (A w)_i / w_i.
 */
export function ahp(pairwise: readonly (readonly number[])[], priority: AhpPriority = 'eigenvector'): AhpResult {
  validatePairwise(pairwise);
  const n = pairwise.length;
  let weights: number[];
  let lambdaMax: number;
  if (priority === 'eigenvector') {
    weights = new Array<number>(n).fill(1 / n);
    lambdaMax = n;
    for (let iter = 0; iter < 10_000; iter++) {
      const next = multiply(pairwise, weights);
      const total = next.reduce((a, b) => a + b, 0);
      const normalized = next.map((x) => x / total);
      const delta = normalized.reduce((m, x, i) => Math.max(m, Math.abs(x - weights[i])), 0);
      weights = normalized;
      lambdaMax = total; // Σ (A w)_i with Σ w_i = 1
      if (delta < 1e-15) break;
    }
  } else {
    weights =
      priority === 'geometric'
        ? normalize(pairwise.map((row) => Math.exp(row.reduce((s, x) => s + Math.log(x), 0) / n)))
        : (() => {
            const colSums = pairwise[0].map((_, j) => pairwise.reduce((s, row) => s + row[j], 0));
            return pairwise.map((row) => row.reduce((s, x, j) => s + x / colSums[j], 0) / n);
          })();
    const aw = multiply(pairwise, weights);
    lambdaMax = aw.reduce((s, x, i) => s + x / weights[i], 0) / n;
  }
  // Priorities of a positive matrix are positive: a 0 or non-finite one is the number range giving out.
  if (!Number.isFinite(lambdaMax) || !weights.every((w) => w > 0 && Number.isFinite(w)))
    throw new EngineError(
      'out-of-range',
      'the pairwise ratios are too extreme to compute priorities; AHP judgements are ratios on the 1/9 … 9 scale',
      ['pairwise'],
    );
  const ci = n > 2 ? (lambdaMax - n) / (n - 1) : 0;
  const ri = RANDOM_INDEX[n];
  const cr = n <= 2 ? 0 : ri === undefined ? null : ci / ri;
  return { weights, lambdaMax, ci, cr };
}

/** One judgement a_ij (i < j) against the priorities: how far it is from consistency and what would be consistent. */
export interface Judgement {
  i: number;
  j: number;
  /** The judgement as given. */
  value: number;
  /** The value consistent with the priority vector: w_i / w_j. */
  consistent: number;
  /** ε_ij = a_ij · w_j / w_i; 1 when consistent. */
  ratio: number;
}

/**
 * The judgements of a pairwise matrix ordered from the most inconsistent (Saaty 2003, "Decision-making with the
 * AHP: why is the principal eigenvector necessary", EJOR 145: 85–91, §4; Harker 1987): with priorities w, the
 * judgement consistent with them is w_i / w_j, and a_ij's departure is ε_ij = a_ij w_j / w_i; the judgements are
 * ranked by max(ε_ij, 1/ε_ij), largest first (replacing the first by w_i / w_j lowers λmax the most among single
 * changes, to first order). Only the upper triangle (i < j) is listed: a_ji = 1/a_ij carries the same judgement.
 */
export function inconsistentJudgements(
  pairwise: readonly (readonly number[])[],
  weights: readonly number[],
): Judgement[] {
  validatePairwise(pairwise);
  if (weights.length !== pairwise.length)
    throw new EngineError('shape', `${weights.length} priorities for ${pairwise.length} criteria`, ['weights']);
  const out: Judgement[] = [];
  for (let i = 0; i < pairwise.length; i++)
    for (let j = i + 1; j < pairwise.length; j++) {
      const consistent = weights[i] / weights[j];
      out.push({ i, j, value: pairwise[i][j], consistent, ratio: pairwise[i][j] / consistent });
    }
  const departure = (x: Judgement) => Math.max(x.ratio, 1 / x.ratio);
  return out.sort((a, b) => departure(b) - departure(a));
}
