import { z } from 'zod';
import { IdSchema } from './dataset';
import { ModelFilterSchema } from './model-filter';

/**
 * Programme rules a scenario carries in its optional `programme` field: the frontier reference
 * (the "95% of global models released in the last 6 months" rule), eligibility gates, points
 * schemes, and ordered elimination rounds with their manual (panel) scores.
 * Cross-references inside the programme are checked here; references to the dataset's models and
 * benchmarks by programmeIssues (they need the dataset).
 */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
const Citation = z.string().nullable().default(null);
const Points = z.number().finite().nonnegative();

const WeightedBenchmarkSchema = z.object({
  benchmark: IdSchema,
  weight: z.number().finite().nonnegative().default(1),
});
export type WeightedBenchmark = z.infer<typeof WeightedBenchmarkSchema>;

const ReferenceValueSchema = z.discriminatedUnion('kind', [
  /** The best reference score (max, or min for lower-is-better benchmarks). */
  z.object({ kind: z.literal('best') }),
  /** The median of the reference scores. */
  z.object({ kind: z.literal('median') }),
  /** One named model's score (it must be in the reference set for the window). */
  z.object({ kind: z.literal('model'), model: IdSchema }),
]);

export const FrontierRulesSchema = z.object({
  /** Evaluation date D; the window is [D − windowMonths, D], both ends inclusive. */
  evaluationDate: IsoDate,
  windowMonths: z.number().int().min(1).max(120).default(6),
  /** Reference models are the scenario's `references`, minus these filters. */
  excludeCountries: z.array(z.string().min(1)).default([]),
  openWeightsOnly: z.boolean().default(false),
  excludeModels: z.array(IdSchema).default([]),
  /** Attribute conditions a reference must meet (parameter range, open weights, countries, release dates); absent = none. */
  referenceFilter: ModelFilterSchema.optional(),
  referenceValue: ReferenceValueSchema.default({ kind: 'best' }),
  /** Benchmarks compared, with weights for "weighted-mean"; null = the scenario's criteria. */
  benchmarks: z.array(WeightedBenchmarkSchema).min(1).nullable().default(null),
  /** Per candidate: mean ratio, weighted mean ratio, or share of benchmarks with ratio ≥ threshold. */
  aggregate: z.enum(['mean', 'weighted-mean', 'share-at-threshold']).default('mean'),
  threshold: z.number().positive().max(10).default(0.95),
  /** For "share-at-threshold": the share of benchmarks that must reach the threshold to pass. */
  passShare: z.number().min(0).max(1).default(1),
  /** Compare each candidate only with reference values printed in its own report (same table). */
  sameReport: z.boolean().default(false),
});
export type FrontierRules = z.infer<typeof FrontierRulesSchema>;

const GateRuleSchema = z.discriminatedUnion('kind', [
  /** Passes when the maker claims training from scratch (model.fromScratch == "claimed"). */
  z.object({ kind: z.literal('from-scratch') }),
  /** Passes when the weights are open. */
  z.object({ kind: z.literal('open-weights') }),
  /** Passes when the licence contains one of these strings (case-insensitive). */
  z.object({ kind: z.literal('license'), allow: z.array(z.string().min(1)).min(1) }),
  /** Passes when the model's country is (mode "in") or is not (mode "not-in") in the list. */
  z.object({ kind: z.literal('country'), mode: z.enum(['in', 'not-in']), countries: z.array(z.string().min(1)) }),
  /** Per-model rulings (e.g. an independence ruling), each with its reason and source. */
  z.object({
    kind: z.literal('verdicts'),
    verdicts: z.array(z.object({ model: IdSchema, pass: z.boolean(), reason: z.string().min(1), source: Citation })),
    /** Outcome for models without a ruling. */
    otherwise: z.enum(['pass', 'fail']).default('pass'),
  }),
  /** Passes when the model passes the round's frontier test (round.frontier, else programme.frontier). */
  z.object({ kind: z.literal('frontier') }),
]);

const GateSchema = z.object({
  id: IdSchema,
  label: z.string().min(1),
  /** What the rule requires, shown with a failing outcome. */
  reason: z.string().default(''),
  source: Citation,
  /** Outcome when the attribute the rule reads is unknown (null in the dataset). */
  unknown: z.enum(['pass', 'fail']).default('fail'),
  rule: GateRuleSchema,
});
export type Gate = z.infer<typeof GateSchema>;

const ComputedPointsSchema = z.object({
  /**
   * relative-to-best: Σ w·(v / best) / Σ w among the round's participants (best / v when lower is
   * better); minmax: Σ w·(v − min)/(max − min) / Σ w. A missing value scores 0. Times maxPoints.
   */
  kind: z.enum(['relative-to-best', 'minmax']),
  benchmarks: z.array(WeightedBenchmarkSchema).min(1),
});
export type ComputedPoints = z.infer<typeof ComputedPointsSchema>;

