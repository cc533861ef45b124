import type { Observation, Source } from '../../../shared/domain/dataset';
import type { DatasetIndex } from '../../../shared/dataset/index';
import type { MatrixCell } from '../../../shared/engine/evaluate';

export interface CellSource {
  observation: Observation;
  source: Source | null;
}

/** The observations a cell's dataset value comes from (one, or several for the "mean" policy). */
export function cellSources(index: DatasetIndex, cell: MatrixCell): CellSource[] {
  const ids = new Set(cell.resolved.observationIds);
  return cell.resolved.candidates
    .filter((o) => ids.has(o.id))
    .map((observation) => ({ observation, source: index.sources.get(observation.source) ?? null }));
}

/** "Source title (measured by)" for tooltips: every observation the value comes from, joined. */
export function describeSources(sources: CellSource[]): string {
  return sources
    .map(({ observation, source }) => `${source?.title ?? observation.source} (${observation.measuredBy})`)
    .join('; ');
}

/**
 * True when a dataset value is not the model maker's own figure from its own report: some observation used was
 * measured by someone else (another maker's table, an evaluator) or reached the dataset through a source that is not
 * a maker's report (news, secondary). Overrides and missing cells are neither.
 */
export function isSecondHand(index: DatasetIndex, cell: MatrixCell): boolean {
  return (
    cell.origin === 'observation' &&
    cellSources(index, cell).some(
      ({ observation, source }) => observation.measuredBy !== 'model maker' || source?.kind !== 'maker-report',
    )
  );
}
