import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

/**
 * The published reference files read directly with a CSV parser, independent of the app's importer: data/reference,
 * the copy of ../shared/reference that tests/unit/dataset/default-dataset.test.ts checks is identical.
 */
const referenceDir = join(import.meta.dirname, '../../../data/reference');
const rows = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(referenceDir, name), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;

export const observationsCsv = rows('observations.csv');
export const modelsCsv = rows('models.csv');

/** The one value of `model` on `benchmark` in the CSV, narrowed by setting and source when several exist. */
export function csvValue(model: string, benchmark: string, where: { setting?: string; source?: string } = {}): number {
  const found = observationsCsv.filter(
    (r) =>
      r.model === model &&
      r.benchmark === benchmark &&
      (where.setting === undefined || r.setting === where.setting) &&
      (where.source === undefined || r.source_url === where.source),
  );
  if (found.length !== 1) throw new Error(`${found.length} rows for ${model} × ${benchmark}`);
  return Number(found[0].value);
}

export const csvHas = (model: string, benchmark: string): boolean =>
  observationsCsv.some((r) => r.model === model && r.benchmark === benchmark);
