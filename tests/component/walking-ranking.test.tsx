import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as echarts from 'echarts/core';
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
 * Walking weights at frame rate (issue 10 item 3): a slider step merges only the new labels and composites into the
 * chart beside the sliders (the same chart instance), and a view behind another tab does not render at each step.
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

/** The chart's bars, best first, as "rank. name" and composite (ECharts holds them bottom up). */
function chartBars(): { label: string; composite: number }[] {
  const chart = echarts.getInstanceByDom(screen.getByRole('img', { name: 'Composite score by model' }))!;
  const option = chart.getOption() as { yAxis: { data: string[] }[]; series: { data: number[] }[] };
  return option.yAxis[0].data.map((label, i) => ({ label, composite: option.series[0].data[i] })).reverse();
}

describe('the composite chart beside the sliders', () => {
  it('after each key press holds the composites of the weights shown, computed from the formula', async () => {
    renderWith(<WeightsView />, real.api);
    const result = evaluate(useScenarioStore.getState().scenario!);
    const names = result.ok ? result.evaluation.alternatives.map((a) => a.name) : [];
    const values = columns();
    const element = screen.getByRole('img', { name: 'Composite score by model' });
    const chart = echarts.getInstanceByDom(element);
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
      for (const bar of bars)
        expect(bar.composite).toBeCloseTo(scores[names.indexOf(bar.label.replace(/^\d+\. /, ''))], 12);
      // Updated in place: the same ECharts instance, its frame (a bar series) kept.
      expect(echarts.getInstanceByDom(element)).toBe(chart);
      expect((chart!.getOption() as { series: { type: string }[] }).series[0].type).toBe('bar');
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
