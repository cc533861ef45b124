import { DatasetSchema, type Dataset } from '../domain/dataset';
import { columnsFromObservations, type IdColumn, type ObservationColumns } from './columnar';
import { columnarDataset } from './columnar-dataset';
import { columnIssues } from './columnar-check';
import { ArrowTableError, observationsFromArrow, observationsToArrow } from './observations-arrow';

/**
 * A dataset as it crosses between the page and its host (getDataset, putDataset in shared/api/contract.ts): one
 * byte string, the same bytes over HTTP (the body, DATASET_WIRE_TYPE) and over Electron IPC (a Uint8Array).
 *
 *   bytes 0–7    magic "SEWBDS" 0x00 0x01 (format version 1)
 *   bytes 8–11   J, unsigned 32-bit little-endian: the byte length of the JSON part
 *   12 … 12+J    UTF-8 JSON: the dataset without `observations`, plus `"observations": {"rows": N}`
 *   then zeros up to a multiple of 8 bytes, so the Arrow buffers start aligned
 *   to the end    the N observations as an Apache Arrow IPC file (observations-arrow.ts: the observation table of
 *                 a .sewb version 2 file, so the host can send the very bytes it read)
 *
 * The receiver checks the JSON part with the dataset schema (with no observations) and the observations column
 * by column (columnar-check.ts), with the schema's located messages: `dataset.observations.1234.value: …`.
 */

export const DATASET_WIRE_TYPE = 'application/vnd.sewb.dataset+arrow';
const MAGIC = [0x53, 0x45, 0x57, 0x42, 0x44, 0x53, 0x00, 0x01];
const HEADER_BYTES = 12;

/** A dataset's own facts: everything but its observations. */
export type DatasetFacts = Omit<Dataset, 'observations'>;

/** A dataset read from the wire: its facts and observations, checked, as columns and as the Arrow file they came in. */
export interface WireDataset {
  readonly facts: DatasetFacts;
  /** The ids stay UTF-8 bytes until rows are built (columnar-dataset.ts). */
  readonly columns: ObservationColumns<IdColumn>;
  readonly observationsArrow: Uint8Array;
}

/** Bytes that are not a dataset; `path` is where (`dataset.observations.12.value`), `message` starts with it. */
export class DatasetWireError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'DatasetWireError';
  }
}

const AT = 'dataset';
const refuse = (field: string | null, reason: string): DatasetWireError => {
  const path = field ? `${AT}.${field}` : AT;
  return new DatasetWireError(`${path}: ${reason}`, path);
};

/** The bytes before the Arrow IPC file of `rows` observations: magic, JSON length, the facts' JSON, padding. */
export function wirePrefix(facts: DatasetFacts, rows: number): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify({ ...facts, observations: { rows } }));
  const prefix = new Uint8Array((HEADER_BYTES + json.length + 7) & ~7);
  prefix.set(MAGIC, 0);
  new DataView(prefix.buffer).setUint32(8, json.length, true);
  prefix.set(json, HEADER_BYTES);
  return prefix;
}

/** The wire bytes of a dataset's facts and its observations' Arrow IPC file (of `rows` rows). */
export function frameDataset(facts: DatasetFacts, observationsArrow: Uint8Array, rows: number): Uint8Array {
  const prefix = wirePrefix(facts, rows);
  const bytes = new Uint8Array(prefix.length + observationsArrow.length);
  bytes.set(prefix, 0);
  bytes.set(observationsArrow, prefix.length);
  return bytes;
}

/** The facts of `dataset` (its observations left out). */
export function datasetFacts(dataset: Dataset): DatasetFacts {
  const { observations: _observations, ...facts } = dataset;
  return facts;
}

/** The wire bytes of a dataset of row objects (one made in the page: an import, a bundled dataset). */
export function datasetToWire(dataset: Dataset): Uint8Array {
  const arrow = observationsToArrow(columnsFromObservations(dataset.observations));
  return frameDataset(datasetFacts(dataset), arrow, dataset.observations.length);
}

/** Reads and checks wire bytes; throws DatasetWireError naming the place of the first problem. */
export function readDatasetWire(bytes: Uint8Array): WireDataset {
  if (bytes.length < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b))
    throw refuse(null, 'not a dataset in the workbench wire format (no SEWBDS header)');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  const start = (HEADER_BYTES + length + 7) & ~7;
  if (start > bytes.length) throw refuse(null, `the JSON part (${length} bytes) runs past the end`);
  let raw: unknown;
  try {
    raw = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + length)),
    );
  } catch (error) {
    throw refuse(null, `the JSON part does not read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw refuse(null, 'the JSON part is not an object');
  const { observations: table, ...rest } = raw as Record<string, unknown>;
  const rows = (table as { rows?: unknown } | undefined)?.rows;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0)
    throw refuse('observations.rows', 'expected the number of observations (a whole number ≥ 0)');
  const parsed = DatasetSchema.safeParse({ ...rest, observations: [] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refuse(issue ? issue.path.map(String).join('.') : null, issue?.message ?? 'invalid');
  }
  const facts = datasetFacts(parsed.data);
  const observationsArrow = bytes.subarray(start);
  let columns: ObservationColumns<IdColumn>;
  try {
    columns = observationsFromArrow(observationsArrow, rows, 'utf8');
  } catch (error) {
    if (!(error instanceof ArrowTableError)) throw error;
    throw refuse(['observations', error.column].filter(Boolean).join('.'), error.message);
  }
  const issue = columnIssues(columns, facts, { at: [AT, 'observations'], limit: 1 })[0];
  if (issue) throw new DatasetWireError(issue.message, issue.path.join('.'));
  return { facts, columns, observationsArrow };
}

/** A dataset from checked wire bytes, kept as its columns: rows are built when read (columnar-dataset.ts). */
export function datasetFromWire(bytes: Uint8Array): Dataset {
  const { facts, columns } = readDatasetWire(bytes);
  return columnarDataset(facts, columns);
}
