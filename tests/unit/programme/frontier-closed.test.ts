import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { frontierAnalysis } from '../../../shared/evaluation/programme/frontier';
import { scenarioProgramme } from '../../../shared/evaluation/programme/programme';

const root = join(import.meta.dirname, '../../..');
const csv = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(root, 'data/reference', name), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
// data/reference is the checked copy of ../shared/reference.
const models = csv('models.csv');
const observations = csv('observations.csv');
const candidates = new Set(models.filter((m) => m.group === 'candidate').map((m) => m.id));
const closed = new Set(models.filter((m) => m.group === 'reference' && m.open_weights === 'no').map((m) => m.id));
const valuedBy = (group: Set<string>) =>
  new Set(observations.filter((o) => group.has(o.model)).map((o) => o.benchmark));

describe('Frontier including closed models (shipped scenario)', () => {
  const scenario = ScenarioSchema.parse(
    JSON.parse(readFileSync(join(root, 'data/scenarios/frontier-closed.sewb'), 'utf8')),
  );

  it('opens, with a frontier test over the scenario’s criteria', () => {
    const programme = scenarioProgramme(scenario)!;
    expect(programme.frontier?.benchmarks).toBeNull();
  });

  it('has as criteria exactly the benchmarks valued by at least one candidate and at least one closed reference', () => {
    const byCandidate = valuedBy(candidates);
    const byClosed = valuedBy(closed);
    const expected = [...byCandidate].filter((b) => byClosed.has(b)).sort();
    expect(expected).toContain('csat-math-2026-sogang');
    expect(scenario.criteria.map((c) => c.benchmark).sort()).toEqual(expected);
  });

  it('ranks the candidates against every reference, closed ones included', () => {
    expect(new Set(scenario.alternatives)).toEqual(candidates);
    for (const id of closed) expect(scenario.references).toContain(id);
    const f = frontierAnalysis(scenario, scenarioProgramme(scenario)!.frontier!, scenario.alternatives);
    expect(f.references.included.map((r) => r.model)).toEqual(expect.arrayContaining([...closed]));
    // The Sogang CSAT-math bar is the best closed or open value on it, read from the CSV.
    const sogang = observations
      .filter((o) => o.benchmark === 'csat-math-2026-sogang' && (closed.has(o.model) || !candidates.has(o.model)))
      .map((o) => Number(o.value));
    expect(f.benchmarks.find((b) => b.benchmark === 'csat-math-2026-sogang')!.bar!.value).toBe(Math.max(...sogang));
  });

  it('states each candidate’s coverage: how many of the criteria have a value', () => {
    const criteria = new Set(scenario.criteria.map((c) => c.benchmark));
    for (const m of models.filter((x) => candidates.has(x.id))) {
      const n = new Set(
        observations.filter((o) => o.model === m.id && criteria.has(o.benchmark)).map((o) => o.benchmark),
      ).size;
      if (n > 0) expect(scenario.notes).toContain(`${m.name} ${n}/${criteria.size}`);
      else expect(scenario.notes).not.toContain(`${m.name} `);
    }
  });
});
