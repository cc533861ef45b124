import { act, screen } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { useScenarioStore } from '../../renderer/src/state/scenario-store';
import { evaluate } from '../../renderer/src/state/evaluation';
import { ResultsView } from '../../renderer/src/views/results/ResultsView';
import { ANALYSED_MAX, SHOWN } from '../../renderer/src/views/results/ranked';
import { createRealApi, renderWith, resetStores, type RealApi } from './real-api';

let real: RealApi;
let shipped: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  shipped = await resetStores(real.api);
});

/** The shipped scenario with `n` more candidates, each with a value on every criterion. */
function withCandidates(n: number): Scenario {
  const base = shipped.dataset.models.find((m) => m.id === shipped.alternatives[0])!;
  const models = Array.from({ length: n }, (_, i) => ({ ...base, id: `gen-${i}`, name: `Generated ${i}` }));
  const observations = models.flatMap((m, i) =>
    shipped.criteria.map((c, j) => ({
      id: `gen-${i}-${j}`,
      model: m.id,
      setting: 'default',
      benchmark: c.benchmark,
      value: (i * 7 + j * 13) % 97,
      stderr: null,
      n: null,
      measuredBy: 'model maker',
      source: shipped.dataset.sources[0].id,
      reportedAs: null,
      note: '',
    })),
  );
  return {
    ...shipped,
    dataset: {
      ...shipped.dataset,
      models: [...shipped.dataset.models, ...models],
      observations: [...shipped.dataset.observations, ...observations],
    },
    alternatives: [...shipped.alternatives, ...models.map((m) => m.id)],
    missing: 'worst',
  };
}

describe('Results of a scenario with many candidates', () => {
  it('lists the best 500 and the best 50 of the breakdown, says so, and leaves the quadratic analyses out', () => {
    const scenario = withCandidates(600);
    act(() => useScenarioStore.getState().load(scenario, null));
    renderWith(<ResultsView />, real.api);
    const total = scenario.alternatives.length;
    const ranking = screen.getByRole('table', { name: 'Ranking' });
    // Rows through the DOM: role queries over 500 rows take jsdom seconds.
    const rows = ranking.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(SHOWN.ranking);
    const result = evaluate(scenario);
    if (!result.ok) throw new Error(result.message);
    const best = [...result.evaluation.alternatives].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
    expect([...rows].map((r) => r.children[1].textContent)).toEqual(best.slice(0, SHOWN.ranking).map((a) => a.name));
    const breakdown = screen.getByRole('table', { name: 'Where the composite comes from' });
    expect(breakdown.querySelectorAll('tbody tr')).toHaveLength(SHOWN.contributions);
    expect(
      screen.getAllByText(
        `Showing the best ${SHOWN.ranking} of ${total.toLocaleString('en')}; Export data → Decision matrix has them all.`,
      ),
    ).toHaveLength(1);
    expect(
      screen.getByText(
        `Showing the best ${SHOWN.contributions} of ${total.toLocaleString('en')}; Export data → Decision matrix has them all.`,
      ),
    ).toBeInTheDocument();
    const tooMany = `Computed for up to ${ANALYSED_MAX} candidates; this scenario ranks ${total.toLocaleString('en')}. Make fewer models candidates (Data → Models) to see it.`;
    // Weight stability, rank acceptability and the weight sweep (its crossings grow with the square too).
    expect(screen.getAllByText(tooMany)).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /compute/i })).toBeNull();
    // The chart has a bar for each of the best 50 only (34 px a bar).
    expect(screen.getByRole('img', { name: 'Composite score by model' })).toHaveStyle({
      height: `${40 + SHOWN.chart * 34}px`,
    });
  });
});
