import type { CellFocusedEvent, GridApi } from 'ag-grid-community';
import type { ClipboardEvent, KeyboardEvent, MouseEvent, RefObject } from 'react';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetIndex } from '../../../../shared/dataset/index';
import { useUiStore } from '../../state/ui-store';
import {
  blockBetween,
  inBlock,
  MODEL_COLUMN,
  sameBlock,
  shownNumber,
  toTsv,
  type Block,
  type GridPosition,
} from './grid-block';
import { valueOf, type Row } from './grid-columns';

/** What the columns ask of the selection to draw it (a cell class rule). */
export interface GridSelection {
  /** True for a cell of the selected block (a block of more than one cell, or whole rows). */
  has(row: number | null | undefined, col: string): boolean;
}

/** The block as `selection.has` draws it: none for a single cell unless the selection started on a model name. */
/** The grid's benchmark columns in displayed order. */
const benchmarkColumns = (grid: GridApi<Row>, index: DatasetIndex | null) =>
  grid
    .getAllDisplayedColumns()
    .map((c) => c.getColId())
    .filter((id) => index?.benchmarks.has(id));

const drawn = (b: Block | null, fromModel: boolean): Block | null =>
  b && (fromModel || b.rows[0] !== b.rows[1] || b.cols[0] !== b.cols[1]) ? b : null;

/**
 * Spreadsheet selection and copy for the grid (AG Grid Community has no range selection or clipboard module):
 * a click or an arrow key sets the anchor; shift+click and shift+arrow stretch the block from it; a click on a model
 * name takes its row. Ctrl+C (or the Edit menu's Copy) puts the block on the clipboard as TSV with the model names
 * first and the benchmark names as header row, values as shown and missing values empty; with a column header
 * focused it copies that column.
 */
export function useGridSelection(api: RefObject<GridApi<Row> | null>, index: DatasetIndex | null) {
  const { t } = useTranslation();
  const anchor = useRef<GridPosition | null>(null);
  const block = useRef<Block | null>(null);
  /** The block's benchmark columns (displayed order) by id, read once per selection, not once per drawn cell. */
  const columnIndex = useRef(new Map<string, number>());
  /** Whether Shift was down on the last key press or click inside the grid (the focus event does not say). */
  const shift = useRef(false);

  const selection = useMemo<GridSelection>(
    () => ({
      has(row, col) {
        const b = block.current;
        if (!b || row === null || row === undefined) return false;
        if (b.rows[0] === b.rows[1] && b.cols[0] === b.cols[1] && anchor.current?.col !== MODEL_COLUMN) return false;
        const count = columnIndex.current.size;
        if (col === MODEL_COLUMN) return row >= b.rows[0] && row <= b.rows[1] && b.cols[1] - b.cols[0] + 1 === count;
        return inBlock(b, row, columnIndex.current.get(col) ?? -1);
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reads the refs when the grid asks, never stale
    [index],
  );

  // The same function between renders (a grid option: a new one is work for AG Grid on every edit).
  const onCellFocused = useCallback(
    (e: CellFocusedEvent<Row>) => {
      const col = e.column && typeof e.column !== 'string' ? e.column.getColId() : null;
      if (e.rowIndex === null || e.rowIndex === undefined || !col || e.rowPinned) return;
      const position = { row: e.rowIndex, col };
      const wasModelRow = anchor.current?.col === MODEL_COLUMN;
      if (!shift.current || !anchor.current) anchor.current = position;
      const previous = block.current;
      const columns = benchmarkColumns(e.api, index);
      columnIndex.current = new Map(columns.map((id, i) => [id, i]));
      block.current = blockBetween(anchor.current, position, columns);
      // The block's tint is a cell class: redraw the classes only when the block drawn changes (not on every focus).
      if (!sameBlock(drawn(previous, wasModelRow), drawn(block.current, anchor.current.col === MODEL_COLUMN)))
        e.api.refreshCells();
    },
    [index],
  );

  /** The rows × columns to copy: the block, or the focused header's column over every displayed row. */
  const table = (grid: GridApi<Row>): string[][] | null => {
    if (!index) return null;
    const columns = benchmarkColumns(grid, index);
    const header = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[role="columnheader"]');
    const headerCol = header?.getAttribute('col-id');
    let b = block.current;
    if (headerCol && columns.includes(headerCol)) {
      const c = columns.indexOf(headerCol);
      b = { rows: [0, grid.getDisplayedRowCount() - 1], cols: [c, c] };
    } else if (header?.getAttribute('col-id') === MODEL_COLUMN) {
      b = { rows: [0, grid.getDisplayedRowCount() - 1], cols: [0, columns.length - 1] };
    }
    if (!b || b.rows[1] < 0) return null;
    const ids = columns.slice(b.cols[0], b.cols[1] + 1);
    const lines = [[t('data.model'), ...ids.map((id) => index.benchmarks.get(id)?.name ?? id)]];
    for (let r = b.rows[0]; r <= b.rows[1]; r++) {
      const row = grid.getDisplayedRowAtIndex(r)?.data;
      if (!row) continue;
      lines.push([
        row.name,
        ...ids.map((id) => {
          const value = valueOf(row, id);
          return value === null ? '' : shownNumber(value);
        }),
      ]);
    }
    return lines;
  };

  const copyable = () => {
    const grid = api.current;
    return grid && grid.getEditingCells().length === 0 ? grid : null;
  };

  const copied = (lines: string[][]) =>
    useUiStore.getState().info(t('data.copied', { rows: lines.length - 1, columns: lines[0]!.length - 1 }));

  /** Ctrl/Cmd+C or the Edit menu's Copy with the focus in the grid: the block goes into the copy event's data. */
  const onCopy = (e: ClipboardEvent<HTMLElement>) => {
    const grid = copyable();
    const lines = grid && table(grid);
    if (!lines) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', toTsv(lines));
    copied(lines);
  };

  const onPointer = (e: KeyboardEvent<HTMLElement> | MouseEvent<HTMLElement>) => {
    shift.current = e.shiftKey;
  };

  return { selection, onCellFocused, onKeyDownCapture: onPointer, onMouseDownCapture: onPointer, onCopy };
}
