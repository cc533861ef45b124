import type {
  CellClassParams,
  CellRendererSelectorResult,
  CellStyle,
  ColDef,
  ColGroupDef,
  ICellRendererParams,
  ITooltipParams,
  SuppressKeyboardEventParams,
  ValueFormatterParams,
} from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { HealthFlag } from '../../../../shared/domain/benchmark-health';
import type { Benchmark } from '../../../../shared/domain/dataset';
import type { DatasetIndex } from '../../../../shared/dataset/index';
import { isTeamAverage } from '../../../../shared/dataset/team-average';
import type { MatrixCell } from '../../../../shared/evaluation/evaluate';
import { cellProvenances, cellSources, describeSources } from '../../model/cell-source';
import { cellMarksOf, MARK, markClasses } from './cell-marks';
import { MODEL_COLUMN } from './grid-block';
import { colour, withAlpha } from '../../styles/tokens';
import type { Row } from './grid-rows';
import { headerMinWidth } from './header-width';
import type { GridSelection } from './useGridSelection';
import { OverrideCell, valueText, type OverrideCellParams } from './value-cell';
import { ValueEditor } from './value-editor';
import './grid-marks.css';

export type { Row } from './grid-rows';

/** Applies a value typed into a row's cell of a benchmark (the raw editor value). */
export type CellEdit = (row: Row, benchmark: Benchmark, raw: unknown) => void;

/** The benchmark-health flags raised per benchmark (header marks, legend above the grid) and their words. */
export interface HeaderHealth {
  flags: ReadonlyMap<string, readonly HealthFlag[]>;
  describe: (flags: readonly HealthFlag[]) => string;
}

/** A row's cell with its resolution (built when first read: the grid reads a screenful at a time). */
export const cellOf = (row: Row | undefined, benchmark: string): MatrixCell | undefined =>
  row?.source.evaluation.alternatives[row.r]?.cell(benchmark);

/** The value a row shows in a benchmark's column; null where missing. */
export const valueOf = (row: Row, benchmark: string): number | null => row.source.matrix.value(row.r, benchmark);

function tooltipFor(t: TFunction, index: DatasetIndex, cell: MatrixCell | undefined): string | undefined {
  if (!cell) return undefined;
  const sources = describeSources(cellSources(index, cell));
  if (cell.origin === 'override')
    return cell.datasetValue === null
      ? t('data.overrideTipMissing')
      : t('data.overrideTip', { value: cell.datasetValue, source: sources });
  if (cell.origin === 'missing') return t('data.missingTip');
  const notes = [sources];
  const provenances = cellProvenances(index, cell);
  if (provenances.has('second-hand')) notes.push(t('data.secondHand'));
  if (provenances.has('independent')) notes.push(t('data.independentTip'));
  if (cell.resolved.candidates.length > 1) notes.push(t('data.severalTip', { count: cell.resolved.candidates.length }));
  return notes.join(' · ');
}

/** The marks of a row's cell (cell-marks.ts), 0 without a row. */
const marksOf = (index: DatasetIndex, row: Row | undefined, benchmark: string): number =>
  row ? cellMarksOf(row.source.evaluation, index, row.source.overrides)(row.r, benchmark) : 0;

/** Heatmap: a blue wash whose strength follows the normalized score (darker = better). */
function heatStyle(heat: number | null | undefined): CellStyle | null {
  if (heat === null || heat === undefined) return null;
  return { backgroundColor: withAlpha(colour.accent, 0.06 + 0.5 * heat), color: heat > 0.7 ? colour.onAccent : '' };
}

/** The texts a column needs beyond its benchmark's, translated once per grid (not once per column). */
interface ColumnTexts {
  category: string;
  /** The category header's narrowest width (its longest word), shared by its columns. */
  groupMinWidth: number;
  teamAverage: () => string;
  /** The renderer of an overridden cell (value-cell.ts); every other cell is plain text. */
  overrideCell: CellRendererSelectorResult;
  describe?: (flags: readonly HealthFlag[]) => string;
}

