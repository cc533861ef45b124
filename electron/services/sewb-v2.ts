import { z } from 'zod';
import { WorkbenchError } from '../../shared/api/errors';
import { columnIssues } from '../../shared/dataset/columnar-check';
import type { DatasetFacts } from '../../shared/dataset/dataset-wire';
import { ArrowTableError, observationsFromArrow } from '../../shared/dataset/observations-arrow';
import {
  SCENARIO_SCHEMA_VERSION,
  ScenarioSchema,
  withoutDataset,
  type ScenarioBody,
} from '../../shared/domain/scenario';
import { heldFromArrow, type HeldDataset } from './held-dataset';
import { parseLocatedJson } from './located-json';
import { zipParts } from './zip-write';
import { ZipReadError, zipPartsOf } from './zip-read';

/**
 * A .sewb version 2 file: a zip container (PKWARE APPNOTE) of two parts —
 * - `manifest.json`: the version 1 document with `"schemaVersion": 2`, its dataset without `observations`, and
 *   `"observations": {"part": "observations.arrow", "rows": N}`;
 * - `observations.arrow`: the N observations as an Apache Arrow IPC file (observations-arrow.ts), stored
 *   uncompressed so a reader can map it as it is.
 * Written by zip-write.ts with fixed entry dates, so the same scenario always gives the same bytes (and fingerprint).
 * Opening gives the same Scenario as the version 1 file of the same content.
 */

export const SEWB_FILE_VERSION = 2;
export const MANIFEST_PART = 'manifest.json';
export const OBSERVATIONS_PART = 'observations.arrow';

/** A scenario as the host holds it: its body, and its dataset as facts plus columns or rows (held-dataset.ts). */
export interface HeldScenario {
  readonly body: ScenarioBody;
  readonly dataset: HeldDataset;
}

/**
 * The file of a held scenario: a dataset held as Arrow (opened from a v2 file) is written with its very bytes.
 * `extra`: parts after these two (deflated; readers of the scenario pass them by), e.g. a recovery copy's date.
 */
export function encodeHeldScenarioV2(
  { body, dataset }: HeldScenario,
  extra: readonly { name: string; data: Uint8Array }[] = [],
): Uint8Array {
  const arrow = dataset.observationsArrow();
  const facts: DatasetFacts = dataset.facts;
  const manifest = {
    ...body,
    schemaVersion: SEWB_FILE_VERSION,
    dataset: facts,
    observations: { part: OBSERVATIONS_PART, rows: dataset.observationCount },
  };
  return zipParts([
    { name: MANIFEST_PART, data: new TextEncoder().encode(`${JSON.stringify(manifest, null, 1)}\n`), deflate: true },
    { name: OBSERVATIONS_PART, data: arrow, deflate: false },
    ...extra.map((part) => ({ ...part, deflate: true })),
  ]);
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

/**
 * Reads and checks a version 2 file into a held scenario whose observations stay the file's Arrow bytes (no row
 * objects); `where` names the file in error messages. `spaceBefore`: the bytes of the buffer before the Arrow table
 * may be overwritten once it is read (heldFromArrow frames the wire bytes there).
 */
export function decodeHeldScenarioV2(bytes: Uint8Array, where: string, spaceBefore = false): HeldScenario {
  let parts: Map<string, Uint8Array>;
  try {
    parts = zipPartsOf(bytes);
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    if (error.part) throw refusal(where, error.part, null, error.message.slice(error.part.length + 2));
    throw new WorkbenchError('invalid-file', `${where}: not a readable .sewb zip container (${error.message})`, where);
  }
  const part = (name: string) => {
    const found = parts.get(name);
    if (!found) throw refusal(where, name, null, 'missing from the container');
    return found;
  };
  const manifestText = new TextDecoder().decode(part(MANIFEST_PART));
  const raw = parseLocatedJson(manifestText, `${where}: ${MANIFEST_PART}`);
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
  const arrow = part(OBSERVATIONS_PART);
  let columns;
  try {
    columns = observationsFromArrow(arrow, table.rows, 'utf8');
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
  const { observations: _none, ...facts } = parsed.data.dataset;
  return { body: withoutDataset(parsed.data), dataset: heldFromArrow(facts, arrow, table.rows, spaceBefore) };
}
