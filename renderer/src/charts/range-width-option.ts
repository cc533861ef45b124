import type { EChartsCoreOption } from 'echarts/core';
import { colourAt } from './palette';
import { belowLegend, legend } from './legend';
import { colour, font } from '../styles/tokens';

/**
 * P(eliminated) against the range-width factor: a line per team over a base-2 log axis (×0.5 and ×2 equally far
 * from ×1), a gap where a width could not be drawn (null). `teams[i].values[f]` belongs to `factors[f]`.
 */
export function rangeWidthOption(
  factors: readonly number[],
  teams: readonly { name: string; values: readonly (number | null)[] }[],
  axis: string,
  description: string,
  animation: boolean,
) {
  return {
    animation,
    textStyle: { fontFamily: font.chart, fontSize: 12, color: colour.ink },
    aria: { enabled: true, label: { description } },
    legend,
    grid: { left: 48, right: 24, top: belowLegend(teams.length), bottom: 44 },
    xAxis: {
      type: 'log',
      logBase: 2,
      min: Math.min(...factors),
      max: Math.max(...factors),
      name: axis,
      nameLocation: 'middle',
      nameGap: 26,
      axisLabel: { formatter: (v: number) => `×${Number(v.toPrecision(3))}` },
      splitLine: { lineStyle: { color: colour.chartGrid } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
      splitLine: { lineStyle: { color: colour.chartGrid } },
    },
    series: teams.map((team, i) => ({
      type: 'line',
      name: team.name,
      symbol: 'circle',
      symbolSize: 7,
      connectNulls: false,
      lineStyle: { width: 2, color: colourAt(i) },
      itemStyle: { color: colourAt(i) },
      data: factors.map((f, k) => [f, team.values[k]]),
    })),
  } satisfies EChartsCoreOption;
}
