import { cellKey, type Override, type Scenario } from '../../../../shared/domain/scenario';
import type { MatrixEvaluation } from '../../../../shared/evaluation/evaluate';
import { gridMatrix, type GridMatrix } from './grid-matrix';

/** What the grid shows now: every row reads its cells through it (one object per run of compatible scenarios). */
export interface GridSource {
  evaluation: MatrixEvaluation;
  matrix: GridMatrix;
  /** The evaluated scenario's overrides, as cell keys (the cells' marks read them: cell-marks.ts). */
  overrides: ReadonlySet<string>;
}

const overrideKeys = (scenario: Scenario): ReadonlySet<string> =>
  new Set(scenario.overrides.map((o) => cellKey(o.model, o.benchmark)));

/** One grid row (a candidate model): the object AG Grid compares to decide whether the row is drawn again. */
export interface Row {
  id: string;
  name: string;
  /** The alternative's row in the evaluation's matrices (and its place in `alternatives`). */
  r: number;
  source: GridSource;
}

/**
 * The cells (model → benchmarks) with a what-if override added, removed or changed between two override lists (a
 * cell whose override equals the dataset's value still changes: it gains or loses the ✎ mark).
 */
export function cellsWithOverrideChanges(
  before: readonly Override[],
  after: readonly Override[],
): Map<string, Set<string>> {
  const touched = new Map<string, Set<string>>();
  if (before === after) return touched;
  const touch = (o: Override) => {
    const cells = touched.get(o.model) ?? new Set<string>();
    touched.set(o.model, cells.add(o.benchmark));
  };
  const old = new Map(before.map((o) => [cellKey(o.model, o.benchmark), o]));
  for (const o of after) {
    const key = cellKey(o.model, o.benchmark);
    if (old.get(key)?.value !== o.value) touch(o);
    old.delete(key);
  }
  for (const o of old.values()) touch(o);
  return touched;
}

/** The models of `cellsWithOverrideChanges`. */
export const modelsWithOverrideChanges = (before: readonly Override[], after: readonly Override[]): Set<string> =>
  new Set(cellsWithOverrideChanges(before, after).keys());

/**
 * Whether a cell's marks and provenance (which observations, which one is used, the sources) can differ between two
 * scenarios only through their overrides: the same dataset, observation policy (with its pins), candidates and
 * criteria. Otherwise every row is built again.
 */
const sameCellResolution = (a: Scenario, b: Scenario) =>
  a.dataset === b.dataset &&
  a.observationPolicy === b.observationPolicy &&
  a.alternatives === b.alternatives &&
  a.criteria.length === b.criteria.length &&
  a.criteria.every((c, j) => c.benchmark === b.criteria[j].benchmark);

/**
 * The cells of row r that look different between two matrices: another value, an override mark added, removed or
 * changed (`marked`, the row's benchmarks with override changes: an override of the value shown changes the mark
 * only), or, with the heatmap, another shade.
 */
function changedCells(
  before: GridMatrix,
  after: GridMatrix,
  r: number,
  heatmap: boolean,
  benchmarks: readonly string[],
  marked: ReadonlySet<string> | undefined,
): Set<string> | null {
  let cells: Set<string> | null = marked ? new Set(marked) : null;
  for (let j = 0; j < after.cols; j++)
    if (before.valueAt(r, j) !== after.valueAt(r, j) || (heatmap && before.heatAt(r, j) !== after.heatAt(r, j)))
      (cells ??= new Set()).add(benchmarks[j]);
  return cells;
}

/**
 * The grid's rows across edits: after an edit that leaves every cell's resolution as it was (overrides only: the
 * dataset, the policy, the candidates, the criteria and the heatmap switch unchanged), the same array of the same row
 * objects, every row reading the new evaluation through their shared source, and the cells that look different
 * named in `changed` for the grid to draw again (AG Grid then re-reads nothing else: no row-data update, no row
 * refreshed whole). Any other change builds every row again.
 */
export class GridRows {
  private last: { scenario: Scenario; evaluation: MatrixEvaluation; heatmap: boolean; rows: Row[] } | null = null;
  /**
   * The rows built again by the last call (every row, or none): AG Grid redraws by itself only the cells whose value
   * changed, so these are to be drawn again whole (a mark or a shade can change with the value kept).
   */
  unseen: ReadonlySet<string> = new Set();
  /** The cells (row id → benchmark ids) the last call kept the rows for but that look different now. */
  changed: ReadonlyMap<string, ReadonlySet<string>> = new Map();

  rows(scenario: Scenario, evaluation: MatrixEvaluation, heatmap: boolean): Row[] {
    const last = this.last;
    if (last && last.scenario === scenario && last.evaluation === evaluation && last.heatmap === heatmap)
      return last.rows;
    const matrix = gridMatrix(evaluation);
    let rows: Row[];
    const unseen = new Set<string>();
    const changed = new Map<string, Set<string>>();
    if (
      !last ||
      last.heatmap !== heatmap ||
      !sameCellResolution(last.scenario, scenario) ||
      last.rows.length !== evaluation.alternatives.length
    ) {
      const source = { evaluation, matrix, overrides: overrideKeys(scenario) };
      rows = evaluation.alternatives.map((a, r): Row => ({ id: a.model, name: a.name, r, source }));
      for (const row of rows) unseen.add(row.id);
    } else {
      rows = last.rows;
      const source = rows[0]?.source ?? { evaluation, matrix, overrides: overrideKeys(scenario) };
      const benchmarks = evaluation.criteria.map((c) => c.benchmark);
      const touched = cellsWithOverrideChanges(last.scenario.overrides, scenario.overrides);
      for (const row of rows) {
        const cells = changedCells(source.matrix, matrix, row.r, heatmap, benchmarks, touched.get(row.id));
        if (cells) changed.set(row.id, cells);
      }
      // Every row reads the new evaluation through the shared source.
      source.evaluation = evaluation;
      source.matrix = matrix;
      source.overrides = overrideKeys(scenario);
    }
    this.unseen = unseen;
    this.changed = changed;
    this.last = { scenario, evaluation, heatmap, rows };
    return rows;
  }
}

/**
 * The changed cells as blocks to redraw: the rows changed in the same columns together (a grid refresh takes rows ×
 * columns), so an edit is one block of one cell and a heatmap column's moved shades one block of one column.
 */
export function cellBlocks(changed: ReadonlyMap<string, ReadonlySet<string>>): { rows: string[]; columns: string[] }[] {
  const blocks = new Map<string, { rows: string[]; columns: string[] }>();
  for (const [row, cells] of changed) {
    const columns = [...cells].sort();
    const key = columns.join('\u0000');
    const block = blocks.get(key) ?? { rows: [], columns };
    blocks.set(key, block);
    block.rows.push(row);
  }
  return [...blocks.values()];
}
