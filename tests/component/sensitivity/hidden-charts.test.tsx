import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/App';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { useUiStore } from '../../../renderer/src/state/ui-store';
import { createRealApi, renderWith, type RealApi } from '../real-api';

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

describe('sensitivity charts in a hidden view', () => {
  it('are the same chart (element and drawing) after a tab switch, with the criterion chosen still swept', async () => {
    renderWith(<App />, real.api);
    await screen.findByRole('grid');
    await tab('Results');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Criterion swept' }), 'IFEval');
    const name = "Weight sweep of IFEval: each model's composite against the weight";
    const sweep = screen.getByRole('img', { name });
    const drawing = sweep.firstElementChild;
    expect(drawing).not.toBeNull(); // ECharts' own container, created by echarts.init
    const contributions = screen.getByRole('img', { name: "Contribution of each criterion to each model's composite" });

    await tab('Data');
    expect(screen.queryByRole('img', { name })).toBeNull(); // hidden: out of the accessibility tree
    await tab('Results');
    expect(screen.getByRole('img', { name })).toBe(sweep);
    expect(sweep.firstElementChild).toBe(drawing);
    expect(screen.getByRole('img', { name: "Contribution of each criterion to each model's composite" })).toBe(
      contributions,
    );
  });
});
