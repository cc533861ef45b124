import { ImportMappingSchema } from '../../../../shared/api/import-schemas';
import type { ImportFormat, ImportMapping } from '../../../../shared/dataset/import-types';

export const MAPPINGS_STORAGE_KEY = 'sewb.import-mappings';
/** The most recent signatures kept; older ones are forgotten. */
const KEEP = 50;

/**
 * What identifies "the same kind of file": a table's headers in order (CSV, TSV and XLSX alike). JSON
 * inputs have no column mapping to remember: null.
 */
export function headerSignature(format: ImportFormat, mapping: ImportMapping): string | null {
  const headers = Object.keys(mapping.columns);
  return format === 'csv' || format === 'tsv' || format === 'xlsx' || format === 'parquet'
    ? headers.length
      ? headers.join('\u001f')
      : null
    : null;
}

function readAll(storage: Storage): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(MAPPINGS_STORAGE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The mapping last imported with for these headers; null when none (or what is stored is not a mapping). */
export function recallMapping(signature: string, storage: Storage = localStorage): ImportMapping | null {
  const parsed = ImportMappingSchema.safeParse(readAll(storage)[signature]);
  return parsed.success ? parsed.data : null;
}

/** Remembers the mapping of a successful import for the next file with the same headers. */
export function rememberMapping(signature: string, mapping: ImportMapping, storage: Storage = localStorage): void {
  const all = readAll(storage);
  delete all[signature];
  const entries = [...Object.entries(all), [signature, mapping] as const].slice(-KEEP);
  try {
    storage.setItem(MAPPINGS_STORAGE_KEY, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // A full or disabled storage only loses the convenience, never the import.
  }
}
