import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { useEvaluation } from '../../../renderer/src/state/evaluation';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { DataView } from '../../../renderer/src/views/data/DataView';
import { RankingTable } from '../../../renderer/src/views/results/RankingTable';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
let scenario: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

/** The ranking the Results and Weights views show, beside the grid. */
function Ranking() {
  const result = useEvaluation();
  return result?.ok ? <RankingTable evaluation={result.evaluation} /> : null;
}

/** Every value cell of the grid in `root`: row (model id), column, text, mark classes and inline style. */
function cells(root: ParentNode): Map<string, { text: string; marks: string; style: string }> {
  const out = new Map<string, { text: string; marks: string; style: string }>();
  for (const cell of root.querySelectorAll<HTMLElement>('[role="row"][row-id] [role="gridcell"]')) {
    const col = cell.getAttribute('col-id')!;
    if (col === 'model') continue;
    const row = cell.closest('[role="row"]')!.getAttribute('row-id')!;
    const marks = [...cell.classList]
      .filter((c) => c.startsWith('is-'))
      .sort()
      .join(' ');
    out.set(`${row} × ${col}`, { text: cell.textContent ?? '', marks, style: cell.getAttribute('style') ?? '' });
  }
  return out;
}

/** The model ids of the grid rows whose value cells had content drawn again while `watched` was running. */
async function redrawnRows(root: HTMLElement, watched: () => Promise<void> | void): Promise<Set<string>> {
  const rows = new Set<string>();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const cell = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[role="gridcell"]');
      if (!cell || cell.getAttribute('col-id') === 'model') continue;
      const row = cell.closest('[role="row"]')?.getAttribute('row-id');
      if (row) rows.add(row);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  await watched();
  await new Promise((r) => setTimeout(r, 0));
  for (const r of observer.takeRecords()) {
    const cell = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[role="gridcell"]');
    const row = cell?.getAttribute('col-id') !== 'model' && cell?.closest('[role="row"]')?.getAttribute('row-id');
    if (row) rows.add(row);
  }
  observer.disconnect();
  return rows;
}

/** What a freshly mounted grid draws for the store's scenario now (the grid built from scratch). */
async function freshCells(heatmap = false): Promise<Map<string, { text: string; marks: string; style: string }>> {
  const fresh = renderWith(<DataView />, real.api);
  await waitFor(() => expect(fresh.container.querySelectorAll('[role="row"][row-id]').length).toBeGreaterThan(0));
  if (heatmap) await userEvent.click(within(fresh.container).getByRole('checkbox', { name: 'Heatmap' }));
  await waitFor(() =>
    expect(cells(fresh.container).size).toBe(scenario.alternatives.length * scenario.criteria.length),
  );
  const drawn = cells(fresh.container);
  fresh.unmount();
  return drawn;
}

/** The shown number of a value cell ("—" where missing), without the override mark and its words. */
const shownValue = (text: string): number | null => (text.startsWith('—') ? null : Number(text.replace(/✎.*$/, '')));

/**
 * WSM over min-max with missing = worst and the coverage rule, written from the formulas (not the engine): each
 * missing value takes its column's worst value; n_ij = (x_ij − min_j) / (max_j − min_j) for a "higher is better"
 * criterion, (max_j − x_ij) / (max_j − min_j) for "lower"; composite_i = Σ_j w_j n_ij with w_j = raw_j / Σ raw; a
 * model with values on fewer than half the criteria ranks after every model with enough. Returns each model's name
 * and composite to three decimals (as the ranking table shows them), best first.
 */
