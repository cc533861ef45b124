import type { DatasetIndex } from '../../../../shared/dataset/index';
import { provenanceOf } from '../../../../shared/dataset/provenance';
import type { Evaluation, MatrixCell } from '../../../../shared/evaluation/evaluate';

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
  let marks = cell.resolved.candidates.length > 1 ? MARK.several : 0;
  if (cell.origin === 'override') return marks | MARK.override;
  if (cell.origin === 'missing') return marks | MARK.missing;
  const used = cell.resolved.observationIds;
  for (const o of cell.resolved.candidates) {
    if (!used.includes(o.id)) continue;
    const provenance = provenanceOf(o, index.sources.get(o.source)?.kind);
    if (provenance === 'second-hand') marks |= MARK.secondHand;
    else if (provenance === 'independent') marks |= MARK.independent;
  }
  return marks;
}

/** The value cell's classes for each combination of marks, made once (the grid asks for them per cell drawn). */
const CLASSES: readonly string[][] = Array.from({ length: 32 }, (_, marks) => [
  'num-cell',
  ...MARK_CLASS.filter(([bit]) => marks & bit).map(([, name]) => name),
]);

/** The classes of a value cell with these marks: `num-cell` and one per mark. */
export const markClasses = (marks: number): string[] => CLASSES[marks & 31];

/** Marks read so far; a cell not read yet holds 0 (a read cell holds its marks with this bit set). */
const KNOWN = 128;

/** The marks of an evaluation's cells, by row number and benchmark id. */
export type CellMarksOf = (r: number, benchmark: string) => number;

const tables = new WeakMap<Evaluation, CellMarksOf>();

/**
 * The marks of an evaluation's cells, worked out once per cell when first asked for (the grid draws a screenful at a
 * time) and kept in one byte per cell, so the classes, the ✎ renderer and the Delete key ask again for nothing.
 * One table per evaluation: an edit's new evaluation starts a new one.
 */
export function cellMarksOf(evaluation: Evaluation, index: DatasetIndex): CellMarksOf {
  const hit = tables.get(evaluation);
  if (hit) return hit;
  const cols = evaluation.criteria.length;
  const column = new Map(evaluation.criteria.map((c, j) => [c.benchmark, j]));
  const known = new Uint8Array(evaluation.alternatives.length * cols);
  const marksOf: CellMarksOf = (r, benchmark) => {
    const j = column.get(benchmark);
    const alternative = evaluation.alternatives[r];
    if (j === undefined || !alternative) return 0;
    const k = r * cols + j;
    if (!known[k]) known[k] = KNOWN | cellMarks(index, alternative.cell(benchmark));
    return known[k] & ~KNOWN;
  };
  tables.set(evaluation, marksOf);
  return marksOf;
}
