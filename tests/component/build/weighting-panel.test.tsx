import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { WeightsView } from '../../../renderer/src/views/weights/WeightsView';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
let shipped: Scenario;
const current = () => useScenarioStore.getState().scenario!;
const history = () => useScenarioStore.temporal.getState();

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  shipped = await resetStores(real.api);
});

const nameOf = (id: string) => shipped.dataset.benchmarks.find((b) => b.id === id)!.name;

describe('Weighting panel', () => {
  it('rank-reciprocal weights are applied and recorded in one undo step; undo restores the sliders', async () => {
    const user = userEvent.setup();
    renderWith(<WeightsView />, real.api);
    const panel = screen.getByRole('region', { name: 'How the weights are set' });
    await user.click(within(panel).getByRole('button', { name: /How the weights are set/ }));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Weighting method' }), 'rank');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Formula' }), 'rank-reciprocal');
    const n = shipped.criteria.length;
    const harmonic = Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b);
    const steps = history().pastStates.length;
    await user.click(within(panel).getByRole('button', { name: 'Apply these weights' }));
    expect(history().pastStates.length).toBe(steps + 1);
    current().criteria.forEach((c, k) => expect(c.weight).toBeCloseTo((100 * (1 / (k + 1))) / harmonic, 9));
    expect(current().weighting).toMatchObject({ method: 'rank', rank: { scheme: 'rank-reciprocal' } });
    expect(within(panel).getByText('The weights now come from: Rank order.')).toBeInTheDocument();
    // A slider moved afterwards makes the weights direct; the ranks stay recorded.
    useScenarioStore.getState().setWeight(shipped.criteria[0].benchmark, 50);
    expect(current().weighting).toMatchObject({ method: 'direct', rank: { scheme: 'rank-reciprocal' } });
    history().undo();
    history().undo();
    expect(current()).toBe(shipped);
  });

  it('AHP shows the consistency ratio and names the most inconsistent judgement', async () => {
    const user = userEvent.setup();
    useScenarioStore.getState().load({ ...shipped, criteria: shipped.criteria.slice(0, 3) }, null);
    renderWith(<WeightsView />, real.api);
    const panel = screen.getByRole('region', { name: 'How the weights are set' });
    await user.click(within(panel).getByRole('button', { name: /How the weights are set/ }));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Weighting method' }), 'ahp');
    const [a, b, c] = shipped.criteria.map((x) => nameOf(x.benchmark));
    // a ≻ b (5), b ≻ c (5), yet c ≻ a (5): a cycle, every other pair equal.
    await user.selectOptions(within(panel).getByRole('combobox', { name: `${a} compared with ${b}` }), '5');
    await user.selectOptions(within(panel).getByRole('combobox', { name: `${b} compared with ${c}` }), '5');
    await user.selectOptions(within(panel).getByRole('combobox', { name: `${a} compared with ${c}` }), '1/5');
    // A circulant matrix: priorities ⅓ each, λmax = 1 + 5 + 1/5 = 6.2, CR = ((6.2 − 3)/2)/0.58 = 2.759; each
    // judgement's consistent value is w_i/w_j = 1.
    expect(within(panel).getByRole('status', { name: 'Consistency ratio' })).toHaveTextContent(
      'CR = 2.759 (λmax = 6.200): above 0.10',
    );
    const first = within(within(panel).getByRole('list', { name: 'Most inconsistent judgements' })).getAllByRole(
      'listitem',
    )[0];
    expect(first).toHaveTextContent(
      new RegExp(`^(${a} vs (${b}|${c})|${b} vs ${c}): judged (5|1/5); consistent with the priorities: 1 `),
    );
  });

  it('refuses swing ratings that contradict the ranking, naming the criterion, and applies nothing', async () => {
    const user = userEvent.setup();
    renderWith(<WeightsView />, real.api);
    const panel = screen.getByRole('region', { name: 'How the weights are set' });
    await user.click(within(panel).getByRole('button', { name: /How the weights are set/ }));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Weighting method' }), 'swing');
    const second = nameOf(shipped.criteria[1].benchmark);
    const third = nameOf(shipped.criteria[2].benchmark);
    const field = within(panel).getByRole('spinbutton', { name: `Swing rating of ${third}` });
    await user.clear(field);
    await user.type(field, '90');
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      `${third} is rated above a swing ranked before it: the ratings contradict the ranking.`,
    );
    expect(within(panel).queryByRole('button', { name: 'Apply these weights' })).not.toBeInTheDocument();
    expect(second).not.toBe(third);
    expect(current()).toBe(shipped);
  });

  it('removes, moves and adds criteria, one undo step each', async () => {
    const user = userEvent.setup();
    renderWith(<WeightsView />, real.api);
    const panel = screen.getByRole('region', { name: 'Criteria' });
    await user.click(within(panel).getByRole('button', { name: /Criteria/ }));
    const [first, second] = shipped.criteria.map((c) => c.benchmark);
    await user.click(within(panel).getByRole('button', { name: `Move ${nameOf(first)} down` }));
    expect(
      current()
        .criteria.slice(0, 2)
        .map((c) => c.benchmark),
    ).toEqual([second, first]);
    await user.click(within(panel).getByRole('button', { name: `Remove ${nameOf(first)}` }));
    expect(current().criteria.map((c) => c.benchmark)).not.toContain(first);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Add a criterion' }), first);
    await user.click(within(panel).getByRole('button', { name: 'Add' }));
    expect(current().criteria.at(-1)!.benchmark).toBe(first);
    expect(screen.getByRole('slider', { name: nameOf(first) })).toBeInTheDocument();
    for (let k = 0; k < 3; k++) history().undo();
    expect(current()).toBe(shipped);
  });
});

