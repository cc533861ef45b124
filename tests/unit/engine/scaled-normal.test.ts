import { describe, expect, it } from 'vitest';
import { Sampler } from '../../../shared/engine/distributions';

/**
 * Sampler.fillScaledNormal against the standard normal distribution itself: moments and the shares inside ±t
 * (2Φ(t) − 1) and below −t for t = 0.5, 1, 2, 3 and the ziggurat's base R = 3.4426 (beyond it, its tail path),
 * drawn in batches of 300, so that draws across batch boundaries and the rare path taken inside a batch (the
 * generator state written back and read again) are in the sample.
 */
const N = 2_000_000;
const BATCH = 300;
const R = 3.442619855899;

function draws(seed: number, mean: Float64Array, scale: Float64Array): Float64Array {
  const s = new Sampler(seed);
  const all = new Float64Array(N);
  const out = new Float64Array(BATCH);
  for (let k = 0; k < N; k += BATCH) {
    s.fillScaledNormal(out, mean, scale, BATCH);
    all.set(out.subarray(0, Math.min(BATCH, N - k)), k);
  }
  return all;
}

describe('Sampler.fillScaledNormal', () => {
  const z = draws(7, new Float64Array(BATCH), new Float64Array(BATCH).fill(1));

  it('has mean 0 and variance 1 (within 4 standard errors)', () => {
    let sum = 0;
    let sumSq = 0;
    for (const v of z) {
      sum += v;
      sumSq += v * v;
    }
    const mean = sum / N;
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(sumSq / N - mean * mean - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
  });

  it('puts 2Φ(t) − 1 of the draws inside ±t and 1 − Φ(t) below −t, up to the ziggurat base R', () => {
    const inside: [number, number][] = [
      [0.5, 0.382924922548026],
      [1, 0.682689492137086],
      [2, 0.954499736103642],
      [3, 0.99730020393674],
      [R, 0.999423891487608],
    ];
    const within = (share: number, p: number) =>
      expect(Math.abs(share - p)).toBeLessThan(4.5 * Math.sqrt((p * (1 - p)) / N));
    for (const [t, p] of inside) {
      let count = 0;
      let below = 0;
      for (const v of z) {
        if (Math.abs(v) < t) count++;
        if (v <= -t) below++;
      }
      within(count / N, p);
      within(below / N, (1 - p) / 2);
    }
  });

  it('maps each draw to mean[k] + scale[k]·z exactly', () => {
    const mean = Float64Array.from({ length: BATCH }, (_, k) => k / 7 - 20);
    const scale = Float64Array.from({ length: BATCH }, (_, k) => 0.5 + (k % 11));
    const y = draws(7, mean, scale);
    for (let k = 0; k < N; k++) if (y[k] !== mean[k % BATCH] + scale[k % BATCH] * z[k]) throw new Error(`draw ${k}`);
  });
});