const ComponentSchema = z.object({
  id: IdSchema,
  label: z.string().min(1),
  maxPoints: z.number().finite().positive(),
  /** A sub-component of another (one level); the children's maxPoints add up to the parent's. */
  parent: IdSchema.nullable().default(null),
  /** Points computed from benchmark results; null = manual entry only. Leaves only. */
  computed: ComputedPointsSchema.nullable().default(null),
});
export type Component = z.infer<typeof ComponentSchema>;

const PointsSchemeSchema = z.object({
  id: IdSchema,
  label: z.string().min(1),
  components: z.array(ComponentSchema).min(1),
});
export type PointsScheme = z.infer<typeof PointsSchemeSchema>;

const entryBase = { model: IdSchema, component: IdSchema, note: z.string().default(''), source: Citation };
/** A manual score: exact points, or an interval [lo, hi] for an undisclosed score. */
const PointsEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), points: Points, ...entryBase }),
  z.object({ kind: z.literal('range'), lo: Points, hi: Points, ...entryBase }),
]);
export type PointsEntry = z.infer<typeof PointsEntrySchema>;

/** A published fact tying undisclosed scores together: Σ over `models` of the component lies in [lo, hi]. */
const SumConstraintSchema = z.object({
  label: z.string().min(1),
  /** A component id, or null for the total. */
  component: IdSchema.nullable(),
  models: z.array(IdSchema).min(1),
  lo: z.number().finite(),
  hi: z.number().finite(),
  source: Citation,
});

const CutSchema = z.object({
  /** eliminate: the `count` lowest totals among teams passing every gate go; keep: the `count` highest stay. */
  kind: z.enum(['eliminate', 'keep']),
  count: z.number().int().nonnegative(),
});
export type Cut = z.infer<typeof CutSchema>;

const RoundSchema = z.object({
  id: IdSchema,
  label: z.string().min(1),
  date: IsoDate,
  /** Models added before this round (the first round's entrants are the starting field). */
  entrants: z.array(IdSchema).default([]),
  cut: CutSchema,
  /**
   * Teams tied with the last team above the cut line: "all-advance" keeps them all (fewer may be
   * eliminated); "all-eliminated" eliminates them all (more may be eliminated).
   */
  tieRule: z.enum(['all-advance', 'all-eliminated']).default('all-advance'),
  /** Gate ids applied in this round; a failing gate eliminates regardless of score. */
  gates: z.array(IdSchema).default([]),
  scheme: IdSchema,
  /** Frontier rules for this round's frontier gate; null = the programme's. */
  frontier: FrontierRulesSchema.nullable().default(null),
  entries: z.array(PointsEntrySchema).default([]),
  constraints: z.array(SumConstraintSchema).default([]),
  notes: z.string().default(''),
  /** How this round's entrants joined (e.g. an extra call), shown beside them; null = not stated. */
  admission: z
    .object({ date: IsoDate, label: z.string().min(1), source: Citation })
    .nullable()
    .default(null),
  /**
   * The published outcome of a round already held: who advanced. Later rounds start from these teams, and the
   * Monte Carlo keeps only draws of the undisclosed scores that give this outcome. Null = not yet held.
   */
  announced: z
    .object({ advancing: z.array(IdSchema), source: Citation })
    .nullable()
    .default(null),
});
export type Round = z.infer<typeof RoundSchema>;

