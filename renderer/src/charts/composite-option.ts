import { format, type EChartsCoreOption } from 'echarts/core';
import type { Evaluation } from '../../../shared/evaluation/evaluate';
import { ranked, SHOWN } from '../views/results/ranked';
import { colour, font, fontSize, space } from '../styles/tokens';

export const formatComposite = (value: number): string => value.toFixed(3);

/** ECharts' gap between an axis and its labels (axisLabel.margin's default), in px. */
const LABEL_MARGIN = 8;
/** The value axis' labels under the grid: one line of text and its margin. */
const VALUE_LABELS = Math.ceil(fontSize.sm * 1.2) + LABEL_MARGIN;

/**
 * What changes with the weights: the category labels ("rank. name", best at the top), the room they take left of the
 * grid (their widest, measured in the chart's font: ECharts' own fitting of labels into the chart measured each label
 * twice per update) and the bars' composites. A merge of this into the chart (setOption without notMerge) updates it
 * in place, the frame kept.
 */
export function compositeBarData(evaluation: Evaluation) {
  const top = ranked(evaluation, SHOWN.chart).reverse();
  const labels = top.map((a) => `${a.rank}. ${a.name}`);
  const labelFont = `${fontSize.sm}px ${font.chart}`;
  const widest = Math.max(0, ...labels.map((label) => format.getTextRect(label, labelFont).width));
  return {
    grid: { left: space.md + Math.ceil(widest) + LABEL_MARGIN },
    yAxis: { data: labels },
    series: [{ data: top.map((a) => a.composite) }],
  };
}

/**
 * Everything but the data: a horizontal bar per alternative labelled with its composite, the axis to 1 for WSM.
 * `animation` is off in the report so the printed chart is the final one.
 */
export function compositeBarFrame(options: { method: Evaluation['method']; animation: boolean; title?: string }) {
  return {
    animation: options.animation,
    textStyle: { fontFamily: font.chart, fontSize: fontSize.sm, color: colour.ink },
    aria: { enabled: true, label: { description: options.title } },
    // The grid's edges are set here and by compositeBarData (the labels' room), not fitted by ECharts.
    grid: { outerBoundsMode: 'none', left: space.md, right: 56, top: space.md, bottom: space.md + VALUE_LABELS },
    xAxis: {
      type: 'value',
      min: 0,
      max: options.method === 'wsm' ? 1 : undefined,
      splitLine: { lineStyle: { color: colour.chartGrid } },
      axisLabel: { color: colour.inkSoft, hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      data: [] as string[],
      axisTick: { show: false },
      axisLine: { lineStyle: { color: colour.ruleStrong } },
      axisLabel: { color: colour.ink, fontSize: fontSize.sm },
    },
    series: [
      {
        type: 'bar',
        data: [] as number[],
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
