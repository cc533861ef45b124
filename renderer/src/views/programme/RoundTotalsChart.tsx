import { useMemo } from 'react';
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { PointsScheme } from '../../../../shared/domain/programme';
import type { RoundOutcome } from '../../../../shared/evaluation/programme/rounds';
import { colour as tokenColour, font } from '../../styles/tokens';
import { points } from './format';
import { useProgrammeT, type ProgrammeT } from './i18n';

echarts.use([BarChart, ScatterChart, GridComponent, MarkLineComponent, SVGRenderer]);

const FONT = font.chart;
const WIDTH = 640;
const COLOURS = {
  advances: tokenColour.advances,
  score: tokenColour.outByScore,
  gate: tokenColour.inkShadowed,
} as const;

/**
 * One round's totals as an ECharts option: per team a bar over [lo, hi] (undisclosed scores) and a
 * diamond at the point total, coloured by status, with the round's cut line (the value margins are measured
 * against; see cutLine in shared/evaluation/programme/cut.ts).
 */
function roundTotalsOption(outcome: RoundOutcome, scheme: PointsScheme, t: ProgrammeT) {
  const teams = [...outcome.teams].reverse();
  const max = scheme.components.filter((c) => c.parent === null).reduce((a, c) => a + c.maxPoints, 0);
  // The axis starts at the tens below the lowest range, so close totals stay apart.
  const min = Math.max(0, Math.floor(Math.min(...teams.map((x) => x.total.lo)) / 10) * 10);
  const colour = (i: number) =>
    teams[i].status === 'advances' ? COLOURS.advances : teams[i].by === 'gate' ? COLOURS.gate : COLOURS.score;
  const { cutLine } = outcome;
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 8, right: 40, top: 28, bottom: 24, containLabel: true },
    xAxis: { type: 'value', min, max, axisLabel: { fontFamily: FONT } },
    yAxis: { type: 'category', data: teams.map((team) => team.name), axisLabel: { fontFamily: FONT } },
    series: [
      {
        type: 'bar',
        stack: 'range',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: teams.map((x) => x.total.lo),
      },
      {
        type: 'bar',
        stack: 'range',
        barWidth: 10,
        data: teams.map((x, i) => ({ value: x.total.hi - x.total.lo, itemStyle: { color: colour(i), opacity: 0.3 } })),
      },
      {
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 12,
        data: teams.map((x, i) => ({ value: x.total.point, itemStyle: { color: colour(i) } })),
        label: {
          show: true,
          position: 'right',
          fontFamily: FONT,
          formatter: (p: { value: number }) => points(p.value),
        },
        markLine:
          cutLine === null
            ? undefined
            : {
                symbol: 'none',
                lineStyle: { color: tokenColour.cutLine, type: 'dashed' },
                label: { fontFamily: FONT, formatter: t('rounds.cutLine', { value: points(cutLine) }) },
                data: [{ xAxis: cutLine }],
              },
      },
    ],
  };
}

/**
 * The totals chart of one round, drawn by ECharts' server-side SVG renderer: synchronous and without
 * animation, so the screen and the printed report show the same finished picture at once.
 */
export function RoundTotalsChart({ outcome, scheme }: { outcome: RoundOutcome; scheme: PointsScheme }) {
  const t = useProgrammeT();
  const height = 48 + 34 * outcome.teams.length;
  const svg = useMemo(() => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
    chart.setOption(roundTotalsOption(outcome, scheme, t));
    const markup = chart.renderToSVGString();
    chart.dispose();
    return markup;
  }, [outcome, scheme, t, height]);
  return (
    <div
      className="programme-chart"
      role="img"
      aria-label={t('rounds.chart', { round: outcome.label })}
      style={{ width: WIDTH, height }}
      // ECharts' SVG output escapes every text it draws (team names come from the dataset).
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
