import { font } from '../styles/tokens';

/** Height of one legend row; the items wrap, `PER_ROW` to a row at most (long benchmark names). */
export const LEGEND_ROW = 22;
const PER_ROW = 4;

/** Rows a legend of `count` items takes: a chart grows by this × LEGEND_ROW so no item is hidden (also in print). */
export const legendRows = (count: number): number => Math.ceil(count / PER_ROW);

/** Every item shown, wrapping, at the top (a scrolling legend would hide items in the printed report). */
export const legend = { type: 'plain', top: 0, left: 'center', itemGap: 14, textStyle: { fontFamily: font.chart } };

/** The grid's top edge under a legend of `count` items. */
export const belowLegend = (count: number, gap = 16): number => legendRows(count) * LEGEND_ROW + gap;
