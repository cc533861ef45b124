import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellEditRequestEvent,
  type CellKeyDownEvent,
  type ColDef,
  type ColGroupDef,
  type ICellRendererParams,
  type ITooltipParams,
  type SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Benchmark } from '../../../../shared/domain/dataset';
import { indexDataset, type DatasetIndex } from '../../../../shared/dataset/index';
import type { EvaluatedAlternative, MatrixCell } from '../../../../shared/engine/evaluate';
import { cellSources, describeSources } from '../../model/cell-source';
import { useEvaluation } from '../../state/evaluation';
import { useScenarioStore } from '../../state/scenario-store';
import { useUiStore } from '../../state/ui-store';
import { applyCellEdit } from './cell-edit';
import { OverrideList } from './OverrideList';

ModuleRegistry.registerModules([AllCommunityModule]);

/** Compact, neutral grid theme in the app's font. */
const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 5,
  cellHorizontalPadding: 8,
  rowHeight: 30,
  headerHeight: 30,
  wrapperBorderRadius: 2,
  borderRadius: 2,
  accentColor: '#2f5d8a',
  headerBackgroundColor: '#f3f4f6',
  oddRowBackgroundColor: '#fafafa',
});

interface Row {
  id: string;
  name: string;
  cells: Record<string, MatrixCell>;
}

const cellOf = (row: Row | undefined, benchmark: string): MatrixCell | undefined => row?.cells[benchmark];

function tooltipFor(t: TFunction, index: DatasetIndex, cell: MatrixCell | undefined): string | undefined {
  if (!cell) return undefined;
  const sources = describeSources(cellSources(index, cell));
  if (cell.origin === 'override')
    return cell.datasetValue === null
      ? t('data.overrideTipMissing')
      : t('data.overrideTip', { value: cell.datasetValue, source: sources });
  if (cell.origin === 'missing') return t('data.missingTip');
  return sources;
}

/** The value used, "—" where missing; an override carries a marker and a screen-reader word. */
function ValueCell({ value, data, colDef }: ICellRendererParams<Row, number | null>) {
  const { t } = useTranslation();
  const cell = cellOf(data, colDef?.colId ?? '');
  if (value === null || value === undefined) return <span className="cell-missing">—</span>;
  return (
    <>
      {String(value)}
      {cell?.origin === 'override' && (
        <span className="override-marker">
          <span aria-hidden="true">✎</span>
          <span className="visually-hidden"> ({t('report.override')})</span>
        </span>
      )}
    </>
  );
}

function benchmarkColumn(t: TFunction, index: DatasetIndex, benchmark: Benchmark): ColDef<Row> {
  const unit = benchmark.unit ? ` (${benchmark.unit})` : '';
  return {
    colId: benchmark.id,
    headerName: benchmark.name,
    headerTooltip: `${benchmark.name}${unit} · ${benchmark.category}${
      benchmark.scale ? ` · ${benchmark.scale.min}–${benchmark.scale.max}` : ''
    }`,
    valueGetter: ({ data }) => cellOf(data, benchmark.id)?.value ?? null,
    editable: true,
    cellRenderer: ValueCell,
    cellClass: 'num-cell',
    cellClassRules: {
      'is-override': ({ data }) => cellOf(data, benchmark.id)?.origin === 'override',
      'is-missing': ({ data }) => cellOf(data, benchmark.id)?.origin === 'missing',
    },
    tooltipValueGetter: ({ data }: ITooltipParams<Row>) => tooltipFor(t, index, cellOf(data, benchmark.id)),
    // Delete on an overridden cell reverts it (handled in onCellKeyDown) instead of clearing the cell.
    suppressKeyboardEvent: ({ event, editing, data }: SuppressKeyboardEventParams<Row>) =>
      !editing && event.key === 'Delete' && cellOf(data, benchmark.id)?.origin === 'override',
  };
}

