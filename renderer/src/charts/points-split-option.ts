import type { EChartsCoreOption } from 'echarts/core';
import type { SplitCell } from '../../../shared/evaluation/programme/points-split';
import { colourAt } from './palette';
import { legend } from './legend';
import { colour, font } from '../styles/tokens';

const SQRT3_2 = Math.sqrt(3) / 2;

/**
 * A split (a, b, c) of three components on the triangle: corners a = (0, 0), b = (1, 0), c = (½, √3/2), the point
 * a·A + b·B + c·C (barycentric coordinates).
 */
export const ternaryPoint = (split: readonly number[]): [number, number] => [
  split[1] + split[2] / 2,
  split[2] * SQRT3_2,
];

/** Cells grouped by who is eliminated there: one series per outcome, in order of first appearance. */
function outcomes(cells: readonly SplitCell[]): { key: string; eliminated: string[]; cells: SplitCell[] }[] {
  const groups = new Map<string, { key: string; eliminated: string[]; cells: SplitCell[] }>();
  for (const cell of cells) {
    const key = cell.eliminated.join('\u0000');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, eliminated: cell.eliminated, cells: [] }));
    g.cells.push(cell);
  }
  return [...groups.values()];
}

interface SplitLabels {
  /** Names of the teams eliminated ("Nobody" for none). */
  outcome: (eliminated: readonly string[]) => string;
  now: string;
  description: string;
}

/** The colour of an outcome: by the first team it eliminates, in the round's order (grey for nobody). */
const outcomeColour = (eliminated: readonly string[], teams: readonly string[]) =>
  eliminated.length
    ? colourAt(teams.indexOf(eliminated[0]) + (eliminated.length > 1 ? teams.length : 0))
    : colour.splitNone;

/**
 * The triangle of splits as a scatter heat map: a dot per grid split, coloured by the team eliminated on score
 * there (one series per outcome, named in the legend), the corners named by component, the split now ringed.
 * `teams` are the round's models in order; `components` the three top-level component labels.
 */
export function ternaryOption(
  cells: readonly SplitCell[],
  current: readonly number[],
  teams: readonly string[],
  components: readonly string[],
  labels: SplitLabels,
  steps: number,
  animation: boolean,
) {
  const size = Math.max(4, Math.round(360 / steps));
  const corners = [
    { value: [0, 0], name: components[0], position: 'bottom' },
    { value: [1, 0], name: components[1], position: 'bottom' },
    { value: [0.5, SQRT3_2], name: components[2], position: 'top' },
  ];
  return {
    animation,
    textStyle: { fontFamily: font.chart, fontSize: 12, color: colour.ink },
    aria: { enabled: true, label: { description: labels.description } },
    legend,
    grid: { left: 96, right: 96, top: 56, bottom: 32 },
    xAxis: { type: 'value', min: -0.05, max: 1.05, show: false },
    yAxis: { type: 'value', min: -0.04, max: SQRT3_2 + 0.04, show: false },
    series: [
      ...outcomes(cells).map((g) => ({
        type: 'scatter',
        name: labels.outcome(g.eliminated),
        symbol: 'circle',
        symbolSize: size,
        itemStyle: { color: outcomeColour(g.eliminated, teams) },
        data: g.cells.map((c) => ternaryPoint(c.split)),
      })),
      {
        type: 'scatter',
        name: labels.now,
        symbolSize: size + 10,
        z: 5,
        itemStyle: { color: 'transparent', borderColor: colour.ink, borderWidth: 2.5 },
        data: [ternaryPoint(current)],
      },
      {
        type: 'scatter',
        silent: true,
        symbolSize: 0,
        legendHoverLink: false,
        label: { show: true, fontFamily: font.chart, formatter: '{b}', position: 'bottom' },
        data: corners.map((c) => ({ value: c.value, name: c.name, label: { position: c.position } })),
      },
    ],
  } satisfies EChartsCoreOption;
}

/**
 * Pair by pair: the share x of component a in what a and b weigh now, 0 … 1 along the axis, a band coloured by the
 * team eliminated on score at each x (one series per outcome), the split now ringed.
 */
export function pairOption(
  cells: readonly SplitCell[],
  x: (cell: SplitCell) => number,
  current: number,
  teams: readonly string[],
  labels: SplitLabels & { axis: string },
  animation: boolean,
) {
  return {
    animation,
    textStyle: { fontFamily: font.chart, fontSize: 12, color: colour.ink },
    aria: { enabled: true, label: { description: labels.description } },
    legend,
    grid: { left: 24, right: 24, top: 40, bottom: 44 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: labels.axis,
      nameLocation: 'middle',
      nameGap: 26,
      axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
    },
    yAxis: { type: 'value', min: -1, max: 1, show: false },
    series: [
      ...outcomes(cells).map((g) => ({
        type: 'scatter',
        name: labels.outcome(g.eliminated),
        symbol: 'rect',
        symbolSize: [Math.max(4, Math.round(560 / cells.length)), 28],
        itemStyle: { color: outcomeColour(g.eliminated, teams) },
        data: g.cells.map((c) => [x(c), 0]),
      })),
      {
        type: 'scatter',
        name: labels.now,
        symbolSize: 22,
        z: 5,
        itemStyle: { color: 'transparent', borderColor: colour.ink, borderWidth: 2.5 },
        data: [[current, 0]],
      },
    ],
  } satisfies EChartsCoreOption;
}
