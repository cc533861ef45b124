import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { rankAlternatives } from '../../../shared/engine/methods/index';

const load = async (): Promise<Scenario> =>
  ScenarioSchema.parse(
    JSON.parse(await readFile(new URL('../../../data/scenarios/default.sewb', import.meta.url), 'utf8')),
  );

/** The ranking computed from scratch from the cells the evaluation shows (the engine without any preparation kept). */
function fromCells(s: Scenario, e: ReturnType<typeof evaluateScenario>) {
  const rows = e.alternatives.map((a) => e.criteria.map((c) => a.cells[c.benchmark].value));
  return rankAlternatives({
    matrix: rows,
    directions: e.criteria.map((c) => c.direction),
    weights: s.criteria.map((c) => c.weight),
    method: { name: 'wsm', normalization: s.normalization },
    missing: s.missing,
  });
}

describe('evaluateScenario keeps what a weight edit does not change, never a stale copy (issue 10 item 4)', () => {
  it('weight edit, then an override, then another weight edit: each equals the ranking from its own cells', async () => {
    const base = await load();
    // No coverage rule here: the reference ranks every model by its composite alone.
    const s0 = { ...base, method: { name: 'wsm' as const, v: 0.5 }, coverage: { minShare: 0 } };
    const s1 = { ...s0, criteria: s0.criteria.map((c, j) => (j === 0 ? { ...c, weight: c.weight + 3 } : c)) };
    const model = s1.alternatives[s1.alternatives.length - 1];
    const benchmark = s1.criteria[0].benchmark;
    const s2 = { ...s1, overrides: [...s1.overrides, { model, benchmark, value: 1e6, note: '' }] };
    const s3 = { ...s2, criteria: s2.criteria.map((c, j) => (j === 1 ? { ...c, weight: c.weight + 1 } : c)) };
    const before = evaluateScenario(s1);
    for (const s of [s0, s1, s2, s3]) {
      const e = evaluateScenario(s);
      const direct = fromCells(s, e);
      e.alternatives.forEach((a, i) => expect(a.composite).toBeCloseTo(direct.scores[i], 12));
      expect(e.alternatives.map((a) => a.rank)).toEqual(direct.rank);
    }
    // The override (a far better value on a higher-is-better criterion) moves that model's cell and composite.
    const after = evaluateScenario(s2);
    const at = (e: typeof after) => e.alternatives.find((a) => a.model === model)!;
    expect(at(after).cells[benchmark].value).toBe(1e6);
    expect(at(after).composite).not.toBe(at(before).composite);
    expect(evaluateScenario(s1).alternatives.map((a) => a.composite)).toEqual(
      before.alternatives.map((a) => a.composite),
    );
  });
});