function benchmarkColumn(
  t: TFunction,
  index: DatasetIndex,
  benchmark: Benchmark,
  heatmap: boolean,
  selection: GridSelection,
  texts: ColumnTexts,
  health?: HeaderHealth,
  edit?: CellEdit,
): ColDef<Row> {
  const unit = benchmark.unit ? ` (${benchmark.unit})` : '';
  const marks = health?.flags.get(benchmark.id) ?? [];
  return {
    colId: benchmark.id,
    headerName: benchmark.name,
    minWidth: Math.max(headerMinWidth(benchmark.name), texts.groupMinWidth),
    headerTooltip: `${benchmark.name}${unit} · ${texts.category}${
      benchmark.scale ? ` · ${benchmark.scale.min}–${benchmark.scale.max}` : ''
    }${isTeamAverage(benchmark) ? ` · ${texts.teamAverage()}` : ''}${
      marks.length && texts.describe ? ` · ${texts.describe(marks)}` : ''
    }`,
    headerClass: marks.map((f) => `health-mark-${f}`),
    valueGetter: ({ data }) => (data ? valueOf(data, benchmark.id) : null),
    editable: true,
    // The typed value goes to the scenario store at once, inside the grid's Enter (its cellEditRequest event would
    // come a task later); the row object is never written: the store's next rows show the value.
    valueSetter: ({ data, newValue }) => {
      edit?.(data, benchmark, newValue);
      return false;
    },
    valueFormatter: ({ value }: ValueFormatterParams<Row>) => valueText(value),
    cellRendererSelector: ({ data }: ICellRendererParams<Row>) =>
      (marksOf(index, data, benchmark.id) & MARK.override) !== 0 ? texts.overrideCell : undefined,
    cellEditor: ValueEditor,
    // One function for the data's marks (drawn again with the cell's value: every edit redraws the cells it changes)
    // instead of a rule per mark; the block's tint stays a rule, the one AG Grid re-reads on a refresh without a redraw.
    cellClass: ({ data }: CellClassParams<Row>) => markClasses(marksOf(index, data, benchmark.id)),
    cellClassRules: {
      'in-block': ({ rowIndex }: CellClassParams<Row>) => selection.has(rowIndex, benchmark.id),
    },
    cellStyle: heatmap
      ? ({ data }: CellClassParams<Row>) => heatStyle(data && data.source.matrix.heat(data.r, benchmark.id))
      : undefined,
    // Filters live in the floating-filter row the Data view's "Filters" switch shows; no header icons.
    filter: 'agNumberColumnFilter',
    suppressHeaderFilterButton: true,
    tooltipValueGetter: ({ data }: ITooltipParams<Row>) => tooltipFor(t, index, cellOf(data, benchmark.id)),
    // Delete on an overridden cell reverts it (handled in onCellKeyDown) instead of clearing the cell.
    suppressKeyboardEvent: ({ event, editing, data }: SuppressKeyboardEventParams<Row>) =>
      !editing && event.key === 'Delete' && (marksOf(index, data, benchmark.id) & MARK.override) !== 0,
  };
}

const NO_SELECTION: GridSelection = { has: () => false };

/** A known benchmark category in the UI's language; a category only the dataset knows, as the dataset spells it. */
const categoryName = (t: TFunction, category: string) => t(`data.category.${category}`, { defaultValue: category });

const languageName = (t: TFunction, language: string) =>
  t(`data.languageGroup.${language === 'en' || language === 'ko' ? language : 'other'}`, { language });

/** Computes a text once per key (a category, a language, a set of flags): 200 columns share a handful. */
function once<A, V>(compute: (arg: A) => V, keyOf: (arg: A) => unknown = (arg) => arg): (arg: A) => V {
  const known = new Map<unknown, V>();
  return (arg) => {
    const key = keyOf(arg);
    if (!known.has(key)) known.set(key, compute(arg));
    return known.get(key)!;
  };
}

/**
 * The model column (pinned left, filtered by name), then the criteria grouped by language and, within it, by category, in
 * the scenario's criteria order (a language or category split by others appears as several groups).
 */
export function gridColumns(
  t: TFunction,
  index: DatasetIndex,
  benchmarks: Benchmark[],
  heatmap: boolean,
  selection: GridSelection = NO_SELECTION,
  health?: HeaderHealth,
  edit?: CellEdit,
): (ColDef<Row> | ColGroupDef<Row>)[] {
  const modelColumn: ColDef<Row> = {
    colId: MODEL_COLUMN,
    headerName: t('data.model'),
    field: 'name',
    editable: false,
    pinned: 'left',
    lockPinned: true,
    flex: 0,
    width: 180,
    tooltipField: 'name',
    cellClass: 'model-cell',
    cellClassRules: { 'in-block': ({ rowIndex }: CellClassParams<Row>) => selection.has(rowIndex, MODEL_COLUMN) },
    filter: 'agTextColumnFilter',
    suppressHeaderFilterButton: true,
  };
  const languages: { language: string; categories: { category: string; list: Benchmark[] }[] }[] = [];
  for (const b of benchmarks) {
    let lang = languages.at(-1);
    if (!lang || lang.language !== b.language) languages.push((lang = { language: b.language, categories: [] }));
    let cat = lang.categories.at(-1);
    if (!cat || cat.category !== b.category) lang.categories.push((cat = { category: b.category, list: [] }));
    cat.list.push(b);
  }
  const language = once((code: string) => languageName(t, code));
  const category = once((id: string) => categoryName(t, id));
  let teamAverageTip: string | undefined;
  const teamAverage = () => (teamAverageTip ??= t('data.teamAverageTip'));
  const overrideCell: CellRendererSelectorResult = {
    component: OverrideCell,
    params: { overrideLabel: t('report.override') } satisfies Pick<OverrideCellParams, 'overrideLabel'>,
  };
  const describe = health && once(health.describe, (flags) => flags.join(' '));
  const texts = (id: string, columns: number): ColumnTexts => ({
    category: category(id),
    groupMinWidth: headerMinWidth(category(id)) / columns,
    teamAverage,
    overrideCell,
    describe,
  });
  return [
    modelColumn,
    ...languages.map(({ language: code, categories }, i): ColGroupDef<Row> => ({
      groupId: `lang-${code}-${i}`,
      headerName: language(code),
      headerTooltip: language(code),
      marryChildren: true,
      children: categories.map(({ category: id, list }, j): ColGroupDef<Row> => {
        const shared = texts(id, list.length);
        return {
          groupId: `cat-${code}-${i}-${id}-${j}`,
          headerName: category(id),
          headerTooltip: category(id),
          // A category over one narrow column wraps instead of being cut ("Instruction fol···"); the row's
          // height is computed from the names (grid-header-heights.ts), not measured by AG Grid.
          wrapHeaderText: true,
          marryChildren: true,
          children: list.map((b) => benchmarkColumn(t, index, b, heatmap, selection, shared, health, edit)),
        };
      }),
    })),
  ];
}
