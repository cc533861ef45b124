import type { Observation } from '../domain/dataset';

/**
 * A dataset's observations as typed columns, one entry per observation (row i of every column is observation
 * i): numbers in typed arrays, ids and strings as Int32 indices into a dictionary of their distinct values
 * (2,000,000 observations name 10,000 models and 200 benchmarks). The layout of the observation table of a
 * .sewb version 2 file (shared/dataset/observations-arrow.ts) and of the column-by-column validator
 * (columnar-check.ts).
 */

/** Strings as indices into `dictionary`; -1 is "none" where the field is nullable (reportedAs). */
export interface DictionaryColumn {
  readonly indices: Int32Array;
  readonly dictionary: readonly string[];
}

/**
 * Observation ids as the UTF-8 bytes of an Arrow Utf8 column, not yet strings: id i is bytes[offsets[i],
 * offsets[i + 1]). What the column check reads from the wire or a file (2,000,000 short strings cost seconds to
 * make); `strings` makes them when rows are built.
 */
export interface Utf8Ids {
  readonly kind: 'utf8';
  readonly length: number;
  readonly offsets: Int32Array;
  readonly bytes: Uint8Array;
  /** Id i as a string. */
  at(i: number): string;
  /** Every id as a string. */
  strings(): string[];
}
export type IdColumn = readonly string[] | Utf8Ids;
export const isUtf8Ids = (ids: IdColumn): ids is Utf8Ids => 'kind' in ids && ids.kind === 'utf8';

export interface ObservationColumns<Ids extends IdColumn = readonly string[]> {
  /** Observation ids: unique, so not dictionary-encoded. */
  readonly id: Ids;
  readonly model: DictionaryColumn;
  readonly setting: DictionaryColumn;
  readonly benchmark: DictionaryColumn;
  readonly value: Float64Array;
  /** NaN = no standard error. */
  readonly stderr: Float64Array;
  /** 0 = no item count (a count is ≥ 1). */
  readonly n: Uint32Array;
  readonly measuredBy: DictionaryColumn;
  readonly source: DictionaryColumn;
  /** -1 = the source uses the benchmark's own name. */
  readonly reportedAs: DictionaryColumn;
  readonly note: DictionaryColumn;
}

export const DICTIONARY_COLUMNS = [
  'model',
  'setting',
  'benchmark',
  'measuredBy',
  'source',
  'reportedAs',
  'note',
] as const;
export type DictionaryColumnName = (typeof DICTIONARY_COLUMNS)[number];
export type ColumnName = keyof ObservationColumns;
/** The columns in the order of the Observation schema's fields. */
export const COLUMN_NAMES: readonly ColumnName[] = [
  'id',
  'model',
  'setting',
  'benchmark',
  'value',
  'stderr',
  'n',
  'measuredBy',
  'source',
  'reportedAs',
  'note',
];

/** The largest item count a Uint32 column holds. */
export const MAX_COUNT = 0xffff_ffff;

/** Builds a dictionary column from one string (or null) per row, values in order of first appearance. */
function encode(length: number, at: (i: number) => string | null): DictionaryColumn {
  const indices = new Int32Array(length);
  const positions = new Map<string, number>();
  const dictionary: string[] = [];
  // Rows come in runs (a model's 200 benchmarks, one source): the previous row's entry is checked first.
  let previous: string | null = null;
  let previousIndex = -1;
  for (let i = 0; i < length; i++) {
    const text = at(i);
    if (text === null) {
      indices[i] = -1;
      continue;
    }
    if (text !== previous) {
      let index = positions.get(text);
      if (index === undefined) {
        index = dictionary.push(text) - 1;
        positions.set(text, index);
      }
      previous = text;
      previousIndex = index;
    }
    indices[i] = previousIndex;
  }
  return { indices, dictionary };
}

/**
 * The columns of row objects that passed the dataset schema. An item count above MAX_COUNT (no benchmark has
 * four billion items) cannot be stored and is refused with its row named rather than cut.
 */
export function columnsFromObservations(rows: readonly Observation[]): ObservationColumns {
  const length = rows.length;
  const value = new Float64Array(length);
  const stderr = new Float64Array(length);
  const n = new Uint32Array(length);
  for (let i = 0; i < length; i++) {
    const o = rows[i];
    value[i] = o.value;
    stderr[i] = o.stderr ?? Number.NaN;
    if (o.n !== null) {
      if (!(Number.isInteger(o.n) && o.n >= 1 && o.n <= MAX_COUNT))
        throw new RangeError(`dataset.observations.${i}.n: an item count of ${o.n} cannot be stored (1–${MAX_COUNT})`);
      n[i] = o.n;
    }
  }
  return {
    id: rows.map((o) => o.id),
    model: encode(length, (i) => rows[i].model),
    setting: encode(length, (i) => rows[i].setting),
    benchmark: encode(length, (i) => rows[i].benchmark),
    value,
    stderr,
    n,
    measuredBy: encode(length, (i) => rows[i].measuredBy),
    source: encode(length, (i) => rows[i].source),
    reportedAs: encode(length, (i) => rows[i].reportedAs),
    note: encode(length, (i) => rows[i].note),
  };
}

/** Id i of an id column. */
const idOf = (ids: IdColumn, i: number): string => (isUtf8Ids(ids) ? ids.at(i) : ids[i]);

/** Observation i of columns that passed columnIssues (columnar-check.ts), fields in the schema's order; `id` its id. */
export function observationOf(c: ObservationColumns<IdColumn>, i: number, id = idOf(c.id, i)): Observation {
  const text = (column: DictionaryColumn) => column.dictionary[column.indices[i]];
  const stderr = c.stderr[i];
  const n = c.n[i];
  const reportedAs = c.reportedAs.indices[i];
  return {
    id,
    model: text(c.model),
    setting: text(c.setting),
    benchmark: text(c.benchmark),
    value: c.value[i],
    stderr: Number.isNaN(stderr) ? null : stderr,
    n: n === 0 ? null : n,
    measuredBy: text(c.measuredBy),
    source: text(c.source),
    reportedAs: reportedAs < 0 ? null : c.reportedAs.dictionary[reportedAs],
    note: text(c.note),
  };
}

/**
 * The row objects of columns that passed columnIssues; `made(i)` is row i when it was already built (kept, so a
 * row has one object).
 */
export function observationsFromColumns(
  columns: ObservationColumns<IdColumn>,
  made: (i: number) => Observation | undefined = () => undefined,
): Observation[] {
  const ids = isUtf8Ids(columns.id) ? columns.id.strings() : columns.id;
  const rows = new Array<Observation>(ids.length);
  for (let i = 0; i < rows.length; i++) rows[i] = made(i) ?? observationOf(columns, i, ids[i]);
  return rows;
}

/** The distinct values of a dictionary column in order of first appearance (none: -1 left out). */
export function valuesInOrder(column: DictionaryColumn): string[] {
  const seen = new Uint8Array(column.dictionary.length);
  const out: string[] = [];
  // Stops once every dictionary value was seen (a setting column of 2,000,000 rows has a handful, met early).
  for (let i = 0; i < column.indices.length && out.length < column.dictionary.length; i++) {
    const index = column.indices[i];
    if (index >= 0 && !seen[index]) {
      seen[index] = 1;
      out.push(column.dictionary[index]);
    }
  }
  return out;
}

/** The length of each column (a dictionary column: of its indices). */
export function columnLength(c: ObservationColumns<IdColumn>, name: ColumnName): number {
  const column = c[name];
  return 'indices' in column ? column.indices.length : column.length;
}
