import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { useScenarioStore } from '../../renderer/src/state/scenario-store';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { createRealApi, renderWith, type RealApi } from './real-api';

let real: RealApi;
const initialUi = useUiStore.getState();

beforeEach(async () => {
  real = createRealApi();
  useUiStore.setState({ ...initialUi, appInfo: await real.api.getAppInfo({}) }, true);
  useScenarioStore.setState({ scenario: null, saved: null, path: null });
  localStorage.clear();
});
afterEach(() => real.dispose());

const tab = (name: string) => userEvent.click(screen.getByRole('tab', { name }));

describe('visited views stay mounted', () => {
  it('a tab switch shows the same grid and keeps each view’s own settings; only the active view is seen', async () => {
    renderWith(<App />, real.api);
    const grid = await screen.findByRole('grid');
    const heatmap = screen.getByRole('checkbox', { name: 'Heatmap' });
    await userEvent.click(heatmap);
    expect(heatmap).toBeChecked();

    await tab('Results');
    expect(screen.queryByRole('grid')).toBeNull();
    const belief = () => screen.getByRole('combobox', { name: 'What is known of the weights' });
    await userEvent.selectOptions(belief(), 'around-current');

    await tab('Weights');
    // The Results view is hidden: its tables are out of the accessibility tree, the Weights view's ranking is in.
    expect(screen.queryByRole('combobox', { name: 'What is known of the weights' })).toBeNull();
    expect(screen.getAllByRole('table', { name: 'Ranking' })).toHaveLength(1);

    await tab('Data');
    expect(screen.getByRole('grid')).toBe(grid);
    expect(screen.getByRole('checkbox', { name: 'Heatmap' })).toBeChecked();
    await tab('Results');
    expect(belief()).toHaveValue('around-current');
  });

  it('a hidden view catches up with an edit made elsewhere when it is shown again', async () => {
    renderWith(<App />, real.api);
    await screen.findByRole('grid');
    await tab('Results');
    const top = () =>
      within(screen.getByRole('table', { name: 'Ranking' }))
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[1].textContent);
    const before = top();
    await tab('Weights');
    const { criteria } = useScenarioStore.getState().scenario!;
    // Only the last criterion weighs: the ranking becomes that criterion's order.
    act(() => {
      for (const c of criteria) useScenarioStore.getState().setWeight(c.benchmark, c === criteria.at(-1) ? 50 : 0);
    });
    const beside = top();
    await tab('Results');
    await waitFor(() => expect(top()).toEqual(beside));
    expect(beside).not.toEqual(before);
  });
});
