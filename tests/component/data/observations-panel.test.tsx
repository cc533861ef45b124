import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WorkbenchApi } from '../../../shared/api/contract';
import type { Scenario } from '../../../shared/domain/scenario';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { useUiStore } from '../../../renderer/src/state/ui-store';
import { DataView } from '../../../renderer/src/views/data/DataView';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';
import { gridCell, observationsOf, sourceOf } from './grid-helpers';

let real: RealApi;
let scenario: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

/** A candidate × criterion cell with more than one observation in the default dataset, found in the data. */
function severalObservationsCell(): { model: string; benchmark: string } {
  for (const model of scenario.alternatives)
    for (const { benchmark } of scenario.criteria)
      if (observationsOf(scenario, model, benchmark).length > 1) return { model, benchmark };
  throw new Error('the default scenario has no candidate cell with several observations');
}

const panel = () => screen.getByRole('complementary', { name: 'Observations' });
const panelNow = () => screen.findByRole('complementary', { name: 'Observations' });
const items = () => within(panel()).getAllByRole('listitem');
const storeScenario = () => useScenarioStore.getState().scenario!;

describe('Observations side panel', () => {
  it('opens on a selected cell and lists every observation with setting, measurer and source link', async () => {
    const { model, benchmark } = severalObservationsCell();
    const observations = observationsOf(scenario, model, benchmark);
    renderWith(<DataView />, real.api);
    // Before a cell is selected, the panel says how to use it and lists nothing.
    expect(await within(await panelNow()).findByText(/^Select a cell to see every observation/)).toBeInTheDocument();
    expect(within(panel()).queryAllByRole('listitem')).toHaveLength(0);

    await userEvent.click(await gridCell(scenario, model, benchmark));
    await waitFor(() => expect(items()).toHaveLength(observations.length));
    observations.forEach((o, i) => {
      const item = items()[i];
      const source = sourceOf(scenario, o.source);
      expect(item).toHaveTextContent(String(o.value));
      expect(item).toHaveTextContent(o.setting);
      expect(item).toHaveTextContent(o.measuredBy);
      // The browser host opens links itself: a plain link to the source, in a new tab, without an opener.
      const link = within(item).getByRole('link', { name: source.title });
      expect(link).toHaveAttribute('href', source.url);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    });

    // Exactly one observation is marked as the one the cell uses, and its value is the cell's.
    const used = items().filter((li) => li.getAttribute('aria-current') === 'true');
    expect(used).toHaveLength(1);
    expect(used[0]).toHaveTextContent('used');
    const usedValue = observations[items().indexOf(used[0])].value;
    expect(await gridCell(scenario, model, benchmark)).toHaveTextContent(String(usedValue));
  });

  it('pins another observation by hand ("Use this value") and goes back to the policy, each one undo step', async () => {
    const { model, benchmark } = severalObservationsCell();
    const observations = observationsOf(scenario, model, benchmark);
    renderWith(<DataView />, real.api);
    await userEvent.click(await gridCell(scenario, model, benchmark));
    await waitFor(() => expect(items()).toHaveLength(observations.length));
    const usedIndex = items().findIndex((li) => li.getAttribute('aria-current') === 'true');
    const other = observations.findIndex((o, i) => i !== usedIndex && o.value !== observations[usedIndex].value);
    const automaticValue = observations[usedIndex].value;

    await userEvent.click(within(items()[other]).getByRole('button', { name: /Use this value/ }));
    expect(storeScenario().observationPolicy.manual).toEqual({ [`${model}|${benchmark}`]: observations[other].id });
    await waitFor(async () =>
      expect(await gridCell(scenario, model, benchmark)).toHaveTextContent(String(observations[other].value)),
    );
    expect(items()[other]).toHaveAttribute('aria-current', 'true');
    expect(storeScenario().dataset).toBe(scenario.dataset);

    await userEvent.click(within(panel()).getByRole('button', { name: 'Automatic (policy)' }));
    expect(storeScenario().observationPolicy.manual).toEqual({});
    await waitFor(async () =>
      expect(await gridCell(scenario, model, benchmark)).toHaveTextContent(String(automaticValue)),
    );

    // Two changes, two undo steps: back to the pinned value, then to the start.
    act(() => useScenarioStore.temporal.getState().undo());
    expect(storeScenario().observationPolicy.manual).toEqual({ [`${model}|${benchmark}`]: observations[other].id });
    act(() => useScenarioStore.temporal.getState().undo());
    expect(storeScenario().observationPolicy).toEqual(scenario.observationPolicy);
  });

  it('shows a what-if value over the observations and reverts it from the panel', async () => {
    const { model, benchmark } = severalObservationsCell();
    renderWith(<DataView />, real.api);
    act(() => useScenarioStore.getState().setOverride(model, benchmark, 12.5));
    await userEvent.click(await gridCell(scenario, model, benchmark));
    expect(await within(panel()).findByText(/12\.5/)).toBeInTheDocument();

    await userEvent.click(within(panel()).getByRole('button', { name: /Revert/ }));
    expect(storeScenario().overrides).toEqual([]);
    await waitFor(async () => expect(await gridCell(scenario, model, benchmark)).not.toHaveTextContent('12.5'));
  });

  it('follows keyboard focus to the next row and says when a cell has no observation', async () => {
    const [first, second] = scenario.alternatives;
    const benchmark = scenario.criteria[0].benchmark;
    const nameOf = (id: string) => scenario.dataset.models.find((m) => m.id === id)!.name;
    const benchmarkName = scenario.dataset.benchmarks.find((b) => b.id === benchmark)!.name;
    renderWith(<DataView />, real.api);
    await userEvent.click(await gridCell(scenario, first, benchmark));
    expect(within(panel()).getByRole('heading')).toHaveTextContent(`${nameOf(first)} × ${benchmarkName}`);
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(within(panel()).getByRole('heading')).toHaveTextContent(`${nameOf(second)} × ${benchmarkName}`),
    );

    const missing = scenario.alternatives
      .flatMap((model) => scenario.criteria.map((c) => ({ model, benchmark: c.benchmark })))
      .find((c) => observationsOf(scenario, c.model, c.benchmark).length === 0)!;
    await userEvent.click(await gridCell(scenario, missing.model, missing.benchmark));
    expect(await within(panel()).findByText('No observation in the dataset for this cell.')).toBeInTheDocument();
    await userEvent.click(within(panel()).getByRole('button', { name: 'Close' }));
    expect(await within(panel()).findByText(/^Select a cell to see every observation/)).toBeInTheDocument();
    expect(within(panel()).queryByText(/No observation in the dataset/)).toBeNull();
  });

  it('in the desktop app, opens a source through the host (openExternal) instead of a page link', async () => {
    const opened: string[] = [];
    const api: WorkbenchApi = {
      ...real.api,
      openExternal: async ({ url }) => {
        opened.push(url);
        return {};
      },
    };
    act(() => useUiStore.setState({ appInfo: { ...useUiStore.getState().appInfo!, host: 'electron' } }));
    const { model, benchmark } = severalObservationsCell();
    const first = observationsOf(scenario, model, benchmark)[0];
    const source = sourceOf(scenario, first.source);
    renderWith(<DataView />, api);
    await userEvent.click(await gridCell(scenario, model, benchmark));
    await waitFor(() => expect(items().length).toBeGreaterThan(1));
    expect(within(items()[0]).queryByRole('link')).toBeNull();
    await userEvent.click(within(items()[0]).getByRole('button', { name: `Open source: ${source.title}` }));
    expect(opened).toEqual([source.url]);
  });
});
