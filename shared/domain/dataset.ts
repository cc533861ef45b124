import { z } from 'zod';
import { DIRECTIONS, type Direction } from '../engine/types';
import { numberIssues, scaleIssues, type ValueIssue } from './value-rules';

/** Identifiers: lower-case slugs as used in ../shared/reference (e.g. "k-exaone-236b-a23b"). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
export const ID_MAX_LENGTH = 200;
export const IdSchema = z
  .string()
  .min(1)
  .max(ID_MAX_LENGTH)
  .regex(ID_PATTERN, 'an id is lower-case letters, digits, ".", "_" or "-"');

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

const ModelGroupSchema = z.enum(['candidate', 'reference', 'other']);
export type ModelGroup = z.infer<typeof ModelGroupSchema>;

export const ModelSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  organization: z.string(),
  country: z.string(),
  group: ModelGroupSchema,
  totalParamsB: z.number().positive().nullable(),
  activeParamsB: z.number().positive().nullable(),
  contextTokens: z.number().int().positive().nullable(),
  releaseDate: IsoDate.nullable(),
  releaseDateConfidence: z.enum(['primary', 'secondary']).nullable(),
  license: z.string().nullable(),
  openWeights: z.boolean().nullable(),
  modalities: z.array(z.string()),
  /** The maker's claim about training from scratch: claimed, no, or unknown (null). */
  fromScratch: z.enum(['claimed', 'no']).nullable(),
  notes: z.string(),
  sourceUrl: z.string().nullable(),
});
export type Model = z.infer<typeof ModelSchema>;

const DirectionSchema = z.enum(DIRECTIONS);
export type { Direction };

const BenchmarkSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  language: z.string(),
  category: z.string(),
  unit: z.string(),
  direction: DirectionSchema,
  /** The range a value can take (e.g. 0–100 for %); null when open-ended (ratings, indices). */
  scale: z
    .object({ min: z.number(), max: z.number() })
    .refine((s) => s.min < s.max, { message: 'a scale runs from a lower min to a higher max', path: ['max'] })
    .nullable(),
  randomBaseline: z.number().nullable(),
  items: z.number().int().positive().nullable(),
  note: z.string(),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

export const SourceKindSchema = z.enum(['maker-report', 'vendor', 'independent', 'news', 'secondary', 'user']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceSchema = z.object({
  id: IdSchema,
  title: z.string(),
  /** http(s) address, or a free-text citation where the source has no address. */
  url: z.string(),
  kind: SourceKindSchema,
  date: IsoDate.nullable(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * Reports every element whose key an earlier element already has, at `path(i)`, with the first one's index:
 * `alternatives.3: duplicate model k-exaone (also at index 0)`.
 */
export function addDuplicateIssues(
  ctx: z.RefinementCtx,
  keys: readonly string[],
  path: (i: number) => (string | number)[],
  what: string,
): void {
  const seen = new Set<string>(); // not a Map to first indices: 2,000,000 observation ids stay small
  keys.forEach((k, i) => {
    if (!seen.has(k)) seen.add(k);
    else {
      const message = `duplicate ${what} ${k} (also at index ${keys.indexOf(k)})`;
      ctx.addIssue({ code: 'custom', path: path(i), message });
    }
  });
}

/** Reports value rules (value-rules.ts) as schema issues under `path`. */
function addValueIssues(ctx: z.RefinementCtx, path: PropertyKey[], issues: readonly ValueIssue[]): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: [...path, issue.field], message: issue.message });
}

export const ObservationSchema = z
  .object({
    id: IdSchema,
    model: IdSchema,
    /** Reasoning mode or effort as the source names it (think, non-think, high, …); "default" if none. */
    setting: z.string().min(1),
    benchmark: IdSchema,
    value: z.number(),
    stderr: z.number().nullable(),
    n: z.number().nullable(),
    /** Who ran it: "model maker", "maker of <model id>" (a comparator in that maker's table), or a lab. */
    measuredBy: z.string().min(1),
    source: IdSchema,
    /** The benchmark's name in the source, when it differs from the canonical one. */
    reportedAs: z.string().nullable(),
    note: z.string(),
  })
  .superRefine((o, ctx) => addValueIssues(ctx, [], numberIssues(o)));
export type Observation = z.infer<typeof ObservationSchema>;

export const DATASET_SCHEMA_VERSION = 1;

export const DatasetSchema = z
  .object({
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    id: IdSchema,
    name: z.string().min(1),
    description: z.string(),
    models: z.array(ModelSchema),
    benchmarks: z.array(BenchmarkSchema),
    sources: z.array(SourceSchema),
    observations: z.array(ObservationSchema),
  })
  .superRefine((d, ctx) => {
    const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
    addDuplicateIssues(ctx, ids(d.models), (i) => ['models', i, 'id'], 'model id');
    addDuplicateIssues(ctx, ids(d.benchmarks), (i) => ['benchmarks', i, 'id'], 'benchmark id');
    addDuplicateIssues(ctx, ids(d.sources), (i) => ['sources', i, 'id'], 'source id');
    addDuplicateIssues(ctx, ids(d.observations), (i) => ['observations', i, 'id'], 'observation id');
    const models = new Set(d.models.map((m) => m.id));
    const scales = new Map(d.benchmarks.map((b) => [b.id, b.scale]));
    const sources = new Set(d.sources.map((s) => s.id));
    d.observations.forEach((o, i) => {
      if (!models.has(o.model))
        ctx.addIssue({ code: 'custom', path: ['observations', i, 'model'], message: `unknown model ${o.model}` });
      const scale = scales.get(o.benchmark);
      if (scale === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'benchmark'],
          message: `unknown benchmark ${o.benchmark}`,
        });
      else addValueIssues(ctx, ['observations', i], scaleIssues(o, scale));
      if (!sources.has(o.source))
        ctx.addIssue({ code: 'custom', path: ['observations', i, 'source'], message: `unknown source ${o.source}` });
    });
  });
export type Dataset = z.infer<typeof DatasetSchema>;
