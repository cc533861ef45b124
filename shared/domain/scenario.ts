import { z } from 'zod';
import {
  METHOD_NAMES,
  MISSING_POLICIES,
  NORMALIZATIONS,
  type MethodName,
  type MissingPolicy,
  type Normalization,
} from '../engine/types';
import { addDuplicateIssues, DatasetSchema, IdSchema, SourceKindSchema, type Dataset } from './dataset';
import { outsideScale } from './value-rules';
import { ProgrammeSchema, programmeIssues } from './programme';
import { addClaimIssues, ClaimSchema } from './claims';
import { BenchmarkHealthSettingsSchema } from './benchmark-health';

export const SCENARIO_SCHEMA_VERSION = 1;
export const SCENARIO_EXTENSION = '.sewb';

/** How one model × benchmark cell is chosen when several observations exist. */
export const ObservationPolicySchema = z.object({
  /**
   * - candidate-report: the value from the table its own maker published (for a comparator: the
   *   observation in the report of the first alternative that lists it), else by source priority
   * - source-priority: by source kind in `priority` order, then by setting preference
   * - latest: the observation whose source has the latest date
   * - mean: the mean of all observations of the cell (for the preferred setting)
   */
  kind: z.enum(['candidate-report', 'source-priority', 'latest', 'mean']),
  priority: z.array(SourceKindSchema),
  /** Preferred settings, first match wins (e.g. reasoning modes before non-think). */
  settingPreference: z.array(z.string()),
  /** Per-cell manual choice: key "model|benchmark" → observation id. */
  manual: z.record(z.string(), IdSchema),
});
export type ObservationPolicy = z.infer<typeof ObservationPolicySchema>;

export const NormalizationSchema = z.enum(NORMALIZATIONS);
export const MethodNameSchema = z.enum(METHOD_NAMES);
export const MissingPolicySchema = z.enum(MISSING_POLICIES);
export type { MethodName, MissingPolicy, Normalization };

/** PROMETHEE II preference function of a criterion (Brans & Vincke 1985); q, p, s in the benchmark's unit. */
export const PreferenceFunctionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('usual') }),
  z.object({ type: z.literal('u-shape'), q: z.number().finite().nonnegative() }),
  z.object({ type: z.literal('v-shape'), p: z.number().finite().positive() }),
  z.object({ type: z.literal('level'), q: z.number().finite().nonnegative(), p: z.number().finite().positive() }),
  z.object({ type: z.literal('linear'), q: z.number().finite().nonnegative(), p: z.number().finite().positive() }),
  z.object({ type: z.literal('gaussian'), s: z.number().finite().positive() }),
]);
export type PreferenceSetting = z.infer<typeof PreferenceFunctionSchema>;

export const WEIGHTING_METHODS = ['direct', 'points', 'rank', 'swing', 'ahp', 'entropy', 'critic'] as const;
export type WeightingMethod = (typeof WEIGHTING_METHODS)[number];
export const RANK_SCHEMES = ['roc', 'rank-sum', 'rank-reciprocal'] as const;

/**
 * How the criteria weights were set, with the inputs of every method tried, so a reopened file shows them and
 * reproduces the weights (renderer/src/views/build/weighting.ts derives weights from these). `method` is the one
 * the weights come from; a slider edit makes it "direct" and keeps the other inputs. Inputs are keyed by
 * benchmark id (the AHP matrix by its own list), so adding or reordering criteria does not shift them.
 */
export const WeightingSchema = z.object({
  method: z.enum(WEIGHTING_METHODS),
  /** Points distributed over the criteria (a budget of 100). */
  points: z.record(IdSchema, z.number().finite().nonnegative()).optional(),
  /** Rank order (1 = most important) and the formula turning ranks into weights. */
  rank: z.object({ scheme: z.enum(RANK_SCHEMES), ranks: z.record(IdSchema, z.number().int().positive()) }).optional(),
  /** Swing weighting: each swing's rank, then its rating 0–100 (the top swing 100). */
  swing: z
    .object({
      ranks: z.record(IdSchema, z.number().int().positive()),
      ratings: z.record(IdSchema, z.number().finite().min(0).max(100)),
    })
    .optional(),
  /** AHP: the pairwise matrix over `criteria` (Saaty's 1/9 … 9) and the priority method. */
  ahp: z
    .object({
      priority: z.enum(['eigenvector', 'geometric']),
      criteria: z.array(IdSchema),
      pairwise: z.array(z.array(z.number().finite().positive())),
    })
    .refine((a) => a.pairwise.length === a.criteria.length && a.pairwise.every((r) => r.length === a.criteria.length), {
      message: 'the pairwise matrix has one row and one column per criterion listed',
      path: ['pairwise'],
    })
    .optional(),
});
export type Weighting = z.infer<typeof WeightingSchema>;

