import type { EChartsCoreOption } from 'echarts/core';
import { colourAt } from './palette';
import { belowLegend, legend } from './legend';
import { colour, font } from '../styles/tokens';

/**
 * Contributions per model as stacked horizontal bars: one segment per criterion (positive parts stack right of 0,
 * negative ones left), and a diamond at the composite, the sum of the parts. `rows` best first.
 */
export function contributionsOption(
  criteria: readonly string[],
  rows: readonly { name: string; parts: readonly number[]; composite: number }[],
  compositeLabel: string,
  description: string,
  animation: boolean,
) {
  const order = [...rows].reverse(); // a category axis draws its first entry at the bottom
  return {
    animation,
    textStyle: { fontFamily: font.chart, fontSize: 12, color: colour.ink },
    aria: { enabled: true, label: { description } },
    legend,
    grid: { left: 8, right: 24, top: belowLegend(criteria.length + 1), bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitLine: { lineStyle: { color: colour.chartGrid } } },
    yAxis: { type: 'category', data: order.map((r) => r.name), axisTick: { show: false } },
    series: [
      ...criteria.map((name, j) => ({
        type: 'bar',
        name,
        stack: 'parts',
        barMaxWidth: 22,
        itemStyle: { color: colourAt(j) },
        data: order.map((r) => r.parts[j]),
      })),
      {
        type: 'scatter',
        name: compositeLabel,
        symbol: 'diamond',
        symbolSize: 11,
        z: 5,
        itemStyle: { color: colour.ink },
        data: order.map((r, i) => [r.composite, i]),
      },
    ],
  } satisfies EChartsCoreOption;
}
