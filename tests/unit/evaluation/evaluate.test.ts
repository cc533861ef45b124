import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { indexDataset } from '../../../shared/dataset/index';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { rankAlternatives } from '../../../shared/engine/methods/index';

const load = async (): Promise<Scenario> =>
  ScenarioSchema.parse(
    JSON.parse(await readFile(new URL('../../../data/scenarios/default.sewb', import.meta.url), 'utf8')),
  );

describe('evaluateScenario on the shipped default scenario', () => {
  it('WSM: composite = Σ contributions, ranks follow composites, contributions available', async () => {
    const s = await load();
    const e = evaluateScenario({ ...s, method: { name: 'wsm', v: 0.5 } });
    expect(e.contributionsAvailable).toBe(true);
    for (const a of e.alternatives) {
      const total = Object.values(a.contributions).reduce((x, y) => x + y, 0);
      expect(total).toBeCloseTo(a.composite, 12);
    }
    const sorted = [...e.alternatives].sort((a, b) => b.composite - a.composite);
    expect(sorted[0].model).toBe(e.order[0]);
    expect(e.criteria.filter((c) => c.used).reduce((x, c) => x + c.weight, 0)).toBeCloseTo(1, 12);
  });

  it('honours scenario.method and scenario.normalization and agrees with rankAlternatives', async () => {
    const s = await load();
    for (const name of ['topsis', 'vikor', 'promethee2', 'copras', 'winrate', 'wpm'] as const) {
      const e = evaluateScenario({ ...s, method: { name, v: 0.5 }, normalization: 'max', missing: 'mean' });
      expect(e.method).toBe(name);
      expect(e.contributionsAvailable).toBe(false);
      expect(e.alternatives.every((a) => Object.keys(a.contributions).length === 0)).toBe(true);
      const rows = e.alternatives.map((a) => e.criteria.map((c) => a.cells[c.benchmark].value));
      const direct = rankAlternatives({
        matrix: rows,
        directions: e.criteria.map((c) => c.direction),
        weights: s.criteria.map((c) => c.weight),
        method: { name, normalization: 'max' },
        missing: 'mean',
      });
      e.alternatives.forEach((a, i) => expect(a.composite).toBeCloseTo(direct.scores[i], 12));
      expect(e.better).toBe(name === 'vikor' ? 'lower' : 'higher');
    }
  });

  it('frontier-ratio normalizes by the best reference model’s value', async () => {
    const s = await load();
    const e = evaluateScenario({ ...s, normalization: 'frontier-ratio' });
    const c = e.criteria.find((x) => x.used && x.direction === 'higher')!;
    const values = e.alternatives.map((a) => a.cells[c.benchmark].value);
    const ratios = e.alternatives.map((a) => a.normalized[c.benchmark]);
    values.forEach((v, i) => {
      if (v !== null && ratios[i] !== null && ratios[0] !== null && values[0] !== null)
        expect(ratios[i]! / v).toBeCloseTo(ratios[0]! / values[0]!, 12);
    });
  });

  it('uses group × local weights when criteria sit in groups', async () => {
    const s = await load();
    const [first, ...rest] = s.criteria;
    const grouped: Scenario = {
      ...s,
      criteria: [{ ...first, group: 'solo', weight: 1 }, ...rest.map((c) => ({ ...c, group: 'rest', weight: 1 }))],
      groups: [
        { id: 'solo', label: 'Solo', weight: 1 },
        { id: 'rest', label: 'Rest', weight: 1 },
      ],
      missing: 'mean',
    };
    const e = evaluateScenario(grouped);
    expect(e.criteria[0].weight).toBeCloseTo(0.5, 12);
    e.criteria.slice(1).forEach((c) => expect(c.weight).toBeCloseTo(0.5 / rest.length, 12));
  });

  it.each(['candidate-report', 'source-priority', 'latest', 'mean'] as const)(
    'the dense matrices agree with the cells they summarize (%s, overrides, a pin, a criterion listed twice)',
    async (kind) => {
      const s = await load();
      const index = indexDataset(s.dataset);
      // A cell with several observations gets pinned to its last one; another cell gets a what-if value.
      const several = s.alternatives
        .flatMap((m) => s.criteria.map((c) => index.observationsAt(m, c.benchmark)))
        .find((list) => list.length > 1)!;
      const pinned = several.at(-1)!;
      const scenario: Scenario = {
        ...s,
        criteria: [...s.criteria, s.criteria[0]],
        observationPolicy: {
          ...s.observationPolicy,
          kind,
          manual: { [`${pinned.model}|${pinned.benchmark}`]: pinned.id },
        },
        overrides: [{ model: s.alternatives[1], benchmark: s.criteria[1].benchmark, value: 42, note: '' }],
        missing: 'mean',
      };
      const e = evaluateScenario(scenario);
      let checked = 0;
      e.alternatives.forEach((a, r) =>
        e.criteria.forEach((c, j) => {
          const v = e.values.data[r * e.values.cols + j];
          expect(Number.isNaN(v) ? null : v, `${a.model} × ${c.benchmark}`).toBe(a.cell(c.benchmark).value);
          expect(a.cells[c.benchmark]).toBe(a.cell(c.benchmark));
          const n = e.normalizedValues.data[r * e.values.cols + j];
          expect(Number.isNaN(n) ? null : n).toBe(a.normalized[c.benchmark]);
          checked++;
        }),
      );
      expect(checked).toBe(s.alternatives.length * (s.criteria.length + 1));
      const row = e.alternatives.findIndex((a) => a.model === pinned.model);
      const col = e.criteria.findIndex((c) => c.benchmark === pinned.benchmark);
      expect(e.values.data[row * e.values.cols + col], 'the pinned observation').toBe(pinned.value);
      expect(e.alternatives[1].cell(s.criteria[1].benchmark)).toMatchObject({ value: 42, origin: 'override' });
      expect(e.values.data[1 * e.values.cols + 1]).toBe(42);
    },
  );

  it('a what-if value stays in its own scenario: the next evaluation over the same dataset does not see it', async () => {
    const s = await load();
    const [model, benchmark] = [s.alternatives[0], s.criteria[0].benchmark];
    const before = evaluateScenario(s).alternatives[0].cell(benchmark).value;
    const edited = evaluateScenario({ ...s, overrides: [{ model, benchmark, value: 12.5, note: '' }] });
    expect(edited.values.data[0]).toBe(12.5);
    const reweighted = evaluateScenario({ ...s, criteria: s.criteria.map((c) => ({ ...c, weight: 2 })) });
    expect(reweighted.values.data[0]).toBe(before ?? NaN);
    expect(reweighted.alternatives[0].cell(benchmark).value).toBe(before);
  });
});
