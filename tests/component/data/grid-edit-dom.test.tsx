import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { DataView } from '../../../renderer/src/views/data/DataView';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';
import { gridCell, observationsOf } from './grid-helpers';

let real: RealApi;
let scenario: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

/** A candidate × criterion cell with a single observation and no override: the value it shows is that observation. */
function plainCell(): { model: string; benchmark: string; value: number; max: number } {
  for (const model of scenario.alternatives)
    for (const { benchmark } of scenario.criteria) {
      const found = observationsOf(scenario, model, benchmark);
      const scale = scenario.dataset.benchmarks.find((b) => b.id === benchmark)!.scale;
      if (found.length === 1 && scale) return { model, benchmark, value: found[0].value, max: scale.max };
    }
  throw new Error('no cell with one observation');
}

const overrideOf = (model: string, benchmark: string) =>
  useScenarioStore.getState().scenario!.overrides.find((o) => o.model === model && o.benchmark === benchmark);

describe('Data grid cell editor', () => {
  it('a double-click opens it holding the value, all selected; typing replaces it and Enter stores the override', async () => {
    renderWith(<DataView />, real.api);
    const { model, benchmark, value } = plainCell();
    const cell = await gridCell(scenario, model, benchmark);
    await userEvent.dblClick(cell);
    const editor = await within(cell).findByRole<HTMLInputElement>('textbox', { name: 'Input Editor' });
    expect(editor.value).toBe(String(value));
    expect([editor.selectionStart, editor.selectionEnd]).toEqual([0, String(value).length]);
    await userEvent.keyboard('42.5{Enter}');
    await waitFor(() => expect(cell.textContent).toBe('42.5✎ (override)'));
    expect(overrideOf(model, benchmark)?.value).toBe(42.5);
  });

  it('Enter on an editor left as it opened changes nothing', async () => {
    renderWith(<DataView />, real.api);
    const { model, benchmark, value } = plainCell();
    const cell = await gridCell(scenario, model, benchmark);
    await userEvent.dblClick(cell);
    await within(cell).findByRole('textbox');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(within(cell).queryByRole('textbox')).toBeNull());
    expect(cell.textContent).toBe(String(value));
    expect(useScenarioStore.getState().scenario!.overrides).toEqual([]);
  });

  it('a digit typed on a selected cell starts the editor with it; Backspace starts it empty; Escape keeps the value', async () => {
    renderWith(<DataView />, real.api);
    const { model, benchmark, value } = plainCell();
    const cell = await gridCell(scenario, model, benchmark);
    await userEvent.click(cell);
    await userEvent.keyboard('7');
    const editor = await within(cell).findByRole<HTMLInputElement>('textbox');
    expect(editor.value).toBe('7');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(cell).queryByRole('textbox')).toBeNull());
    expect(cell.textContent).toBe(String(value));

    await userEvent.keyboard('{Backspace}');
    expect((await within(cell).findByRole<HTMLInputElement>('textbox')).value).toBe('');
    await userEvent.keyboard('8{Enter}');
    await waitFor(() => expect(cell.textContent).toBe('8✎ (override)'));
    expect(overrideOf(model, benchmark)?.value).toBe(8);
  });

  it('an edit changes the DOM of the edited cell only: no other cell of the grid, its row’s included, is touched', async () => {
    renderWith(<DataView />, real.api);
    const { model, benchmark, max } = plainCell();
    const cell = await gridCell(scenario, model, benchmark);
    await userEvent.dblClick(cell);
    await within(cell).findByRole('textbox');
    const root = screen.getByRole('region', { name: 'Benchmark values' });
    const touched = new Set<string>();
    const note = (records: MutationRecord[]) => {
      for (const r of records) {
        const other = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[role="gridcell"]');
        if (other && other !== cell)
          touched.add(`${other.closest('[role="row"]')?.getAttribute('row-id')} × ${other.getAttribute('col-id')}`);
      }
    };
    const observer = new MutationObserver(note);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    await userEvent.keyboard(`${max}{Enter}`);
    await waitFor(() => expect(cell.textContent).toBe(`${max}✎ (override)`));
    await new Promise((r) => setTimeout(r, 0));
    note(observer.takeRecords());
    observer.disconnect();
    expect([...touched]).toEqual([]);
  });

  it('in a grid sorted by a column, a value edited in it moves its row to its sorted place', async () => {
    renderWith(<DataView />, real.api);
    const { benchmark, max } = plainCell();
    await gridCell(scenario, scenario.alternatives[0], benchmark);
    const root = screen.getByRole('region', { name: 'Benchmark values' });
    const header = root.querySelector<HTMLElement>(`.ag-header-cell[col-id="${benchmark}"] .ag-header-cell-label`)!;
    await userEvent.click(header);
    await waitFor(() => expect(header.closest('.ag-header-cell')!.getAttribute('aria-sort')).toBe('ascending'));
    /** Row ids in the order shown, top first. */
    const order = () => {
      const rows = [...root.querySelectorAll<HTMLElement>('[role="row"][row-id]')];
      const at = new Map(rows.map((r) => [r.getAttribute('row-id')!, Number(r.getAttribute('aria-rowindex'))]));
      return [...at].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    };
    // Expected from the values shown: ascending, missing values first (AG Grid's order for nulls), ties as shown.
    const value = (id: string) => {
      const text = root.querySelector(`[role="row"][row-id="${id}"] [role="gridcell"][col-id="${benchmark}"]`)!;
      return text.textContent!.startsWith('—') ? -Infinity : Number(text.textContent!.replace(/✎.*$/, ''));
    };
    const top = order()[0];
    const cell = await gridCell(scenario, top, benchmark);
    await userEvent.dblClick(cell);
    await within(cell).findByRole('textbox');
    await userEvent.keyboard(`${max}{Enter}`);
    await waitFor(() => expect(order().at(-1)).toBe(top));
    const values = order().map(value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });
});
