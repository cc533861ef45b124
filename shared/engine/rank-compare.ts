import { EngineError } from './errors';
import { fractionalRanks } from './rank';

/**
 * A rank vector over N alternatives: every entry a finite number from 1 (best) to N; ties may share a rank
 * (1, 2, 2, 4) or its mean (1, 2.5, 2.5, 4). Throws a typed error naming the first bad entry.
 */
export function assertRanks(ranks: readonly number[], path: (string | number)[]): void {
  const n = ranks.length;
  ranks.forEach((r, i) => {
    if (!Number.isFinite(r) || r < 1 || r > n)
      throw new EngineError(
        'invalid-parameter',
        `${[...path, i].join('.')} is ${r}: a rank must be a number from 1 to ${n} (the number of alternatives)`,
        [...path, i],
      );
  });
}

function check(a: readonly number[], b: readonly number[]): void {
  if (a.length < 2) throw new EngineError('shape', `rankings need at least two entries; a has ${a.length}`, ['a']);
  if (a.length !== b.length)
    throw new EngineError('shape', `the rankings have ${a.length} and ${b.length} entries`, ['b']);
  assertRanks(a, ['a']);
  assertRanks(b, ['b']);
}

/**
 * Spearman's ρ (Spearman 1904) as the Pearson correlation of the mid-ranks of the two rank vectors; for
 * rankings without ties it equals 1 − 6Σd²/(n(n² − 1)). Null when a ranking is constant.
 */
export function spearman(a: readonly number[], b: readonly number[]): number | null {
  check(a, b);
  const x = fractionalRanks(a, 'lower');
  const y = fractionalRanks(b, 'lower');
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/**
 * Kendall's τ_b (Kendall 1945): (n_c − n_d)/√((n_0 − n_1)(n_0 − n_2)), n_0 = n(n − 1)/2 and n_1, n_2 the
 * pairs tied in a and in b. Null when a ranking is constant.
 */
export function kendallTauB(a: readonly number[], b: readonly number[]): number | null {
  check(a, b);
  const n = a.length;
  let s = 0;
  let tiesA = 0;
  let tiesB = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const da = Math.sign(a[i] - a[j]);
      const db = Math.sign(b[i] - b[j]);
      if (da === 0) tiesA++;
      if (db === 0) tiesB++;
      s += da * db;
    }
  const n0 = (n * (n - 1)) / 2;
  const denom = Math.sqrt((n0 - tiesA) * (n0 - tiesB));
  return denom > 0 ? s / denom : null;
}

/**
 * Weighted Spearman r_w (Pinto da Costa & Soares 2005; Dancelli, Manisera & Vezzoli 2013), as used by
 * Sałabun & Urbaniak (2020): 1 − 6Σ(x_i − y_i)²((N − x_i + 1) + (N − y_i + 1)) / (N⁴ + N³ − N² − N).
 */
export function weightedSpearman(x: readonly number[], y: readonly number[]): number {
  check(x, y);
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += (x[i] - y[i]) ** 2 * (n - x[i] + 1 + (n - y[i] + 1));
  return 1 - (6 * s) / (n ** 4 + n ** 3 - n ** 2 - n);
}

/**
 * WS rank similarity coefficient (Sałabun & Urbaniak 2020), x the reference ranking:
 * WS = 1 − Σ 2^{−x_i} |x_i − y_i| / max(|x_i − 1|, |x_i − N|). Asymmetric: top positions of x weigh most.
 */
export function wsCoefficient(x: readonly number[], y: readonly number[]): number {
  check(x, y);
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++)
    s += (2 ** -x[i] * Math.abs(x[i] - y[i])) / Math.max(Math.abs(x[i] - 1), Math.abs(x[i] - n));
  return 1 - s;
}
