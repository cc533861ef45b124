import type { EChartsCoreOption } from 'echarts/core';
import type { Evaluation } from '../../../shared/evaluation/evaluate';
import { ranked, SHOWN } from '../views/results/ranked';
import { CHART_FONT } from './useEChart';

export const formatComposite = (value: number): string => value.toFixed(3);

/**
 * A horizontal bar per alternative, best rank at the top, labelled with its composite.
 * `animation` is off in the report so the printed chart is the final one.
 */
export function compositeBarOption(evaluation: Evaluation, options: { animation: boolean; title?: string }) {
  const top = ranked(evaluation, SHOWN.chart).reverse();
  return {
    animation: options.animation,
    textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: '#1f2933' },
    aria: { enabled: true, label: { description: options.title } },
    grid: { left: 8, right: 56, top: 8, bottom: 8 },
    xAxis: {
      type: 'value',
      min: 0,
      max: evaluation.method === 'wsm' ? 1 : undefined,
      splitLine: { lineStyle: { color: '#e5e7eb' } },
      axisLabel: { color: '#52606d', hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      data: top.map((a) => `${a.rank}. ${a.name}`),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#9aa5b1' } },
      axisLabel: { color: '#1f2933', fontSize: 12 },
    },
    series: [
      {
        type: 'bar',
        data: top.map((a) => a.composite),
        barMaxWidth: 22,
        itemStyle: { color: '#2f5d8a', borderRadius: [0, 2, 2, 0] },
        label: {
          show: true,
          position: 'right',
          formatter: ({ value }: { value: number }) => formatComposite(value),
          color: '#1f2933',
          fontFamily: CHART_FONT,
        },
      },
    ],
  } satisfies EChartsCoreOption;
}
