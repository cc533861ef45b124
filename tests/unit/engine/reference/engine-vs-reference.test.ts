import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../../shared/engine/errors';
import { rankAlternatives, type RankInput } from '../../../../shared/engine/methods/index';
import { normalizeColumn, normalizeMatrix } from '../../../../shared/engine/normalize';
import { describeProblem, disagreements, RELATIVE_TOLERANCE, type EngineAnswer } from './agreement';
import {
  METHODS,
  NORMALIZING,
  NORMS,
  normalizeMatrixRef,
  Refusal,
  scoreRef,
  type Dir,
  type NormalizedMatrix,
  type Problem,
} from './mcda-reference';
import { CONFIGS, problemArbitrary } from './problems';

/**
 * The engine (rankAlternatives, normalizeMatrix, normalizeColumn) against the independent reference on generated
 * problems, per configuration of the values (mixed directions, offsets, constant columns, ties, one alternative,
 * zeros, negatives, huge, tiny, extreme weights). Tolerance: see agreement.ts (1e-9 relative to the problem's
 * largest score). A fixed seed makes every failure reproducible; fast-check prints the shrunk counterexample.
 */
const SEED = 20261201;
const RUNS = 150;

const engineDir = (d: Dir) => (d === 'benefit' ? ('higher' as const) : ('lower' as const));

function engineInput(p: Problem): RankInput {
  return {
    matrix: p.matrix,
    directions: p.dirs.map(engineDir),
    weights: p.weights,
    method: { name: p.method, normalization: p.normalization, v: p.v },
    preferences: p.preferences,
    normalizationContext: p.context,
  };
}

/** Runs the engine; an EngineError is a refusal, anything else thrown is a crash and fails the test. */
function engineAnswer(run: () => { scores: readonly number[]; rank: readonly number[]; better: string }): EngineAnswer {
  try {
    const r = run();
    return { kind: 'scores', scores: r.scores, rank: r.rank, better: r.better };
  } catch (error) {
    if (error instanceof EngineError)
      return { kind: 'refused', code: error.code, located: error.path.length > 0, message: error.message };
    throw error;
  }
}

const fail = (p: Problem, problems: string[]) => {
  if (problems.length) throw new Error(`${describeProblem(p)}\n  ${problems.join('\n  ')}`);
};

/** Disagreements of an engine normalized matrix (rows × cols, NaN-free expected) with the reference's. */
function normalizedDisagreements(got: ArrayLike<number>, ref: NormalizedMatrix, cols: number): string[] {
  const out: string[] = [];
  for (let j = 0; j < cols; j++) {
    const expected = ref.values.map((row) => row[j]);
    const scale = Math.max(...expected.map(Math.abs));
    expected.forEach((r, i) => {
      const e = got[i * cols + j];
      const tol = RELATIVE_TOLERANCE * Math.max(Math.abs(r), scale) + 1e-15 + ref.uncertainty[j];
      if (!Number.isFinite(e)) out.push(`[${i}][${j}] is ${e}, reference ${r}`);
      else if (Math.abs(e - r) > tol) out.push(`[${i}][${j}] = ${e}, reference ${r}`);
    });
  }
  return out;
}

/** Engine normalizeMatrix vs the reference; refusals must carry the reference's code. */
function checkNormalization(p: Problem, extreme: boolean): void {
  const kind = p.normalization!;
  const m = p.matrix.length;
  const n = p.dirs.length;
  let ref: NormalizedMatrix | Refusal;
  try {
    ref = normalizeMatrixRef(p.matrix, p.dirs, kind, p.context);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    ref = error;
  }
  const dense = { rows: m, cols: n, data: Float64Array.from(p.matrix.flat()) };
  let got: Float64Array | EngineError;
  try {
    got = normalizeMatrix(dense, p.dirs.map(engineDir), kind, p.context).data;
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    got = error;
  }
  if (ref instanceof Refusal) {
    if (!(got instanceof EngineError))
      return fail(p, [`${kind}: the reference refuses (${ref.code}) but the engine normalized`]);
    const codes: string[] = ref.codes;
    if (!codes.includes('overflow') && !codes.includes(got.code))
      fail(p, [`${kind}: refused with ${got.code}, expected ${codes.join(' or ')}`]);
    if (got.path.length === 0) fail(p, [`${kind}: refused without naming the field`]);
    return;
  }
  if (got instanceof EngineError) {
    if (extreme && got.path.length > 0 && !['negative-value', 'zero-value', 'no-reference'].includes(got.code)) return;
    return fail(p, [`${kind}: refused (${got.code}: ${got.message}) where the reference normalizes`]);
  }
  fail(
    p,
    normalizedDisagreements(got, ref, n).map((line) => `${kind} ${line}`),
  );
  // The single-column entry point gives the first column the same values.
  const first = normalizeColumn(
    p.matrix.map((row) => row[0]),
    engineDir(p.dirs[0]),
    kind,
    p.context && {
      references: p.context.references?.slice(0, 1),
      baselines: p.context.baselines?.slice(0, 1),
      bests: p.context.bests?.slice(0, 1),
    },
  );
  fail(
    p,
    normalizedDisagreements(
      first.map((v) => (v === null ? NaN : v)),
      { values: ref.values.map((row) => [row[0]]), uncertainty: [ref.uncertainty[0]] },
      1,
    ).map((line) => `normalizeColumn ${kind} ${line}`),
  );
}

