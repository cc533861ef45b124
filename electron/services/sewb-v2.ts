import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { WorkbenchError } from '../../shared/api/errors';
import { columnsFromObservations, observationsFromColumns } from '../../shared/dataset/columnar';
import { columnIssues } from '../../shared/dataset/columnar-check';
import { ArrowTableError, observationsFromArrow, observationsToArrow } from '../../shared/dataset/observations-arrow';
import { SCENARIO_SCHEMA_VERSION, ScenarioSchema, type Scenario } from '../../shared/domain/scenario';
import { parseLocatedJson } from './located-json';

/**
 * A .sewb version 2 file: a zip container (PKWARE APPNOTE) of two parts —
 * - `manifest.json`: the version 1 document with `"schemaVersion": 2`, its dataset without `observations`, and
 *   `"observations": {"part": "observations.arrow", "rows": N}`;
 * - `observations.arrow`: the N observations as an Apache Arrow IPC file (observations-arrow.ts), stored
 *   uncompressed so a reader can map it as it is.
 * Opening gives the same Scenario as the version 1 file of the same content.
 */

export const SEWB_FILE_VERSION = 2;
export const MANIFEST_PART = 'manifest.json';
export const OBSERVATIONS_PART = 'observations.arrow';

/** The entries' date: fixed, so the same scenario always gives the same bytes (and fingerprint). */
const ENTRY_DATE = new Date(1980, 0, 1);

export function encodeScenarioV2(scenario: Scenario): Uint8Array {
  const { observations, ...datasetFacts } = scenario.dataset;
  const manifest = {
    ...scenario,
    schemaVersion: SEWB_FILE_VERSION,
    dataset: datasetFacts,
    observations: { part: OBSERVATIONS_PART, rows: observations.length },
  };
  const arrow = observationsToArrow(columnsFromObservations(observations));
  return zipSync(
    {
      [MANIFEST_PART]: [strToU8(`${JSON.stringify(manifest, null, 1)}\n`), { level: 6 }],
      [OBSERVATIONS_PART]: [arrow, { level: 0 }],
    },
    { mtime: ENTRY_DATE },
  );
}

const ManifestHeadSchema = z.looseObject({
  kind: z.literal('sewb-scenario'),
  schemaVersion: z.literal(SEWB_FILE_VERSION),
  observations: z.object({ part: z.literal(OBSERVATIONS_PART), rows: z.number().int().nonnegative() }).strict(),
  dataset: z.record(z.string(), z.unknown()),
});

/** Refuses the file naming the part and, where known, the field: `file: manifest.json: criteria.1.weight: …`. */
const refusal = (where: string, part: string, field: string | null, reason: string) =>
  new WorkbenchError(
    'invalid-file',
    `${where}: ${part}: ${field ? `${field}: ` : ''}${reason}`,
    [where, part, field].filter(Boolean).join(' → '),
  );

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return { field: issue ? issue.path.map(String).join('.') : null, reason: issue?.message ?? 'invalid' };
};

/** Reads and checks a version 2 file; `where` names it in error messages. */
export function decodeScenarioV2(bytes: Uint8Array, where: string): Scenario {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkbenchError('invalid-file', `${where}: not a readable .sewb zip container (${reason})`, where);
  }
  const part = (name: string) => {
    const found = parts[name];
    if (!found) throw refusal(where, name, null, 'missing from the container');
    return found;
  };
  const raw = parseLocatedJson(strFromU8(part(MANIFEST_PART)), `${where}: ${MANIFEST_PART}`);
  if (typeof raw === 'object' && raw !== null && 'schemaVersion' in raw) {
    const version = raw.schemaVersion;
    if (typeof version === 'number' && version > SEWB_FILE_VERSION)
      throw refusal(
        where,
        MANIFEST_PART,
        'schemaVersion',
        `saved by a newer version of the workbench (file version ${version}; this version reads up to ${SEWB_FILE_VERSION}). Update the workbench to open it.`,
      );
  }
  const head = ManifestHeadSchema.safeParse(raw);
  if (!head.success) {
    const { field, reason } = firstIssue(head.error);
    throw refusal(where, MANIFEST_PART, field, reason);
  }
  // The scenario schema reads the manifest as a version 1 document without observations (its own key is dropped).
  const { observations: table, dataset } = head.data;
  const document = { ...head.data, schemaVersion: SCENARIO_SCHEMA_VERSION, dataset: { ...dataset, observations: [] } };
  const parsed = ScenarioSchema.safeParse(document);
  if (!parsed.success) {
    const { field, reason } = firstIssue(parsed.error);
    throw refusal(where, MANIFEST_PART, field, reason);
  }
  let columns;
  try {
    columns = observationsFromArrow(part(OBSERVATIONS_PART), table.rows);
  } catch (error) {
    if (!(error instanceof ArrowTableError)) throw error;
    const path = [where, OBSERVATIONS_PART, error.column].filter(Boolean).join(' → ');
    throw new WorkbenchError('invalid-file', `${where}: ${OBSERVATIONS_PART}: ${error.message}`, path);
  }
  const issue = columnIssues(columns, parsed.data.dataset, { limit: 1 })[0];
  if (issue) {
    const field = issue.path.join('.');
    throw refusal(where, OBSERVATIONS_PART, field, issue.message.slice(field.length + 2));
  }
  return {
    ...parsed.data,
    dataset: { ...parsed.data.dataset, observations: observationsFromColumns(columns) },
  };
}
