import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { evaluate } from '../../renderer/src/state/evaluation';
import { useScenarioStore } from '../../renderer/src/state/scenario-store';
import { ViewVisibleContext } from '../../renderer/src/views/view-visibility';
import { WeightsView } from '../../renderer/src/views/weights/WeightsView';
import { expectedOrder, expectedScores } from '../e2e/oracle';
import { createRealApi, renderWith, resetStores, type RealApi } from './real-api';

/**
 * Walking weights at frame rate (issue 10 item 3): a slider step rewrites the labels, composites and bar lengths of
 * the bars beside the sliders (the same rows, kept by position), and a view behind another tab does not render at
 * each step.
 */

let real: RealApi;
let scenario: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

/** The values the Data grid shows (after the observation policy; weights do not change them), per criterion. */
function columns(): (number | null)[][] {
  const result = evaluate(useScenarioStore.getState().scenario!);
  if (!result.ok) throw new Error(result.message);
  const { alternatives, criteria } = result.evaluation;
  return criteria.map((c) => alternatives.map((a) => a.cells[c.benchmark].value));
}

/**
 * The bars beside the sliders as a user reads them, best first: "rank. name", the composite written at the bar's end
 * and the bar's length as a percentage of the value axis (0 to 1 for WSM).
 */
function chartBars(): { label: string; value: string; length: number; bar: Element }[] {
  const chart = screen.getByRole('img', { name: 'Composite score by model' });
  const labels = [...chart.querySelectorAll('.composite-bars-label')];
  const bars = [...chart.querySelectorAll<HTMLElement>('.composite-bars-bar')];
  const values = [...chart.querySelectorAll('.composite-bars-value')];
  expect(bars).toHaveLength(labels.length);
  expect(values).toHaveLength(labels.length);
  return labels.map((label, i) => ({
    label: label.textContent!,
    value: values[i].textContent!,
    length: Number.parseFloat(bars[i].style.width),
    bar: bars[i],
  }));
}

describe('the composite bars beside the sliders', () => {
  it('after each key press show the composites of the weights shown, computed from the formula', async () => {
    renderWith(<WeightsView />, real.api);
    const result = evaluate(useScenarioStore.getState().scenario!);
    const names = result.ok ? result.evaluation.alternatives.map((a) => a.name) : [];
    const values = columns();
    const first = chartBars()[0].bar;
    const slider = screen.getByRole('slider', { name: 'IFEval' });
    act(() => slider.focus());
    for (const [key, weight] of [
      ['{End}', 100],
      ['{Home}', 0],
      ['{ArrowRight}', 1],
    ] as const) {
      await userEvent.keyboard(key);
      const weights = scenario.criteria.map((c) => (c.benchmark === 'ifeval' ? weight : c.weight));
      const scores = expectedScores(names.length, values, weights);
      const order = expectedOrder(names, values, weights);
      const bars = chartBars();
      expect(bars.map((b) => b.label)).toEqual(order.map((name, i) => `${i + 1}. ${name}`));
      for (const [i, bar] of bars.entries()) {
        const score = scores[names.indexOf(order[i])];
        expect(bar.value).toBe(score.toFixed(3));
        // WSM's axis runs from 0 to 1: the bar is the composite's share of it.
        expect(bar.length).toBeCloseTo(score * 100, 9);
      }
      // Updated in place: the first row's bar is the same element, its length rewritten.
      expect(bars[0].bar).toBe(first);
    }
  });
});

describe('a view behind another tab', () => {
  it('is not rendered again by a weight edit, and shows the new weight once shown', () => {
    const WeightOf = ({ id }: { id: string }) => {
      const weight = useScenarioStore((s) => s.scenario?.criteria.find((c) => c.benchmark === id)?.weight);
      return <output aria-label={id}>{weight}</output>;
    };
    let hiddenRenders = 0;
    const view = (visible: boolean) => (
      <ViewVisibleContext.Provider value={visible}>
        <Profiler id="view" onRender={() => (hiddenRenders += visible ? 0 : 1)}>
          <WeightOf id="ifeval" />
        </Profiler>
      </ViewVisibleContext.Provider>
    );
    const before = scenario.criteria.find((c) => c.benchmark === 'ifeval')!.weight;
    const { rerender } = render(view(true));
    rerender(view(false));
    hiddenRenders = 0;
    act(() => useScenarioStore.getState().setWeight('ifeval', before + 7));
    act(() => useScenarioStore.getState().setWeight('ifeval', before + 8));
    expect(hiddenRenders).toBe(0);
    expect(screen.getByRole('status', { name: 'ifeval' })).toHaveTextContent(String(before));
    rerender(view(true));
    expect(screen.getByRole('status', { name: 'ifeval' })).toHaveTextContent(String(before + 8));
  });
});

describe('the composite bars under other methods', () => {
  it.each(['promethee2', 'vikor'] as const)(
    '%s: each bar as long as its composite on one scale from 0 (none below 0), the ranking table beside them',
    (method) => {
      renderWith(<WeightsView />, real.api);
      act(() => useScenarioStore.getState().setMethod(method));
      const rows = within(screen.getByRole('table', { name: 'Ranking' }))
        .getAllByRole('row')
        .slice(1);
      const table = rows.map((row) => {
        const cells = within(row).getAllByRole('cell');
        return { label: `${cells[0].textContent}. ${cells[1].textContent}`, value: cells[2].textContent };
      });
      const bars = chartBars();
      expect(bars.map((b) => ({ label: b.label, value: b.value }))).toEqual(table);
      const composites = bars.map((b) => Number(b.value));
      expect(composites.some((c) => c > 0)).toBe(true);
      if (method === 'promethee2') expect(composites.some((c) => c < 0)).toBe(true);
      // VIKOR's Q: lower is better, the best (at the top) has the shortest bar.
      if (method === 'vikor') expect(composites[0]).toBeLessThan(composites[composites.length - 1]);
      const largest = bars[composites.indexOf(Math.max(...composites))];
      for (const [i, bar] of bars.entries()) {
        if (composites[i] <= 0) expect(bar.length).toBe(0);
        else expect(bar.length / largest.length).toBeCloseTo(composites[i] / Math.max(...composites), 2);
        expect(bar.length).toBeLessThanOrEqual(100);
      }
    },
  );
});
