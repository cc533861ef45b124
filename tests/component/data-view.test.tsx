import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { useScenarioStore } from '../../renderer/src/state/scenario-store';
import { evaluate } from '../../renderer/src/state/evaluation';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { DataView } from '../../renderer/src/views/data/DataView';
import { createRealApi, renderWith, resetStores, type RealApi } from './real-api';

let real: RealApi;
let scenario: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

const VAETKI = 'vaetki-112b-a10b';
const modelName = (id: string) => scenario.dataset.models.find((m) => m.id === id)!.name;

/** The candidate's own published value for a cell, read from the dataset itself. */
const ownValue = (model: string, benchmark: string) =>
  scenario.dataset.observations.find(
    (o) => o.model === model && o.benchmark === benchmark && o.measuredBy === 'model maker',
  )?.value;

async function gridCell(model: string, benchmark: string): Promise<HTMLElement> {
  const row = await screen.findByRole('row', { name: new RegExp(`^${modelName(model)}`) });
  const cell = row.querySelector<HTMLElement>(`[role="gridcell"][col-id="${benchmark}"]`);
  if (!cell) throw new Error(`no cell ${model} × ${benchmark}`);
  return cell;
}

describe('Data view grid', () => {
  it('shows one row per candidate, a Model column and one column per criterion benchmark', async () => {
    renderWith(<DataView />, real.api);
    for (const id of scenario.alternatives)
      expect(await screen.findByRole('row', { name: new RegExp(`^${modelName(id)}`) })).toBeInTheDocument();
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent?.trim());
    expect(headers).toContain('Model');
    for (const c of scenario.criteria)
      expect(headers).toContain(scenario.dataset.benchmarks.find((b) => b.id === c.benchmark)!.name);
  });

  it("shows the candidate's own reported value, and — where the dataset has none", async () => {
    renderWith(<DataView />, real.api);
    const k = scenario.alternatives[0];
    expect(await gridCell(k, 'mmlu-pro')).toHaveTextContent(String(ownValue(k, 'mmlu-pro')));
    const missing = scenario.criteria.find((c) => ownValue(VAETKI, c.benchmark) === undefined)!.benchmark;
    const cell = await gridCell(VAETKI, missing);
    expect(cell).toHaveTextContent('—');
    expect(cell).toHaveClass('is-missing');
  });

  it('marks an override visibly and reverts it with the Delete key; the dataset is untouched', async () => {
    renderWith(<DataView />, real.api);
    act(() => useScenarioStore.getState().setOverride(VAETKI, 'tau2-retail', 99));
    await waitFor(async () => expect(await gridCell(VAETKI, 'tau2-retail')).toHaveClass('is-override'));
    const cell = await gridCell(VAETKI, 'tau2-retail');
    expect(cell).toHaveTextContent('99');
    expect(cell).toHaveTextContent('(override)');
    expect(screen.getByRole('button', { name: `Revert ${modelName(VAETKI)} · τ²-Bench Retail` })).toBeEnabled();

    act(() => cell.focus());
    fireEvent.keyDown(cell, { key: 'Delete', code: 'Delete' });
    await waitFor(() => expect(useScenarioStore.getState().scenario!.overrides).toEqual([]));
    expect(useScenarioStore.getState().scenario!.dataset).toBe(scenario.dataset);
  });

  it('edits a cell by typing into it: a number becomes an override, text is refused with a message', async () => {
    renderWith(<DataView />, real.api);
    const cell = await gridCell(VAETKI, 'mmlu-pro');
    await userEvent.dblClick(cell);
    const editor = await within(cell).findByRole('textbox');
    await userEvent.clear(editor);
    await userEvent.type(editor, '64.5{Enter}');
    await waitFor(() =>
      expect(useScenarioStore.getState().scenario!.overrides).toEqual([
        expect.objectContaining({ model: VAETKI, benchmark: 'mmlu-pro', value: 64.5 }),
      ]),
    );

    const before = useScenarioStore.getState().scenario;
    const again = await gridCell(VAETKI, 'mmlu-pro');
    await userEvent.dblClick(again);
    const editor2 = await within(again).findByRole('textbox');
    await userEvent.clear(editor2);
    await userEvent.type(editor2, 'n/a{Enter}');
    await waitFor(() => expect(useUiStore.getState().status?.kind).toBe('error'));
    expect(useUiStore.getState().status?.text).toMatch(/VAETKI.*MMLU-Pro.*n\/a/);
    expect(useScenarioStore.getState().scenario).toBe(before);
  });

  it('a scenario its method cannot score (frontier ratio, no reference model) still shows its values, unshaded', async () => {
    act(() => {
      const store = useScenarioStore.getState();
      store.setNormalization('frontier-ratio');
      for (const model of scenario.references) store.setModelRole(model, 'other');
    });
    const edited = useScenarioStore.getState().scenario!;
    expect(edited.references).toEqual([]);
    expect(evaluate(edited)).toMatchObject({ ok: false, message: expect.stringMatching(/no reference value/) });
    renderWith(<DataView />, real.api);
    const k = scenario.alternatives[0];
    expect(await gridCell(k, 'mmlu-pro')).toHaveTextContent(String(ownValue(k, 'mmlu-pro')));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Heatmap' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^No heatmap: .*no reference value for frontier-ratio/);
    await waitFor(async () => expect((await gridCell(k, 'mmlu-pro')).style.backgroundColor).toBe(''));
  });

  it('reverts all overrides with one button', async () => {
    renderWith(<DataView />, real.api);
    act(() => {
      useScenarioStore.getState().setOverride(VAETKI, 'mmlu-pro', 1);
      useScenarioStore.getState().setOverride(scenario.alternatives[0], 'hle', 2);
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Revert all overrides' }));
    expect(useScenarioStore.getState().scenario!.overrides).toEqual([]);
    expect(screen.getByRole('button', { name: 'Revert all overrides' })).toBeDisabled();
  });
});
