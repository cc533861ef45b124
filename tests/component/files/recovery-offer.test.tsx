import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/App';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;

beforeEach(async () => {
  real = createRealApi();
  const scenario = await resetStores(real.api);
  useScenarioStore.setState({ scenario: null, saved: null, path: null });
  // Two pages kept unsaved work and closed without saving.
  for (const [document, name] of [
    ['closed-1', 'Work of the first tab'],
    ['closed-2', 'Work of the second tab'],
  ]) {
    await real.api.autosave({ document, scenario: { ...scenario, name } });
    await real.api.releaseDocument({ document });
  }
});
afterEach(() => real.dispose());

const copiesOnDisk = async () =>
  (await real.api.listRecovery({ document: 'checker' })).copies.map((c) => c.document).sort();

describe('recovery copies of closed pages at start', () => {
  it('lists every copy; restoring one leaves the other on disk for later', async () => {
    renderWith(<App />, real.api);
    const offer = await screen.findByRole('alertdialog', { name: 'Restore unsaved work?' }, { timeout: 5000 });
    expect(offer).toHaveTextContent('Work of the first tab');
    expect(offer).toHaveTextContent('Work of the second tab');
    await userEvent.click(within(offer).getByRole('button', { name: 'Restore: Work of the second tab' }));
    expect(await screen.findByRole('heading', { name: 'Work of the second tab' })).toBeInTheDocument();
    await waitFor(async () => expect(await copiesOnDisk()).toEqual(['closed-1']), { timeout: 5000 });
  });

  it('Not now keeps them all; Discard all removes them', async () => {
    const first = renderWith(<App />, real.api);
    await userEvent.click(
      within(await screen.findByRole('alertdialog', { name: 'Restore unsaved work?' }, { timeout: 5000 })).getByRole(
        'button',
        {
          name: 'Not now',
        },
      ),
    );
    await waitFor(() => expect(useScenarioStore.getState().scenario).not.toBeNull());
    expect(await copiesOnDisk()).toEqual(['closed-1', 'closed-2']);
    first.unmount();

    renderWith(<App />, real.api);
    await userEvent.click(
      within(await screen.findByRole('alertdialog', { name: 'Restore unsaved work?' }, { timeout: 5000 })).getByRole(
        'button',
        {
          name: 'Discard all and start with the default scenario',
        },
      ),
    );
    await waitFor(async () => expect(await copiesOnDisk()).toEqual([]));
  });
});
