import i18next from 'i18next';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { indexDataset } from '../../shared/dataset/index';
import { createI18n } from '../../renderer/src/i18n';
import { evaluate } from '../../renderer/src/state/evaluation';
import { selectDirty, useScenarioStore } from '../../renderer/src/state/scenario-store';
import { applyCellEdit } from '../../renderer/src/views/data/cell-edit';
import { expectedOrder } from '../e2e/oracle';
import { createRealApi, resetStores, type RealApi } from './real-api';

let real: RealApi;
let original: Scenario;
const t = createI18n('en').t as typeof i18next.t;
const store = () => useScenarioStore.getState();
const history = () => useScenarioStore.temporal.getState();
const current = () => store().scenario!;
const evaluation = () => {
  const result = evaluate(current());
  if (!result.ok) throw new Error(result.message);
  return result.evaluation;
};
const cell = (model: string, benchmark: string) =>
  evaluation().alternatives.find((a) => a.model === model)!.cells[benchmark];

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  original = await resetStores(real.api);
});

describe('scenario store', () => {
  it('loads the bundled default scenario: five candidates, clean, no history', () => {
    expect(current().alternatives).toHaveLength(5);
    expect(selectDirty(store())).toBe(false);
    expect(history().pastStates).toHaveLength(0);
  });

  it('layers an override over the dataset, marks the document dirty, and reverts it', () => {
    const model = current().alternatives[4];
    const benchmark = current().criteria[8].benchmark;
    const datasetValue = cell(model, benchmark).datasetValue;
    store().setOverride(model, benchmark, 99, 'what if');

    expect(current().overrides).toEqual([{ model, benchmark, value: 99, note: 'what if' }]);
    expect(cell(model, benchmark)).toMatchObject({ value: 99, origin: 'override', datasetValue });
    expect(current().dataset).toBe(original.dataset);
    expect(selectDirty(store())).toBe(true);

    store().revertOverride(model, benchmark);
    expect(current().overrides).toEqual([]);
    expect(cell(model, benchmark).value).toBe(datasetValue);
  });

  it('replaces an existing override of the same cell instead of stacking a second one', () => {
    const [model] = current().alternatives;
    const { benchmark } = current().criteria[0];
    store().setOverride(model, benchmark, 50);
    store().setOverride(model, benchmark, 60);
    expect(current().overrides).toEqual([{ model, benchmark, value: 60, note: '' }]);
  });

  it('reverts all overrides at once', () => {
    const [a, b] = current().alternatives;
    store().setOverride(a, current().criteria[0].benchmark, 1);
    store().setOverride(b, current().criteria[1].benchmark, 2);
    store().revertAllOverrides();
    expect(current().overrides).toEqual([]);
  });

  it('undoes and redoes edits; undoing back to the saved state makes the document clean again', () => {
    const { benchmark } = current().criteria[0];
    store().setWeight(benchmark, 40);
    store().setOverride(current().alternatives[0], benchmark, 12);
    expect(history().pastStates).toHaveLength(2);

    history().undo();
    expect(current().overrides).toEqual([]);
    expect(current().criteria[0].weight).toBe(40);
    history().undo();
    expect(current().criteria[0].weight).toBe(original.criteria[0].weight);
    expect(selectDirty(store())).toBe(false);

    history().redo();
    expect(current().criteria[0].weight).toBe(40);
    expect(selectDirty(store())).toBe(true);
  });

  it('is clean after a save and dirty again after the next edit', () => {
    store().setWeight(current().criteria[0].benchmark, 0);
    store().markSaved('/somewhere/x.sewb');
    expect(selectDirty(store())).toBe(false);
    expect(store().path).toBe('/somewhere/x.sewb');
    store().setWeight(current().criteria[0].benchmark, 5);
    expect(selectDirty(store())).toBe(true);
  });

  it('re-ranks when one benchmark carries all the weight: order by that column, as an independent WSM says', () => {
    const before = evaluation().order;
    const target = 'ifeval'; // reorders the models with data (the one with 2 of 14 values stays last)
    const weights = current().criteria.map((c) => (c.benchmark === target ? 100 : 10));
    store().setWeight(target, 100);

    const ev = evaluation();
    const names = ev.alternatives.map((a) => a.name);
    const columns = ev.criteria.map((c) => ev.alternatives.map((a) => a.cells[c.benchmark].value));
    const byRank = [...ev.alternatives].sort((x, y) => x.rank - y.rank).map((a) => a.name);
    expect(byRank).toEqual(expectedOrder(names, columns, weights));
    expect(ev.order).not.toEqual(before);
  });
});

describe('cell edits from the grid', () => {
  const target = () => {
    const index = indexDataset(current().dataset);
    const model = current().alternatives[0];
    const benchmark = index.benchmarks.get('mmlu-pro')!;
    return { model, modelName: index.models.get(model)!.name, benchmark, cell: cell(model, 'mmlu-pro') };
  };

  it('refuses text that is not a number, naming the model and the benchmark; nothing changes', () => {
    const before = current();
    const outcome = applyCellEdit(store(), t, target(), 'abc');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('K-EXAONE');
    expect(outcome.message).toContain('MMLU-Pro');
    expect(outcome.message).toContain('abc');
    expect(current()).toBe(before);
  });

  it("refuses a value outside the benchmark's scale; nothing changes", () => {
    const before = current();
    const outcome = applyCellEdit(store(), t, target(), '150');
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.message).toMatch(/K-EXAONE.*MMLU-Pro.*150.*0–100/);
    expect(current()).toBe(before);
  });

  it('stores a valid value as an override; typing the dataset value (or nothing) removes it again', () => {
    const { datasetValue } = target().cell;
    expect(applyCellEdit(store(), t, target(), '55,5')).toMatchObject({ ok: true });
    expect(current().overrides).toEqual([expect.objectContaining({ model: target().model, value: 55.5 })]);
    applyCellEdit(store(), t, target(), String(datasetValue));
    expect(current().overrides).toEqual([]);
    applyCellEdit(store(), t, target(), '70');
    applyCellEdit(store(), t, target(), '');
    expect(current().overrides).toEqual([]);
  });
});
