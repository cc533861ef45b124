import { z } from 'zod';
import {
  METHOD_NAMES,
  MISSING_POLICIES,
  NORMALIZATIONS,
  type MethodName,
  type MissingPolicy,
  type Normalization,
} from '../engine/types';
import { addDuplicateIssues, DatasetSchema, IdSchema, SourceKindSchema } from './dataset';
import { outsideScale } from './value-rules';
import { ProgrammeSchema, programmeIssues } from './programme';
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

const CriterionSchema = z.object({
  benchmark: IdSchema,
  /** Raw, non-negative weight as the analyst set it; results use weights normalized to sum 1. */
  weight: z.number().finite().nonnegative(),
  /** Optional criteria group (hierarchy); see `groups`. */
  group: z.string().nullable().default(null),
});

const CriteriaGroupSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  weight: z.number().finite().nonnegative(),
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

export const ScenarioSchema = z
  .object({
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
    normalization: NormalizationSchema,
    method: z.object({ name: MethodNameSchema, v: z.number().min(0).max(1).default(0.5) }),
    missing: MissingPolicySchema,
    overrides: z.array(OverrideSchema),
    uncertainty: UncertaintySchema,
    /**
     * The coverage rule: a model with a value on fewer than `minShare` of the criteria is marked "insufficient
     * data", ranked after every model that meets it, and its frontier aggregate is not held against the threshold.
     * Absent: 0.5 (shared/evaluation/coverage.ts).
     */
    coverage: z.object({ minShare: z.number().min(0).max(1) }).optional(),
    /** Benchmark-health thresholds and the analyst's overrides of single flags (shared/domain/benchmark-health.ts). */
    benchmarkHealth: BenchmarkHealthSettingsSchema.optional(),
    /** Programme rules (frontier, gates, points, rounds); see shared/domain/programme.ts. */
    programme: ProgrammeSchema.optional(),
    notes: z.string(),
  })
  .superRefine((s, ctx) => {
    const models = new Set(s.dataset.models.map((m) => m.id));
    const benchmarks = new Map(s.dataset.benchmarks.map((b) => [b.id, b]));
    addDuplicateIssues(ctx, s.alternatives, (i) => ['alternatives', i], 'model');
    addDuplicateIssues(ctx, s.references, (i) => ['references', i], 'model');
    const criteria = s.criteria.map((c) => c.benchmark);
    addDuplicateIssues(ctx, criteria, (i) => ['criteria', i, 'benchmark'], 'benchmark');
    const groups = s.groups.map((g) => g.id);
    addDuplicateIssues(ctx, groups, (i) => ['groups', i, 'id'], 'group id');
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
  });
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

export const cellKey = (model: string, benchmark: string): string => `${model}|${benchmark}`;
