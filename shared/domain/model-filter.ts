import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
const Bound = z.number().finite().nonnegative().nullable().default(null);

/** A model's role in a scenario: ranked (candidate), a frontier reference, or neither. */
export const MODEL_ROLES = ['candidate', 'reference', 'other'] as const;
export type ModelRole = (typeof MODEL_ROLES)[number];

/**
 * Conditions on a model's attributes; every condition set must hold, an absent (null / empty) one holds for every
 * model. A model whose attribute is unknown (null in the dataset) does not meet a condition on that attribute.
 */
export const ModelFilterSchema = z
  .object({
    /** Parameter count in billions, both ends inclusive; `of` says total or active (MoE) parameters. */
    params: z
      .object({ of: z.enum(['total', 'active']).default('total'), min: Bound, max: Bound })
      .nullable()
      .default(null),
    /** true: open weights only; false: closed weights only; null: either. */
    openWeights: z.boolean().nullable().default(null),
    /** ISO country codes (e.g. "KR"); empty = any country. */
    countries: z.array(z.string().min(1)).default([]),
    /** Release date window, both ends inclusive. */
    releasedFrom: IsoDate.nullable().default(null),
    releasedTo: IsoDate.nullable().default(null),
    /** The model's role in the scenario; empty = any role. */
    roles: z.array(z.enum(MODEL_ROLES)).default([]),
  })
  .superRefine((f, ctx) => {
    if (f.params && f.params.min !== null && f.params.max !== null && f.params.min > f.params.max)
      ctx.addIssue({ code: 'custom', path: ['params', 'max'], message: 'the upper bound is below the lower bound' });
    if (f.releasedFrom && f.releasedTo && f.releasedFrom > f.releasedTo)
      ctx.addIssue({ code: 'custom', path: ['releasedTo'], message: 'the end date is before the start date' });
  });
export type ModelFilter = z.infer<typeof ModelFilterSchema>;
export type ModelFilterInput = z.input<typeof ModelFilterSchema>;

/** The filter that keeps every model. */
export const EMPTY_MODEL_FILTER: ModelFilter = ModelFilterSchema.parse({});
