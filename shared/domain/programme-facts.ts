import { z } from 'zod';
import { IdSchema } from './dataset';

/**
 * The published facts about Korea's sovereign AI foundation model programme (data/programme.json, from
 * data/reference/programme.md): teams, presentation claims, the round-1 points scheme, published scores,
 * outcomes, timeline and later rounds, each with its sources. Facts, not rules: the programme rules a
 * scenario applies live in ./programme.ts and are built from these.
 */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** Where a fact comes from. `url` is null where the source has no address (e.g. an unnamed research note). */
const FactSourceSchema = z.object({
  url: z
    .string()
    .regex(/^https?:\/\//, 'a source address is http(s)')
    .nullable(),
  publisher: z.string().min(1),
  kind: z.enum(['official', 'news', 'maker-report', 'secondary']),
  date: IsoDate.nullable().default(null),
});

const Sources = z.array(FactSourceSchema).min(1);

const TeamSchema = z.object({
  id: IdSchema,
  organization: z.string().min(1),
  /** The team's model in the default dataset. */
  model: IdSchema,
  /** Claims made at the 2025-12-30 presentation, as the press reported them. */
  claims: z.array(z.string().min(1)),
  /** What primary sources say about those claims, where checked. */
  claimCheck: z.string(),
});

const SchemeComponentSchema = z.object({
  id: IdSchema,
  label: z.string().min(1),
  labelKo: z.string().min(1),
  points: z.number().positive(),
  /** The component this one is part of (null = top level); children's points add up to the parent's. */
  parent: IdSchema.nullable(),
  detail: z.string(),
  sources: Sources,
});

const PublishedScoreSchema = z.object({
  team: IdSchema,
  /** A scheme component id, or "total". */
  component: IdSchema,
  /** Null when the score was not disclosed. */
  score: z.number().nonnegative().nullable(),
  max: z.number().positive().nullable(),
  /** The published average over the five teams, where given. */
  fieldAverage: z.number().nonnegative().nullable(),
  note: z.string(),
  sources: Sources,
});

const OutcomeSchema = z.object({
  team: IdSchema,
  result: z.enum(['advanced', 'eliminated']),
  reason: z.string(),
  sources: Sources,
});

const TimelineEventSchema = z.object({
  id: IdSchema,
  /** Null when the event is a period or plan without one date. */
  date: IsoDate.nullable(),
  what: z.string().min(1),
  sources: Sources,
});

const LaterRoundFactSchema = z.object({
  id: IdSchema,
  what: z.string().min(1),
  sources: Sources,
  /** Set when the fact conflicts with another source or is unverified. */
  caveat: z.string().nullable(),
});

const BenchmarkDefinitionSchema = z.object({
  /** Benchmark id in the default dataset. */
  benchmark: IdSchema,
  measures: z.string().min(1),
  /** Null when no primary source confirms the count. */
  items: z.number().int().positive().nullable(),
  format: z.string(),
  sources: Sources,
});

export const ProgrammeFactsSchema = z
  .object({
    schemaVersion: z.literal(1),
    name: z.string().min(1),
    nameKo: z.string().min(1),
    teams: z.array(TeamSchema).min(1),
    target: z.object({
      /** Share of the reference performance a model must reach (0.95 = 95%). */
      threshold: z.number().positive().max(1),
      /** Reference models: global models released within this many months before the evaluation date. */
      windowMonths: z.number().int().positive(),
      referenceListPublished: z.boolean(),
      statement: z.string().min(1),
      sources: Sources,
    }),
    budgetKrwBillions: z.object({
      data: z.number().positive(),
      gpu: z.number().positive(),
      talent: z.number().positive(),
      foundInPrimarySource: z.boolean(),
      sources: Sources,
    }),
    timeline: z.array(TimelineEventSchema),
    round1: z.object({
      resultsDate: IsoDate,
      judgingStarted: IsoDate,
      scheme: z.array(SchemeComponentSchema).min(1),
      framing: z.string(),
      scores: z.array(PublishedScoreSchema),
      outcomes: z.array(OutcomeSchema),
      /** What the plan had been: how many teams one round removes. */
      plannedEliminations: z.number().int().nonnegative(),
      findings: z.array(z.object({ what: z.string().min(1), sources: Sources, caveat: z.string().nullable() })),
    }),
    laterRounds: z.array(LaterRoundFactSchema),
    benchmarkDefinitions: z.array(BenchmarkDefinitionSchema),
  })
  .superRefine((p, ctx) => {
    const teams = new Set(p.teams.map((t) => t.id));
    const components = new Set([...p.round1.scheme.map((c) => c.id), 'total']);
    p.round1.scheme.forEach((c, i) => {
      if (c.parent !== null && !components.has(c.parent))
        ctx.addIssue({
          code: 'custom',
          path: ['round1', 'scheme', i, 'parent'],
          message: `unknown component ${c.parent}`,
        });
    });
    for (const parent of p.round1.scheme) {
      const children = p.round1.scheme.filter((c) => c.parent === parent.id);
      const sum = children.reduce((a, c) => a + c.points, 0);
      if (children.length && Math.abs(sum - parent.points) > 1e-9)
        ctx.addIssue({
          code: 'custom',
          path: ['round1', 'scheme'],
          message: `the parts of ${parent.id} add up to ${sum}, not ${parent.points}`,
        });
    }
    p.round1.scores.forEach((s, i) => {
      if (!teams.has(s.team))
        ctx.addIssue({ code: 'custom', path: ['round1', 'scores', i, 'team'], message: `unknown team ${s.team}` });
      if (!components.has(s.component))
        ctx.addIssue({
          code: 'custom',
          path: ['round1', 'scores', i, 'component'],
          message: `unknown component ${s.component}`,
        });
    });
    p.round1.outcomes.forEach((o, i) => {
      if (!teams.has(o.team))
        ctx.addIssue({ code: 'custom', path: ['round1', 'outcomes', i, 'team'], message: `unknown team ${o.team}` });
    });
  });
export type ProgrammeFacts = z.infer<typeof ProgrammeFactsSchema>;
