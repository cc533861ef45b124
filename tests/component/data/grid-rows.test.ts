import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { cellBlocks, GridRows, modelsWithOverrideChanges } from '../../../renderer/src/views/data/grid-rows';

const root = join(import.meta.dirname, '../../..');
const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
const [first, second] = scenario.alternatives;

/**
 * The rows for `next` after the rows for `scenario`, which of them kept their object, which are to be drawn again
 * whole (`unseen`: rows built again), and the kept rows' cells to draw again (`changed`, as sorted "model × benchmark").
 */
function after(next: Scenario, heatmap = false, heatmapBefore = heatmap) {
  const rows = new GridRows();
  const before = rows.rows(scenario, evaluateScenario(scenario), heatmapBefore);
  const now = rows.rows(next, evaluateScenario(next), heatmap);
  const changed = [...rows.changed].flatMap(([model, cells]) => [...cells].map((b) => `${model} × ${b}`)).sort();
  return {
    now,
    same: now === before,
    kept: now.filter((row, i) => row === before[i]).map((row) => row.id),
    unseen: rows.unseen,
    changed,
  };
}

/** The value the grid shows for a model × benchmark in the scenario as loaded (from the evaluation's cell). */
const shown = (model: string, benchmark: string) =>
  evaluateScenario(scenario)
    .alternatives.find((a) => a.model === model)!
    .cell(benchmark).value;

describe('grid rows across edits', () => {
  it('a weight edit keeps every row object and names no cell (nothing the grid shows changed)', () => {
    const next = { ...scenario, criteria: scenario.criteria.map((c, j) => (j ? c : { ...c, weight: 90 })) };
    for (const heatmap of [false, true]) {
      const { same, kept, changed } = after(next, heatmap);
      expect([same, kept, changed]).toEqual([true, scenario.alternatives, []]);
    }
  });

  it('an override keeps the same rows, every row reads the new value, and only its cell is named to redraw', () => {
    const next = { ...scenario, overrides: [{ model: second, benchmark: 'mmlu-pro', value: 12.5, note: '' }] };
    const { now, same, unseen, changed } = after(next);
    expect(same).toBe(true);
    expect(unseen).toEqual(new Set());
    expect(changed).toEqual([`${second} × mmlu-pro`]);
    const row = now.find((r) => r.id === second)!;
    expect(row.source.matrix.value(row.r, 'mmlu-pro')).toBe(12.5);
    expect(row.source.evaluation.alternatives[row.r].cell('mmlu-pro').origin).toBe('override');
  });

  it('names a cell whose value stays but whose ✎ mark or heatmap shade changes', () => {
    const value = shown(second, 'mmlu-pro')!;
    // The value it shows already: only the ✎ mark changes.
    const same = { ...scenario, overrides: [{ model: second, benchmark: 'mmlu-pro', value, note: '' }] };
    expect(after(same).changed).toEqual([`${second} × mmlu-pro`]);
    // With the heatmap, a value far below the column's moves every other shown value's shade in that column.
    const low = { ...scenario, overrides: [{ model: first, benchmark: 'mmlu-pro', value: 0, note: '' }] };
    const others = scenario.alternatives.filter((m) => m !== first && shown(m, 'mmlu-pro') !== null);
    expect(after(low).changed).toEqual([`${first} × mmlu-pro`]);
    expect(after(low, true).changed).toEqual([first, ...others].map((m) => `${m} × mmlu-pro`).sort());
  });

  it('another observation policy, or the heatmap switched, builds every row again', () => {
    const next = { ...scenario, observationPolicy: { ...scenario.observationPolicy, kind: 'latest' as const } };
    expect(after(next).kept).toEqual([]);
    expect(after(next).unseen).toEqual(new Set(scenario.alternatives));
    expect(after(scenario, true, false).kept).toEqual([]);
    expect(after(scenario, true, false).unseen).toEqual(new Set(scenario.alternatives));
  });

  it('groups the cells to redraw into blocks of rows changed in the same columns', () => {
    const changed = new Map([
      ['a', new Set(['x'])],
      ['b', new Set(['y', 'x'])],
      ['c', new Set(['x'])],
      ['d', new Set(['x', 'y'])],
    ]);
    expect(cellBlocks(changed)).toEqual([
      { rows: ['a', 'c'], columns: ['x'] },
      { rows: ['b', 'd'], columns: ['x', 'y'] },
    ]);
  });

  it('names the models whose overrides were added, removed or changed (a note alone changes nothing shown)', () => {
    const o = (model: string, value: number, note = '') => ({ model, benchmark: 'hle', value, note });
    expect(modelsWithOverrideChanges([o(first, 1)], [o(first, 1, 'why')])).toEqual(new Set());
    expect(modelsWithOverrideChanges([o(first, 1)], [o(first, 2)])).toEqual(new Set([first]));
    expect(modelsWithOverrideChanges([o(first, 1)], [o(second, 1)])).toEqual(new Set([first, second]));
  });
});
