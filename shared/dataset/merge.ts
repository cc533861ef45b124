import type { Dataset } from '../domain/dataset';
import type { ImportProblem, ImportResult } from './import-types';

export type MergeOutcome =
  | { ok: true; dataset: Dataset; added: { observations: number; models: number; benchmarks: number; sources: number } }
  | { ok: false; problems: ImportProblem[] };

/**
 * Adds an import's accepted observations (and its new models, benchmarks and sources) to a dataset and
 * returns the new dataset; the given one is not changed. All or nothing: while the import has problems
 * (fix or skip those rows and import again), or if its new ids collide with the dataset (it was previewed
 * against another version of the dataset), nothing is merged and the problems are returned.
 */
export function mergeImport(dataset: Dataset, result: ImportResult): MergeOutcome {
  if (result.problems.length) return { ok: false, problems: result.problems };
  const collision = (kind: string, taken: Set<string>, ids: string[]): ImportProblem[] =>
    ids
      .filter((id) => taken.has(id))
      .map((id) => ({
        kind: 'duplicate',
        file: result.file,
        row: null,
        column: null,
        text: id,
        message: `${result.file}: the ${kind} "${id}" is already in the dataset; preview the import again`,
        code: 'id-taken',
        params: { what: kind, id },
      }));
  const problems = [
    ...collision(
      'model',
      new Set(dataset.models.map((m) => m.id)),
      result.models.map((m) => m.id),
    ),
    ...collision(
      'benchmark',
      new Set(dataset.benchmarks.map((b) => b.id)),
      result.benchmarks.map((b) => b.id),
    ),
    ...collision(
      'source',
      new Set(dataset.sources.map((s) => s.id)),
      result.sources.map((s) => s.id),
    ),
  ];
  if (result.observations.length && dataset.observations.some((o) => o.id.startsWith(`${result.batch}-`)))
    problems.push(...collision('import batch', new Set([result.batch]), [result.batch]));
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    dataset: {
      ...dataset,
      models: [...dataset.models, ...result.models],
      benchmarks: [...dataset.benchmarks, ...result.benchmarks],
      sources: [...dataset.sources, ...result.sources],
      observations: dataset.observations.concat(result.observations),
    },
    added: {
      observations: result.observations.length,
      models: result.models.length,
      benchmarks: result.benchmarks.length,
      sources: result.sources.length,
    },
  };
}
