import { z } from 'zod';
import { ahp, inconsistentJudgements } from '../../shared/engine/ahp';
import { toDense } from '../../shared/engine/matrix';
import { criticWeights, entropyWeights } from '../../shared/engine/objective-weights';
import { swingWeights } from '../../shared/engine/swing-weights';
import {
  directWeights,
  hierarchicalWeights,
  pointsWeights,
  rankReciprocalWeights,
  rankSumWeights,
  rocWeights,
} from '../../shared/engine/weights';
import type { CliCommand } from './command';
import { engine, parseInput } from './input-error';
import { DirectionInputSchema, RealMatrixSchema, toDirection } from './schemas';

const ObjectiveSchema = z
  .object({
    method: z.enum(['entropy', 'critic']),
    matrix: RealMatrixSchema.min(1),
    /** Used by CRITIC (min-max by direction); entropy works on raw values whatever the direction. */
    directions: z.array(DirectionInputSchema).optional(),
  })
  .superRefine((input, ctx) => {
    const n = input.matrix[0]?.length ?? 0;
    input.matrix.forEach((row, i) => {
      if (row.length !== n) ctx.addIssue({ code: 'custom', path: ['matrix', i], message: `expected ${n} values` });
    });
    if (input.directions && input.directions.length !== n)
      ctx.addIssue({ code: 'custom', path: ['directions'], message: `expected ${n} directions` });
  });

export const WeightsInputSchema = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('ahp'),
    pairwise: RealMatrixSchema.min(1),
    priority: z.enum(['eigenvector', 'geometric', 'approximate']).default('eigenvector'),
  }),
  ObjectiveSchema,
  z.object({ method: z.enum(['roc', 'rank-sum', 'rank-reciprocal']), n: z.number().int().min(1).max(10_000) }),
  z.object({
    method: z.literal('swing'),
    ranks: z.array(z.number().int().positive()).min(1),
    ratings: z.array(z.number()).min(1),
  }),
  z.object({ method: z.literal('direct'), weights: z.array(z.number().nonnegative()).min(1) }),
  z.object({
    method: z.literal('points'),
    points: z.array(z.number().nonnegative()).min(1),
    budget: z.number().positive().optional(),
  }),
  z.object({
    method: z.literal('hierarchical'),
    criteria: z
      .array(z.object({ id: z.string(), group: z.string().nullable(), weight: z.number().nonnegative() }))
      .min(1),
    groups: z.array(
      z.object({ id: z.string(), weight: z.number().nonnegative(), parent: z.string().nullable().optional() }),
    ),
  }),
]);

export const weights: CliCommand = {
  name: 'weights',
  usage:
    'weights <file.json | -> — {method:"ahp", pairwise, priority?} → {weights, lambda_max, ci, cr, inconsistent}; {method:"entropy"|"critic", matrix, directions?} | {method:"roc"|"rank-sum"|"rank-reciprocal", n} | {method:"swing", ranks, ratings} | {method:"direct", weights} | {method:"points", points, budget?} | {method:"hierarchical", criteria, groups} → {weights}',
  async run(raw) {
    const input = parseInput(WeightsInputSchema, raw);
    return engine(() => {
      switch (input.method) {
        case 'ahp': {
          const r = ahp(input.pairwise, input.priority);
          const judgements = inconsistentJudgements(input.pairwise, r.weights).map((x) => ({
            i: x.i,
            j: x.j,
            value: x.value,
            consistent: x.consistent,
          }));
          return { weights: r.weights, lambda_max: r.lambdaMax, ci: r.ci, cr: r.cr, inconsistent: judgements };
        }
        case 'entropy':
          return { weights: entropyWeights(toDense(input.matrix)) };
        case 'critic': {
          const m = toDense(input.matrix);
          const dirs = input.directions?.map(toDirection) ?? Array.from({ length: m.cols }, () => 'higher' as const);
          return { weights: criticWeights(m, dirs) };
        }
        case 'roc':
          return { weights: rocWeights(input.n) };
        case 'rank-sum':
          return { weights: rankSumWeights(input.n) };
        case 'rank-reciprocal':
          return { weights: rankReciprocalWeights(input.n) };
        case 'swing':
          return { weights: swingWeights(input.ranks, input.ratings) };
        case 'direct':
          return { weights: directWeights(input.weights) };
        case 'points':
          return { weights: pointsWeights(input.points, input.budget) };
        case 'hierarchical':
          return { weights: hierarchicalWeights(input.criteria, input.groups) };
      }
    });
  },
};
