import { z } from 'zod';
import { addDuplicateIssues, IdSchema } from './dataset';
import { ModelFilterSchema } from './model-filter';

/**
 * Published claims a scenario carries (`claims`), each with the check the app computes from the scenario's cells
 * (shared/evaluation/claims). References to the dataset's models and benchmarks are checked by claimIssues.
 */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
const Tolerance = z.number().finite().nonnegative();

export const RATIO_AGGREGATES = ['mean-of-ratios', 'ratio-of-means'] as const;
export type RatioAggregate = (typeof RATIO_AGGREGATES)[number];

export const CLAIM_CHECK_KINDS = ['ratio', 'rank', 'value', 'none'] as const;
export type ClaimCheckKind = (typeof CLAIM_CHECK_KINDS)[number];

export const ClaimCheckSchema = z.discriminatedUnion('kind', [
  /**
   * "A is `expected`% of B" on one benchmark or a set: the mean of the per-benchmark ratios, or the ratio of the two
   * means, in percent; verified when within `tolerance` percentage points of `expected`.
   */
  z.object({
    kind: z.literal('ratio'),
    model: IdSchema,
    baseline: IdSchema,
    benchmarks: z.array(IdSchema).min(1, 'a ratio needs at least one benchmark'),
    aggregate: z.enum(RATIO_AGGREGATES).default('mean-of-ratios'),
    expected: z.number().finite().positive(),
    tolerance: Tolerance,
  }),
  /**
   * "A is #`expected` among the models meeting `among`" on one benchmark (competition rank: 1 + the number of
   * members strictly better). Members without a value make it not checkable unless `withValueOnly` ranks it among
   * those that have one.
   */
  z.object({
    kind: z.literal('rank'),
    model: IdSchema,
    benchmark: IdSchema,
    among: ModelFilterSchema,
    expected: z.number().int().min(1),
    withValueOnly: z.boolean().default(false),
  }),
  /** "A scores `expected` on the benchmark"; verified when within `tolerance` (the benchmark's unit). */
  z.object({
    kind: z.literal('value'),
    model: IdSchema,
    benchmark: IdSchema,
    expected: z.number().finite(),
    tolerance: Tolerance,
  }),
  /** No check can be formed from the data; `missing` says what would be needed. */
  z.object({ kind: z.literal('none'), missing: z.string().min(1, 'say what is missing') }),
]);
export type ClaimCheck = z.infer<typeof ClaimCheckSchema>;

export const ClaimSchema = z.object({
  id: IdSchema,
  text: z.string().min(1, 'a claim has its text'),
  /** Who made it (a team, a company, a newspaper). */
  by: z.string().default(''),
  /** When it was made. */
  date: IsoDate.nullable().default(null),
  /** Where it was published: an http(s) address or a citation. */
  source: z.string().default(''),
  note: z.string().default(''),
  check: ClaimCheckSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimInput = z.input<typeof ClaimSchema>;

type Issue = { path: (string | number)[]; message: string };

/** Duplicate claim ids and references to models and benchmarks the dataset lacks, each at its path. */
export function claimIssues(
  claims: readonly Claim[],
  modelIds: ReadonlySet<string>,
  benchmarkIds: ReadonlySet<string>,
): Issue[] {
  const out: Issue[] = [];
  const model = (id: string, path: (string | number)[]) =>
    !modelIds.has(id) && out.push({ path: ['claims', ...path], message: `unknown model ${id}` });
  const bench = (id: string, path: (string | number)[]) =>
    !benchmarkIds.has(id) && out.push({ path: ['claims', ...path], message: `unknown benchmark ${id}` });
  claims.forEach((c, i) => {
    const check = c.check;
    if (check.kind === 'none') return;
    model(check.model, [i, 'check', 'model']);
    if (check.kind === 'ratio') {
      model(check.baseline, [i, 'check', 'baseline']);
      check.benchmarks.forEach((b, j) => bench(b, [i, 'check', 'benchmarks', j]));
    } else bench(check.benchmark, [i, 'check', 'benchmark']);
  });
  return out;
}

/** Adds claimIssues and duplicate ids to a zod refinement. */
export function addClaimIssues(
  ctx: z.RefinementCtx,
  claims: readonly Claim[],
  modelIds: ReadonlySet<string>,
  benchmarkIds: ReadonlySet<string>,
): void {
  addDuplicateIssues(
    ctx,
    claims.map((c) => c.id),
    (i) => ['claims', i, 'id'],
    'claim id',
  );
  for (const issue of claimIssues(claims, modelIds, benchmarkIds))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}
