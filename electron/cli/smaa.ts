import { z } from 'zod';
import { smaa as runSmaa, type WeightInformation } from '../../shared/engine/smaa';
import type { CliCommand } from './command';
import { engine, parseInput } from './input-error';
import { checkShape, DirectionInputSchema, IdListSchema, toDirection } from './schemas';

const pair = z.tuple([z.number(), z.number()]);
const MeasurementSchema = z.union([
  z.object({ exact: z.number() }),
  z.object({ normal: z.tuple([z.number(), z.number().nonnegative()]) }),
  z.object({ uniform: pair.refine(([lo, hi]) => lo <= hi, 'lo must not exceed hi') }),
  z.object({ lognormal: z.tuple([z.number(), z.number().nonnegative()]) }),
]);

const SmaaInputSchema = z
  .object({
    alternatives: IdListSchema,
    criteria: z.array(z.object({ id: z.string().min(1), direction: DirectionInputSchema })).min(1),
    measurements: z.array(z.array(MeasurementSchema)),
    weights: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('missing') }),
      z.object({ kind: z.literal('intervals'), ranges: z.array(pair) }),
      /** Criterion ids (or indices), most important first. */
      z.object({ kind: z.literal('ordinal'), order: z.array(z.union([z.string(), z.number().int().nonnegative()])) }),
      z.object({
        kind: z.literal('dirichlet'),
        point: z.array(z.number().nonnegative()),
        concentration: z.number().positive(),
      }),
    ]),
    samples: z.number().int().min(1).max(10_000_000).default(10_000),
    seed: z.number().int().nonnegative().max(0xffffffff).default(0),
    cut: z.number().int().min(1).optional(),
  })
  .superRefine((input, ctx) => {
    checkShape(ctx, input.measurements, input.alternatives.length, input.criteria.length, 'measurements');
    const w = input.weights;
    if (w.kind === 'ordinal') {
      const ids = input.criteria.map((c) => c.id);
      w.order.forEach((key, r) => {
        const known = typeof key === 'string' ? ids.includes(key) : key < ids.length;
        if (!known)
          ctx.addIssue({ code: 'custom', path: ['weights', 'order', r], message: `unknown criterion ${key}` });
      });
    }
    if (input.cut !== undefined && input.cut > input.alternatives.length)
      ctx.addIssue({ code: 'custom', path: ['cut'], message: `cut must not exceed ${input.alternatives.length}` });
  });

export const smaa: CliCommand = {
  name: 'smaa',
  usage:
    'smaa <file.json | -> — {alternatives, criteria:[{id, direction}], measurements:[[{exact}|{normal:[μ,σ]}|{uniform:[lo,hi]}|{lognormal:[μ,σ]}]], weights:{kind:…}, samples, seed, cut?} → {rank_acceptability, central_weights, confidence, below_cut}',
  async run(raw) {
    const input = parseInput(SmaaInputSchema, raw);
    const ids = input.criteria.map((c) => c.id);
    const w = input.weights;
    const weights: WeightInformation =
      w.kind === 'ordinal'
        ? { kind: 'ordinal', order: w.order.map((key) => (typeof key === 'string' ? ids.indexOf(key) : key)) }
        : w;
    const r = engine(() =>
      runSmaa({
        measurements: input.measurements,
        directions: input.criteria.map((c) => toDirection(c.direction)),
        weights,
        samples: input.samples,
        seed: input.seed,
        cut: input.cut,
      }),
    );
    return {
      alternatives: input.alternatives,
      rank_acceptability: r.rankAcceptability,
      central_weights: r.centralWeights,
      confidence: r.confidence,
      below_cut: r.belowCut,
      samples: input.samples,
      seed: input.seed,
    };
  },
};
