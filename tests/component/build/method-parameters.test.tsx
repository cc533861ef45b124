import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { PolicyControls } from '../../../renderer/src/views/data/PolicyControls';
import { WeightsView } from '../../../renderer/src/views/weights/WeightsView';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
let shipped: Scenario;
const current = () => useScenarioStore.getState().scenario!;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  shipped = await resetStores(real.api);
});

describe('PROMETHEE II preference functions', () => {
  it('stores a linear function with q < p in the scenario; q ≥ p is named and not applied', async () => {
    const user = userEvent.setup();
    useScenarioStore.getState().setMethod('promethee2');
    renderWith(<WeightsView />, real.api);
    const panel = screen.getByRole('region', { name: 'PROMETHEE II preference functions' });
    const first = shipped.criteria[0].benchmark;
    const b = shipped.dataset.benchmarks.find((x) => x.id === first)!;
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: `Preference function of ${b.name}` }),
      'linear',
    );
    const q = within(panel).getByRole('spinbutton', { name: `q of ${b.name} (${b.unit})` });
    const p = within(panel).getByRole('spinbutton', { name: `p of ${b.name} (${b.unit})` });
    await user.clear(q);
    await user.type(q, '2');
    expect(current().criteria[0].preference).toEqual({ type: 'linear', q: 2, p: 10 });
    const before = current();
    await user.clear(p);
    await user.type(p, '1');
    expect(within(panel).getByRole('alert')).toHaveTextContent(`${b.name}: thresholds need 0 ≤ q < p.`);
    expect(current()).toBe(before);
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: `Preference function of ${b.name}` }),
      'usual',
    );
    expect(current().criteria[0].preference).toBeUndefined();
  });
});

describe('Setting preference', () => {
  it('moves non-think ahead of think in the observation policy, one undo step', async () => {
    const user = userEvent.setup();
    renderWith(<PolicyControls policy={shipped.observationPolicy} />, real.api);
    await user.click(screen.getByText(/^Setting preference/));
    const order = shipped.observationPolicy.settingPreference;
    const at = order.indexOf('non-think');
    expect(at).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Move setting non-think up' }));
    const next = current().observationPolicy.settingPreference;
    expect(next.indexOf('non-think')).toBe(at - 1);
    expect(next[at]).toBe(order[at - 1]);
    useScenarioStore.temporal.getState().undo();
    expect(current()).toBe(shipped);
  });
});
