import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Observation } from '../../../shared/domain/dataset';
import type { Scenario } from '../../../shared/domain/scenario';
import { evaluate } from '../../../renderer/src/state/evaluation';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { DataView } from '../../../renderer/src/views/data/DataView';
import { ResultsView } from '../../../renderer/src/views/results/ResultsView';
import { expectedOrder } from '../../e2e/oracle';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';
import { gridCell, observationsOf } from './grid-helpers';

let real: RealApi;
let scenario: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());

/** A global model the candidates' reports print (several reports, so several observations per cell). */
const COMPARATOR = 'gpt-oss-120b';
/** An independent evaluation of a candidate, added on top of the shipped data for these tests. */
const INDEPENDENT_SOURCE = { id: 'src-test-lab', title: 'Test lab leaderboard', url: 'https://lab.example/board' };

beforeEach(async () => {
  const shipped = await resetStores(real.api);
  const candidate = shipped.alternatives[0];
  const benchmark = shipped.criteria[0].benchmark;
  const own = observationsOf(shipped, candidate, benchmark)[0];
  const independent: Observation = {
    ...own,
    id: 'obs-test-lab',
    value: own.value - 7,
    measuredBy: 'Test lab',
    source: INDEPENDENT_SOURCE.id,
  };
  scenario = {
    ...shipped,
    alternatives: [...shipped.alternatives, COMPARATOR],
    dataset: {
      ...shipped.dataset,
      sources: [...shipped.dataset.sources, { ...INDEPENDENT_SOURCE, kind: 'independent', date: '2026-11-01' }],
      observations: [...shipped.dataset.observations, independent],
    },
  };
  useScenarioStore.getState().load(scenario, null);
});

const store = () => useScenarioStore.getState().scenario!;
const policySelect = () => screen.getByRole('combobox', { name: 'Observation policy' });
const cellText = async (model: string, benchmark: string) =>
  (await gridCell(scenario, model, benchmark)).textContent?.trim();

/** The observations of a cell with the scenario's most preferred setting among them. */
function preferredSetting(list: Observation[]): Observation[] {
  const rank = (o: Observation) => {
    const i = scenario.observationPolicy.settingPreference.indexOf(o.setting);
    return i === -1 ? Infinity : i;
  };
  const best = Math.min(...list.map(rank));
  return list.filter((o) => rank(o) === best);
}

