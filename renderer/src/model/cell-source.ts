import type { Observation, Source } from '../../../shared/domain/dataset';
import type { DatasetIndex } from '../../../shared/dataset/index';
import type { MatrixCell } from '../../../shared/evaluation/evaluate';
import { provenanceOf, type Provenance } from '../../../shared/dataset/provenance';

interface CellSource {
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
 * Whose figures a dataset value comes from (./provenance): `own`, `independent` and/or `second-hand`, one entry per
 * kind among the observations used (several for the "mean" policy). Empty for overrides and missing cells.
 */
export function cellProvenances(index: DatasetIndex, cell: MatrixCell): Set<Provenance> {
  if (cell.origin !== 'observation') return new Set();
  return new Set(cellSources(index, cell).map(({ observation, source }) => provenanceOf(observation, source?.kind)));
}
