import { cellKey, type Override, type Scenario } from '../../../../shared/domain/scenario';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { gridMatrix, type GridMatrix } from './grid-matrix';

/** What the grid shows now: every row reads its cells through it (one object per run of compatible scenarios). */
export interface GridSource {
  evaluation: Evaluation;
  matrix: GridMatrix;
}

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

/** True when row r shows the same values (and, with the heatmap, the same shades) in both matrices. */
function sameRow(before: GridMatrix, after: GridMatrix, r: number, heatmap: boolean): boolean {
  for (let j = 0; j < after.cols; j++) {
    if (before.valueAt(r, j) !== after.valueAt(r, j)) return false;
    if (heatmap && before.heatAt(r, j) !== after.heatAt(r, j)) return false;
  }
  return true;
}

/**
 * True when a cell of row r looks different with the same value: its override mark toggled (`marked`, the row's
 * benchmarks with override changes) or, with the heatmap, its shade moved. AG Grid redraws on its own only the cells
 * whose value changed.
 */
function changedUnseen(
  before: GridMatrix,
  after: GridMatrix,
  r: number,
  heatmap: boolean,
  marked: ReadonlySet<string> | undefined,
): boolean {
  for (const benchmark of marked ?? []) if (before.value(r, benchmark) === after.value(r, benchmark)) return true;
  if (!heatmap) return false;
  for (let j = 0; j < after.cols; j++)
    if (before.valueAt(r, j) === after.valueAt(r, j) && before.heatAt(r, j) !== after.heatAt(r, j)) return true;
  return false;
}

/**
 * The grid's rows across edits, shared structurally: after an edit, a row whose cells look the same (values,
 * override marks and, with the heatmap on, shades; the rest of a cell follows from the dataset and the policy,
 * unchanged) keeps its object, so AG Grid (rows keyed by model id, `getRowId`) redraws only the rows given new
 * objects. Any other change (dataset, policy, candidates, criteria) builds every row again.
 */
export class GridRows {
  private last: { scenario: Scenario; evaluation: Evaluation; heatmap: boolean; rows: Row[] } | null = null;
  /**
   * The rows given new objects by the last call that may show a cell with its value kept but not its look (a mark,
   * a shade; every row when all were built again): AG Grid redraws only the cells whose value changed, so these
   * are to be drawn again whole.
   */
  unseen: ReadonlySet<string> = new Set();

  rows(scenario: Scenario, evaluation: Evaluation, heatmap: boolean): Row[] {
    const last = this.last;
    if (last && last.scenario === scenario && last.evaluation === evaluation && last.heatmap === heatmap)
      return last.rows;
    const matrix = gridMatrix(evaluation);
    const fresh = (source: GridSource) =>
      evaluation.alternatives.map((a, r): Row => ({ id: a.model, name: a.name, r, source }));
    let rows: Row[];
    const unseen = new Set<string>();
    if (!last || !sameCellResolution(last.scenario, scenario) || last.rows.length !== evaluation.alternatives.length) {
      rows = fresh({ evaluation, matrix });
      for (const row of rows) unseen.add(row.id);
    } else {
      const source = last.rows[0]?.source ?? { evaluation, matrix };
      const before = source.matrix;
      const touched = cellsWithOverrideChanges(last.scenario.overrides, scenario.overrides);
      rows = last.rows.map((row) => {
        if (!touched.has(row.id) && sameRow(before, matrix, row.r, heatmap)) return row;
        if (changedUnseen(before, matrix, row.r, heatmap, touched.get(row.id))) unseen.add(row.id);
        return { ...row };
      });
      // Kept rows read the new evaluation through the shared source: their cells are the same.
      source.evaluation = evaluation;
      source.matrix = matrix;
    }
    this.unseen = unseen;
    this.last = { scenario, evaluation, heatmap, rows };
    return rows;
  }
}
