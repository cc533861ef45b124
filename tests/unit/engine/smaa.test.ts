import { describe, expect, it } from 'vitest';
import { smaa, type SmaaInput } from '../../../shared/engine/smaa';
import { Sampler } from '../../../shared/engine/distributions';

const H = 'higher' as const;
// Standard normal CDF via the Abramowitz & Stegun 7.1.26 erf approximation (|error| < 1.5e-7).
const phi = (x: number) => {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf =
    1 -
    t *
      (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) *
      Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
};

describe('SMAA-2 (Lahdelma & Salminen 2001) against closed-form results, 10,000 samples, ±0.02', () => {
  it('two alternatives, each best on one criterion, missing weights: b¹ = ½ each, central weights (¾, ¼)', () => {
    // With w1 ~ U(0, 1) on the 2-simplex, A wins iff w1 > ½ and E[w1 | w1 > ½] = ¾.
    const r = smaa({
      measurements: [
        [{ exact: 1 }, { exact: 0 }],
        [{ exact: 0 }, { exact: 1 }],
      ],
      directions: [H, H],
      weights: { kind: 'missing' },
      samples: 10_000,
      seed: 7,
    });
    expect(r.rankAcceptability[0][0]).toBeCloseTo(0.5, 1);
    expect(Math.abs(r.rankAcceptability[0][0] - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(r.centralWeights[0]![0] - 0.75)).toBeLessThan(0.02);
    expect(Math.abs(r.centralWeights[1]![1] - 0.75)).toBeLessThan(0.02);
    expect(r.confidence).toEqual([1, 1]);
  });

  it('ordinal weights w1 ≥ w2 make the first criterion’s winner always first', () => {
    const r = smaa({
      measurements: [
        [{ exact: 1 }, { exact: 0 }],
        [{ exact: 0 }, { exact: 1 }],
      ],
      directions: [H, H],
      weights: { kind: 'ordinal', order: [0, 1] },
      samples: 2_000,
      seed: 1,
    });
    expect(r.rankAcceptability[0]).toEqual([1, 0]);
  });

  it('value uncertainty: P(N(1, σ) > 0) = Φ(1/σ), P(U(0, 4) > 1) = ¾, P(logN(0, 1) > 1) = ½', () => {
    const cases: [SmaaInput['measurements'][number][number], number][] = [
      [{ normal: [1, 1] }, phi(1)],
      [{ normal: [1, 2] }, phi(0.5)],
      [{ uniform: [0, 4] }, 0.75],
      [{ lognormal: [0, 1] }, 0.5],
    ];
    for (const [cell, expected] of cases) {
      const exact = 'lognormal' in cell ? 1 : 'uniform' in cell ? 1 : 0;
      const r = smaa({
        measurements: [[cell], [{ exact }]],
        directions: [H],
        weights: { kind: 'missing' },
        samples: 10_000,
        seed: 3,
        cut: 1,
      });
      expect(Math.abs(r.rankAcceptability[0][0] - expected)).toBeLessThan(0.02);
      expect(r.belowCut![0]).toBeCloseTo(1 - r.rankAcceptability[0][0], 12);
    }
  });

  it('all-normal measurements: P(N(1, 1) > N(0, 1)) = Φ(1/√2)', () => {
    const r = smaa({
      measurements: [[{ normal: [1, 1] }], [{ normal: [0, 1] }]],
      directions: [H],
      weights: { kind: 'missing' },
      samples: 10_000,
      seed: 5,
    });
    const p = phi(Math.SQRT1_2);
    expect(Math.abs(r.rankAcceptability[0][0] - p)).toBeLessThan(0.02);
    // One criterion: weights cannot matter, so the confidence factor estimates the same probability (from its own
    // value draws): within 4 standard errors of a share of 10,000.
    expect(Math.abs(r.confidence[0]! - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 10_000));
  });

  it('three symmetric alternatives share every rank equally; intervals and Dirichlet weights stay in bounds', () => {
    const identity = [0, 1, 2].map((i) => [0, 1, 2].map((j) => ({ exact: i === j ? 1 : 0 })));
    const r = smaa({
      measurements: identity,
      directions: [H, H, H],
      weights: { kind: 'missing' },
      samples: 10_000,
      seed: 11,
    });
    r.rankAcceptability.forEach((row) => expect(Math.abs(row[0] - 1 / 3)).toBeLessThan(0.02));
    const iv = smaa({
      measurements: identity,
      directions: [H, H, H],
      weights: {
        kind: 'intervals',
        ranges: [
          [0.5, 0.7],
          [0, 0.5],
          [0, 0.5],
        ],
      },
      samples: 2_000,
      seed: 11,
    });
    expect(iv.rankAcceptability[0][0]).toBe(1);
    iv.centralWeights[0]!.forEach((w, j) => expect(w).toBeGreaterThanOrEqual(j === 0 ? 0.5 : 0));
    const dir = smaa({
      measurements: identity,
      directions: [H, H, H],
      weights: { kind: 'dirichlet', point: [0.8, 0.1, 0.1], concentration: 50 },
      samples: 5_000,
      seed: 11,
    });
    expect(dir.rankAcceptability[0][0]).toBeGreaterThan(0.95);
    expect(Math.abs(dir.centralWeights[0]![0] - 0.8)).toBeLessThan(0.03);
  });

  it('is bit-for-bit reproducible for a seed and changes with the seed', () => {
    const input: SmaaInput = {
      measurements: [
        [{ normal: [0.6, 0.1] }, { uniform: [0.2, 0.4] }],
        [{ normal: [0.5, 0.1] }, { lognormal: [-1, 0.3] }],
        [{ exact: 0.55 }, { exact: 0.35 }],
      ],
      directions: [H, 'lower'],
      weights: { kind: 'missing' },
      samples: 3_000,
      seed: 42,
      cut: 2,
    };
    expect(JSON.stringify(smaa(input))).toBe(JSON.stringify(smaa(input)));
    expect(JSON.stringify(smaa({ ...input, seed: 43 }))).not.toBe(JSON.stringify(smaa(input)));
  });

  it('rejects infeasible weight intervals with a typed error', () => {
    expect(() =>
      smaa({
        measurements: [[{ exact: 1 }, { exact: 2 }]],
        directions: [H, H],
        weights: {
          kind: 'intervals',
          ranges: [
            [0.6, 1],
            [0.6, 1],
          ],
        },
        samples: 10,
        seed: 0,
      }),
    ).toThrow(expect.objectContaining({ code: 'infeasible' }));
  });
});

describe('the ziggurat normal sampler', () => {
  it('has mean 0, variance 1 and the normal quantiles', () => {
    const s = new Sampler(5);
    const n = 200_000;
    const xs = new Float64Array(n);
    s.fillNormal(xs, n);
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.01);
    const sorted = Float64Array.from(xs).sort();
    expect(Math.abs(sorted[Math.floor(0.975 * n)] - 1.96)).toBeLessThan(0.03);
    expect(Math.abs(sorted[Math.floor(0.8413 * n)] - 1)).toBeLessThan(0.02);
  });
});

describe('SMAA at extreme magnitudes (issue 9)', () => {
  it('exact values −1e308 and 1e308 (a span that overflows) still rank the higher one first in every sample', () => {
    const r = smaa({
      measurements: [[{ exact: -1e308 }], [{ exact: 1e308 }]],
      directions: ['higher'],
      weights: { kind: 'missing' },
      samples: 50,
      seed: 1,
    });
    // one criterion: the higher value is first in all 50 samples, the lower second
    expect(r.rankAcceptability).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
