import type { Sampler } from './distributions';

/**
 * SMAA-2 when every measurement is normal or exact. Partial values are u_kj = c0_kj + c1_kj·z_kj (z_kj independent
 * standard normals, c1 = 0 for exact cells), so for fixed weights w alternative k's utility Σ_j w_j·u_kj is itself
 * normal, N(Σ_j w_j·c0_kj, Σ_j w_j²·c1_kj²), and the utilities of different alternatives are independent (no cell
 * is shared). One normal draw per alternative then gives the utilities with exactly the joint distribution that
 * drawing all m·n partial values gives (Rao–Blackwell collapsing of the value draws; Lahdelma & Salminen 2001 for
 * the SMAA-2 quantities): m draws and 2·m·n multiply-adds per sample instead of m·n draws.
 */

/** Rank counts and the first-rank weight sums for one sample (ties share the better rank). */
export function tallySample(
  w: Float64Array,
  utility: Float64Array,
  m: number,
  n: number,
  acceptCount: Float64Array,
  centralSum: Float64Array,
  firstCount: Float64Array,
): void {
  for (let i = 0; i < m; i++) {
    let r = 0;
    const ui = utility[i];
    for (let k = 0; k < m; k++) if (utility[k] > ui) r++;
    acceptCount[i * m + r]++;
    if (r === 0) {
      firstCount[i]++;
      const base = i * n;
      for (let j = 0; j < n; j++) centralSum[base + j] += w[j];
    }
  }
}

/** Pass 1: each sample draws w, then each alternative's utility from its normal distribution given w. */
export function normalUtilityPass(
  c0: Float64Array,
  c1: Float64Array,
  m: number,
  n: number,
  N: number,
  drawWeights: (w: Float64Array) => void,
  values: Sampler,
  acceptCount: Float64Array,
  centralSum: Float64Array,
  firstCount: Float64Array,
): void {
  const c1sq = c1.map((x) => x * x);
  // All cells exact (the app's rank acceptability): the utilities are the means, nothing to draw.
  const exact = c1.every((x) => x === 0);
  const w = new Float64Array(n);
  const mean = new Float64Array(m);
  const sd = new Float64Array(m);
  const utility = new Float64Array(m);
  for (let s = 0; s < N; s++) {
    drawWeights(w);
    if (exact) {
      for (let k = 0; k < m; k++) {
        let mu = 0;
        for (let j = 0; j < n; j++) mu += w[j] * c0[k * n + j];
        utility[k] = mu;
      }
      tallySample(w, utility, m, n, acceptCount, centralSum, firstCount);
      continue;
    }
    // two alternatives a sweep: four independent sums, each weight read once for both
    let k = 0;
    for (; k + 1 < m; k += 2) {
      const a = k * n;
      const b = a + n;
      let mu0 = 0;
      let v0 = 0;
      let mu1 = 0;
      let v1 = 0;
      for (let j = 0; j < n; j++) {
        const x = w[j];
        const x2 = x * x;
        mu0 += x * c0[a + j];
        v0 += x2 * c1sq[a + j];
        mu1 += x * c0[b + j];
        v1 += x2 * c1sq[b + j];
      }
      mean[k] = mu0;
      sd[k] = Math.sqrt(v0);
      mean[k + 1] = mu1;
      sd[k + 1] = Math.sqrt(v1);
    }
    if (k < m) {
      const a = k * n;
      let mu = 0;
      let v = 0;
      for (let j = 0; j < n; j++) {
        const x = w[j];
        mu += x * c0[a + j];
        v += x * x * c1sq[a + j];
      }
      mean[k] = mu;
      sd[k] = Math.sqrt(v);
    }
    values.fillScaledNormal(utility, mean, sd, m);
    tallySample(w, utility, m, n, acceptCount, centralSum, firstCount);
  }
}

/**
 * Pass 2: under alternative i's central weights c_i the scores c_i·u_k are independent normals
 * N(c_i·c0_k, Σ_j c_ij²·c1_kj²); each of N samples draws all m·m of them and counts i when no score under c_i
 * is above its own.
 */
export function normalConfidencePass(
  c0: Float64Array,
  c1: Float64Array,
  m: number,
  n: number,
  N: number,
  central: Float64Array,
  firstCount: Float64Array,
  values: Sampler,
  confidentCount: Float64Array,
): void {
  const mean = new Float64Array(m * m);
  const sd = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let k = 0; k < m; k++) {
      let mu = 0;
      let v = 0;
      for (let j = 0; j < n; j++) {
        const c = central[i * n + j];
        mu += c * c0[k * n + j];
        v += c * c * c1[k * n + j] * c1[k * n + j];
      }
      mean[i * m + k] = mu;
      sd[i * m + k] = Math.sqrt(v);
    }
  const score = new Float64Array(m * m);
  if (sd.every((x) => x === 0)) {
    // all cells exact: every sample's scores are the means
    for (let i = 0; i < m; i++)
      if (firstCount[i] > 0 && mean.subarray(i * m, (i + 1) * m).every((x) => !(x > mean[i * m + i])))
        confidentCount[i] = N;
    return;
  }
  for (let s = 0; s < N; s++) {
    values.fillScaledNormal(score, mean, sd, m * m);
    for (let i = 0; i < m; i++) {
      const own = score[i * m + i];
      let best = firstCount[i] > 0;
      for (let k = 0; k < m && best; k++) best = !(score[i * m + k] > own);
      if (best) confidentCount[i]++;
    }
  }
}
