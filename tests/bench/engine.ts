/**
 * Engine figures for `npm run bench` (milliseconds, single-threaded), each beside NumPy doing the same work on
 * the same inputs in the same session (tests/bench/numpy_reference.py, see numpy.ts): after a warm-up, ROUNDS
 * rounds alternate a block of engine runs and a block of NumPy runs (A B A B …); a round's figure is the median
 * of its block, and the JSON gives the median, min and max over the rounds of the engine time, the NumPy time
 * and their ratio (engine / NumPy, below 1 = the engine is faster). The clock of a run starts just before the
 * call and stops when it returns:
 * - WSM, a weight edit: one raw weight changed from the previous run's (a slider walk: the next criterion each
 *   run), as shared/evaluation/evaluate.ts passes them to `rankPrepared` over the ranking it prepared once per
 *   pivot (`prepareRanking`, before the clock): the kept sums updated over that column, scores, ranks and order of
 *   10,000 alternatives × 200 criteria; the walk figure is the mean per edit over 400 such edits (engine only),
 *   which includes the full passes the kept sums make (one per 200 column updates);
 * - WSM cold: the same edit, then min-max normalize, aggregate and rank from scratch (`rankAlternatives`);
 *   NumPy does its whole work at every run for both figures: column min/max, the normalized matrix and `@ w`,
 *   or in its "folded" variant `x @ (w/span) + c`;
 * - SMAA-2, 10,000 samples, 5 × 60 normal measurements, missing weights, with confidence factors (`smaa`); NumPy
 *   draws every value (3,000,000 normals and the BLAS products), or in its "collapsed" variant runs the engine's
 *   algorithm (each alternative's utility drawn from its normal distribution given the weights);
 * - PROMETHEE II, 1,000 × 200 and 5,000 × 200, the five piecewise-linear preference functions in turn, net flows
 *   and ranks (`rankAlternatives`; NumPy by the pairwise definition at 1,000, and by sorted columns with
 *   searchsorted and prefix sums, the engine's algorithm, at both sizes: pairwise 5,000 × 200 would take minutes).
 * Engine-only figures: SMAA-2 without confidence factors, SMAA-2 on the general path (the first criterion's
 * measurements uniform over their 95 % ranges, so every value is drawn) and the exact WSM rank-reversal thresholds
 * on 5 × 60.
 * Inputs come from the seeded PRNG, so every run measures the same work. Without python3 and NumPy the JSON
 * says so and gives the engine figures alone.
 */
import type { Direction } from '../../shared/domain/dataset';
import type { DenseMatrix } from '../../shared/engine/matrix';
import {
  prepareRanking,
  rankAlternatives,
  rankPrepared,
  type PreferenceFunction,
} from '../../shared/engine/methods/index';
import { normalizeMatrix } from '../../shared/engine/normalize';
import { createPrng } from '../../shared/engine/prng';
import { rankReversalThresholds } from '../../shared/engine/sensitivity';
import { smaa, type Measurement } from '../../shared/engine/smaa';
import { NumpyReference } from './numpy';

const ROUNDS = Number(process.env.SEWB_BENCH_ROUNDS ?? 7);
const WARMUP = 3;

const round2 = (x: number) => Math.round(x * 1000) / 1000;
const medianOf = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs: readonly number[]) => ({
  median: round2(medianOf(xs)),
  min: round2(Math.min(...xs)),
  max: round2(Math.max(...xs)),
});

function time(fn: () => unknown, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}

/** An engine-only figure: the median, min and max of 9 runs after the warm-up. */
function engineOnly(fn: () => unknown) {
  time(fn, WARMUP);
  return { ...spread(time(fn, 9)), runs: 9 };
}

