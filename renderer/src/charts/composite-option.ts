import type { EChartsCoreOption } from 'echarts/core';
import type { Evaluation } from '../../../shared/evaluation/evaluate';
import { ranked, SHOWN } from '../views/results/ranked';
import { colour, font, fontSize, space } from '../styles/tokens';

export const formatComposite = (value: number): string => value.toFixed(3);

/**
 * A horizontal bar per alternative, best rank at the top, labelled with its composite.
 * `animation` is off in the report so the printed chart is the final one.
 */
export function compositeBarOption(evaluation: Evaluation, options: { animation: boolean; title?: string }) {
  const top = ranked(evaluation, SHOWN.chart).reverse();
  return {
    animation: options.animation,
    textStyle: { fontFamily: font.chart, fontSize: fontSize.sm, color: colour.ink },
    aria: { enabled: true, label: { description: options.title } },
    grid: { left: space.md, right: 56, top: space.md, bottom: space.md },
    xAxis: {
      type: 'value',
      min: 0,
      max: evaluation.method === 'wsm' ? 1 : undefined,
      splitLine: { lineStyle: { color: colour.chartGrid } },
      axisLabel: { color: colour.inkSoft, hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      data: top.map((a) => `${a.rank}. ${a.name}`),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: colour.ruleStrong } },
      axisLabel: { color: colour.ink, fontSize: fontSize.sm },
    },
    series: [
      {
        type: 'bar',
        data: top.map((a) => a.composite),
        barMaxWidth: 22,
        itemStyle: { color: colour.accent, borderRadius: [0, 2, 2, 0] },
        label: {
          show: true,
          position: 'right',
          formatter: ({ value }: { value: number }) => formatComposite(value),
          color: colour.ink,
          fontFamily: font.chart,
        },
      },
    ],
  } satisfies EChartsCoreOption;
}
