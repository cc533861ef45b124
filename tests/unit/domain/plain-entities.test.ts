import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DatasetSchema, ModelSchema, SourceSchema, type Dataset } from '../../../shared/domain/dataset';
import {
  isPlainCriterion,
  isPlainBenchmark,
  isPlainModel,
  isPlainSource,
  safeParseDataset,
  safeParseScenario,
} from '../../../shared/domain/plain-entities';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { tinyDataset, tinyScenario } from '../services/fixtures';

/** Values of every kind a field can be given, right for some fields and wrong for others. */
const CANDIDATES: unknown[] = [
  null,
  undefined,
  '',
  'x',
  'Bad Id',
  'a'.repeat(201),
  'm-ok',
  '2024-01-01',
  '2024-1-1',
  'candidate',
  'reference',
  'primary',
  'claimed',
  'no',
  'higher',
  'lower',
  'vendor',
  0,
  -1,
  1.5,
  2,
  Number.MAX_SAFE_INTEGER + 2,
  Number.NaN,
  Infinity,
  true,
  [],
  ['a'],
  [1],
  {},
  { min: 0, max: 1 },
  { min: 1, max: 0 },
  { max: 1, min: 0 },
  { min: 0, max: 100, extra: 1 },
];

/** An entity with each field given each candidate, left out, moved last, and with a key the schema lacks. */
function variants(entity: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [entity, { ...entity, extra: 1 }];
  for (const key of Object.keys(entity)) {
    for (const value of CANDIDATES) out.push({ ...entity, [key]: value });
    const { [key]: moved, ...rest } = entity;
    out.push(rest, { ...rest, [key]: moved });
  }
  return out;
}

const tiny = tinyDataset();
const kinds = [
  { what: 'model', check: isPlainModel, schema: ModelSchema as z.ZodType, entity: tiny.models[0], list: 'models' },
  {
    what: 'benchmark',
    check: isPlainBenchmark,
    schema: DatasetSchema.shape.benchmarks.element as z.ZodType,
    entity: tiny.benchmarks[0],
    list: 'benchmarks',
  },
  { what: 'source', check: isPlainSource, schema: SourceSchema as z.ZodType, entity: tiny.sources[0], list: 'sources' },
] as const;
const scenario = tinyScenario();

describe('plain checks of models, benchmarks and sources', () => {
  it('pass only entities their schema accepts and gives back as they are (same keys, order and values)', () => {
    for (const { what, check, schema, entity } of kinds) {
      let passed = 0;
      for (const v of variants(entity)) {
        if (!check(v)) continue;
        passed++;
        const parsed = schema.safeParse(v);
        expect(parsed.success, `${what} ${JSON.stringify(v)}`).toBe(true);
        expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(v));
        expect(parsed.data).toEqual(v);
      }
      // The entity itself and the candidates that suit a field (another name, a count, a date, …) pass.
      expect(check(entity), what).toBe(true);
      expect(passed, what).toBeGreaterThan(Object.keys(entity).length);
    }
  });

  it('pass only criteria the scenario schema gives back as they are', () => {
    const schema = ScenarioSchema.shape.criteria.element;
    const criterion = scenario.criteria[0];
    const passed = variants(criterion).filter((v) => isPlainCriterion(v));
    for (const v of passed) expect(schema.safeParse(v)).toEqual({ success: true, data: v });
    expect(passed.length).toBeGreaterThan(5);
    expect(isPlainCriterion({ benchmark: 'acc', weight: 1 })).toBe(false); // its group is filled in by the schema
  });

  it('leave the dataset and scenario parses with the same result and messages as the schemas', () => {
    const results = (r: z.ZodSafeParseResult<unknown>) => ({
      success: r.success,
      data: r.data,
      issues: r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    });
    let failures = 0;
    for (const { entity, list } of kinds)
      for (const v of variants(entity)) {
        const dataset = { ...tiny, [list]: [...tiny[list as 'models'], v] } as unknown as Dataset;
        const expected = results(DatasetSchema.safeParse(dataset));
        expect(results(safeParseDataset(dataset)), JSON.stringify(v)).toEqual(expected);
        if (!expected.success) failures++;
        const withDataset = { ...scenario, dataset };
        expect(results(safeParseScenario(withDataset)), JSON.stringify(v)).toEqual(
          results(ScenarioSchema.safeParse(withDataset)),
        );
      }
    expect(failures).toBeGreaterThan(100);
    for (const v of [...CANDIDATES, ...variants(scenario.criteria[1])])
      for (const changed of [
        { ...scenario, alternatives: [...scenario.alternatives, v] },
        { ...scenario, references: [v] },
        { ...scenario, criteria: [...scenario.criteria, v] },
        { ...scenario, criteria: [v] },
      ])
        expect(results(safeParseScenario(changed)), JSON.stringify(v)).toEqual(
          results(ScenarioSchema.safeParse(changed)),
        );
    // Entities plainly sound, faults elsewhere: the same first messages, naming their places.
    const bad = {
      ...scenario,
      alternatives: ['m-one', 'nobody'],
      dataset: { ...scenario.dataset, name: '', models: [...scenario.dataset.models, scenario.dataset.models[0]] },
    };
    const fast = results(safeParseScenario(bad));
    expect(fast).toEqual(results(ScenarioSchema.safeParse(bad)));
    expect(fast.issues?.[0]).toBe('dataset.name: Too small: expected string to have >=1 characters');
    expect(fast.issues).toContain('dataset.models.3.id: duplicate model id m-one (also at index 0)');
    expect(fast.issues).toContain('alternatives.1: unknown model nobody');
  });
});