/** One engine figure beside one or more NumPy figures, in alternating blocks of `runs` runs. */
async function paired(
  engine: () => unknown,
  numpy: NumpyReference | null,
  figures: readonly string[],
  runs: number,
): Promise<Record<string, unknown>> {
  time(engine, WARMUP);
  for (const f of figures) await numpy?.run(f, WARMUP);
  const engineMs: number[] = [];
  const numpyMs = figures.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    engineMs.push(medianOf(time(engine, runs)));
    if (numpy) for (const [k, f] of figures.entries()) numpyMs[k].push(medianOf(await numpy.run(f, runs)));
  }
  const result: Record<string, unknown> = { engine_ms: spread(engineMs), rounds: ROUNDS, runs_per_round: runs };
  if (numpy)
    figures.forEach((f, k) => {
      result[`numpy_${f}_ms`] = spread(numpyMs[k]);
      result[`ratio_to_${f}`] = spread(engineMs.map((e, r) => e / numpyMs[k][r]));
    });
  return result;
}

/** Edits in the walk figure, and an engineOnly figure of whole walks as milliseconds per edit. */
const WALK = 400;
const perEdit = (f: ReturnType<typeof engineOnly>) => ({
  median: round2(f.median / WALK),
  min: round2(f.min / WALK),
  max: round2(f.max / WALK),
  edits: WALK,
  runs: f.runs,
});

function randomProblem(m: number, n: number, seed: number) {
  const rnd = createPrng(seed);
  const data = Float64Array.from({ length: m * n }, () => 100 * rnd());
  const directions: Direction[] = Array.from({ length: n }, (_, j) => (j % 5 === 4 ? 'lower' : 'higher'));
  const weights = Array.from({ length: n }, () => 0.1 + rnd());
  return { matrix: { rows: m, cols: n, data } as DenseMatrix, directions, weights, rnd };
}

/** usual, u-shape, v-shape, level, linear in turn, thresholds within the 0–100 value range. */
const PREFERENCES: readonly PreferenceFunction[] = [
  { type: 'usual' },
  { type: 'u-shape', q: 10 },
  { type: 'v-shape', p: 30 },
  { type: 'level', q: 10, p: 30 },
  { type: 'linear', q: 5, p: 20 },
];

