import type { Direction } from './types';
import { EngineError } from './errors';
import { assertComplete, column, type DenseMatrix } from './matrix';
import { normalizeMatrix } from './normalize';

const equal = (n: number) => new Array<number>(n).fill(1 / n);

/**
 * Shannon entropy weights (Shannon 1948; Zeleny 1982; Hwang & Yoon 1981): p_ij = x_ij / Σ_i x_ij,
 * E_j = −(1/ln m) Σ_i p_ij ln p_ij (0·ln 0 = 0), d_j = 1 − E_j, w_j = d_j / Σ d_j. Computed on the raw
 * values of every criterion whatever its direction, as in the worked examples of Xu (2004) and
 * Zavadskas & Podvezko (2016) and in pymcdm / pyrepo-mcda. Values must be non-negative; an all-zero
 * column carries no information (d = 0); if no column carries any, weights are equal.
 */
export function entropyWeights(m: DenseMatrix): number[] {
  assertComplete(m);
  const p = normalizeMatrix(
    m,
    Array.from({ length: m.cols }, () => 'higher' as const),
    'sum',
  );
  if (m.rows < 2) return equal(m.cols);
  const k = 1 / Math.log(m.rows);
  const d = Array.from({ length: m.cols }, (_, j) => {
    let h = 0;
    for (const x of column(p, j)) if (x > 0) h -= x * Math.log(x);
    return Math.max(0, 1 - k * h);
  });
  const total = d.reduce((a, b) => a + b, 0);
  return total > 0 ? d.map((x) => x / total) : equal(m.cols);
}

const mean = (v: Float64Array) => v.reduce((a, b) => a + b, 0) / v.length;

/**
 * CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995): columns min-max normalized by direction;
 * C_j = s_j Σ_k (1 − r_jk) with s_j the sample standard deviation and r_jk the Pearson correlation;
 * w_j = C_j / Σ C. A constant column has s = 0 (no information) and correlation 0 with the others.
 */
export function criticWeights(m: DenseMatrix, directions: readonly Direction[]): number[] {
  assertComplete(m);
  if (m.rows < 2) throw new EngineError('shape', 'CRITIC needs at least two alternatives', ['matrix']);
  const z = normalizeMatrix(m, directions, 'minmax');
  const cols = Array.from({ length: m.cols }, (_, j) => column(z, j));
  const centred = cols.map((c) => {
    const mu = mean(c);
    return c.map((x) => x - mu);
  });
  const ss = centred.map((c) => c.reduce((a, x) => a + x * x, 0));
  const sd = ss.map((s) => Math.sqrt(s / (m.rows - 1)));
  const C = centred.map((cj, j) => {
    let conflict = 0;
    for (let k = 0; k < m.cols; k++) {
      let r = 0;
      if (k === j) r = ss[j] > 0 ? 1 : 0;
      else if (ss[j] > 0 && ss[k] > 0) r = cj.reduce((a, x, i) => a + x * centred[k][i], 0) / Math.sqrt(ss[j] * ss[k]);
      conflict += 1 - r;
    }
    return sd[j] * conflict;
  });
  const total = C.reduce((a, b) => a + b, 0);
  return total > 0 ? C.map((x) => x / total) : equal(m.cols);
}
