import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
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

const cells = () =>
  scenario.alternatives.flatMap((model) => scenario.criteria.map(({ benchmark }) => ({ model, benchmark })));

describe('Grid marks for where a value comes from', () => {
  it("marks a candidate's value that reached the dataset through a secondary source, not its own report", async () => {
    const relayed = cells().find(({ model, benchmark }) => {
      const list = observationsOf(scenario, model, benchmark);
      return list.length === 1 && sourceOf(scenario, list[0].source).kind === 'secondary';
    })!;
    const own = cells().find(({ model, benchmark }) => {
      const list = observationsOf(scenario, model, benchmark);
      return (
        list.length > 0 &&
        list.every((o) => o.measuredBy === 'model maker' && sourceOf(scenario, o.source).kind === 'maker-report')
      );
    })!;
    renderWith(<DataView />, real.api);
    expect(await gridCell(scenario, relayed.model, relayed.benchmark)).toHaveClass('is-second-hand');
    const ownCell = await gridCell(scenario, own.model, own.benchmark);
    expect(ownCell).not.toHaveClass('is-second-hand');
    // The mark is drawn beside the number: the cell's text is still just the value.
    expect(ownCell.textContent?.trim()).toBe(String(observationsOf(scenario, own.model, own.benchmark)[0].value));
  });

  it("marks a global model's values printed in a candidate's table, and not a what-if value", async () => {
    const comparator = 'gpt-oss-120b';
    act(() =>
      useScenarioStore.getState().replace({ ...scenario, alternatives: [...scenario.alternatives, comparator] }),
    );
    renderWith(<DataView />, real.api);
    const measured = scenario.criteria
      .map((c) => c.benchmark)
      .filter((b) => observationsOf(scenario, comparator, b).length);
    expect(measured.length).toBeGreaterThan(0);
    for (const benchmark of measured)
      expect(await gridCell(scenario, comparator, benchmark)).toHaveClass('is-second-hand');

    act(() => useScenarioStore.getState().setOverride(comparator, measured[0], 50));
    await waitFor(async () =>
      expect(await gridCell(scenario, comparator, measured[0])).not.toHaveClass('is-second-hand'),
    );
  });

  it("marks an independent measurement (a third party, read in the press) apart from the makers' figures", async () => {
    // The Sogang University CSAT-math test: a third party named as the measurer (../shared/reference/README.md).
    const benchmark = 'csat-math-2026-sogang';
    const withTest = { ...scenario, criteria: [...scenario.criteria, { benchmark, weight: 10, group: null }] };
    act(() => useScenarioStore.getState().replace(withTest));
    const thirdParty = (o: { measuredBy: string }) =>
      o.measuredBy !== 'model maker' && !o.measuredBy.startsWith('maker of ');
    const measured = scenario.alternatives.filter((m) => observationsOf(scenario, m, benchmark).length > 0);
    expect(measured.length).toBeGreaterThan(0);
    expect(measured.every((m) => observationsOf(scenario, m, benchmark).every(thirdParty))).toBe(true);
    renderWith(<DataView />, real.api);
    // The legend explains the mark beside a sample drawn with the cell's own class.
    const legend = screen.getByText(/^an independent measurement/);
    expect(legend.previousElementSibling).toHaveClass('is-independent');
    for (const model of measured) {
      const cell = await gridCell(withTest, model, benchmark);
      expect(cell).toHaveClass('is-independent');
      expect(cell).not.toHaveClass('is-second-hand');
    }
    // A maker's own figure carries neither mark.
    const own = cells().find(({ model, benchmark: b }) => {
      const list = observationsOf(scenario, model, b);
      return (
        list.length > 0 &&
        list.every((o) => o.measuredBy === 'model maker' && sourceOf(scenario, o.source).kind === 'maker-report')
      );
    })!;
    expect(await gridCell(withTest, own.model, own.benchmark)).not.toHaveClass('is-independent');

    // The Observations panel says whose figure each observation is.
    const model = measured[0];
    await userEvent.click(await gridCell(withTest, model, benchmark));
    const panel = screen.getByRole('complementary', { name: 'Observations' });
    await waitFor(() =>
      expect(within(panel).getAllByRole('listitem')).toHaveLength(observationsOf(scenario, model, benchmark).length),
    );
    for (const item of within(panel).getAllByRole('listitem')) {
      expect(item).toHaveTextContent('◇ independent measurement');
      expect(item).toHaveTextContent('Sogang University (Kim Jong-rak team)');
    }
    await userEvent.click(await gridCell(withTest, own.model, own.benchmark));
    await waitFor(() =>
      expect(within(panel).getAllByRole('listitem')[0]).toHaveTextContent("the model maker's own report"),
    );
    expect(within(panel).queryByText('◇ independent measurement')).toBeNull();
  });
});