async function startNumpy(manifest: object, matrices: Record<string, Float64Array>) {
  try {
    return await NumpyReference.start(manifest, matrices);
  } catch (error) {
    return `unavailable: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export async function bench(): Promise<Record<string, unknown>> {
  const wsm = randomProblem(10_000, 200, 1);
  // A slider walk: each run sets one weight (the next criterion each run) to 1–7 % above its start, the others
  // as the previous run left them, so consecutive runs differ in exactly one raw weight, as a slider step does.
  let edit = 0;
  const walked = wsm.weights.slice();
  const editedWeights = () => {
    const j = edit % walked.length;
    walked[j] = wsm.weights[j] * (1 + 0.01 * ((edit % 7) + 1));
    edit++;
    return walked.slice();
  };
  const wsmMethod = { name: 'wsm', normalization: 'minmax' } as const;
  // Prepared once outside the clock, as the app does per pivot (the matrix does not change at a weight edit).
  const wsmPrepared = prepareRanking({ ...wsm, method: wsmMethod });
  rankPrepared(wsmPrepared, wsm.weights);
  const wsmEdit = () => rankPrepared(wsmPrepared, editedWeights());
  const wsmCold = () => rankAlternatives({ ...wsm, weights: editedWeights(), method: wsmMethod });

  const s = randomProblem(5, 60, 2);
  const sd = Float64Array.from({ length: 5 * 60 }, () => 5 + 5 * s.rnd());
  const measurements: Measurement[][] = Array.from({ length: 5 }, (_, i) =>
    Array.from({ length: 60 }, (_, j) => ({ normal: [s.matrix.data[i * 60 + j], sd[i * 60 + j]] as const })),
  );
  const smaaInput = {
    measurements,
    directions: s.directions,
    weights: { kind: 'missing' as const },
    samples: 10_000,
    seed: 42,
    cut: 2,
  };

  // The general path (some measurement not normal): criterion 0 uniform over each cell's 95 % range.
  const smaaGeneral = {
    ...smaaInput,
    measurements: measurements.map((row) =>
      row.map((cell, j): Measurement => {
        if (j > 0 || !('normal' in cell)) return cell;
        const [mu, sigma] = cell.normal;
        return { uniform: [mu - 1.96 * sigma, mu + 1.96 * sigma] };
      }),
    ),
  };

  const promethee = [randomProblem(1000, 200, 4), randomProblem(5000, 200, 5)];
  const preferences = Array.from({ length: 200 }, (_, j) => PREFERENCES[j % PREFERENCES.length]);
  const prometheeRun = (p: (typeof promethee)[number]) => () =>
    rankAlternatives({ ...p, preferences, method: { name: 'promethee2' } });

  const benefit = (d: readonly Direction[]) => d.map((x) => x === 'higher');
  const numpy = await startNumpy(
    {
      wsm: { file: 'wsm.f64', rows: 10_000, cols: 200, benefit: benefit(wsm.directions), weights: wsm.weights },
      smaa: {
        mu: { file: 'smaa-mu.f64', rows: 5, cols: 60 },
        sd: { file: 'smaa-sd.f64', rows: 5, cols: 60 },
        benefit: benefit(s.directions),
        samples: 10_000,
        seed: 42,
      },
      promethee: promethee.map((p) => ({
        file: `promethee-${p.matrix.rows}.f64`,
        rows: p.matrix.rows,
        cols: 200,
        benefit: benefit(p.directions),
        weights: p.weights,
        preferences,
      })),
    },
    {
      'wsm.f64': wsm.matrix.data,
      'smaa-mu.f64': s.matrix.data,
      'smaa-sd.f64': sd,
      ...Object.fromEntries(promethee.map((p) => [`promethee-${p.matrix.rows}.f64`, p.matrix.data])),
    },
  );
  const py = typeof numpy === 'string' ? null : numpy;
  try {
    const figures: Record<string, unknown> = {
      unit: 'ms',
      numpy: py ? py.version : numpy,
      wsm_10000x200_weight_edit_prepared_aggregate_rank: await paired(wsmEdit, py, ['wsm', 'wsm_folded'], 5),
      // Mean per edit over a walk of 400 (two passes over the 200 criteria), the kept sums' full passes included.
      wsm_10000x200_weight_walk_mean_per_edit: perEdit(
        engineOnly(() => {
          for (let k = 0; k < WALK; k++) wsmEdit();
        }),
      ),
      wsm_10000x200_cold_normalize_aggregate_rank: await paired(wsmCold, py, ['wsm', 'wsm_folded'], 5),
      smaa_10000_samples_5x60: await paired(() => smaa(smaaInput), py, ['smaa', 'smaa_collapsed'], 5),
      promethee2_1000x200: await paired(
        prometheeRun(promethee[0]),
        py,
        ['promethee2_pairwise_1000', 'promethee2_sorted_1000'],
        3,
      ),
      promethee2_5000x200: await paired(prometheeRun(promethee[1]), py, ['promethee2_sorted_5000'], 3),
      smaa_10000_samples_5x60_without_confidence_factors: engineOnly(() => smaa({ ...smaaInput, confidence: false })),
      smaa_10000_samples_5x60_general_path_one_uniform_criterion: engineOnly(() => smaa(smaaGeneral)),
    };
    const rr = randomProblem(5, 60, 3);
    const total = rr.weights.reduce((a, b) => a + b, 0);
    const w = rr.weights.map((x) => x / total);
    figures.rank_reversal_thresholds_5x60 = engineOnly(() =>
      rankReversalThresholds(normalizeMatrix(rr.matrix, rr.directions, 'minmax'), w),
    );
    return figures;
  } finally {
    py?.close();
  }
}
