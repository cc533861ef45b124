import { assertComplete, type DenseMatrix } from '../matrix';
import type { MethodInput, MethodResult } from './types';

export interface WinrateDetails {
  /** Per alternative and criterion, the share of the other alternatives beaten (ties count ½); NaN = missing. */
  winRates: DenseMatrix;
}

/**
 * Mean win rate as in HELM (Liang et al. 2022, "Holistic Evaluation of Language Models"): on each
 * criterion an alternative scores the share of the other alternatives with a value it beats, ties counted
 * as half; the score is the weighted mean over criteria. A lone alternative has nobody to beat: its rates and score
 * are 0. With skipMissing, missing values take part in no comparison, a criterion where only this alternative has a
 * value gives no rate (NaN) and the weights are renormalized over the criteria where it has one.
 */
export function winrate(input: MethodInput): MethodResult<WinrateDetails> {
  if (!input.skipMissing) assertComplete(input.matrix);
  const { rows, cols, data } = input.matrix;
  const rates = new Float64Array(rows * cols).fill(NaN);
  const idx: number[] = [];
  for (let j = 0; j < cols; j++) {
    idx.length = 0;
    for (let i = 0; i < rows; i++) if (data[i * cols + j] === data[i * cols + j]) idx.push(i);
    const sign = input.directions[j] === 'higher' ? 1 : -1;
    idx.sort((p, q) => sign * (data[p * cols + j] - data[q * cols + j]));
    const n = idx.length;
    for (let k = 0; k < n;) {
      let e = k;
      while (e + 1 < n && data[idx[e + 1] * cols + j] === data[idx[k] * cols + j]) e++;
      // idx[k..e] tie; k alternatives are worse.
      const rate = n > 1 ? (k + 0.5 * (e - k)) / (n - 1) : rows === 1 ? 0 : NaN;
      for (let t = k; t <= e; t++) rates[idx[t] * cols + j] = rate;
      k = e + 1;
    }
  }
  const w = input.weights;
  const scores = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    let present = 0;
    for (let j = 0; j < cols; j++) {
      const r = rates[i * cols + j];
      if (r === r) {
        s += w[j] * r;
        present += w[j];
      }
    }
    scores[i] = present > 0 ? s / present : 0;
  }
  return { scores, better: 'higher', details: { winRates: { rows, cols, data: rates } } };
}
