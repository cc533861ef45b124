import type { GridApi } from 'ag-grid-community';
import type { ClipboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetIndex } from '../../../../shared/dataset/index';
import { useScenarioStore } from '../../state/scenario-store';
import { useUiStore } from '../../state/ui-store';
import type { Row } from './grid-columns';
import { pasteBlock } from './paste-block';

/**
 * Paste of a block copied from Excel or Sheets into the grid (AG Grid Community has no clipboard module):
 * block cell (0, 0) lands on the focused cell, rows and columns as displayed (sorted, filtered); every value
 * becomes a what-if override in one undo step, or nothing is applied and the status line names the cells.
 */
export function useGridPaste(api: RefObject<GridApi<Row> | null>, index: DatasetIndex | null) {
  const { t } = useTranslation();
  // A plain handler: it goes on the grid's wrapper element, where a new function each render costs nothing.
  return (e: ClipboardEvent<HTMLElement>) => {
    const grid = api.current;
    const focused = grid?.getFocusedCell();
    if (!grid || !focused || !index || grid.getEditingCells().length > 0) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    const rows: { id: string; name: string }[] = [];
    grid.forEachNodeAfterFilterAndSort((node) => node.data && rows.push({ id: node.data.id, name: node.data.name }));
    const columns = grid
      .getAllDisplayedColumns()
      .map((c) => index.benchmarks.get(c.getColId()))
      .filter((b) => b !== undefined);
    const col = columns.findIndex((b) => b.id === focused.column.getColId());
    if (col < 0) return;
    const outcome = pasteBlock(text, { row: focused.rowIndex, col }, rows, columns, t);
    if (!outcome.ok) return useUiStore.getState().error(outcome.problems.map((p) => p.message).join(' '));
    useScenarioStore.getState().setOverrides(outcome.cells);
    useUiStore.getState().info(t('data.pasted', { count: outcome.cells.length }));
  };
}
