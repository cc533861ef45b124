import { cellKey } from '../../../../shared/domain/scenario';
import type { DatasetIndex } from '../../../../shared/dataset/index';
import { provenanceOf } from '../../../../shared/dataset/provenance';
import { cellProvenances } from '../../model/cell-source';
import type { MatrixCell, MatrixEvaluation } from '../../../../shared/evaluation/evaluate';

/** The marks a value cell can carry, one bit each (the cell's classes: `MARK_CLASS`). */
export const MARK = {
  /** A what-if override (✎). */
  override: 1,
  /** No value. */
  missing: 2,
  /** More than one observation to choose from (the top-right triangle). */
  several: 4,
  /** A used observation is someone else's relay of the figure (†; shared/dataset/provenance.ts). */
  secondHand: 8,
  /** A used observation was measured independently (◇). */
  independent: 16,
} as const;

const MARK_CLASS: readonly [number, string][] = [
  [MARK.override, 'is-override'],
  [MARK.missing, 'is-missing'],
  [MARK.several, 'is-several'],
  [MARK.secondHand, 'is-second-hand'],
  [MARK.independent, 'is-independent'],
];

/**
 * A cell's marks: override or missing by its origin, several when it has more than one candidate observation, and,
 * for a dataset value, the provenance of the observations it is taken from (cell-source.ts's `cellProvenances`).
 */
export function cellMarks(index: DatasetIndex, cell: MatrixCell): number {
  const marks = cell.resolved.candidates.length > 1 ? MARK.several : 0;
  if (cell.origin === 'override') return marks | MARK.override;
  if (cell.origin === 'missing') return marks | MARK.missing;
  const provenances = cellProvenances(index, cell);
  return (
    marks |
    (provenances.has('second-hand') ? MARK.secondHand : 0) |
    (provenances.has('independent') ? MARK.independent : 0)
  );
}

/** The value cell's classes for each combination of marks, made once (the grid asks for them per cell drawn). */
const CLASSES: readonly string[][] = Array.from({ length: 32 }, (_, marks) => [
  'num-cell',
  ...MARK_CLASS.filter(([bit]) => marks & bit).map(([, name]) => name),
]);

/** The classes of a value cell with these marks: `num-cell` and one per mark. */
export const markClasses = (marks: number): string[] => CLASSES[marks & 31];

/** Marks worked out so far; a cell not yet holds 0 (a worked-out cell holds its marks with this bit set). */
const KNOWN = 128;

/** The marks of an evaluation's cells, by row number and benchmark id. */
export type CellMarksOf = (r: number, benchmark: string) => number;

const tables = new WeakMap<MatrixEvaluation, CellMarksOf>();

/**
 * The marks of an evaluation's cells (`cellMarks`), kept in one byte per cell. A row's cells are worked out in one pass
 * over its model's observations (the dataset's columns) when the grid first asks for one of them: a cell of no
 * observation is missing, a cell of one has that observation's provenance (every observation policy takes the only
 * candidate; `provenanceOf` once per source × measurer pair), an override is one of `overrides` (the evaluated
 * scenario's, as cell keys); only a cell of several observations is resolved (the policy chooses), when asked for.
 * One table per evaluation: an edit's new evaluation starts a new one.
 */
export function cellMarksOf(
  evaluation: MatrixEvaluation,
  index: DatasetIndex,
  overrides: ReadonlySet<string>,
): CellMarksOf {
  const hit = tables.get(evaluation);
  if (hit) return hit;
  const { columns } = index;
  const cols = evaluation.criteria.length;
  const column = new Map(evaluation.criteria.map((c, j) => [c.benchmark, j]));
  // The criterion column of each benchmark dictionary entry (-1: not a criterion).
  const columnOf = new Int32Array(columns.benchmark.dictionary.length).fill(-1);
  columns.benchmark.dictionary.forEach((id, b) => (columnOf[b] = column.get(id) ?? -1));
  const measurers = columns.measuredBy.dictionary.length;
  const provenances = new Map<number, number>();
  const provenanceMark = (row: number): number => {
    const key = columns.source.indices[row] * measurers + columns.measuredBy.indices[row];
    let mark = provenances.get(key);
    if (mark === undefined) {
      const source = index.sources.get(columns.source.dictionary[columns.source.indices[row]]);
      const provenance = provenanceOf(
        { measuredBy: columns.measuredBy.dictionary[columns.measuredBy.indices[row]] },
        source?.kind,
      );
      mark = provenance === 'second-hand' ? MARK.secondHand : provenance === 'independent' ? MARK.independent : 0;
      provenances.set(key, mark);
    }
    return mark;
  };
  const known = new Uint8Array(evaluation.alternatives.length * cols);
  const rowDone = new Uint8Array(evaluation.alternatives.length);
  const count = new Int32Array(cols);
  const only = new Int32Array(cols);
  const workOutRow = (r: number) => {
    const model = evaluation.alternatives[r].model;
    count.fill(0);
    const rows = index.rowsOfModel(model);
    for (let k = 0; k < rows.length; k++) {
      const j = columnOf[columns.benchmark.indices[rows[k]]];
      if (j >= 0 && count[j]++ === 0) only[j] = rows[k];
    }
    for (let j = 0; j < cols; j++) {
      const override = overrides.size > 0 && overrides.has(cellKey(model, evaluation.criteria[j].benchmark));
      const several = count[j] > 1 ? MARK.several : 0;
      if (override) known[r * cols + j] = KNOWN | MARK.override | several;
      else if (count[j] === 0) known[r * cols + j] = KNOWN | MARK.missing;
      else if (count[j] === 1) known[r * cols + j] = KNOWN | provenanceMark(only[j]);
    }
    rowDone[r] = 1;
  };
  const marksOf: CellMarksOf = (r, benchmark) => {
    const j = column.get(benchmark);
    const alternative = evaluation.alternatives[r];
    if (j === undefined || !alternative) return 0;
    if (!rowDone[r]) workOutRow(r);
    const k = r * cols + j;
    if (!known[k]) known[k] = KNOWN | cellMarks(index, alternative.cell(benchmark));
    return known[k] & ~KNOWN;
  };
  tables.set(evaluation, marksOf);
  return marksOf;
}