const CriterionSchema = z.object({
  benchmark: IdSchema,
  /** Raw, non-negative weight as the analyst set it; results use weights normalized to sum 1. */
  weight: z.number().finite().nonnegative(),
  /** Optional criteria group (hierarchy); see `groups`. */
  group: z.string().nullable().default(null),
  /** PROMETHEE II only: the preference function (usual when absent). */
  preference: PreferenceFunctionSchema.optional(),
});

const CriteriaGroupSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  weight: z.number().finite().nonnegative(),
  /** The enclosing group (a hierarchy, e.g. a category inside a language); null under the goal. */
  parent: z.string().nullable().optional(),
});

/** A what-if value layered over the dataset for one cell; the dataset itself is never changed. */
const OverrideSchema = z.object({
  model: IdSchema,
  benchmark: IdSchema,
  value: z.number().finite(),
  note: z.string().default(''),
});
export type Override = z.infer<typeof OverrideSchema>;

const UncertaintySchema = z.object({
  enabled: z.boolean(),
  samples: z.number().int().min(100).max(1_000_000),
  seed: z.number().int().nonnegative(),
});

const ScenarioObjectSchema = z.object({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  kind: z.literal('sewb-scenario'),
  name: z.string().min(1).max(300),
  /** ISO timestamp of the last save. */
  savedAt: z.string().nullable(),
  /** The dataset the scenario was built on, embedded so the file is self-contained. */
  dataset: DatasetSchema,
  /** Model ids ranked against each other (rows of the decision matrix). */
  alternatives: z.array(IdSchema).min(1),
  /** Model ids used as the frontier reference. */
  references: z.array(IdSchema),
  observationPolicy: ObservationPolicySchema,
  criteria: z.array(CriterionSchema).min(1),
  groups: z.array(CriteriaGroupSchema).default([]),
  /** How the weights were set (method and inputs); absent in files from before it was recorded. */
  weighting: WeightingSchema.optional(),
  normalization: NormalizationSchema,
  method: z.object({ name: MethodNameSchema, v: z.number().min(0).max(1).default(0.5) }),
  missing: MissingPolicySchema,
  overrides: z.array(OverrideSchema),
  uncertainty: UncertaintySchema,
  /** Programme rules (frontier, gates, points, rounds); see shared/domain/programme.ts. */
  /**
   * The coverage rule: a model with a value on fewer than `minShare` of the criteria is marked "insufficient
   * data", ranked after every model that meets it, and its frontier aggregate is not held against the threshold.
   * Absent: 0.5 (shared/evaluation/coverage.ts).
   */
  coverage: z.object({ minShare: z.number().min(0).max(1) }).optional(),
  /** Benchmark-health thresholds and the analyst's overrides of single flags (shared/domain/benchmark-health.ts). */
  benchmarkHealth: BenchmarkHealthSettingsSchema.optional(),
  programme: ProgrammeSchema.optional(),
  /** Published claims with their checks; see shared/domain/claims.ts. */
  claims: z.array(ClaimSchema).default([]),
  /** Free text: what the scenario is for, what was assumed. */
  notes: z.string().default(''),
  /** Who made the scenario; files written before this field open with ''. */
  author: z.string().max(300).default(''),
});

/** Each group's parent is a known group, and no group is inside itself. */
function addGroupParentIssues(ctx: z.RefinementCtx, groups: readonly { id: string; parent?: string | null }[]): void {
  const groupIds = new Set(groups.map((g) => g.id));
  const parents = new Map(groups.map((x) => [x.id, x.parent ?? null]));
  groups.forEach((g, i) => {
    if (g.parent == null) return;
    if (!groupIds.has(g.parent))
      ctx.addIssue({ code: 'custom', path: ['groups', i, 'parent'], message: `unknown group ${g.parent}` });
    const seen = new Set([g.id]);
    for (let at = parents.get(g.id) ?? null; at !== null; at = parents.get(at) ?? null) {
      if (seen.has(at)) {
        ctx.addIssue({ code: 'custom', path: ['groups', i, 'parent'], message: `group ${g.id} is inside itself` });
        break;
      }
      seen.add(at);
    }
  });
}

