import { act, fireEvent, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { useUiStore } from '../../../renderer/src/state/ui-store';
import { DataView } from '../../../renderer/src/views/data/DataView';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';
import { gridCell } from './grid-helpers';

let real: RealApi;
let scenario: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

const history = () => useScenarioStore.temporal.getState();
const overrides = () => useScenarioStore.getState().scenario!.overrides;
const nameOf = (model: string) => scenario.dataset.models.find((m) => m.id === model)!.name;
const benchmarkName = (id: string) => scenario.dataset.benchmarks.find((b) => b.id === id)!.name;

/** Ctrl+V of clipboard text on the focused grid cell (the grid listens to the paste event, not to the keys). */
async function pasteAt(model: string, benchmark: string, text: string) {
  const cell = await gridCell(scenario, model, benchmark);
  await userEvent.click(cell);
  fireEvent.paste(cell, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
}

describe('Paste a block from a spreadsheet into the grid', () => {
  it('puts a 2 × 2 block (CRLF, trailing newline, decimal comma) at the focused cell as one undo step', async () => {
    renderWith(<DataView />, real.api);
    const [rowA, rowB] = scenario.alternatives.slice(-2);
    const [colA, colB] = scenario.criteria.slice(0, 2).map((c) => c.benchmark);
    const before = history().pastStates.length;

    await pasteAt(rowA, colA, '71.5\t60,25\r\n12\t33.0\r\n');
    await waitFor(() => expect(overrides()).toHaveLength(4));
    expect(overrides()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ model: rowA, benchmark: colA, value: 71.5 }),
        expect.objectContaining({ model: rowA, benchmark: colB, value: 60.25 }),
        expect.objectContaining({ model: rowB, benchmark: colA, value: 12 }),
        expect.objectContaining({ model: rowB, benchmark: colB, value: 33 }),
      ]),
    );
    await waitFor(async () => expect(await gridCell(scenario, rowB, colB)).toHaveClass('is-override'));
    expect(history().pastStates.length).toBe(before + 1);

    act(() => history().undo());
    expect(overrides()).toEqual([]);
    await waitFor(async () => expect(await gridCell(scenario, rowA, colA)).not.toHaveClass('is-override'));
  });

  it('refuses a block with one bad cell: nothing applied, and the message names the cell', async () => {
    renderWith(<DataView />, real.api);
    const [rowA, rowB] = scenario.alternatives.slice(0, 2);
    const [colA, colB] = scenario.criteria.slice(0, 2).map((c) => c.benchmark);
    const before = useScenarioStore.getState().scenario;

    await pasteAt(rowA, colA, '70\t71\n72\tn/a\n');
    await waitFor(() => expect(useUiStore.getState().status?.kind).toBe('error'));
    const message = useUiStore.getState().status!.text;
    expect(message).toContain('row 2, column 2');
    expect(message).toContain(nameOf(rowB));
    expect(message).toContain(benchmarkName(colB));
    expect(message).toContain('n/a');
    expect(useScenarioStore.getState().scenario).toBe(before);
  });

  it('refuses a block that runs past the last benchmark column', async () => {
    renderWith(<DataView />, real.api);
    const model = scenario.alternatives[0];
    const last = scenario.criteria.at(-1)!.benchmark;
    const before = useScenarioStore.getState().scenario;

    await pasteAt(model, last, '50\t51');
    await waitFor(() => expect(useUiStore.getState().status?.kind).toBe('error'));
    expect(useUiStore.getState().status!.text).toMatch(/column 2.*right of the last benchmark/);
    expect(useScenarioStore.getState().scenario).toBe(before);
  });
});
