import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { useScenarioStore } from '../../renderer/src/state/scenario-store';
import { evaluate } from '../../renderer/src/state/evaluation';
import { ResultsView } from '../../renderer/src/views/results/ResultsView';
import { WeightsView } from '../../renderer/src/views/weights/WeightsView';
import { expectedOrder } from '../e2e/oracle';
import { createRealApi, renderWith, resetStores, type RealApi } from './real-api';

let real: RealApi;
let scenario: Scenario;
const benchmarkName = (id: string) => scenario.dataset.benchmarks.find((b) => b.id === id)!.name;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

/** Model names in the ranking table, top row first. */
const rankingNames = () =>
  within(screen.getByRole('table', { name: 'Ranking' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1].textContent);

/** The independent WSM oracle over the values the grid shows, for the given raw weights. */
function oracle(weights: Record<string, number>): string[] {
  const result = evaluate(useScenarioStore.getState().scenario!);
  if (!result.ok) throw new Error(result.message);
  const { alternatives, criteria } = result.evaluation;
  return expectedOrder(
    alternatives.map((a) => a.name),
    criteria.map((c) => alternatives.map((a) => a.cells[c.benchmark].value)),
    criteria.map((c) => weights[c.benchmark]),
  );
}

describe('Weights view', () => {
  it('has one slider (0–100, named exactly after the benchmark) and one weight field per criterion', () => {
    renderWith(<WeightsView />, real.api);
    const sliders = screen.getAllByRole('slider');
    expect(sliders.map((s) => s.getAttribute('aria-label'))).toEqual(
      scenario.criteria.map((c) => benchmarkName(c.benchmark)),
    );
    for (const c of scenario.criteria) {
      const slider = screen.getByRole('slider', { name: benchmarkName(c.benchmark) });
      expect(slider).toHaveAttribute('aria-valuemin', '0');
      expect(slider).toHaveAttribute('aria-valuemax', '100');
      expect(slider).toHaveAttribute('aria-valuenow', String(c.weight));
      expect(screen.getByRole('spinbutton', { name: `${benchmarkName(c.benchmark)} weight` })).toHaveValue(c.weight);
    }
  });

  it('shows each weight normalized to the total, and follows a typed weight', async () => {
    renderWith(<WeightsView />, real.api);
    const name = benchmarkName('kobalt');
    const field = screen.getByRole('spinbutton', { name: `${name} weight` });
    await userEvent.clear(field);
    await userEvent.type(field, '30');
    fireEvent.blur(field);
    const others = scenario.criteria.filter((c) => c.benchmark !== 'kobalt').reduce((a, c) => a + c.weight, 0);
    const share = ((30 / (30 + others)) * 100).toFixed(1);
    expect(screen.getByLabelText(`${name} Normalized`)).toHaveTextContent(`${share}%`);
    expect(useScenarioStore.getState().scenario!.criteria.find((c) => c.benchmark === 'kobalt')!.weight).toBe(30);
  });

  it('moves a slider with the keyboard, one undo step per key press', async () => {
    renderWith(<WeightsView />, real.api);
    const slider = screen.getByRole('slider', { name: benchmarkName('hle') });
    act(() => slider.focus());
    await userEvent.keyboard('{End}');
    expect(slider).toHaveAttribute('aria-valuenow', '100');
    await userEvent.keyboard('{ArrowLeft}');
    expect(slider).toHaveAttribute('aria-valuenow', '99');
    const { pastStates, undo } = useScenarioStore.temporal.getState();
    expect(pastStates).toHaveLength(2);
    act(() => undo());
    expect(slider).toHaveAttribute('aria-valuenow', '100');
  });
});

describe('Results view', () => {
  it('lists every alternative by rank with Rank, Model and Composite columns', () => {
    renderWith(<ResultsView />, real.api);
    const table = screen.getByRole('table', { name: 'Ranking' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Rank', 'Model', 'Composite', 'Criteria with a value']);
    const ranks = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(within(row).getAllByRole('cell')[0].textContent));
    expect(ranks).toHaveLength(scenario.alternatives.length);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(screen.getByRole('img', { name: 'Composite score by model' })).toBeInTheDocument();
  });

  it('re-ranks the table beside the sliders live when a slider moves, as an independent weighted sum says', async () => {
    renderWith(<WeightsView />, real.api);
    const weights = Object.fromEntries(scenario.criteria.map((c) => [c.benchmark, c.weight]));
    expect(rankingNames()).toEqual(oracle(weights));
    const before = rankingNames();

    // IFEval at 100 reorders the models with data (the one with 2 of 14 values stays last: the coverage rule).
    act(() => screen.getByRole('slider', { name: benchmarkName('ifeval') }).focus());
    await userEvent.keyboard('{End}');
    expect(rankingNames()).toEqual(oracle({ ...weights, ifeval: 100 }));
    expect(rankingNames()).not.toEqual(before);
  });

  it('updates the composite when a cell is overridden', () => {
    renderWith(<ResultsView />, real.api);
    const row = () => within(screen.getByRole('table', { name: 'Ranking' })).getByRole('row', { name: /VAETKI/ });
    const before = within(row()).getAllByRole('cell')[2].textContent;
    act(() => useScenarioStore.getState().setOverride('vaetki-112b-a10b', 'tau2-retail', 99));
    expect(within(row()).getAllByRole('cell')[2].textContent).not.toEqual(before);
  });
});

describe('Method choice and weight stability', () => {
  it('ranks with the chosen method, as one undo step, and shows stability intervals only for WSM', async () => {
    const user = userEvent.setup();
    renderWith(
      <>
        <WeightsView />
        <ResultsView />
      </>,
      real.api,
    );
    const stability = await screen.findByRole('table', { name: 'Weight stability' });
    const rows = within(stability).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
      scenario.criteria.map((c) => benchmarkName(c.benchmark)),
    );
    // Each interval contains the weight shown beside it.
    for (const r of rows) {
      const [weight, range] = within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent!);
      const [lo, hi] = range.split('–').map((s) => parseFloat(s));
      expect(parseFloat(weight)).toBeGreaterThanOrEqual(lo);
      expect(parseFloat(weight)).toBeLessThanOrEqual(hi);
    }

    await user.selectOptions(screen.getByRole('combobox', { name: 'Method' }), 'topsis');
    expect(useScenarioStore.getState().scenario!.method.name).toBe('topsis');
    expect(screen.queryByRole('table', { name: 'Weight stability' })).toBeNull();
    expect(screen.getByText(/weighted sum \(WSM\) only/)).toBeInTheDocument();
    expect(screen.getByText(/^Method TOPSIS/)).toBeInTheDocument();
    act(() => useScenarioStore.temporal.getState().undo());
    expect(useScenarioStore.getState().scenario!.method.name).toBe('wsm');
  });
});

