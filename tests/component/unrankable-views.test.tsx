import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { decisionMatrix } from '../../shared/evaluation/evaluate';
import { useScenarioStore } from '../../renderer/src/state/scenario-store';
import { DataView } from '../../renderer/src/views/data/DataView';
import { ResultsView } from '../../renderer/src/views/results/ResultsView';
import { WeightsView } from '../../renderer/src/views/weights/WeightsView';
import { expectedOrder } from '../e2e/oracle';
import { createRealApi, renderWith, resetStores, type RealApi } from './real-api';

/** Issue 9, honest states: a scenario that cannot be ranked says why and shows no ranking. */

let real: RealApi;
let scenario: Scenario;
const nameOf = (id: string) => scenario.dataset.benchmarks.find((b) => b.id === id)!.name;
const modelName = (id: string) => scenario.dataset.models.find((m) => m.id === id)!.name;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

const both = () =>
  renderWith(
    <>
      <WeightsView />
      <ResultsView />
    </>,
    real.api,
  );

/** Types a weight into a criterion's field and leaves it (a committed edit). */
function typeWeight(id: string, value: string) {
  const field = screen.getByRole('spinbutton', { name: `${nameOf(id)} weight` });
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

/** Model names, top row first, in the ranking tables shown (beside the sliders and in Results), which agree. */
const rankingNames = () => {
  const orders = screen.getAllByRole('table', { name: 'Ranking' }).map((table) =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1].textContent),
  );
  for (const order of orders) expect(order).toEqual(orders[0]);
  return orders[0];
};

/** The shown values per criterion (columns), alternatives in the scenario's order: data, not the engine's result. */
function columns(s: Scenario): (number | null)[][] {
  const cells = decisionMatrix(s);
  return s.criteria.map((c) => s.alternatives.map((m) => cells[m][c.benchmark].value));
}

describe('all criteria weigh 0', () => {
  it('Weights and Results say so, and there is no ranking (no equal-weight one); one weight brings it back', () => {
    both();
    for (const c of scenario.criteria) typeWeight(c.benchmark, '0');
    const notices = screen.getAllByRole('alert');
    expect(notices.map((n) => n.textContent)).toEqual([
      'All criteria weigh 0: set a weight to rank',
      'All criteria weigh 0: set a weight to rank',
    ]);
    expect(screen.queryByRole('table', { name: 'Ranking' })).toBeNull();
    expect(screen.queryByRole('img', { name: 'Composite score by model' })).toBeNull();
    expect(screen.getByLabelText(`${nameOf('hle')} Normalized`)).toHaveTextContent('—');

    typeWeight('hle', '5');
    expect(screen.queryByRole('alert')).toBeNull();
    const s = useScenarioStore.getState().scenario!;
    const names = s.alternatives.map(modelName);
    expect(rankingNames()).toEqual(
      expectedOrder(
        names,
        columns(s),
        s.criteria.map((c) => (c.benchmark === 'hle' ? 5 : 0)),
      ),
    );
    expect(screen.getByLabelText(`${nameOf('hle')} Normalized`)).toHaveTextContent('100.0%');
  });

  it('the Data view still shows every value (only the ranking is withheld)', async () => {
    renderWith(<DataView />, real.api);
    act(() => useScenarioStore.getState().setWeights(0));
    const vaetki = 'vaetki-112b-a10b';
    const own = scenario.dataset.observations.find(
      (o) => o.model === vaetki && o.benchmark === 'kobalt' && o.measuredBy === 'model maker',
    )!.value;
    const row = await screen.findByRole('row', { name: new RegExp(`^${modelName(vaetki)}`) });
    expect(row.querySelector('[role="gridcell"][col-id="kobalt"]')).toHaveTextContent(String(own));
  });

  it('is said in Korean too', () => {
    renderWith(<ResultsView />, real.api, 'ko');
    act(() => useScenarioStore.getState().setWeights(0));
    expect(screen.getByRole('alert').textContent).toBe(
      '모든 기준의 가중치가 0입니다: 순위를 매기려면 가중치를 설정하세요',
    );
  });
});

/** WPM as written from its formula (Miller & Starr): P_i = Π_j (x_ij / max_j)^{w_j}; missing = the column's worst. */
function wpmOrder(names: string[], cols: (number | null)[][], weights: number[]): string[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const scores = names.map((_, r) =>
    cols.reduce((p, col, j) => {
      const present = col.filter((v): v is number => v !== null);
      const v = col[r] ?? Math.min(...present);
      return p * (v / Math.max(...present)) ** (weights[j] / total);
    }, 1),
  );
  // The coverage rule (README): fewer than half the criteria with a value ranks after every model with data.
  const short = names.map((_, r) => (cols.filter((col) => col[r] !== null).length < cols.length / 2 ? 1 : 0));
  return names
    .map((n, i) => ({ n, s: scores[i], i, short: short[i] }))
    .sort((a, b) => a.short - b.short || b.s - a.s || a.i - b.i)
    .map((x) => x.n);
}

describe('WPM over min-max values', () => {
  it('shows the notice with the fix instead of a tie at 0, and ranks once the fix is chosen', async () => {
    const user = userEvent.setup();
    both();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Method' }), 'wpm');
    // Every default value is ≥ 3 and every criterion is higher-is-better, so x / max > 0: "Divide by max" and
    // "Linear" both work, while min-max gives each criterion's worst value 0.
    const [notice] = screen.getAllByRole('alert');
    expect(notice.textContent).toMatch(
      /^Weighted product \(WPM\) needs positive values: choose “Divide by max” or “Linear \(scale\)” normalization \(Min–max gives .+ 0 on .+\)/,
    );
    expect(screen.queryByRole('table', { name: 'Ranking' })).toBeNull();
    expect(screen.queryByText('0.000')).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Normalization' }), 'max');
    expect(screen.queryByRole('alert')).toBeNull();
    const s = useScenarioStore.getState().scenario!;
    expect(rankingNames()).toEqual(
      wpmOrder(
        s.alternatives.map(modelName),
        columns(s),
        s.criteria.map((c) => c.weight),
      ),
    );
  });
});