function referenceRanking(values: Map<string, (number | null)[]>): string[] {
  const directions = scenario.criteria.map(
    (c) => scenario.dataset.benchmarks.find((b) => b.id === c.benchmark)!.direction,
  );
  const raw = scenario.criteria.map((c) => c.weight);
  const total = raw.reduce((a, b) => a + b, 0);
  const models = [...values.keys()];
  const composite = new Map(models.map((m) => [m, 0]));
  scenario.criteria.forEach((_, j) => {
    const present = models.map((m) => values.get(m)![j]).filter((v): v is number => v !== null);
    const [lo, hi] = [Math.min(...present), Math.max(...present)];
    const worst = directions[j] === 'higher' ? lo : hi;
    for (const m of models) {
      const x = values.get(m)![j] ?? worst;
      const n = hi > lo ? (directions[j] === 'higher' ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo)) : 1;
      composite.set(m, composite.get(m)! + (raw[j] / total) * n);
    }
  });
  const enough = (m: string) => values.get(m)!.filter((v) => v !== null).length / scenario.criteria.length >= 0.5;
  return models
    .sort((a, b) => Number(enough(b)) - Number(enough(a)) || composite.get(b)! - composite.get(a)!)
    .map((m) => `${nameOf(m)} ${composite.get(m)!.toFixed(3)}`);
}

/** The grid's shown values per model, in the criteria's order. */
const shownMatrix = (drawn: ReturnType<typeof cells>) =>
  new Map(
    scenario.alternatives.map((m) => [
      m,
      scenario.criteria.map((c) => shownValue(drawn.get(`${m} × ${c.benchmark}`)!.text)),
    ]),
  );

const nameOf = (id: string) => scenario.dataset.models.find((m) => m.id === id)!.name;
/** The ranking table's rows, best first: model name and composite. */
const shownRanking = () =>
  within(screen.getByRole('table', { name: 'Ranking' }))
    .getAllByRole('row')
    .slice(1)
    .map((tr) => {
      const [, name, composite] = within(tr).getAllByRole('cell');
      return `${name.textContent} ${composite.textContent}`;
    });

async function grid(): Promise<HTMLElement> {
  await screen.findAllByRole('row', { name: new RegExp(`^${nameOf(scenario.alternatives[0])}`) });
  const root = screen.getByRole('region', { name: 'Benchmark values' });
  await waitFor(() => expect(cells(root).size).toBe(scenario.alternatives.length * scenario.criteria.length));
  return root;
}

