import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { GridRows, modelsWithOverrideChanges } from '../../../renderer/src/views/data/grid-rows';

const root = join(import.meta.dirname, '../../..');
const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
const [first, second] = scenario.alternatives;

/**
 * The rows for `next` after the rows for `scenario`, which of them kept their object, and which are to be drawn
 * again whole (`unseen`: AG Grid redraws by itself only the cells whose value changed).
 */
function after(next: Scenario, heatmap = false) {
  const rows = new GridRows();
  const before = rows.rows(scenario, evaluateScenario(scenario), heatmap);
  const now = rows.rows(next, evaluateScenario(next), heatmap);
  return { now, kept: now.filter((row, i) => row === before[i]).map((row) => row.id), unseen: rows.unseen };
}

/** The value the grid shows for a model × benchmark in the scenario as loaded (from the evaluation's cell). */
const shown = (model: string, benchmark: string) =>
  evaluateScenario(scenario).alternatives.find((a) => a.model === model)!.cell(benchmark).value;

describe('grid rows across edits', () => {
  it('a weight edit keeps every row object (nothing the grid shows changed)', () => {
    const next = { ...scenario, criteria: scenario.criteria.map((c, j) => (j ? c : { ...c, weight: 90 })) };
    expect(after(next).kept).toEqual(scenario.alternatives);
    expect(after(next, true).kept).toEqual(scenario.alternatives);
  });

  it('an override gives only its row a new object, and every row reads the new value', () => {
    const next = { ...scenario, overrides: [{ model: second, benchmark: 'mmlu-pro', value: 12.5, note: '' }] };
    const { now, kept } = after(next);
    expect(kept).toEqual(scenario.alternatives.filter((m) => m !== second));
    const row = now.find((r) => r.id === second)!;
    expect(row.source.matrix.value(row.r, 'mmlu-pro')).toBe(12.5);
    expect(row.source.evaluation.alternatives[row.r].cell('mmlu-pro').origin).toBe('override');
  });

  it('names for a whole redraw only the rows with a cell whose look changes while its value stays', () => {
    const value = shown(second, 'mmlu-pro')!;
    // A new value: AG Grid redraws that cell by itself, nothing to force.
    const typed = { ...scenario, overrides: [{ model: second, benchmark: 'mmlu-pro', value: value + 1, note: '' }] };
    expect(after(typed).unseen).toEqual(new Set());
    // The value it shows already: only the ✎ mark changes, which AG Grid does not see.
    const same = { ...scenario, overrides: [{ model: second, benchmark: 'mmlu-pro', value, note: '' }] };
    expect(after(same).unseen).toEqual(new Set([second]));
    // With the heatmap, a value far below the column's moves every other shown value's shade in that column.
    const low = { ...scenario, overrides: [{ model: first, benchmark: 'mmlu-pro', value: 0, note: '' }] };
    const others = scenario.alternatives.filter((m) => m !== first && shown(m, 'mmlu-pro') !== null);
    expect(after(low).unseen).toEqual(new Set());
    expect([...after(low, true).unseen].sort()).toEqual(others.sort());
  });

  it('another observation policy builds every row again', () => {
    const next = { ...scenario, observationPolicy: { ...scenario.observationPolicy, kind: 'latest' as const } };
    expect(after(next).kept).toEqual([]);
    expect(after(next).unseen).toEqual(new Set(scenario.alternatives));
  });

  it('names the models whose overrides were added, removed or changed (a note alone changes nothing shown)', () => {
    const o = (model: string, value: number, note = '') => ({ model, benchmark: 'hle', value, note });
    expect(modelsWithOverrideChanges([o(first, 1)], [o(first, 1, 'why')])).toEqual(new Set());
    expect(modelsWithOverrideChanges([o(first, 1)], [o(first, 2)])).toEqual(new Set([first]));
    expect(modelsWithOverrideChanges([o(first, 1)], [o(second, 1)])).toEqual(new Set([first, second]));
  });
});
