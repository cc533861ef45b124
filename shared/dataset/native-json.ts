import { DatasetSchema, type Dataset } from '../domain/dataset';
import { createImportBuilder } from './import-builder';
import type { ImportOptions, ImportResult } from './import-types';

/** JSON path of a schema issue as row (1-based array position) and column (the rest): observations[3].value. */
function locate(path: readonly PropertyKey[]): { row: number | null; column: string | null } {
  const [list, index, ...rest] = path;
  if (typeof index !== 'number') return { row: null, column: path.map(String).join('.') || null };
  return { row: index + 1, column: [String(list), ...rest.map(String)].join('.') };
}

/**
 * Imports a dataset in the workbench's own JSON format (data/datasets/*.json, or the `dataset` of a
 * scenario file). Models and benchmarks the target lacks are added with their facts; sources are reused by
 * address; observations are checked like any import (scale, duplicates). Schema problems are located by
 * array position and field.
 */
export function importDatasetJson(json: unknown, file: string, target: Dataset, options: ImportOptions): ImportResult {
  const body =
    typeof json === 'object' && json !== null && 'kind' in json && (json as { kind: unknown }).kind === 'sewb-scenario'
      ? (json as { dataset?: unknown }).dataset
      : json;
  const parsed = DatasetSchema.safeParse(body);
  if (!parsed.success) {
    const b = createImportBuilder(file, 'dataset-json', target, options);
    for (const issue of parsed.error.issues.slice(0, 1000)) {
      const { row, column } = locate(issue.path);
      b.problem('invalid-value', row, column, null, issue.message, {
        code: 'invalid-field',
        params: { path: column ?? '', reason: issue.message },
      });
    }
    return b.result(0, 0);
  }
  const incoming = parsed.data;
  const knownModels = new Set(target.models.map((m) => m.id));
  const knownBenchmarks = new Set(target.benchmarks.map((x) => x.id));
  const models = incoming.models.filter((m) => !knownModels.has(m.id));
  const benchmarks = incoming.benchmarks.filter((x) => !knownBenchmarks.has(x.id));
  const catalog: Dataset = {
    ...target,
    models: [...target.models, ...models],
    benchmarks: [...target.benchmarks, ...benchmarks],
  };
  const b = createImportBuilder(file, 'dataset-json', catalog, {
    ...options,
    mapping: { ...options.mapping, newModels: false },
  });
  const sources = new Map(incoming.sources.map((s) => [s.id, s]));
  incoming.observations.forEach((o, i) => {
    const s = sources.get(o.source)!;
    const source = b.source(s.url, s.kind, s.date, i + 1, 'observations.source', s.title);
    if (source === null) return;
    b.add({ ...o, id: '', source }, i + 1, 'observations.value', String(o.value), (field) => ({
      column: `observations.${field}`,
      text: String(o[field]),
    }));
  });
  const result = b.result(incoming.observations.length, 0, { benchmarks });
  return { ...result, models };
}