export const ProgrammeSchema = z
  .object({
    frontier: FrontierRulesSchema.nullable().default(null),
    gates: z.array(GateSchema).default([]),
    schemes: z.array(PointsSchemeSchema).default([]),
    rounds: z.array(RoundSchema).default([]),
    /** Normal noise (sd, in the benchmark's unit) on benchmark values in computed points; 0 = off. */
    benchmarkNoiseSd: z.number().finite().nonnegative().default(0),
  })
  .superRefine((p, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const dup = (ids: string[], path: (i: number) => (string | number)[]) =>
      ids.forEach((id, i) => ids.indexOf(id) !== i && issue(path(i), `duplicate id ${id}`));
    dup(
      p.gates.map((g) => g.id),
      (i) => ['gates', i, 'id'],
    );
    dup(
      p.schemes.map((s) => s.id),
      (i) => ['schemes', i, 'id'],
    );
    dup(
      p.rounds.map((r) => r.id),
      (i) => ['rounds', i, 'id'],
    );
    p.schemes.forEach((s, si) => {
      const byId = new Map(s.components.map((c) => [c.id, c]));
      dup(
        s.components.map((c) => c.id),
        (i) => ['schemes', si, 'components', i, 'id'],
      );
      s.components.forEach((c, ci) => {
        const at = ['schemes', si, 'components', ci];
        const children = s.components.filter((k) => k.parent === c.id);
        if (c.parent !== null) {
          const parent = byId.get(c.parent);
          if (!parent) issue([...at, 'parent'], `unknown component ${c.parent}`);
          else if (parent.parent !== null) issue([...at, 'parent'], `${c.parent} is itself a sub-component`);
        }
        if (children.length && c.computed)
          issue([...at, 'computed'], 'only a component without sub-components can be computed');
        const childMax = children.reduce((a, k) => a + k.maxPoints, 0);
        if (children.length && Math.abs(childMax - c.maxPoints) > 1e-9)
          issue([...at, 'maxPoints'], `sub-components add up to ${childMax}, not ${c.maxPoints}`);
      });
    });
    const gateIds = new Set(p.gates.map((g) => g.id));
    p.rounds.forEach((r, ri) => {
      const at = ['rounds', ri];
      if (ri > 0 && r.date < p.rounds[ri - 1].date) issue([...at, 'date'], 'rounds must be in date order');
      r.gates.forEach((g, gi) => !gateIds.has(g) && issue([...at, 'gates', gi], `unknown gate ${g}`));
      const usesFrontier = r.gates.some((g) => p.gates.find((x) => x.id === g)?.rule.kind === 'frontier');
      if (usesFrontier && !r.frontier && !p.frontier)
        issue([...at, 'frontier'], 'a frontier gate needs frontier rules (round.frontier or programme.frontier)');
      const scheme = p.schemes.find((s) => s.id === r.scheme);
      if (!scheme) {
        issue([...at, 'scheme'], `unknown points scheme ${r.scheme}`);
        return;
      }
      const components = new Map(scheme.components.map((c) => [c.id, c]));
      const seen = new Set<string>();
      r.entries.forEach((e, ei) => {
        const c = components.get(e.component);
        const key = `${e.model}|${e.component}`;
        if (!c) issue([...at, 'entries', ei, 'component'], `unknown component ${e.component} in ${scheme.id}`);
        if (seen.has(key)) issue([...at, 'entries', ei], `a second entry for ${e.model} on ${e.component}`);
        seen.add(key);
        const [lo, hi] = e.kind === 'exact' ? [e.points, e.points] : [e.lo, e.hi];
        if (lo > hi) issue([...at, 'entries', ei, 'hi'], `the range ${lo}–${hi} is empty`);
        if (c && hi > c.maxPoints + 1e-9)
          issue([...at, 'entries', ei], `${hi} exceeds the ${c.maxPoints} maximum of ${c.id}`);
      });
      r.constraints.forEach((k, ki) => {
        if (k.lo > k.hi) issue([...at, 'constraints', ki, 'hi'], `the range ${k.lo}–${k.hi} is empty`);
        if (k.component !== null && !components.has(k.component))
          issue([...at, 'constraints', ki, 'component'], `unknown component ${k.component} in ${scheme.id}`);
      });
    });
  });
export type Programme = z.infer<typeof ProgrammeSchema>;
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;

/**
 * Checks the programme's model and benchmark ids against the scenario's dataset; returns issues with
 * paths relative to the scenario (e.g. "programme.rounds.0.entries.3.model"). Empty = valid.
 */
export function programmeIssues(
  p: Programme,
  modelIds: ReadonlySet<string>,
  benchmarkIds: ReadonlySet<string>,
): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const model = (id: string, path: (string | number)[]) =>
    !modelIds.has(id) && out.push({ path: ['programme', ...path], message: `unknown model ${id}` });
  const bench = (id: string, path: (string | number)[]) =>
    !benchmarkIds.has(id) && out.push({ path: ['programme', ...path], message: `unknown benchmark ${id}` });
  const frontier = (f: FrontierRules | null, path: (string | number)[]) => {
    if (!f) return;
    f.excludeModels.forEach((m, i) => model(m, [...path, 'excludeModels', i]));
    if (f.referenceValue.kind === 'model') model(f.referenceValue.model, [...path, 'referenceValue', 'model']);
    f.benchmarks?.forEach((b, i) => bench(b.benchmark, [...path, 'benchmarks', i, 'benchmark']));
  };
  frontier(p.frontier, ['frontier']);
  p.gates.forEach((g, gi) => {
    if (g.rule.kind === 'verdicts')
      g.rule.verdicts.forEach((v, vi) => model(v.model, ['gates', gi, 'rule', 'verdicts', vi, 'model']));
  });
  p.schemes.forEach((s, si) =>
    s.components.forEach((c, ci) =>
      c.computed?.benchmarks.forEach((b, bi) =>
        bench(b.benchmark, ['schemes', si, 'components', ci, 'computed', 'benchmarks', bi, 'benchmark']),
      ),
    ),
  );
  p.rounds.forEach((r, ri) => {
    r.entrants.forEach((m, i) => model(m, ['rounds', ri, 'entrants', i]));
    r.announced?.advancing.forEach((m, i) => model(m, ['rounds', ri, 'announced', 'advancing', i]));
    r.entries.forEach((e, i) => model(e.model, ['rounds', ri, 'entries', i, 'model']));
    r.constraints.forEach((k, ki) =>
      k.models.forEach((m, i) => model(m, ['rounds', ri, 'constraints', ki, 'models', i])),
    );
    frontier(r.frontier, ['rounds', ri, 'frontier']);
  });
  return out;
}
