import type { EChartsCoreOption } from 'echarts/core';
import { sequential } from './palette';
import { belowLegend, legend } from './legend';
import { colour, font } from '../styles/tokens';

/**
 * SMAA-2 rank acceptability as stacked horizontal bars: one bar per model (the first at the top), one segment per
 * rank, its length the share of weight draws giving the model that rank (each bar adds up to 100%).
 * `rows[i]` are the shares of `models[i]` at ranks 1…m.
 */
export function acceptabilityOption(
  models: readonly string[],
  rows: readonly (readonly number[])[],
  rankLabel: (n: number) => string,
  description: string,
  animation: boolean,
) {
  const ranks = rows[0]?.length ?? 0;
  const colours = sequential(ranks);
  const order = [...models.keys()].reverse(); // a category axis draws its first entry at the bottom
  return {
    animation,
    textStyle: { fontFamily: font.chart, fontSize: 12, color: colour.ink },
    aria: { enabled: true, label: { description } },
    legend,
    grid: { left: 8, right: 16, top: belowLegend(ranks), bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
      splitLine: { lineStyle: { color: colour.chartGrid } },
    },
    yAxis: { type: 'category', data: order.map((i) => models[i]), axisTick: { show: false } },
    series: Array.from({ length: ranks }, (_, r) => ({
      type: 'bar',
      name: rankLabel(r + 1),
      stack: 'ranks',
      barMaxWidth: 22,
      itemStyle: { color: colours[r] },
      data: order.map((i) => rows[i][r]),
    })),
  } satisfies EChartsCoreOption;
}