/** Every reference of a scenario to its dataset and to itself checked: known ids, no duplicates, overrides in scale. */
function addScenarioIssues(s: z.infer<typeof ScenarioObjectSchema>, ctx: z.RefinementCtx): void {
  const models = new Set(s.dataset.models.map((m) => m.id));
  const benchmarks = new Map(s.dataset.benchmarks.map((b) => [b.id, b]));
  addDuplicateIssues(ctx, s.alternatives, (i) => ['alternatives', i], 'model');
  addDuplicateIssues(ctx, s.references, (i) => ['references', i], 'model');
  const criteria = s.criteria.map((c) => c.benchmark);
  addDuplicateIssues(ctx, criteria, (i) => ['criteria', i, 'benchmark'], 'benchmark');
  const groups = s.groups.map((g) => g.id);
  addDuplicateIssues(ctx, groups, (i) => ['groups', i, 'id'], 'group id');
  addGroupParentIssues(ctx, s.groups);
  const cells = s.overrides.map((o) => cellKey(o.model, o.benchmark));
  addDuplicateIssues(ctx, cells, (i) => ['overrides', i], 'override of');
  s.alternatives.forEach((id, i) => {
    if (!models.has(id)) ctx.addIssue({ code: 'custom', path: ['alternatives', i], message: `unknown model ${id}` });
  });
  s.references.forEach((id, i) => {
    if (!models.has(id)) ctx.addIssue({ code: 'custom', path: ['references', i], message: `unknown model ${id}` });
  });
  s.criteria.forEach((c, i) => {
    if (!benchmarks.has(c.benchmark))
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', i, 'benchmark'],
        message: `unknown benchmark ${c.benchmark}`,
      });
  });
  const flags = (s.benchmarkHealth?.overrides ?? []).map((o) => `${o.benchmark} ${o.flag}`);
  addDuplicateIssues(ctx, flags, (i) => ['benchmarkHealth', 'overrides', i], 'override of');
  s.benchmarkHealth?.overrides.forEach((o, i) => {
    if (!benchmarks.has(o.benchmark))
      ctx.addIssue({
        code: 'custom',
        path: ['benchmarkHealth', 'overrides', i, 'benchmark'],
        message: `unknown benchmark ${o.benchmark}`,
      });
  });
  if (s.programme)
    for (const issue of programmeIssues(s.programme, models, new Set(benchmarks.keys())))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  addClaimIssues(ctx, s.claims, models, new Set(benchmarks.keys()));
  s.overrides.forEach((o, i) => {
    if (!models.has(o.model))
      ctx.addIssue({ code: 'custom', path: ['overrides', i, 'model'], message: `unknown model ${o.model}` });
    const scale = benchmarks.get(o.benchmark)?.scale;
    if (scale === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['overrides', i, 'benchmark'],
        message: `unknown benchmark ${o.benchmark}`,
      });
    else if (scale && outsideScale(o.value, scale))
      ctx.addIssue({
        code: 'custom',
        path: ['overrides', i, 'value'],
        message: `${o.value} is outside the scale of ${o.benchmark} (${scale.min}–${scale.max})`,
      });
  });
}

export const ScenarioSchema = ScenarioObjectSchema.superRefine(addScenarioIssues);
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/**
 * A scenario without its dataset, as it crosses between the page and the host, which holds the dataset under
 * an id (see shared/api/contract.ts). Its references to the dataset are checked when the two are joined.
 */
export const ScenarioBodySchema = ScenarioObjectSchema.omit({ dataset: true });
export type ScenarioBody = z.infer<typeof ScenarioBodySchema>;

/** The scenario's own decisions, its dataset left out. */
export function withoutDataset(scenario: Scenario): ScenarioBody {
  const { dataset: _dataset, ...body } = scenario;
  return body;
}

/**
 * The scenario of `body` over `dataset` (already checked when it was read), with the checks that need both: the
 * first issue, or the scenario. Cheap: the observations are not parsed again.
 */
export function joinScenario(
  body: ScenarioBody,
  dataset: Dataset,
): { ok: true; scenario: Scenario } | { ok: false; path: (string | number)[]; message: string } {
  const scenario = { ...body, dataset };
  const issues: { path: (string | number)[]; message: string }[] = [];
  const ctx = {
    addIssue: (issue: { path?: (string | number)[]; message?: string }) =>
      issues.push({ path: issue.path ?? [], message: issue.message ?? 'invalid' }),
  } as unknown as z.RefinementCtx;
  addScenarioIssues(scenario, ctx);
  return issues.length ? { ok: false, ...issues[0] } : { ok: true, scenario };
}

export const cellKey = (model: string, benchmark: string): string => `${model}|${benchmark}`;