describe('normalizeMatrix and normalizeColumn agree with the reference', () => {
  describe.each(CONFIGS.map((c) => [c.name, c] as const))('%s', (_, config) => {
    it.each(NORMS.map((k) => [k]))('%s, benefit and cost columns in any mix', (kind) => {
      fc.assert(
        fc.property(problemArbitrary(config, ['wsm'], [kind]), (p) => checkNormalization(p, !!config.extreme)),
        { seed: SEED, numRuns: RUNS },
      );
    });
  });
});

describe('rankAlternatives agrees with the reference: scores, order, finite or a typed error', () => {
  describe.each(CONFIGS.map((c) => [c.name, c] as const))('%s', (_, config) => {
    it.each(METHODS.map((m) => [m]))('%s (every normalization it takes)', (method) => {
      fc.assert(
        fc.property(problemArbitrary(config, [method], NORMALIZING.has(method) ? NORMS : ['minmax']), (p) =>
          fail(
            p,
            disagreements(
              p,
              engineAnswer(() => rankAlternatives(engineInput(p))),
              !!config.extreme,
            ),
          ),
        ),
        { seed: SEED, numRuns: RUNS },
      );
    });
  });
});

describe('the cases issue 9 measured', () => {
  const H = 'higher' as const;
  const L = 'lower' as const;

  it('sum normalization with a benefit and a cost criterion ranks the better alternative first', () => {
    // Alternative 2 is better on the benefit criterion and equal on the cost one.
    for (const name of ['wsm', 'wpm', 'topsis'] as const) {
      const r = rankAlternatives({
        matrix: [
          [1, 1],
          [3, 1],
        ],
        directions: [H, L],
        weights: [1, 1],
        method: { name, normalization: 'sum' },
      });
      expect(r.order, name).toEqual([1, 0]);
    }
  });

  it('z-score of 1e9 + 0.1, 0.5, 0.9 is −1, 0, 1 (the criterion does not drop out)', () => {
    const z = normalizeColumn([1e9 + 0.1, 1e9 + 0.5, 1e9 + 0.9], 'higher', 'zscore') as number[];
    const ref = normalizeMatrixRef([[1e9 + 0.1], [1e9 + 0.5], [1e9 + 0.9]], ['benefit'], 'zscore');
    z.forEach((v, i) => expect(Math.abs(v - ref.values[i][0])).toBeLessThanOrEqual(1e-9 + ref.uncertainty[0]));
    z.forEach((v, i) => expect(v).toBeCloseTo([-1, 0, 1][i], 6));
  });

  it('WSM on 1e9-offset data: the composite equals the sum of the contributions, to 1e-12 relative', () => {
    // Spread 0.001 on 1e9: (x − min)/span of the middle value is 8389/16777 ulps = 0.50003, not 0.5.
    const matrix = [
      [1e9, 5],
      [1e9 + 0.001, 1],
      [1e9 + 0.002, 3],
    ];
    const r = rankAlternatives({ matrix, directions: [H, L], weights: [1, 1], method: { name: 'wsm' } });
    if (r.details.method !== 'wsm') throw new Error('wsm details expected');
    const shown = r.details.normalized;
    const ref = normalizeMatrixRef(matrix, ['benefit', 'cost'], 'minmax').values;
    r.scores.forEach((s, i) => {
      const fromReference = 0.5 * ref[i][0] + 0.5 * ref[i][1];
      const fromShown = 0.5 * shown.data[i * 2] + 0.5 * shown.data[i * 2 + 1];
      expect(Math.abs(s - fromReference), `alternative ${i}`).toBeLessThanOrEqual(1e-12 * fromReference);
      expect(Math.abs(s - fromShown), `alternative ${i}`).toBeLessThanOrEqual(1e-12 * fromShown);
    });
    // 0.5·0.50003 + 0.5·1 = 0.750015 beats 0.5·1 + 0.5·0.5 = 0.75.
    expect(r.order).toEqual([1, 2, 0]);
  });

  it('min-max on [−1e308, 1e308] is [0, 1] (cost [1, 0]), not null', () => {
    expect(normalizeColumn([-1e308, 1e308], 'higher', 'minmax')).toEqual([0, 1]);
    expect(normalizeColumn([-1e308, 0, 1e308], 'lower', 'minmax')).toEqual([1, 0.5, 0]);
  });

  it('weights [1e308, 1e308] rank exactly as [1, 1]', () => {
    const base = {
      matrix: [
        [1, 5],
        [3, 2],
      ],
      directions: [H, L],
    };
    for (const name of METHODS) {
      const huge = rankAlternatives({ ...base, weights: [1e308, 1e308], method: { name } });
      const unit = rankAlternatives({ ...base, weights: [1, 1], method: { name } });
      expect(huge.scores, name).toEqual(unit.scores);
      expect(huge.weights, name).toEqual([0.5, 0.5]);
    }
  });

  it('a lower-is-better column in WSM over linear normalization scores min/x, a higher-is-better one x/max', () => {
    const p: Problem = {
      matrix: [
        [2, 10],
        [4, 40],
      ],
      dirs: ['cost', 'benefit'],
      weights: [1, 1],
      method: 'wsm',
      normalization: 'linear',
    };
    // (1 + 10/40)/2 and (2/4 + 1)/2
    expect(scoreRef(p).scores).toEqual([0.625, 0.75]);
    expect(rankAlternatives(engineInput(p)).scores).toEqual([0.625, 0.75]);
  });
});
