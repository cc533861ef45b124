import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { DataView } from '../../../renderer/src/views/data/DataView';
import { ModelsButton } from '../../../renderer/src/views/data/ModelsButton';
import { modelsCsv } from '../../unit/claims/reference-csv';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  await resetStores(real.api);
});

const names = new Map(modelsCsv.map((r) => [r.id, r.name]));
const csvNames = (keep: (r: Record<string, string>) => boolean) => modelsCsv.filter(keep).map((r) => names.get(r.id));

describe('the attribute filter in the Models dialog', () => {
  it('keeps the models of 40B total parameters or fewer, then only the closed ones; off lifts it', async () => {
    const user = userEvent.setup();
    renderWith(<ModelsButton />, real.api);
    await user.click(screen.getByRole('button', { name: 'Models' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Models' }));
    const listed = () =>
      within(dialog.getByRole('table', { name: 'Models' }))
        .queryAllByRole('rowheader')
        .map((h) => h.textContent);
    await user.click(dialog.getByRole('checkbox', { name: 'Filter by attribute' }));
    await user.type(dialog.getByRole('textbox', { name: 'at most (B)' }), '40');
    const small = csvNames((r) => r.total_params_b !== '' && Number(r.total_params_b) <= 40);
    expect(listed()).toEqual(small);
    expect(dialog.getByRole('status')).toHaveTextContent(`${small.length} of ${modelsCsv.length} models`);
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Weights' }), 'closed weights');
    expect(listed()).toEqual(
      csvNames((r) => r.total_params_b !== '' && Number(r.total_params_b) <= 40 && r.open_weights === 'no'),
    );
    await user.click(dialog.getByRole('checkbox', { name: 'Filter by attribute' }));
    expect(listed()).toHaveLength(useScenarioStore.getState().scenario!.dataset.models.length);
  });
});

describe('the attribute filter of the Data view', () => {
  it('shows only the candidates meeting it (from models.csv), and all of them again when switched off', async () => {
    const user = userEvent.setup();
    renderWith(<DataView />, real.api);
    const candidates = useScenarioStore.getState().scenario!.alternatives;
    const nameOf = (id: string) => names.get(id)!;
    const shownRows = () =>
      candidates.filter((id) =>
        screen.queryByRole('row', { name: new RegExp(`^${nameOf(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }),
      );
    await waitFor(() => expect(shownRows()).toEqual(candidates));
    await user.click(screen.getByRole('checkbox', { name: 'Filter by attribute' }));
    await user.type(screen.getByRole('textbox', { name: 'at least (B)' }), '200');
    const big = candidates.filter((id) => {
      const r = modelsCsv.find((m) => m.id === id)!;
      return r.total_params_b !== '' && Number(r.total_params_b) >= 200;
    });
    expect(big.length).toBeGreaterThan(0);
    expect(big.length).toBeLessThan(candidates.length);
    await waitFor(() => expect(shownRows()).toEqual(big));
    await user.click(screen.getByRole('checkbox', { name: 'Filter by attribute' }));
    await waitFor(() => expect(shownRows()).toEqual(candidates));
  });
});