/** Benchmarks grouped by language (English, Korean, …) in the scenario's criteria order. */
function columnsFor(t: TFunction, index: DatasetIndex, benchmarks: Benchmark[]): (ColDef<Row> | ColGroupDef<Row>)[] {
  const groups = new Map<string, Benchmark[]>();
  for (const b of benchmarks) groups.set(b.language, [...(groups.get(b.language) ?? []), b]);
  const modelColumn: ColDef<Row> = {
    colId: 'model',
    headerName: t('data.model'),
    field: 'name',
    editable: false,
    lockPosition: 'left',
    flex: 0,
    width: 224,
    cellClass: 'model-cell',
  };
  return [
    modelColumn,
    ...[...groups].map(
      ([language, list]): ColGroupDef<Row> => ({
        groupId: `lang-${language}`,
        headerName: t(`data.languageGroup.${language === 'en' || language === 'ko' ? language : 'other'}`, {
          language,
        }),
        marryChildren: true,
        children: list.map((b) => benchmarkColumn(t, index, b)),
      }),
    ),
  ];
}

/** The decision matrix: alternatives × criteria, the value used per cell, editable as what-if overrides. */
export function DataView() {
  const { t } = useTranslation();
  const scenario = useScenarioStore((s) => s.scenario);
  const result = useEvaluation();
  const index = useMemo(() => (scenario ? indexDataset(scenario.dataset) : null), [scenario]);
  const benchmarks = useMemo(
    () =>
      scenario && index
        ? scenario.criteria.map((c) => index.benchmarks.get(c.benchmark)).filter((b): b is Benchmark => !!b)
        : [],
    [scenario, index],
  );
  const columns = useMemo(() => (index ? columnsFor(t, index, benchmarks) : []), [t, index, benchmarks]);
  const rows = useMemo(
    (): Row[] =>
      result?.ok
        ? result.evaluation.alternatives.map((a: EvaluatedAlternative) => ({ id: a.model, name: a.name, cells: a.cells }))
        : [],
    [result],
  );
  if (!scenario || !index) return null;

  const onEdit = (e: CellEditRequestEvent<Row>) => {
    const benchmark = index.benchmarks.get(e.column.getColId());
    const cell = cellOf(e.data, e.column.getColId());
    if (!benchmark || !cell) return;
    const outcome = applyCellEdit(
      useScenarioStore.getState(),
      t,
      { model: e.data.id, modelName: e.data.name, benchmark, cell },
      e.newValue,
    );
    if (!outcome.ok) useUiStore.getState().error(outcome.message);
    else if (outcome.message) useUiStore.getState().info(outcome.message);
  };

  const onKeyDown = (e: CellKeyDownEvent<Row>) => {
    const key = (e.event as KeyboardEvent | null | undefined)?.key;
    if (key !== 'Delete' || !e.data) return;
    const benchmark = index.benchmarks.get(e.column.getColId());
    if (!benchmark || cellOf(e.data, benchmark.id)?.origin !== 'override') return;
    useScenarioStore.getState().revertOverride(e.data.id, benchmark.id);
    useUiStore.getState().info(t('status.cellReverted', { model: e.data.name, benchmark: benchmark.name }));
  };

  return (
    <section className="data-view">
      <p className="view-hint">{t('data.hint')}</p>
      <div className="grid-wrap" role="region" aria-label={t('data.gridLabel')}>
        <AgGridReact<Row>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columns}
          getRowId={({ data }) => data.id}
          readOnlyEdit
          onCellEditRequest={onEdit}
          onCellKeyDown={onKeyDown}
          domLayout="autoHeight"
          suppressColumnVirtualisation
          defaultColDef={{ flex: 1, minWidth: 70, wrapHeaderText: true, autoHeaderHeight: true, sortable: false, resizable: true }}
          tooltipShowDelay={300}
          stopEditingWhenCellsLoseFocus
        />
      </div>
      <OverrideList index={index} />
    </section>
  );
}
