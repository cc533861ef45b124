import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/App';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { about, createRealApi, loadDefault, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
/** The documents of the two closed pages, first and second. */
let closed: string[];

beforeEach(async () => {
  real = createRealApi();
  await resetStores(real.api);
  useScenarioStore.setState({ scenario: null, saved: null, path: null });
  // Two pages kept unsaved work and closed without saving.
  closed = [];
  for (const name of ['Work of the first tab', 'Work of the second tab']) {
    const page = await loadDefault(real.api);
    await real.api.autosave(about(page, { ...page.scenario, name }));
    await real.api.releaseDocument({ document: page.document });
    closed.push(page.document);
  }
});
afterEach(() => real.dispose());

/** The copies in the recovery folder (whether or not a page holds them). */
const copiesOnDisk = () =>
  readdirSync(join(real.userData, 'recovery'))
    .filter((f) => f.endsWith('.sewb'))
    .map((f) => f.slice(0, -'.sewb'.length))
    .sort();

describe('recovery copies of closed pages at start', () => {
  it('lists every copy; restoring one leaves the other on disk for later', async () => {
    renderWith(<App />, real.api);
    const offer = await screen.findByRole('alertdialog', { name: 'Restore unsaved work?' }, { timeout: 5000 });
    expect(offer).toHaveTextContent('Work of the first tab');
    expect(offer).toHaveTextContent('Work of the second tab');
    await userEvent.click(within(offer).getByRole('button', { name: 'Restore: Work of the second tab' }));
    expect(await screen.findByRole('heading', { name: 'Work of the second tab' })).toBeInTheDocument();
    await waitFor(() => expect(copiesOnDisk()).toEqual([closed[0], closed[1]].sort()), { timeout: 5000 });
    // The restored one is held by this page now: only the other is offered.
    expect((await real.api.listRecovery({})).copies.map((c) => c.document)).toEqual([closed[0]]);
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
    expect(copiesOnDisk()).toEqual([...closed].sort());
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
    await waitFor(() => expect(copiesOnDisk()).toEqual([]));
  });
});
