import { z } from 'zod';
import { borda } from '../../shared/engine/methods/borda';
import type { CliCommand } from './command';
import { engine, parseInput } from './input-error';

const AggregateInputSchema = z.object({
  method: z.literal('borda'),
  /** Rank vectors (1 = best) over the same alternatives. */
  rankings: z.array(z.array(z.number().positive())).min(1),
});

export const aggregateRanks: CliCommand = {
  name: 'aggregate-ranks',
  usage: 'aggregate-ranks <file.json | -> — {method:"borda", rankings:[[rank per alternative], …]} → {points, rank}',
  async run(raw) {
    const input = parseInput(AggregateInputSchema, raw);
    return engine(() => borda(input.rankings));
  },
};
