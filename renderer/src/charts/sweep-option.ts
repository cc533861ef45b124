import type { EChartsCoreOption } from 'echarts/core';
import type { SampledSweep } from '../../../shared/evaluation/sampled-sweep';
import type { CriterionSweep } from '../../../shared/evaluation/sensitivity';
import { percent } from '../format/percent';
import { colourAt } from './palette';
import { belowLegend, legend } from './legend';
import { colour, font, withAlpha } from '../styles/tokens';

/** The stable range of a sweep: its nearest crossings on each side of the weight now (0 and 1 when none). */
function sweepBounds(sweep: CriterionSweep | SampledSweep): { lower: number; upper: number } {
  const below = sweep.crossings.filter((c) => c.at <= sweep.current).at(-1);
  const above = sweep.crossings.find((c) => c.at >= sweep.current);
  return { lower: below ? below.at : 0, upper: above ? above.at : 1 };
}

interface SweepLabels {
  axis: string;
  composite: string;
  crossings: string;
  now: (value: string) => string;
  lower: (value: string) => string;
  upper: (value: string) => string;
  description: string;
}

/** A drawn model's points: the two ends of its straight line (WSM), or its composite at each sample weight. */
function points(sweep: CriterionSweep | SampledSweep): Map<string, number[][]> {
  if ('lines' in sweep)
    return new Map(
      sweep.lines.map((l) => [
        l.model,
        [
          [0, l.start],
          [1, l.end],
        ],
      ]),
    );
  return new Map(sweep.curves.map((c) => [c.model, sweep.at.map((x, s) => [x, c.composites[s]])]));
}

/**
 * The weight sweep as an ECharts option: one line per drawn model (straight from its composite at weight 0 to 1 for
 * WSM, a polyline through the samples otherwise), a dot
 * at each crossing of two drawn lines, the weight now (dashed) and the stable range (shaded, its ends labelled).
 * `drawn` are model ids best first with their names; those the sweep leaves out (WSM: insufficient data, ranked after
 * the others whatever the weights) are not drawn.
 */
export function sweepOption(
  sweep: CriterionSweep | SampledSweep,
  candidates: readonly { model: string; name: string }[],
  labels: SweepLabels,
  animation: boolean,
) {
  const byModel = points(sweep);
  const drawn = candidates.filter((d) => byModel.has(d.model));
  const shown = new Set(drawn.map((d) => d.model));
  const { lower, upper } = sweepBounds(sweep);
  const crossings = sweep.crossings.filter((c) => shown.has(c.ahead) && shown.has(c.behind));
  const marks = [
    {
      xAxis: sweep.current,
      lineStyle: { type: 'dashed', color: colour.ink },
      label: { formatter: labels.now(percent(sweep.current)), position: 'insideStartTop' },
    },
    ...(lower > 0 ? [{ xAxis: lower, label: { formatter: labels.lower(percent(lower)) } }] : []),
    ...(upper < 1 ? [{ xAxis: upper, label: { formatter: labels.upper(percent(upper)) } }] : []),
  ];
  return {
    animation,
    textStyle: { fontFamily: font.chart, fontSize: 12, color: colour.ink },
    aria: { enabled: true, label: { description: labels.description } },
    legend,
    grid: { left: 48, right: 24, top: belowLegend(drawn.length + 1, 34), bottom: 40 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: labels.axis,
      nameLocation: 'middle',
      nameGap: 26,
      axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
      splitLine: { lineStyle: { color: colour.chartGrid } },
    },
    yAxis: {
      type: 'value',
      name: labels.composite,
      nameLocation: 'middle',
      nameGap: 36,
      scale: true,
      splitLine: { lineStyle: { color: colour.chartGrid } },
    },
    series: [
      ...drawn.map((d, i) => {
        return {
          type: 'line',
          name: d.name,
          data: byModel.get(d.model)!,
          showSymbol: false,
          lineStyle: { width: 2, color: colourAt(i) },
          itemStyle: { color: colourAt(i) },
          ...(i === 0
            ? {
                markArea: {
                  silent: true,
                  itemStyle: { color: withAlpha(colour.accent, 0.08) },
                  data: [[{ xAxis: lower }, { xAxis: upper }]],
                },
                markLine: {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: colour.inkSoft },
                  label: { fontFamily: font.chart, position: 'end' },
                  data: marks,
                },
              }
            : {}),
        };
      }),
      {
        type: 'scatter',
        name: labels.crossings,
        symbolSize: 7,
        itemStyle: { color: colour.bg, borderColor: colour.ink, borderWidth: 1.5 },
        z: 5,
        data: crossings.map((c) => [c.at, c.score]),
      },
    ],
  } satisfies EChartsCoreOption;
}