describe('Data grid updates only what an edit changes', () => {
  it('a typed value redraws only its row; the cell shows it and the ranking follows the formula', async () => {
    renderWith(
      <>
        <DataView />
        <Ranking />
      </>,
      real.api,
    );
    const root = await grid();
    const before = cells(root);
    const rankingBefore = referenceRanking(shownMatrix(before));
    expect(shownRanking()).toEqual(rankingBefore);
    // The model ranked last among those with enough data gets the scale's top on the first criterion: every
    // composite moves (min-max over that column).
    const shown = shownMatrix(before);
    const last = scenario.alternatives
      .filter((m) => shown.get(m)!.filter((v) => v !== null).length >= scenario.criteria.length / 2)
      .sort(
        (a, b) =>
          rankingBefore.findIndex((r) => r.startsWith(nameOf(b))) -
          rankingBefore.findIndex((r) => r.startsWith(nameOf(a))),
      )[0];
    const benchmark = scenario.criteria[0].benchmark;
    const top = scenario.dataset.benchmarks.find((b) => b.id === benchmark)!.scale!.max;
    shown.get(last)![0] = top;
    const expected = referenceRanking(shown);
    expect(expected).not.toEqual(rankingBefore);

    const cell = root.querySelector<HTMLElement>(
      `[role="row"][row-id="${last}"] [role="gridcell"][col-id="${benchmark}"]`,
    )!;
    const redrawn = await redrawnRows(root, async () => {
      await userEvent.dblClick(cell);
      const editor = await within(cell).findByRole('textbox');
      await userEvent.clear(editor);
      await userEvent.type(editor, `${top}{Enter}`);
      await waitFor(() => expect(cells(root).get(`${last} × ${benchmark}`)!.marks).toContain('is-override'));
    });
    expect(redrawn).toEqual(new Set([last]));
    const after = cells(root);
    expect(shownValue(after.get(`${last} × ${benchmark}`)!.text)).toBe(top);
    for (const [key, drawn] of after) if (!key.startsWith(`${last} ×`)) expect(drawn).toEqual(before.get(key));
    expect(shownRanking()).toEqual(expected);
    expect(after).toEqual(await freshCells());
  });

  it('a pasted block, its undo and redo redraw only the rows they change, each as a fresh grid draws them', async () => {
    renderWith(<DataView />, real.api);
    const root = await grid();
    const start = cells(root);
    const [a, b] = [scenario.alternatives[1], scenario.alternatives[3]];
    const [x, y] = [scenario.criteria[2].benchmark, scenario.criteria[5].benchmark];
    const block = [
      { model: a, benchmark: x, value: 1.5 },
      { model: a, benchmark: y, value: 2.5 },
      { model: b, benchmark: x, value: 3.5 },
    ];
    // One cell pasted with the value it shows already: only its ✎ mark changes.
    const same = scenario.criteria
      .map((c) => c.benchmark)
      .find((c) => shownValue(start.get(`${b} × ${c}`)!.text) !== null && c !== x)!;
    block.push({ model: b, benchmark: same, value: shownValue(start.get(`${b} × ${same}`)!.text)! });
    const store = useScenarioStore.getState;
    expect(await redrawnRows(root, () => act(() => store().setOverrides(block)))).toEqual(new Set([a, b]));
    const pasted = cells(root);
    for (const { model, benchmark, value } of block) {
      expect(shownValue(pasted.get(`${model} × ${benchmark}`)!.text)).toBe(value);
      expect(pasted.get(`${model} × ${benchmark}`)!.marks).toContain('is-override');
    }
    expect(pasted).toEqual(await freshCells());

    expect(await redrawnRows(root, () => act(() => useScenarioStore.temporal.getState().undo()))).toEqual(
      new Set([a, b]),
    );
    expect(cells(root)).toEqual(start);
    expect(await redrawnRows(root, () => act(() => useScenarioStore.temporal.getState().redo()))).toEqual(
      new Set([a, b]),
    );
    expect(cells(root)).toEqual(pasted);
  });

  it('an override of the value a cell shows already draws its ✎ mark (the value unchanged), and its undo removes it', async () => {
    renderWith(<DataView />, real.api);
    const root = await grid();
    const start = cells(root);
    const model = scenario.alternatives[2];
    const benchmark = scenario.criteria
      .map((c) => c.benchmark)
      .find((c) => start.get(`${model} × ${c}`)!.text !== '—')!;
    const value = shownValue(start.get(`${model} × ${benchmark}`)!.text)!;
    const redrawn = await redrawnRows(root, () =>
      act(() => useScenarioStore.getState().setOverride(model, benchmark, value)),
    );
    expect(redrawn).toEqual(new Set([model]));
    const marked = cells(root).get(`${model} × ${benchmark}`)!;
    expect(marked.marks).toContain('is-override');
    expect(marked.text).toMatch(/✎/);
    expect(shownValue(marked.text)).toBe(value);
    expect(cells(root)).toEqual(await freshCells());
    await act(() => useScenarioStore.temporal.getState().undo());
    expect(cells(root)).toEqual(start);
  });

  it('with the heatmap on, an edit that moves a column’s range redraws that column’s shades in every row', async () => {
    renderWith(<DataView />, real.api);
    const root = await grid();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Heatmap' }));
    await waitFor(() => expect([...cells(root).values()].some((c) => c.style.includes('background'))).toBe(true));
    const before = cells(root);
    const model = scenario.alternatives[0];
    const benchmark = scenario.criteria[0].benchmark;
    // A value far below the column's: min-max puts every other row's shade elsewhere in that column.
    await act(() => useScenarioStore.getState().setOverride(model, benchmark, 0));
    await waitFor(() => expect(shownValue(cells(root).get(`${model} × ${benchmark}`)!.text)).toBe(0));
    const after = cells(root);
    const others = scenario.alternatives.filter((m) => m !== model && before.get(`${m} × ${benchmark}`)!.text !== '—');
    expect(others.length).toBeGreaterThan(1);
    for (const m of others)
      expect(after.get(`${m} × ${benchmark}`)!.style).not.toBe(before.get(`${m} × ${benchmark}`)!.style);
    expect(after).toEqual(await freshCells(true));
  });
});
