/** A cell of the grid by its displayed row and its column id (the model column's id is `model`). */
export interface GridPosition {
  row: number;
  col: string;
}

/** The rectangle spanned by an anchor and a focus: displayed rows r0..r1, benchmark columns c0..c1 (inclusive). */
export interface Block {
  rows: [number, number];
  cols: [number, number];
}

export const MODEL_COLUMN = 'model';

/**
 * The block between the anchor (where the selection started) and the focus (where it is now), as a spreadsheet
 * draws it: every row and column between the two. A position in the model column stands for its whole row, so
 * clicking a model name, then shift-clicking another, selects those rows across every benchmark column.
 * `columns` are the benchmark column ids in displayed order; null when a position names no displayed column.
 */
export function blockBetween(anchor: GridPosition, focus: GridPosition, columns: readonly string[]): Block | null {
  if (columns.length === 0) return null;
  const rows: [number, number] = [Math.min(anchor.row, focus.row), Math.max(anchor.row, focus.row)];
  if (anchor.col === MODEL_COLUMN || focus.col === MODEL_COLUMN) return { rows, cols: [0, columns.length - 1] };
  const a = columns.indexOf(anchor.col);
  const f = columns.indexOf(focus.col);
  if (a < 0 || f < 0) return null;
  return { rows, cols: [Math.min(a, f), Math.max(a, f)] };
}

/** Two blocks that draw the same cells (null: none). */
export const sameBlock = (a: Block | null, b: Block | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.rows[0] === b.rows[0] &&
    a.rows[1] === b.rows[1] &&
    a.cols[0] === b.cols[0] &&
    a.cols[1] === b.cols[1]);

export const inBlock = (block: Block | null, row: number, col: number): boolean =>
  block !== null && row >= block.rows[0] && row <= block.rows[1] && col >= block.cols[0] && col <= block.cols[1];

/**
 * A number as the grid shows it: at most four decimals, no grouping, no trailing zeros, "." as decimal point
 * (so Excel and the grid's own paste read it back as the same number).
 */
export const shownNumber = (value: number): string => String(Number(value.toFixed(4)));

/**
 * Cells as TSV the way Excel and Google Sheets put a block on the clipboard: tab between cells, CRLF after each
 * row; a cell holding a tab, a line break or a double quote is quoted with its quotes doubled (RFC 4180 style).
 */
export function toTsv(table: readonly (readonly string[])[]): string {
  const cell = (text: string) => (/[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return table.map((row) => row.map(cell).join('\t') + '\r\n').join('');
}