describe('Groups', () => {
  it('by language with group weights: each criterion weighs its language’s share × its share within it', async () => {
    const user = userEvent.setup();
    renderWith(<WeightsView />, real.api);
    const panel = screen.getByRole('region', { name: 'Criteria' });
    await user.click(within(panel).getByRole('button', { name: /Criteria/ }));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Group the criteria' }), 'language');
    const ko = within(panel).getByRole('spinbutton', { name: 'Weight of group ko' });
    await user.clear(ko);
    await user.type(ko, '30');
    // en 10, ko 30 → ¼ and ¾ of the total
    expect(within(panel).getByLabelText('Share of group en in the total')).toHaveTextContent('25.0%');
    expect(within(panel).getByLabelText('Share of group ko in the total')).toHaveTextContent('75.0%');
    const language = new Map(shipped.dataset.benchmarks.map((b) => [b.id, b.language]));
    const total = (lang: string) =>
      shipped.criteria.filter((c) => language.get(c.benchmark) === lang).reduce((a, c) => a + c.weight, 0);
    for (const c of shipped.criteria) {
      const lang = language.get(c.benchmark)!;
      const expected = (lang === 'ko' ? 0.75 : 0.25) * (c.weight / total(lang));
      const name = nameOf(c.benchmark);
      expect(screen.getByLabelText(`${name} Normalized`)).toHaveTextContent(`${(expected * 100).toFixed(1)}%`);
    }
    // An English criterion put in the Korean group shares the Korean ¾ by its raw weight.
    const moved = shipped.criteria.find((c) => language.get(c.benchmark) === 'en')!;
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: `Group of ${nameOf(moved.benchmark)}` }),
      'lang:ko',
    );
    expect(current().criteria.find((c) => c.benchmark === moved.benchmark)!.group).toBe('lang:ko');
    const share = 0.75 * (moved.weight / (total('ko') + moved.weight));
    expect(screen.getByLabelText(`${nameOf(moved.benchmark)} Normalized`)).toHaveTextContent(
      `${(share * 100).toFixed(1)}%`,
    );
  });
});
