/**
 * SMAA-2's confidence products for one value sample: score[k·m + i] = Σ_j u[k·n + j]·c[i·n + j], every
 * alternative k under every central weight vector c_i (the m × m product U · Cᵀ), each a running sum in j order.
 * Register-blocked: four central vectors at a time, read from a criterion-major copy (the four weights of a
 * criterion side by side), against two alternatives, so one load of a value feeds four products and eight
 * independent sums overlap; the m mod 4 central vectors left take four alternatives at a time.
 */
export class CentralScores {
  /** score[k·m + i]: alternative k under central weights i (after `compute`). */
  readonly score: Float64Array;
  private readonly grouped: Float64Array;
  private readonly central: Float64Array;
  private readonly m: number;
  private readonly n: number;

  /** `central` row-major m × n (row i the central weights of alternative i), read, not copied, for the rest. */
  constructor(central: Float64Array, m: number, n: number) {
    this.central = central;
    this.m = m;
    this.n = n;
    this.score = new Float64Array(m * m);
    const groups = m >> 2;
    this.grouped = new Float64Array(groups * n * 4);
    for (let g = 0; g < groups; g++)
      for (let j = 0; j < n; j++)
        for (let q = 0; q < 4; q++) this.grouped[(g * n + j) * 4 + q] = central[(4 * g + q) * n + j];
  }

  /** Fills `score` for the sample whose m × n values start at u[base]. */
  compute(u: Float64Array, base: number): void {
    const { m, n, score, grouped: ct, central } = this;
    const groups = m >> 2;
    for (let g = 0; g < groups; g++) {
      const cb = g * n * 4;
      const o = 4 * g;
      let k = 0;
      for (; k + 1 < m; k += 2) {
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        let b0 = 0;
        let b1 = 0;
        let b2 = 0;
        let b3 = 0;
        const x0 = base + k * n;
        const x1 = x0 + n;
        for (let j = 0; j < n; j++) {
          const y0 = u[x0 + j];
          const y1 = u[x1 + j];
          const c = cb + 4 * j;
          const c0 = ct[c];
          const c1 = ct[c + 1];
          const c2 = ct[c + 2];
          const c3 = ct[c + 3];
          a0 += y0 * c0;
          a1 += y0 * c1;
          a2 += y0 * c2;
          a3 += y0 * c3;
          b0 += y1 * c0;
          b1 += y1 * c1;
          b2 += y1 * c2;
          b3 += y1 * c3;
        }
        const r0 = k * m + o;
        const r1 = r0 + m;
        score[r0] = a0;
        score[r0 + 1] = a1;
        score[r0 + 2] = a2;
        score[r0 + 3] = a3;
        score[r1] = b0;
        score[r1 + 1] = b1;
        score[r1 + 2] = b2;
        score[r1 + 3] = b3;
      }
      if (k < m) {
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        const x0 = base + k * n;
        for (let j = 0; j < n; j++) {
          const y0 = u[x0 + j];
          const c = cb + 4 * j;
          a0 += y0 * ct[c];
          a1 += y0 * ct[c + 1];
          a2 += y0 * ct[c + 2];
          a3 += y0 * ct[c + 3];
        }
        const r0 = k * m + o;
        score[r0] = a0;
        score[r0 + 1] = a1;
        score[r0 + 2] = a2;
        score[r0 + 3] = a3;
      }
    }
    for (let i = 4 * groups; i < m; i++) {
      const cb = i * n;
      let k = 0;
      for (; k + 3 < m; k += 4) {
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        const x0 = base + k * n;
        for (let j = 0; j < n; j++) {
          const c = central[cb + j];
          a0 += u[x0 + j] * c;
          a1 += u[x0 + n + j] * c;
          a2 += u[x0 + 2 * n + j] * c;
          a3 += u[x0 + 3 * n + j] * c;
        }
        score[k * m + i] = a0;
        score[(k + 1) * m + i] = a1;
        score[(k + 2) * m + i] = a2;
        score[(k + 3) * m + i] = a3;
      }
      for (; k < m; k++) {
        let a0 = 0;
        const x0 = base + k * n;
        for (let j = 0; j < n; j++) a0 += u[x0 + j] * central[cb + j];
        score[k * m + i] = a0;
      }
    }
  }
}
