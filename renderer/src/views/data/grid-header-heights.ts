import type { Column, ColumnGroup, GridApi } from 'ag-grid-community';
import { space } from '../../styles/tokens';
import { headerRowHeight, type HeaderCell } from './header-height';
import { forgetTextWidths, textWidth } from './header-width';

/** A header cell's padding on both sides (the theme's cellHorizontalPadding). */
const PADDING = 2 * space.md;
/** A sort arrow or the filter icon beside a name: the theme's 16 px icon and 5 px spacing. */
const ICON = 16 + 5;

const isGroup = (child: Column | ColumnGroup): child is ColumnGroup => 'getChildren' in child;

/** The name's space in a column's header: its width less padding, the sort arrow (and its order) and the filter icon. */
function columnTextWidth(column: Column, sorted: number): number {
  let icons = 0;
  if (column.getSort()) {
    icons += ICON;
    const index = column.getSortIndex();
    if (sorted > 1 && index != null) icons += 5 + textWidth(String(index + 1));
  }
  if (column.isFilterActive()) icons += ICON;
  return column.getActualWidth() - PADDING - icons;
}

/** The header cells of the displayed columns and of their groups (padding groups have no cell of their own). */
function headerCells(api: GridApi): { columns: HeaderCell[]; groups: HeaderCell[] } {
  const leaves = api.getAllDisplayedColumns();
  const sorted = leaves.filter((c) => c.getSort()).length;
  const columns = leaves.map((column): HeaderCell => {
    const def = column.getColDef();
    const marks = Array.isArray(def.headerClass) && def.headerClass.length > 0;
    return {
      name: api.getDisplayNameForColumn(column, 'header') ?? '',
      textWidth: columnTextWidth(column, sorted),
      wraps: !!def.wrapHeaderText,
      extraLines: marks ? 1 : 0,
    };
  });
  const groups: HeaderCell[] = [];
  const visit = (children: (Column | ColumnGroup)[] | null) => {
    for (const child of children ?? []) {
      if (!isGroup(child)) continue;
      if (!child.isPadding())
        groups.push({
          name: api.getDisplayNameForColumnGroup(child, 'header') ?? '',
          textWidth: child.getActualWidth() - PADDING,
          wraps: !!child.getColGroupDef()?.wrapHeaderText,
          extraLines: 0,
        });
      visit(child.getDisplayedChildren());
    }
  };
  visit(api.getAllDisplayedColumnGroups());
  return { columns, groups };
}

/**
 * Sets the grid's header heights to what its names need at the columns' widths now (header-height.ts): the
 * column row's, and the group rows' (AG Grid has one height for all group rows).
 */
export function fitHeaderHeights(api: GridApi): void {
  if (api.isDestroyed()) return;
  const { columns, groups } = headerCells(api);
  const headerHeight = headerRowHeight(columns, textWidth);
  const groupHeaderHeight = headerRowHeight(groups, textWidth);
  if (api.getGridOption('headerHeight') !== headerHeight) api.setGridOption('headerHeight', headerHeight);
  if (api.getGridOption('groupHeaderHeight') !== groupHeaderHeight)
    api.setGridOption('groupHeaderHeight', groupHeaderHeight);
}

/**
 * Keeps the header heights fitted while the grid lives: when columns are resized (by the user or by flex when the
 * grid's width changes), shown, hidden or redefined, a sort arrow or a filter icon appears, and when a font finishes
 * loading (the widths measured before were in a fallback font). A language switch mounts a new grid.
 */
export function watchHeaderHeights(api: GridApi): void {
  const fit = () => fitHeaderHeights(api);
  const events = [
    'columnResized',
    'gridSizeChanged',
    'displayedColumnsChanged',
    'newColumnsLoaded',
    'sortChanged',
    'filterChanged',
  ] as const;
  for (const event of events) api.addEventListener(event, fit);
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  const fontsLoaded = () => {
    forgetTextWidths();
    fit();
  };
  fonts?.addEventListener?.('loadingdone', fontsLoaded);
  api.addEventListener('gridPreDestroyed', () => fonts?.removeEventListener?.('loadingdone', fontsLoaded));
  fit();
}
