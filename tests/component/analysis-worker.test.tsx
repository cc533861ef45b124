import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { evaluate } from '../../renderer/src/state/evaluation';
import { useScenarioStore } from '../../renderer/src/state/scenario-store';
import { ResultsView } from '../../renderer/src/views/results/ResultsView';
import { startSliderDrag } from '../../renderer/src/views/weights/slider-drag';
import { handleAnalysisRequest } from '../../renderer/src/workers/analysis-handler';
import type { AnalysisRequest } from '../../renderer/src/workers/analysis-protocol';
import { AnalysisWorkerContext, type AnalysisWorker } from '../../renderer/src/workers/useWorkerAnalysis';
import { expectedOrder } from '../e2e/oracle';
import { createRealApi, renderWith, resetStores, type RealApi } from './real-api';

let real: RealApi;
let scenario: Scenario;
beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

/**
 * Worker ports the test answers by hand, in the order it chooses: each answer is the real handler's for the request
 * named, so only the order of arrival is the test's.
 */
function handPorts() {
  const posted: { request: AnalysisRequest; port: AnalysisWorker }[] = [];
  const create = () => {
    const port: AnalysisWorker = {
      onmessage: null,
      // Cloned as a worker message is: what cannot cross to a worker fails here too.
      postMessage: (request) => posted.push({ request: structuredClone(request), port }),
      terminate: () => undefined,
    };
    return port;
  };
  const requests = (kind: AnalysisRequest['kind']) => posted.filter((p) => p.request.kind === kind);
  const answer = ({ request, port }: (typeof posted)[number]) =>
    act(() => handleAnalysisRequest(request, (m) => port.onmessage?.({ data: m } as MessageEvent)));
  return { create, requests, answer };
}

const SMAA = 'Rank acceptability (SMAA-2)';
const cellsOf = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent);
const section = (heading: string) => screen.getByRole('heading', { name: heading }).closest('section')!;
const benchmarkName = (id: string) => scenario.dataset.benchmarks.find((b) => b.id === id)!.name;

describe('robustness analyses in the worker', () => {
  it('drops an SMAA answer that arrives after a newer request; the earlier table stays, marked updating', async () => {
    const ports = handPorts();
    renderWith(
      <AnalysisWorkerContext.Provider value={ports.create}>
        <ResultsView />
      </AnalysisWorkerContext.Provider>,
      real.api,
    );
    expect(within(section(SMAA)).getByText('Computing…')).toBeInTheDocument();
    ports.answer(ports.requests('acceptability')[0]);
    const first = cellsOf(SMAA);
    expect(section(SMAA)).toHaveAttribute('aria-busy', 'false');

    // Request 2: weights around the current ones (in flight); meanwhile firmer ones and other weights (waiting).
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'What is known of the weights' }),
      'around-current',
    );
    const concentration = screen.getByRole('spinbutton', { name: 'Concentration' });
    await userEvent.clear(concentration);
    await userEvent.type(concentration, '100000');
    const weights = Object.fromEntries(
      scenario.criteria.map((c) => [c.benchmark, c.benchmark === 'tau2-retail' ? 100 : c.weight]),
    );
    act(() => useScenarioStore.getState().setWeight('tau2-retail', 100));
    const sent = ports.requests('acceptability');
    expect(sent).toHaveLength(2);

    ports.answer(sent[1]);
    // Superseded: not shown (the first table stays, marked as updating) and the newest request goes out.
    // (its rows follow the ranking shown now, so they are compared as a set)
    expect(cellsOf(SMAA).sort()).toEqual([...first].sort());
    expect(section(SMAA)).toHaveAttribute('aria-busy', 'true');
    expect(within(section(SMAA)).getByText('Updating…')).toBeInTheDocument();
    const all = ports.requests('acceptability');
    expect(all).toHaveLength(3);
    ports.answer(all[2]);
    expect(section(SMAA)).toHaveAttribute('aria-busy', 'false');

    // Firm weights reproduce the ranking of the new weights, computed here from the formula (WSM over min-max).
    const s = useScenarioStore.getState().scenario!;
    const shown = evaluate(s);
    if (!shown.ok) throw new Error(shown.message);
    const names = shown.evaluation.alternatives.map((a) => a.name);
    const columns = s.criteria.map((c) => shown.evaluation.alternatives.map((a) => a.cells[c.benchmark].value));
    const order = expectedOrder(
      names,
      columns,
      s.criteria.map((c) => weights[c.benchmark]),
    );
    const rows = within(screen.getByRole('table', { name: SMAA }))
      .getAllByRole('row')
      .slice(1);
    // The analysis ranks the models with data: fewer than half the criteria with a value is left out (coverage rule).
    const withData = order.filter((n) => {
      const r = names.indexOf(n);
      return columns.filter((col) => col[r] !== null).length >= columns.length / 2;
    });
    expect(withData.length).toBe(names.length - 1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(withData);
    rows.forEach((r, i) => expect(parseFloat(within(r).getAllByRole('cell')[i].textContent!)).toBeGreaterThan(95));
  });

  it('sends nothing during a slider drag, and the newest weights when it ends', () => {
    const ports = handPorts();
    renderWith(
      <AnalysisWorkerContext.Provider value={ports.create}>
        <ResultsView />
      </AnalysisWorkerContext.Provider>,
      real.api,
    );
    ports.answer(ports.requests('stability')[0]);
    const weightCell = () =>
      within(screen.getByRole('table', { name: 'Weight stability' })).getByRole('rowheader', {
        name: benchmarkName('tau2-retail'),
      });
    expect(weightCell()).toBeTruthy();

    act(() => startSliderDrag());
    act(() => {
      for (const w of [40, 60, 80]) useScenarioStore.getState().setWeight('tau2-retail', w);
    });
    expect(ports.requests('stability')).toHaveLength(1);
    act(() => window.dispatchEvent(new Event('pointerup')));
    const sent = ports.requests('stability');
    expect(sent).toHaveLength(2);
    ports.answer(sent[1]);

    // The shown weight of tau2-retail is its share of the raw weights, computed here.
    const s = useScenarioStore.getState().scenario!;
    const total = s.criteria.reduce((a, c) => a + c.weight, 0);
    const row = weightCell().closest('tr')!;
    expect(parseFloat(within(row).getAllByRole('cell')[0].textContent!)).toBeCloseTo((100 * 80) / total, 1);
  });
});
