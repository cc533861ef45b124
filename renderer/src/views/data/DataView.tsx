import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  EventApiModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  RenderApiModule,
  RowApiModule,
  TextFilterModule,
  TooltipModule,
  themeQuartz,
  type CellFocusedEvent,
  type CellKeyDownEvent,
  type FirstDataRenderedEvent,
  type GridApi,
  type GridReadyEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ModelFilter } from '../../../../shared/domain/model-filter';
import { AttributeFilter, useModelsMeeting } from '../../components/AttributeFilter';
import { useTranslation } from 'react-i18next';
import type { Benchmark } from '../../../../shared/domain/dataset';
import { indexDataset } from '../../../../shared/dataset/index';
import { useMatrix } from '../../state/evaluation';
import { GRID_NS } from '../../i18n';
import { useScenarioStore } from '../../state/scenario-store';
import { useWhileVisible } from '../view-visibility';
import { useUiStore } from '../../state/ui-store';
import { colour, fontSize, space } from '../../styles/tokens';
import { applyCellEdit } from './cell-edit';
import { cellOf, gridColumns, type CellEdit, type Row } from './grid-columns';
import { watchHeaderHeights } from './grid-header-heights';
import { MIN_HEADER_HEIGHT } from './header-height';
import { cellBlocks, GridRows } from './grid-rows';
import { GridLegend } from './GridLegend';
import { normalizationProblem } from './grid-matrix';
import { ModelsButton } from './ModelsButton';
import { ObservationsPanel, type SelectedCell } from './ObservationsPanel';
import { OverrideList } from './OverrideList';
import { PolicyControls } from './PolicyControls';
import { useGridPaste } from './useGridPaste';
import { useGridSelection } from './useGridSelection';
import { benchmarkHealth } from '../../../../shared/evaluation/benchmark-health';
import { DataQualityPanel } from '../quality/DataQualityPanel';
import { healthMarks } from '../quality/health-marks';
import { useQualityT } from '../quality/i18n';
import './data.css';

const ROW_HEIGHT = 30;
const FILTER_ROW_HEIGHT = 34;
/**
 * Up to this many rows the grid is as tall as its rows and headers (AG Grid's autoHeight layout); beyond, it
 * scrolls and virtualizes in the window's height.
 */
const AUTO_HEIGHT_ROWS = 40;
/** Up to this many criteria every column is rendered (all readable at once); beyond, columns virtualize. */
const ALL_COLUMNS = 40;

const leaveOnTab = () => false as const;
/** Rows are keyed by model id: a new rowData array updates only the rows given new objects. */
const rowId = ({ data }: { data: Row }) => data.id;

/** The rows drawn beyond the viewport above and below, ready for scrolling (AG Grid's default). */
const ROW_BUFFER = 10;

/**
 * A new grid first draws the rows on screen only (rowBuffer 0: a third fewer cells to build before the first paint),
 * then, after that paint, the buffer rows off screen: nothing on screen waits for them or changes when they come.
 */
const onFirstDataRendered = ({ api }: FirstDataRenderedEvent<Row>) => {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!api.isDestroyed()) api.setGridOption('rowBuffer', ROW_BUFFER);
    }),
  );
};

/**
 * The grid's features and nothing more (AllCommunityModule's others, pagination among them, would listen to every
 * row update): client-side rows, the value cells' own editor (value-editor.ts), text and number filters with their
 * floating row, tooltips, cell classes and styles, the locale, and the row, column, render, event and client-side API
 * calls the Data view makes.
 */
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  CustomEditorModule,
  TextFilterModule,
  NumberFilterModule,
  TooltipModule,
  CellStyleModule,
  LocaleModule,
  RowApiModule,
  ColumnApiModule,
  EventApiModule,
  RenderApiModule,
]);

/** Compact, neutral grid theme in the app's font. */
const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: fontSize.md,
  headerFontSize: fontSize.sm,
  headerFontWeight: 600,
  spacing: 5,
  cellHorizontalPadding: space.md,
  rowHeight: ROW_HEIGHT,
  headerHeight: MIN_HEADER_HEIGHT,
  wrapperBorderRadius: 2,
  borderRadius: 2,
  accentColor: colour.accent,
  headerBackgroundColor: colour.gridHeaderBg,
  oddRowBackgroundColor: colour.gridOddRowBg,
});

/**
 * The decision matrix: alternatives × criteria, the value used per cell, editable as what-if overrides;
 * the observation policy above it; selecting a cell shows every observation for it in the side panel.
 */
