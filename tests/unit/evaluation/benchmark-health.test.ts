import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { benchmarkHealth } from '../../../shared/evaluation/benchmark-health';

const root = join(import.meta.dirname, '../../..');
const csv = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(root, 'data/reference', name), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
// data/reference is the checked copy of ../shared/reference.
const models = csv('models.csv');
const benchmarks = csv('benchmarks.csv');
const observations = csv('observations.csv');
const scenario: Scenario = ScenarioSchema.parse(
  JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')),
);
const references = new Set(models.filter((m) => m.group === 'reference').map((m) => m.id));
const all = benchmarks.map((b) => b.id);

/** README: independent = the source kind is independent, or a named third party measured it (not a maker, not unknown). */
const independentRow = (o: Record<string, string>) =>
  o.source_kind === 'independent' ||
  (o.measured_by !== 'model maker' &&
    !o.measured_by.startsWith('maker of ') &&
    o.source_kind !== 'user' &&
    !['', 'unknown'].includes(o.measured_by.trim().toLowerCase()));
/** README: `%` and `points (of 100)` run 0–100; other units have no fixed top. All shipped benchmarks are higher-better. */
const top = (unit: string) => (unit === '%' || unit === 'points (of 100)' ? 100 : null);

function expected(margin: number, spread: number) {
  return new Map(
    benchmarks.map((b) => {
      const rows = observations.filter((o) => o.benchmark === b.id);
      const refs = rows.filter((o) => references.has(o.model)).map((o) => Number(o.value));
      const t = top(b.unit);
      const groups = new Map<string, number[]>();
      for (const o of rows)
        groups.set(`${o.model}|${o.setting}`, [...(groups.get(`${o.model}|${o.setting}`) ?? []), Number(o.value)]);
      const widest = Math.max(0, ...[...groups.values()].map((v) => Math.max(...v) - Math.min(...v)));
      return [
        b.id,
        {
          'self-reported-only': !rows.some(independentRow),
          saturated: t === null || refs.length === 0 ? null : t - Math.max(...refs) <= margin,
          'harness-spread': widest > spread,
        },
      ];
    }),
  );
}

const derivedOf = (s: Scenario) =>
  new Map(
    benchmarkHealth(s, all).map((h) => [
      h.benchmark,
      {
        'self-reported-only': h.flags['self-reported-only'].derived,
        saturated: h.flags.saturated.derived,
        'harness-spread': h.flags['harness-spread'].derived,
      },
    ]),
  );

describe('benchmark health against the reference CSV', () => {
  it('derives every flag of all 66 benchmarks as the CSV gives them, at the defaults (5 and 5)', () => {
    const want = expected(5, 5);
    expect(derivedOf(scenario)).toEqual(want);
    // The data are not trivial: each flag is raised somewhere and clear somewhere.
    for (const flag of ['self-reported-only', 'saturated', 'harness-spread'] as const) {
      const values = [...want.values()].map((v) => v[flag]);
      expect(values).toContain(true);
      expect(values).toContain(false);
    }
    expect(want.get('csat-math-2026-sogang')!['self-reported-only']).toBe(false);
  });

  it('follows user-set thresholds', () => {
    const s = { ...scenario, benchmarkHealth: { saturationMargin: 15, spreadThreshold: 1, overrides: [] } };
    expect(derivedOf(s)).toEqual(expected(15, 1));
    expect(expected(15, 1)).not.toEqual(expected(5, 5));
  });

  it('an override replaces the derived flag and keeps its note, the derived value still shown', () => {
    const id = all.find((b) => expected(5, 5).get(b)!['self-reported-only'])!;
    const s = ScenarioSchema.parse({
      ...scenario,
      benchmarkHealth: {
        overrides: [{ benchmark: id, flag: 'self-reported-only', value: false, note: 'replicated by X' }],
      },
    });
    const flag = benchmarkHealth(s, [id])[0].flags['self-reported-only'];
    expect(flag).toEqual({ derived: true, override: { value: false, note: 'replicated by X' }, value: false });
  });

  it('refuses an override of an unknown benchmark or a second one of the same flag, naming the field', () => {
    const bad = (overrides: unknown[]) => ScenarioSchema.safeParse({ ...scenario, benchmarkHealth: { overrides } });
    const unknown = bad([{ benchmark: 'no-such-bench', flag: 'saturated', value: true }]);
    expect(unknown.success).toBe(false);
    expect(unknown.error!.issues[0].path.join('.')).toBe('benchmarkHealth.overrides.0.benchmark');
    const twice = bad([
      { benchmark: 'hle', flag: 'saturated', value: true },
      { benchmark: 'hle', flag: 'saturated', value: false },
    ]);
    expect(twice.error!.issues[0].path.join('.')).toBe('benchmarkHealth.overrides.1');
  });
});
