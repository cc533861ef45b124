import { z } from 'zod';
import { kendallTauB, spearman, weightedSpearman, wsCoefficient } from '../../shared/engine/rank-compare';
import type { CliCommand } from './command';
import { engine, parseInput } from './input-error';

const CompareInputSchema = z
  .object({ a: z.array(z.number()).min(2), b: z.array(z.number()).min(2) })
  .refine((x) => x.a.length === x.b.length, { path: ['b'], message: 'a and b must have the same length' });

export const compareRanks: CliCommand = {
  name: 'compare-ranks',
  usage:
    'compare-ranks <file.json | -> — {a:[ranks], b:[ranks]} (a is the reference for WS) → {spearman, kendall_tau_b, weighted_spearman, ws}',
  async run(raw) {
    const { a, b } = parseInput(CompareInputSchema, raw);
    return engine(() => ({
      spearman: spearman(a, b),
      kendall_tau_b: kendallTauB(a, b),
      weighted_spearman: weightedSpearman(a, b),
      ws: wsCoefficient(a, b),
    }));
  },
};