export function DataView() {
  const { t, i18n } = useTranslation();
  const heatmapId = useId();
  // Hidden behind another tab, the grid keeps what it showed and catches up when shown (see view-visibility).
  const scenario = useWhileVisible(useScenarioStore((s) => s.scenario));
  const generation = useWhileVisible(useScenarioStore((s) => s.generation));
  // The decision matrix only: the Data view shows no score or rank, so opening a document ranks nothing yet.
  const matrix = useWhileVisible(useMatrix());
  const [selected, setSelected] = useState<SelectedCell | null>(null);
  const [heatmap, setHeatmap] = useState(false);
  const [filters, setFilters] = useState(false);
  const [attributes, setAttributes] = useState<ModelFilter | null>(null);
  const meeting = useModelsMeeting(scenario, attributes);
  const filtersId = useId();
  const gridApi = useRef<GridApi<Row> | null>(null);
  // Keyed on what they read (the dataset, the criteria's benchmarks), not on the scenario: a value or weight edit
  // keeps the index, the columns and the selection, so AG Grid does not rebuild its columns.
  const dataset = scenario?.dataset;
  const criteriaKey = scenario?.criteria.map((c) => c.benchmark).join('\u0000') ?? '';
  const index = useMemo(() => (dataset ? indexDataset(dataset) : null), [dataset]);
  const benchmarks = useMemo(
    () =>
      index && criteriaKey
        ? criteriaKey
            .split('\u0000')
            .map((id) => index.benchmarks.get(id))
            .filter((b): b is Benchmark => !!b)
        : [],
    [index, criteriaKey],
  );
  const grid = useGridSelection(gridApi, index);
  const q = useQualityT();
  // Health reads the dataset, the references, the criteria and its settings: a weight edit does not recompute it.
  const references = scenario?.references;
  const healthSettings = scenario?.benchmarkHealth;
  const health = useMemo(
    () =>
      dataset && references
        ? benchmarkHealth(
            { dataset, references, criteria: [], benchmarkHealth: healthSettings },
            criteriaKey ? criteriaKey.split('\u0000') : [],
          )
        : [],
    [dataset, references, healthSettings, criteriaKey],
  );
  const headerHealth = useMemo(() => healthMarks(health, q), [health, q]);
  const onEdit = useCallback<CellEdit>(
    (row, benchmark, raw) => {
      const cell = cellOf(row, benchmark.id);
      if (!cell) return;
      const outcome = applyCellEdit(
        useScenarioStore.getState(),
        t,
        { model: row.id, modelName: row.name, benchmark, cell },
        raw,
      );
      if (!outcome.ok) useUiStore.getState().error(outcome.message);
      else if (outcome.message) useUiStore.getState().info(outcome.message);
    },
    [t],
  );
  const columns = useMemo(
    () => (index ? gridColumns(t, index, benchmarks, heatmap, grid.selection, headerHealth, onEdit) : []),
    [t, index, benchmarks, heatmap, grid.selection, headerHealth, onEdit],
  );
  // Rows kept across value edits (grid-rows.ts): the same array of the same objects, so AG Grid takes no row data;
  // the cells that look different are drawn again below.
  const [gridRows] = useState(() => new GridRows());
  const all = useMemo((): Row[] => {
    // An unrankable scenario (all weights 0, WPM over zeros) still shows its values.
    if (!matrix || !scenario) return [];
    return gridRows.rows(scenario, matrix, heatmap);
  }, [gridRows, scenario, matrix, heatmap]);
  const heatProblem = useMemo(() => (heatmap && matrix ? normalizationProblem(matrix) : null), [heatmap, matrix]);
  const rows = useMemo(() => (meeting ? all.filter((row) => meeting.has(row.id)) : all), [all, meeting]);
  const changed = gridRows.changed;
  // After the grid took the rows (child effects run first): rows built again are drawn again whole where they were
  // shown before (AG Grid redraws by itself only the cells whose value changed; a mark or a shade can change with the
  // value kept); kept rows get their changed cells drawn again, and the rows sorted and filtered again if the grid
  // sorts or filters (a row-data update would have done both).
  const drawnRows = useRef(new Map<string, Row>());
  useEffect(() => {
    const api = gridApi.current;
    const before = drawnRows.current;
    drawnRows.current = new Map(rows.map((row) => [row.id, row]));
    if (!api || api.isDestroyed()) return;
    const unseen = gridRows.unseen;
    const rowNodes = rows.flatMap((row) => {
      const redraw = unseen.has(row.id) && before.has(row.id) && before.get(row.id) !== row;
      const node = redraw ? api.getRowNode(row.id) : undefined;
      return node ? [node] : [];
    });
    if (rowNodes.length) api.refreshCells({ rowNodes, force: true });
    if (!changed.size) return;
    for (const block of cellBlocks(changed)) {
      const nodes = block.rows.flatMap((id) => api.getRowNode(id) ?? []);
      api.refreshCells({ rowNodes: nodes, columns: block.columns, force: true });
    }
    if (api.isAnyFilterPresent() || api.getColumnState().some((c) => c.sort)) api.refreshClientSideRowModel('filter');
  }, [rows, gridRows, changed]);
  const getLocaleText = useCallback(
    ({ key, defaultValue }: { key: string; defaultValue: string }) => t(key, { ns: GRID_NS, defaultValue }),
    [t],
  );
  // Kept the same object between renders: a new one makes the grid rebuild all its columns.
  const defaultColDef = useMemo(
    () => ({
      flex: 1,
      minWidth: 56,
      // The full benchmark name, wrapped at spaces; the header grows to the tallest name (grid-header-heights.ts).
      wrapHeaderText: true,
      sortable: true,
      resizable: true,
      floatingFilter: filters,
    }),
    [filters],
  );
  const onPaste = useGridPaste(gridApi, index);
  // The grid's callbacks keep their identity between renders: a changed grid option is work for AG Grid per edit.
  const onGridReady = useCallback((e: GridReadyEvent<Row>) => {
    gridApi.current = e.api;
    watchHeaderHeights(e.api);
  }, []);
  const onKeyDown = useCallback(
    (e: CellKeyDownEvent<Row>) => {
      const key = (e.event as KeyboardEvent | null | undefined)?.key;
      const benchmark = index?.benchmarks.get(e.column.getColId());
      if (key !== 'Delete' || !e.data || !benchmark || cellOf(e.data, benchmark.id)?.origin !== 'override') return;
      useScenarioStore.getState().revertOverride(e.data.id, benchmark.id);
      useUiStore.getState().info(t('status.cellReverted', { model: e.data.name, benchmark: benchmark.name }));
    },
    [index, t],
  );
  /** A focused value cell (click or keyboard) is the side panel's cell. */
  const onCellFocused = grid.onCellFocused;
  const onFocus = useCallback(
    (e: CellFocusedEvent<Row>) => {
      onCellFocused(e);
      const column = e.column && typeof e.column !== 'string' ? e.column.getColId() : null;
      if (e.rowIndex === null || e.rowIndex === undefined || !column || column === 'model' || e.rowPinned) return;
      const row = e.api.getDisplayedRowAtIndex(e.rowIndex)?.data;
      if (row) setSelected({ model: row.id, benchmark: column });
    },
    [onCellFocused],
  );
  const closePanel = useCallback(() => setSelected(null), []);
  if (!scenario || !index) return null;

  const selectedRow = selected ? rows.find((r) => r.id === selected.model) : undefined;
  const tall = rows.length > AUTO_HEIGHT_ROWS;
  return (
    <section className="data-view">
      <div className="data-controls">
        <ModelsButton />
        <PolicyControls policy={scenario.observationPolicy} />
        <label className="heatmap-toggle" htmlFor={heatmapId} title={t('data.heatmapTip')}>
          <input id={heatmapId} type="checkbox" checked={heatmap} onChange={(e) => setHeatmap(e.target.checked)} />
          {t('data.heatmap')}
        </label>
        <label className="heatmap-toggle" htmlFor={filtersId} title={t('data.filtersTip')}>
          <input
            id={filtersId}
            type="checkbox"
            checked={filters}
            onChange={(e) => {
              setFilters(e.target.checked);
              // Turning the filter row off also lifts its filters: no row stays hidden without a visible reason.
              if (!e.target.checked) gridApi.current?.setFilterModel(null);
            }}
          />
          {t('data.filters')}
        </label>
        <AttributeFilter
          value={attributes}
          onChange={setAttributes}
          shown={rows.length}
          total={scenario.alternatives.length}
        />
      </div>
      <p className="view-hint">{t('data.hint')}</p>
      <GridLegend heatmap={heatmap} heatProblem={heatProblem} />
      <p className="view-hint grid-legend">{q('health.legend')}</p>
      <div className="data-main">
        <div
          className={tall ? 'grid-wrap is-tall' : 'grid-wrap'}
          role="region"
          aria-label={t('data.gridLabel')}
          onPaste={onPaste}
          onCopy={grid.onCopy}
          onKeyDownCapture={grid.onKeyDownCapture}
          onMouseDownCapture={grid.onMouseDownCapture}
        >
          <AgGridReact<Row>
            // A new grid per loaded document: faster than diffing another scenario's columns, and its sort,
            // filters and scroll belong to the document left.
            // AG Grid reads its texts once: a language switch rebuilds it too.
            key={`${generation}-${i18n.language}`}
            getLocaleText={getLocaleText}
            theme={gridTheme}
            rowData={rows}
            columnDefs={columns}
            getRowId={rowId}
            onGridReady={onGridReady}
            onCellKeyDown={onKeyDown}
            onCellFocused={onFocus}
            rowBuffer={0}
            onFirstDataRendered={onFirstDataRendered}
            suppressColumnVirtualisation={benchmarks.length <= ALL_COLUMNS}
            defaultColDef={defaultColDef}
            floatingFiltersHeight={FILTER_ROW_HEIGHT}
            domLayout={tall ? 'normal' : 'autoHeight'}
            tooltipShowDelay={300}
            stopEditingWhenCellsLoseFocus
            // One Tab stop (the ARIA grid pattern): arrows move inside, Tab and Shift+Tab leave the grid.
            tabToNextCell={leaveOnTab}
            tabToNextHeader={leaveOnTab}
          />
        </div>
        {/* Always there, so selecting a cell never reflows the grid (a double-click stays on its cell). */}
        <ObservationsPanel
          index={index}
          selected={selected && selectedRow ? selected : null}
          cell={selected ? cellOf(selectedRow, selected.benchmark) : undefined}
          onClose={closePanel}
        />
      </div>
      <OverrideList index={index} />
      <DataQualityPanel scenario={scenario} evaluation={matrix ?? undefined} health={health} />
    </section>
  );
}
