import { describe, expect, it } from 'vitest';
import { Sampler } from '../../../shared/engine/distributions';
import { weightSampler } from '../../../shared/engine/smaa';

/**
 * The samplers SMAA draws from, against their distribution functions: the Kolmogorov–Smirnov statistic
 * D = sup |F_N(x) − F(x)| of 200,000 draws below 1.95/√N (the 0.1 % critical value, Kolmogorov's limit law), plus
 * moments and tail masses within 4 standard errors. Draws come in batches of SMAA's sizes for 5 alternatives and
 * 60 criteria (25 normals: the confidence pass's scores; 60 exponentials: one weight vector).
 */
const N = 200_000;
const KS_CRITICAL = 1.95 / Math.sqrt(N);

function ksStatistic(xs: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  let d = 0;
  for (let k = 0; k < sorted.length; k++) {
    const f = cdf(sorted[k]);
    d = Math.max(d, f - k / sorted.length, (k + 1) / sorted.length - f);
  }
  return d;
}

// Standard normal CDF through erfc by the Chebyshev fit of Numerical Recipes (erfcc; relative error < 1.2e-7).
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

describe('the ziggurat normals (Sampler.fillScaledNormal, as SMAA draws them)', () => {
  const s = new Sampler(31);
  const z = new Float64Array(N);
  const zero = new Float64Array(25);
  const one = new Float64Array(25).fill(1);
  const batch = new Float64Array(25);
  for (let k = 0; k < N; k += 25) {
    s.fillScaledNormal(batch, zero, one, 25);
    z.set(batch.subarray(0, Math.min(25, N - k)), k);
  }

  it('follow the standard normal CDF (KS) with mean 0, variance 1 and the normal tail mass beyond ±3', () => {
    expect(ksStatistic(z, normalCdf)).toBeLessThan(KS_CRITICAL);
    let sum = 0;
    let sumSq = 0;
    let tail = 0;
    for (const v of z) {
      sum += v;
      sumSq += v * v;
      if (Math.abs(v) > 3) tail++;
    }
    expect(Math.abs(sum / N)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(sumSq / N - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
    const p = 2 * (1 - normalCdf(3)); // 0.0026998
    expect(Math.abs(tail / N - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / N));
  });
});

describe('the ziggurat exponentials (Sampler.fillExponential)', () => {
  it('follow 1 − e^(−x) (KS) with mean 1 and variance 1', () => {
    const s = new Sampler(32);
    const e = new Float64Array(N);
    const batch = new Float64Array(60);
    for (let k = 0; k < N; k += 60) {
      s.fillExponential(batch, 60);
      e.set(batch.subarray(0, Math.min(60, N - k)), k);
    }
    expect(ksStatistic(e, (x) => 1 - Math.exp(-x))).toBeLessThan(KS_CRITICAL);
    const mean = e.reduce((a, b) => a + b, 0) / N;
    const variance = e.reduce((a, b) => a + (b - mean) ** 2, 0) / N;
    expect(Math.abs(mean - 1)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(8 / N)); // Var of (X − 1)² is 8 for Exp(1)
  });
});

describe('missing weights: uniform on the simplex', () => {
  it('w_1 of 60 criteria follows Beta(1, 59), F(x) = 1 − (1 − x)^59 (KS), and every sample sums to 1', () => {
    const n = 60;
    const draw = weightSampler({ kind: 'missing' }, n, new Sampler(33), N);
    const w = new Float64Array(n);
    const first = new Float64Array(N);
    let worstSum = 0;
    for (let s = 0; s < N; s++) {
      draw(w);
      first[s] = w[0];
      worstSum = Math.max(worstSum, Math.abs(w.reduce((a, b) => a + b, 0) - 1));
    }
    expect(ksStatistic(first, (x) => 1 - Math.pow(1 - x, n - 1))).toBeLessThan(KS_CRITICAL);
    expect(worstSum).toBeLessThan(1e-14);
  });
});
