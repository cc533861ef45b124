import { lineHeight } from '../../styles/tokens';

/**
 * The grid's header heights computed from the names, so AG Grid need not measure every header cell in the page
 * (its autoHeaderHeight forces a layout per header at mount: half of opening a 1,000 × 200 scenario).
 *
 * A header row is as tall as its tallest cell: lines × HEADER_LINE_HEIGHT + 2 × 5 px (the label's padding) + 1 px
 * (the row's top border), and never lower than the theme's 30 px. A cell's lines are its name wrapped as the browser
 * wraps it in the text's width (first fit: each line takes the pieces that fit; a piece wider than the line stands
 * alone, the browser does not cut words), plus one for a benchmark-health mark (a line of its own under the name).
 */

/** The header texts' line height in px (the token data.css reads as `--line-height-grid-header`). */
export const HEADER_LINE_HEIGHT = lineHeight.gridHeader;
/** The label's padding above and below (5 px each, AG Grid's) and the row's top border. */
const CELL_CHROME = 2 * 5 + 1;
/** A header row of one-line names (the grid theme's headerHeight). */
export const MIN_HEADER_HEIGHT = 30;
/**
 * A line fits when its text is narrower than the space by this much: the canvas and the page may round a width
 * differently by a fraction of a pixel, and a line too many is a taller header where a line too few would be cut.
 */
const FIT_SLACK = 0.5;

/** One header cell: its name, the width its text has (the column's less padding and icons), marks under it. */
export interface HeaderCell {
  name: string;
  textWidth: number;
  /** The name wraps (wrapHeaderText); otherwise it stays on one line. */
  wraps: boolean;
  /** Lines under the name (the health marks' line). */
  extraLines: number;
}

/** Spaces a line may break at (not the no-break space, which `\s` would take). */
const SPACE = /[ \t\n\r\f]/;

/**
 * Where a line may start inside a name: after a run of spaces, and after a hyphen that follows a character and is
 * followed by a letter ("KMMLU-|Pro", "τ²-|Bench"; never before a digit: "KoBALT-700" and "Round-1" stay whole, as
 * in Unicode line breaking, HY × NU). With `word-break: keep-all` on the header texts (data.css) Korean words break
 * only at spaces too.
 */
export function breakOpportunities(name: string): number[] {
  const stops: number[] = [];
  for (let i = 1; i < name.length; i++) {
    const [before, here] = [name[i - 1], name[i]];
    if (SPACE.test(here)) continue;
    if (SPACE.test(before)) stops.push(i);
    else if (before === '-' && i >= 2 && !SPACE.test(name[i - 2]) && name[i - 2] !== '-' && /\p{L}/u.test(here))
      stops.push(i);
  }
  return stops;
}

/** The lines a name takes in `width` px, wrapped first-fit at its break opportunities; `measure` gives a text's width. */
export function wrappedLines(name: string, width: number, measure: (text: string) => number): number {
  const text = name.trim();
  if (!text) return 1;
  let lines = 1;
  let start = 0;
  let end = 0;
  for (const stop of [...breakOpportunities(text), text.length]) {
    if (end > start && measure(text.slice(start, stop).trimEnd()) > width - FIT_SLACK) {
      lines++;
      start = end;
    }
    end = stop;
  }
  return lines;
}

/** The height of a header row holding these cells. */
export function headerRowHeight(cells: Iterable<HeaderCell>, measure: (text: string) => number): number {
  let lines = 1;
  for (const cell of cells) {
    const own = (cell.wraps ? wrappedLines(cell.name, cell.textWidth, measure) : 1) + cell.extraLines;
    if (own > lines) lines = own;
  }
  return Math.max(MIN_HEADER_HEIGHT, lines * HEADER_LINE_HEIGHT + CELL_CHROME);
}