/** Model names in the ranking table, top row first. */
const rankingNames = () =>
  within(screen.getByRole('table', { name: 'Ranking' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1].textContent);

/** The composite the ranking table shows for a model. */
const compositeOf = (model: string) => {
  const name = scenario.dataset.models.find((m) => m.id === model)!.name;
  const row = within(screen.getByRole('table', { name: 'Ranking' }))
    .getAllByRole('row')
    .find((r) => within(r).queryAllByRole('cell')[1]?.textContent === name)!;
  return within(row).getAllByRole('cell')[2].textContent;
};

/** The independent WSM oracle over the values the scenario's cells take now. */
function oracle(): string[] {
  const result = evaluate(store());
  if (!result.ok) throw new Error(result.message);
  const { alternatives, criteria } = result.evaluation;
  return expectedOrder(
    alternatives.map((a) => a.name),
    criteria.map((c) => alternatives.map((a) => a.cells[c.benchmark].value)),
    criteria.map((c) => store().criteria.find((x) => x.benchmark === c.benchmark)!.weight),
  );
}

describe('Observation policy control', () => {
  it('offers the four policies, in English and in Korean', () => {
    const english = renderWith(<DataView />, real.api);
    expect(
      within(policySelect())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(["Candidate's own report first", 'By source priority', 'Latest source', 'Mean of the observations']);
    english.unmount();
    renderWith(<DataView />, real.api, 'ko');
    expect(screen.getByRole('combobox', { name: '관측값 선택 규칙' })).toHaveDisplayValue('후보 자체 보고서 우선');
  });

  it('"Mean" averages every report of a cell, changes the ranking live, and undoes in one step', async () => {
    renderWith(
      <>
        <DataView />
        <ResultsView />
      </>,
      real.api,
    );
    // The comparator's cell where its reports disagree the most.
    const benchmark = scenario.criteria.map((c) => c.benchmark).sort((a, b) => spread(b) - spread(a))[0];
    const reports = preferredSetting(observationsOf(scenario, COMPARATOR, benchmark));
    expect(reports.length).toBeGreaterThan(1);
    const mean = reports.reduce((s, o) => s + o.value, 0) / reports.length;
    const before = await cellText(COMPARATOR, benchmark);
    const rankingBefore = rankingNames();
    expect(rankingBefore).toEqual(oracle());
    const compositeBefore = compositeOf(COMPARATOR);

    await userEvent.selectOptions(policySelect(), 'Mean of the observations');
    expect(store().observationPolicy.kind).toBe('mean');
    await waitFor(async () => expect(Number(await cellText(COMPARATOR, benchmark))).toBeCloseTo(mean, 3));
    expect(rankingNames()).toEqual(oracle());
    expect(compositeOf(COMPARATOR)).not.toBe(compositeBefore);
    const composites = evaluate(store());
    expect(composites.ok && composites.evaluation.alternatives.at(-1)!.cells[benchmark].resolved.reason).toBe('mean');

    act(() => useScenarioStore.temporal.getState().undo());
    expect(store().observationPolicy.kind).toBe('candidate-report');
    await waitFor(async () => expect(await cellText(COMPARATOR, benchmark)).toBe(before));
    expect(rankingNames()).toEqual(rankingBefore);
  });

  it('source priority: the first kind present wins, and moving a kind down changes the value', async () => {
    renderWith(<DataView />, real.api);
    const candidate = scenario.alternatives[0];
    const benchmark = scenario.criteria[0].benchmark;
    const [own, independent] = [
      observationsOf(scenario, candidate, benchmark).find((o) => o.source !== INDEPENDENT_SOURCE.id)!,
      observationsOf(scenario, candidate, benchmark).find((o) => o.source === INDEPENDENT_SOURCE.id)!,
    ];
    // The candidate's own report comes first under the default policy, whatever an independent lab says.
    expect(await cellText(candidate, benchmark)).toBe(String(own.value));

    await userEvent.selectOptions(policySelect(), 'By source priority');
    const priority = screen.getByRole('list', { name: 'Source priority' });
    expect(within(priority).getAllByRole('listitem')[0]).toHaveTextContent('independent');
    await waitFor(async () => expect(await cellText(candidate, benchmark)).toBe(String(independent.value)));

    // Move "independent" below "maker's report": the maker's value is used again; each move is one undo step.
    const steps = store().observationPolicy.priority.indexOf('maker-report');
    for (let i = 0; i < steps; i++)
      await userEvent.click(screen.getByRole('button', { name: 'Move independent down' }));
    expect(store().observationPolicy.priority.indexOf('independent')).toBe(steps);
    await waitFor(async () => expect(await cellText(candidate, benchmark)).toBe(String(own.value)));
    act(() => useScenarioStore.temporal.getState().undo());
    await waitFor(async () => expect(await cellText(candidate, benchmark)).toBe(String(independent.value)));
  });

  it('"Latest" takes the most recently dated source', async () => {
    renderWith(<DataView />, real.api);
    const candidate = scenario.alternatives[0];
    const benchmark = scenario.criteria[0].benchmark;
    await userEvent.selectOptions(policySelect(), 'Latest source');
    const dated = observationsOf(scenario, candidate, benchmark)
      .map((o) => ({ o, date: scenario.dataset.sources.find((s) => s.id === o.source)!.date ?? '' }))
      .sort((a, b) => b.date.localeCompare(a.date))[0].o;
    await waitFor(async () => expect(await cellText(candidate, benchmark)).toBe(String(dated.value)));
  });
});

/** Largest minus smallest of the comparator's preferred-setting values for a benchmark (0 when fewer than two). */
function spread(benchmark: string): number {
  const values = preferredSetting(observationsOf(scenario, COMPARATOR, benchmark)).map((o) => o.value);
  return values.length < 2 ? 0 : Math.max(...values) - Math.min(...values);
}
