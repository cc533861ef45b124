/**
 * Engine figures for `npm run bench` (milliseconds, single-threaded, median of several runs after warm-up):
 * WSM (normalize, aggregate, rank) on 10,000 alternatives × 200 criteria; SMAA-2 with 10,000 samples on
 * 5 alternatives × 60 criteria (normal measurements, missing weights; with and without the confidence-factor
 * pass, which replays the value draws); exact WSM
 * rank-reversal thresholds on 5 × 60. Inputs come from the seeded PRNG, so every run measures the same work.
 */
import type { Direction } from '../../shared/domain/dataset';
import type { DenseMatrix } from '../../shared/engine/matrix';
import { rankAlternatives } from '../../shared/engine/methods/index';
import { normalizeMatrix } from '../../shared/engine/normalize';
import { createPrng } from '../../shared/engine/prng';
import { rankReversalThresholds } from '../../shared/engine/sensitivity';
import { smaa, type Measurement } from '../../shared/engine/smaa';

const RUNS = 9;
const WARMUP = 3;

function median(fn: () => unknown): { median: number; min: number; runs: number } {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { median: round(times[Math.floor(RUNS / 2)]), min: round(times[0]), runs: RUNS };
}

function randomProblem(m: number, n: number, seed: number) {
  const rnd = createPrng(seed);
  const data = Float64Array.from({ length: m * n }, () => 100 * rnd());
  const directions: Direction[] = Array.from({ length: n }, (_, j) => (j % 5 === 4 ? 'lower' : 'higher'));
  const weights = Array.from({ length: n }, () => 0.1 + rnd());
  return { matrix: { rows: m, cols: n, data } as DenseMatrix, directions, weights, rnd };
}

export async function bench(): Promise<Record<string, unknown>> {
  const wsm = randomProblem(10_000, 200, 1);
  const wsmMs = median(() => rankAlternatives({ ...wsm, method: { name: 'wsm', normalization: 'minmax' } }));

  const s = randomProblem(5, 60, 2);
  const measurements: Measurement[][] = Array.from({ length: 5 }, (_, i) =>
    Array.from({ length: 60 }, (_, j) => ({ normal: [s.matrix.data[i * 60 + j], 5 + 5 * s.rnd()] as const })),
  );
  const smaaInput = {
    measurements,
    directions: s.directions,
    weights: { kind: 'missing' as const },
    samples: 10_000,
    seed: 42,
    cut: 2,
  };
  const smaaMs = median(() => smaa(smaaInput));
  const smaaAcceptabilityMs = median(() => smaa({ ...smaaInput, confidence: false }));

  const rr = randomProblem(5, 60, 3);
  const total = rr.weights.reduce((a, b) => a + b, 0);
  const w = rr.weights.map((x) => x / total);
  const thresholdsMs = median(() => rankReversalThresholds(normalizeMatrix(rr.matrix, rr.directions, 'minmax'), w));

  return {
    unit: 'ms',
    wsm_10000x200_normalize_aggregate_rank: wsmMs,
    smaa_10000_samples_5x60: smaaMs,
    smaa_10000_samples_5x60_without_confidence_factors: smaaAcceptabilityMs,
    rank_reversal_thresholds_5x60: thresholdsMs,
  };
}
