import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { frontierAnalysis } from '../../../shared/evaluation/programme/frontier';
import { scenarioProgramme } from '../../../shared/evaluation/programme/programme';

const root = join(import.meta.dirname, '../../..');
const load = (file: string): Scenario =>
  ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios', file), 'utf8')));
const csv = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(root, 'data/reference', name), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
const observations = csv('observations.csv');
const models = csv('models.csv');
const CLOSED = ['gpt-5.1', 'gpt-5.2', 'gemini-3-pro-preview', 'claude-opus-4.5', 'grok-4.1-fast'];

describe('the shipped scenarios on the rebuilt data', () => {
  it('default: the five candidates on the benchmarks at least three of them report in their own reports', () => {
    const s = load('default.sewb');
    const candidates = models.filter((m) => m.group === 'candidate').map((m) => m.id);
    expect(s.alternatives).toEqual(candidates);
    expect(candidates).toHaveLength(5);
    const reporters = new Map<string, Set<string>>();
    for (const r of observations.filter((r) => candidates.includes(r.model) && r.measured_by === 'model maker'))
      reporters.set(r.benchmark, (reporters.get(r.benchmark) ?? new Set()).add(r.model));
    const expected = [...reporters].filter(([, set]) => set.size >= 3).map(([b]) => b);
    expect(s.criteria.map((c) => c.benchmark).sort()).toEqual(expected.sort());
    expect(s.criteria).toHaveLength(14);
  });

  it('frontier check: the closed models are in the window, have no value on the criteria and set no bar', () => {
    const s = load('frontier-check.sewb');
    const f = frontierAnalysis(s, scenarioProgramme(s)!.frontier!, s.alternatives);
    const included = f.references.included.map((r) => r.model);
    for (const id of CLOSED) expect(included, id).toContain(id);
    const criteria = new Set(s.criteria.map((c) => c.benchmark));
    expect(observations.filter((r) => CLOSED.includes(r.model) && criteria.has(r.benchmark))).toEqual([]);
    for (const b of f.benchmarks) expect(b.bar?.setBy.filter((m) => CLOSED.includes(m)) ?? [], b.benchmark).toEqual([]);
    expect(s.notes).toContain('set no bar here');
  });

  it('frontier check with the Sogang CSAT-math test: a closed model sets the bar, from the published scores', () => {
    const s = load('frontier-check.sewb');
    const rules = scenarioProgramme(s)!.frontier!;
    const withTest = {
      ...s,
      criteria: [...s.criteria, { benchmark: 'csat-math-2026-sogang', weight: 10, group: null }],
    };
    const f = frontierAnalysis(withTest, rules, withTest.alternatives);
    const bar = f.benchmarks.find((b) => b.benchmark === 'csat-math-2026-sogang')!.bar!;
    // Published (programme.md): Gemini 3 Pro Preview 96 on 2026-01-12 (92 on 2025-12-15), the best of any model.
    const inWindow = new Set(f.references.included.map((r) => r.model));
    const best = Math.max(
      ...observations
        .filter((r) => r.benchmark === 'csat-math-2026-sogang' && inWindow.has(r.model))
        .map((r) => Number(r.value)),
    );
    expect(best).toBe(96);
    expect(bar).toMatchObject({ value: best, setBy: ['gemini-3-pro-preview'] });
    const lg = f.candidates.find((c) => c.model === 'k-exaone-236b-a23b')!.cells['csat-math-2026-sogang'];
    expect(lg).toMatchObject({ state: 'ratio', value: 70 });
    expect(lg.state === 'ratio' && lg.ratio).toBeCloseTo(70 / 96, 12);
  });
});
