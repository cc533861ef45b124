import { z } from 'zod';
import { IdSchema } from './dataset';

/** The health flags of a benchmark (shared/evaluation/benchmark-health.ts derives them). */
export const HEALTH_FLAGS = ['self-reported-only', 'saturated', 'harness-spread'] as const;
export type HealthFlag = (typeof HEALTH_FLAGS)[number];

/** The analyst's ruling on one flag of one benchmark, with why; it replaces the derived value. */
const HealthOverrideSchema = z.object({
  benchmark: IdSchema,
  flag: z.enum(HEALTH_FLAGS),
  value: z.boolean(),
  note: z.string().default(''),
});
export type HealthOverride = z.infer<typeof HealthOverrideSchema>;

/**
 * Benchmark-health settings of a scenario (optional; absent = the defaults): the distances, in each benchmark's
 * own unit, at which the best reference value counts as saturated and one model's observations as spread, and the
 * analyst's overrides of single flags.
 */
export const BenchmarkHealthSettingsSchema = z.object({
  /** Saturated: the best reference value lies within this distance of the scale's top (bottom when lower is better). */
  saturationMargin: z.number().finite().nonnegative().default(5),
  /** Harness spread: two observations of one model in one setting differ by more than this. */
  spreadThreshold: z.number().finite().nonnegative().default(5),
  overrides: z.array(HealthOverrideSchema).default([]),
});
export type BenchmarkHealthSettings = z.infer<typeof BenchmarkHealthSettingsSchema>;
