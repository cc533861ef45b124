import * as echarts from 'echarts/core';
import { afterEach, describe, expect, it } from 'vitest';
import { compositeBarFrame } from '../../renderer/src/charts/composite-option';
import { compositeScale } from '../../renderer/src/charts/composite-scale';
import '../../renderer/src/charts/useEChart';
import type { Evaluation } from '../../shared/evaluation/evaluate';

/**
 * The bars beside the sliders use the value axis of the ECharts composite chart (the Results view's and the
 * report's): the reference here is ECharts itself, given the same option (composite-option.ts) and composites.
 */
let chart: echarts.ECharts | undefined;
afterEach(() => chart?.dispose());

function echartsAxis(method: Evaluation['method'], composites: number[]) {
  chart = echarts.init(document.createElement('div'), null, { renderer: 'svg', width: 600, height: 400 });
  chart.setOption(compositeBarFrame({ method, animation: false }));
  chart.setOption({ yAxis: { data: composites.map((_, i) => `${i + 1}`) }, series: [{ data: composites }] });
  const axis = (
    chart as unknown as {
      getModel(): {
        getComponent(t: string): { axis: { scale: { getExtent(): number[]; getTicks(): { value: number }[] } } };
      };
    }
  )
    .getModel()
    .getComponent('xAxis').axis;
  return { end: axis.scale.getExtent()[1], ticks: axis.scale.getTicks().map((t) => t.value) };
}

describe('the value axis of the composite bars', () => {
  it.each([
    ['wsm', [0.987, 0.487, 0.328, 0.056]],
    ['wsm', [0.31, 0.2]],
    ['topsis', [0.734, 0.61, 0.12]],
    ['wpm', [0.0421, 0.03]],
    ['vikor', [0, 0.35, 1]],
    ['vikor', [0, 0.12, 0.47]],
    ['copras', [100, 87.2, 55.1]],
    ['promethee2', [0.42, 0.05, -0.18, -0.29]],
    ['winrate', [0.9, 0.5, 0.1]],
  ] as const)('%s %j: ends and ticks where the ECharts chart has them', (method, composites) => {
    const reference = echartsAxis(method, [...composites]);
    const scale = compositeScale(method, composites);
    expect(scale.end).toBeCloseTo(reference.end, 12);
    expect(scale.ticks.map((t) => t.value)).toEqual(reference.ticks);
  });
});
