import { z } from 'zod';
import { MethodNameSchema, MissingPolicySchema, NormalizationSchema } from '../../shared/domain/scenario';
import { toRows, type DenseMatrix } from '../../shared/engine/matrix';
import { rankAlternatives, type MethodDetails, type PreferenceFunction } from '../../shared/engine/methods/index';
import type { CliCommand } from './command';
import { engine, parseInput } from './input-error';
import { checkShape, DirectionInputSchema, IdListSchema, toDirection } from './schemas';

const PreferenceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('usual') }),
  z.object({ type: z.literal('u-shape'), q: z.number().nonnegative() }),
  z.object({ type: z.literal('v-shape'), p: z.number().positive() }),
  z.object({ type: z.literal('level'), q: z.number().nonnegative(), p: z.number().positive() }),
  z.object({ type: z.literal('linear'), q: z.number().nonnegative(), p: z.number().positive() }),
  z.object({ type: z.literal('gaussian'), s: z.number().positive() }),
]);

export const RankInputSchema = z
  .object({
    alternatives: IdListSchema,
    criteria: z
      .array(
        z.object({ id: z.string().min(1), direction: DirectionInputSchema, preference: PreferenceSchema.optional() }),
      )
      .min(1),
    /** Rows = alternatives; null = missing (needs "missing"). */
    matrix: z.array(z.array(z.number().nullable())),
    weights: z.array(z.number().nonnegative()),
    method: z.object({
      name: MethodNameSchema,
      normalization: NormalizationSchema.optional(),
      v: z.number().min(0).max(1).optional(),
    }),
    missing: MissingPolicySchema.optional(),
    /** frontier-ratio: best reference value per criterion; random-baseline: random score and best value. */
    references: z.array(z.number().nullable()).optional(),
    baselines: z.array(z.number().nullable()).optional(),
    bests: z.array(z.number().nullable()).optional(),
  })
  .superRefine((input, ctx) => {
    const n = input.criteria.length;
    checkShape(ctx, input.matrix, input.alternatives.length, n, 'matrix');
    if (input.weights.length !== n)
      ctx.addIssue({
        code: 'custom',
        path: ['weights'],
        message: `expected ${n} weights, got ${input.weights.length}`,
      });
    else if (!input.weights.some((w) => w > 0))
      ctx.addIssue({ code: 'custom', path: ['weights'], message: 'at least one weight must be positive' });
    for (const key of ['references', 'baselines', 'bests'] as const) {
      const list = input[key];
      if (list && list.length !== n)
        ctx.addIssue({ code: 'custom', path: [key], message: `expected ${n} values, got ${list.length}` });
    }
  });
export type RankCliInput = z.infer<typeof RankInputSchema>;

const list = (v: ArrayLike<number>) => Array.from(v);
const rows = (m: DenseMatrix) => toRows(m);

/** The method's details in the CLI's snake_case shape, alternatives by id where the result is a set. */
function detailsJson(d: MethodDetails, ids: readonly string[]): Record<string, unknown> {
  switch (d.method) {
    case 'wsm':
    case 'wpm':
      return { normalization: d.normalization, normalized: rows(d.normalized) };
    case 'topsis':
      return {
        normalization: d.normalization,
        normalized: rows(d.normalized),
        d_plus: list(d.dPlus),
        d_minus: list(d.dMinus),
      };
    case 'vikor':
      return {
        v: d.v,
        S: list(d.S),
        R: list(d.R),
        Q: list(d.Q),
        acceptable_advantage: d.acceptableAdvantage,
        acceptable_stability: d.acceptableStability,
        compromise_set: d.compromise.map((i) => ids[i]),
      };
    case 'promethee2':
      return { phi_plus: list(d.phiPlus), phi_minus: list(d.phiMinus), phi: list(d.phi) };
    case 'copras':
      return {
        normalized: rows(d.normalized),
        s_plus: list(d.sPlus),
        s_minus: list(d.sMinus),
        Q: list(d.Q),
        utility: list(d.utility),
      };
    case 'winrate':
      return { win_rates: rows(d.winRates) };
  }
}

/** Ranks one problem; shared by `rank` and the tests. */
export function rankProblem(input: RankCliInput): Record<string, unknown> {
  const ids = input.alternatives;
  const criteriaIds = input.criteria.map((c) => c.id);
  const result = engine(() =>
    rankAlternatives({
      matrix: input.matrix,
      directions: input.criteria.map((c) => toDirection(c.direction)),
      weights: input.weights,
      method: input.method,
      preferences: input.criteria.map((c) => (c.preference ?? { type: 'usual' }) as PreferenceFunction),
      normalizationContext: { references: input.references, baselines: input.baselines, bests: input.bests },
      missing: input.missing,
    }),
  );
  return {
    scores: result.scores,
    better: result.better,
    rank: result.rank,
    order: result.order.map((i) => ids[i]),
    weights: result.weights,
    details: detailsJson(result.details, ids),
    ...(result.missing && {
      missing: {
        policy: result.missing.policy,
        dropped: result.missing.dropped.map((j) => criteriaIds[j]),
        affected: result.missing.affected.map((a) => ({
          alternative: ids[a.row],
          criterion: criteriaIds[a.col],
          treatment: a.treatment,
        })),
        notes: result.missing.notes,
      },
    }),
  };
}

export const rank: CliCommand = {
  name: 'rank',
  usage:
    'rank <file.json | -> — {alternatives, criteria:[{id, direction, preference?}], matrix, weights, method:{name, normalization?, v?}, missing?} → {scores, better, rank, order, details}',
  async run(input) {
    return rankProblem(parseInput(RankInputSchema, input));
  },
};