describe('Rank acceptability', () => {
  it('shows, per model, the share of weight draws giving each rank; firm weights reproduce the ranking', async () => {
    const user = userEvent.setup();
    renderWith(<ResultsView />, real.api);
    await screen.findByRole('table', { name: 'Rank acceptability (SMAA-2)' });
    const table = () => screen.getByRole('table', { name: 'Rank acceptability (SMAA-2)' });
    const rows = () => within(table()).getAllByRole('row').slice(1);
    // The models with data, in ranking order; the one with insufficient data ranks last whatever the weights.
    const withData = within(screen.getByRole('table', { name: 'Ranking' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell'))
      .filter((cells) => !cells[3].textContent!.includes('insufficient data'))
      .map((cells) => cells[1].textContent);
    expect(withData.length).toBe(scenario.alternatives.length - 1);
    expect(rows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual(withData);
    for (const r of rows()) {
      const shares = within(r)
        .getAllByRole('cell')
        .slice(0, -1)
        .map((c) => parseFloat(c.textContent!));
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    }
    await user.selectOptions(screen.getByRole('combobox', { name: 'What is known of the weights' }), 'around-current');
    const concentration = screen.getByRole('spinbutton', { name: 'Concentration' });
    await user.clear(concentration);
    await user.type(concentration, '100000');
    await waitFor(() => expect(table().closest('section')).toHaveAttribute('aria-busy', 'false'));
    // Each model's own rank column (the diagonal, since rows are in ranking order) holds nearly every draw.
    rows().forEach((r, i) => expect(parseFloat(within(r).getAllByRole('cell')[i].textContent!)).toBeGreaterThan(95));
  });
});

describe('Composite breakdown', () => {
  it('each row of weight × normalized value adds up to the composite shown in the ranking', () => {
    renderWith(<ResultsView />, real.api);
    const table = screen.getByRole('table', { name: 'Where the composite comes from' });
    const ranking = within(screen.getByRole('table', { name: 'Ranking' }))
      .getAllByRole('row')
      .slice(1);
    const composites = new Map(
      ranking.map((r) => {
        const cells = within(r).getAllByRole('cell');
        return [cells[1].textContent, Number(cells[2].textContent)];
      }),
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(scenario.alternatives.length);
    for (const r of rows) {
      const cells = within(r)
        .getAllByRole('cell')
        .map((c) => parseFloat(c.textContent!));
      const parts = cells.slice(0, -1);
      expect(parts).toHaveLength(scenario.criteria.length);
      const name = within(r).getByRole('rowheader').textContent;
      // Every shown number is rounded to 3 decimals: the sum may drift by half a unit per term.
      const drift = 0.0005 * (parts.length + 1);
      expect(Math.abs(parts.reduce((a, b) => a + b, 0) - composites.get(name)!)).toBeLessThanOrEqual(drift);
    }
  });

  it('is not shown for a method that is not a weighted sum', () => {
    useScenarioStore.getState().setMethod('topsis');
    renderWith(<ResultsView />, real.api);
    expect(screen.queryByRole('table', { name: 'Where the composite comes from' })).toBeNull();
  });
});
