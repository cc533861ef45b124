import { describe, expect, it } from 'vitest';
import { smaa, type Measurement } from '../../../../shared/engine/smaa';
import { smaaReference, type RefMeasurement } from './smaa-reference';

/**
 * The engine's SMAA-2 against the brute-force reference (smaa-reference.ts: its own generator, every value drawn),
 * both Monte-Carlo estimates of the same quantities from independent streams. Bound: 4 standard errors of the
 * difference of two independent estimates,
 * - rank acceptability b (a share of N_e and of N_r samples): 4·√(p̄(1 − p̄)(1/N_e + 1/N_r)), p̄ the pooled share;
 * - central weight w_j of i (a mean over the F_e and F_r samples where i is first): 5·√(s²_j(1/F_e + 1/F_r)),
 *   s²_j the reference's variance of w_j over its first-rank samples (5, not 4: the 5 × 60 problem compares 300
 *   central weights, and 300 comparisons at 4 standard errors fail by chance for about 2 % of seeds);
 * - confidence factor of i: the reference's share of its value draws where i is first under the engine's central
 *   weights, against the engine's, with the bound of a share (the same probability, given those weights).
 */
const SE = 4;
const SE_CENTRAL = 5;
const shareBound = (a: number, b: number, na: number, nb: number) => {
  const p = (a * na + b * nb) / (na + nb);
  return SE * Math.sqrt(p * (1 - p) * (1 / na + 1 / nb)) + 1e-12;
};

function compare(
  measurements: RefMeasurement[][],
  higher: boolean[],
  engineSamples: number,
  referenceSamples: number,
): string[] {
  const m = measurements.length;
  const n = higher.length;
  const engine = smaa({
    measurements: measurements as Measurement[][],
    directions: higher.map((h) => (h ? 'higher' : 'lower')),
    weights: { kind: 'missing' },
    samples: engineSamples,
    seed: 2026,
  });
  const ref = smaaReference(measurements, higher, referenceSamples, 99);
  const problems: string[] = [];
  for (let i = 0; i < m; i++)
    for (let r = 0; r < m; r++) {
      const e = engine.rankAcceptability[i][r];
      const f = ref.acceptability[i][r];
      if (Math.abs(e - f) > shareBound(e, f, engineSamples, referenceSamples))
        problems.push(`b[${i}][${r}]: engine ${e}, reference ${f}`);
    }
  const referenceConfidence = ref.confidenceAt(engine.centralWeights);
  for (let i = 0; i < m; i++) {
    const c = engine.centralWeights[i];
    const rc = ref.central[i];
    if (
      (c === null) !== (rc === null) &&
      Math.max(ref.firstCount[i], engine.rankAcceptability[i][0] * engineSamples) > 5
    )
      problems.push(
        `central weights of ${i}: engine ${c === null ? 'none' : 'some'}, reference ${rc === null ? 'none' : 'some'}`,
      );
    if (!c || !rc) continue;
    const fe = engine.rankAcceptability[i][0] * engineSamples;
    for (let j = 0; j < n; j++) {
      const bound = SE_CENTRAL * Math.sqrt(ref.centralVariance[i]![j] * (1 / fe + 1 / ref.firstCount[i])) + 1e-12;
      if (Math.abs(c[j] - rc[j]) > bound) problems.push(`w[${i}][${j}]: engine ${c[j]}, reference ${rc[j]}`);
    }
    const e = engine.confidence[i]!;
    const f = referenceConfidence[i]!;
    if (Math.abs(e - f) > shareBound(e, f, engineSamples, referenceSamples))
      problems.push(`confidence of ${i}: engine ${e}, reference ${f}`);
  }
  return problems;
}

describe('SMAA-2 against a brute-force reference, within 4 standard errors', () => {
  it('5 × 60 normal measurements (the bench problem’s shape), close alternatives', () => {
    const measurements = Array.from({ length: 5 }, (_, i) =>
      Array.from({ length: 60 }, (_, j) => ({
        normal: [50 + 6 * Math.sin(7 * i + 3 * j + 1) + i, 5 + 5 * Math.abs(Math.cos(i + 2 * j))] as const,
      })),
    );
    const higher = Array.from({ length: 60 }, (_, j) => j % 5 !== 4);
    expect(compare(measurements, higher, 10_000, 10_000)).toEqual([]);
  });

  it('normal and exact cells mixed (exact cells have no variance), one cost criterion', () => {
    const measurements: RefMeasurement[][] = [
      [{ exact: 0.7 }, { normal: [0.4, 0.1] }, { exact: 0.2 }, { normal: [10, 3] }],
      [{ normal: [0.6, 0.15] }, { exact: 0.5 }, { normal: [0.3, 0.05] }, { exact: 12 }],
      [{ normal: [0.5, 0.05] }, { normal: [0.55, 0.2] }, { exact: 0.25 }, { normal: [11, 1] }],
      [{ exact: 0.65 }, { exact: 0.45 }, { exact: 0.3 }, { exact: 10.5 }],
    ];
    expect(compare(measurements, [true, true, true, false], 20_000, 20_000)).toEqual([]);
  });

  it('every cell exact (the app’s rank acceptability): only the weights are random', () => {
    const measurements = Array.from({ length: 6 }, (_, i) =>
      Array.from({ length: 5 }, (_, j) => ({ exact: Math.round(100 * Math.abs(Math.sin(3 * i + 5 * j + 2))) / 100 })),
    );
    expect(compare(measurements, [true, true, false, true, true], 20_000, 20_000)).toEqual([]);
  });

  it('uniform, lognormal, normal and exact cells together', () => {
    const measurements: RefMeasurement[][] = [
      [{ uniform: [0.2, 0.8] }, { lognormal: [0, 0.4] }, { normal: [3, 1] }, { exact: 1 }],
      [{ normal: [0.5, 0.1] }, { uniform: [0.5, 2] }, { exact: 3.5 }, { lognormal: [0.1, 0.2] }],
      [{ exact: 0.55 }, { normal: [1.1, 0.3] }, { uniform: [2, 5] }, { normal: [1, 0.3] }],
    ];
    expect(compare(measurements, [true, true, false, true], 20_000, 20_000)).toEqual([]);
  });
});
