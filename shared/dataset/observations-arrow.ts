import {
  Dictionary,
  Float64,
  Int8,
  Int16,
  Int32,
  Table,
  DataType,
  Precision,
  Uint32,
  Utf8,
  makeData,
  makeVector,
  tableFromIPC,
  tableToIPC,
  type Data,
  type Vector,
} from 'apache-arrow';
import {
  COLUMN_NAMES,
  DICTIONARY_COLUMNS,
  type ColumnName,
  type DictionaryColumn,
  type IdColumn,
  type Utf8Ids,
  type DictionaryColumnName,
  type ObservationColumns,
} from './columnar';
import { numberIssues } from '../domain/value-rules';

/**
 * Observation columns as an Apache Arrow IPC file (the Arrow columnar format's standard file layout): id
 * Utf8; model, setting, benchmark, measuredBy, source, reportedAs, note dictionary-encoded, Utf8 entries with the
 * narrowest signed index type that holds the dictionary (Int8 up to 128 entries, Int16 up to 32,768, else Int32;
 * any of the three is read, so files written with Int32 throughout still open); value Float64; stderr Float64 and n
 * Uint32, null where there is none (reportedAs too). Reading checks each column's presence, type and length and
 * names the column (and row) of what it cannot take; the values themselves are checked by columnIssues
 * (columnar-check.ts).
 */

export class ArrowTableError extends Error {
  constructor(
    message: string,
    /** The column at fault; null for the file as a whole. */
    readonly column: ColumnName | null,
  ) {
    super(message);
    this.name = 'ArrowTableError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Utf8 data of `strings`: one encode of the joined text when it is ASCII (byte offsets = character offsets). */
function utf8Data(strings: readonly string[]): Data<Utf8> {
  const offsets = new Int32Array(strings.length + 1);
  const joined = strings.join('');
  let bytes = encoder.encode(joined);
  if (bytes.length === joined.length) {
    for (let i = 0; i < strings.length; i++) offsets[i + 1] = offsets[i] + strings[i].length;
  } else {
    const parts = strings.map((s) => encoder.encode(s));
    bytes = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    parts.forEach((p, i) => {
      bytes.set(p, offsets[i]);
      offsets[i + 1] = offsets[i] + p.length;
    });
  }
  return makeData({ type: new Utf8(), length: strings.length, valueOffsets: offsets, data: bytes });
}

/** A validity bitmap (bit i set = row i has a value), or undefined when every row has one. */
function validity(length: number, has: (i: number) => boolean): Uint8Array | undefined {
  const bitmap = new Uint8Array((length + 7) >> 3);
  let missing = 0;
  for (let i = 0; i < length; i++)
    if (has(i)) bitmap[i >> 3] |= 1 << (i & 7);
    else missing++;
  return missing ? bitmap : undefined;
}

/** The narrowest signed index type that holds indices 0 … size − 1. */
const indexType = (size: number) => (size <= 0x80 ? new Int8() : size <= 0x8000 ? new Int16() : new Int32());

/** `id` is the dictionary's id in the file (fixed, so the same columns always give the same bytes). */
function dictionaryVector(column: DictionaryColumn, id: number): Vector {
  const { indices, dictionary } = column;
  let top = dictionary.length - 1;
  for (let i = 0; i < indices.length; i++) if (indices[i] > top) top = indices[i];
  const type = indexType(top + 1);
  const data = new type.ArrayType(indices.length);
  data.set(indices); // every index fits the type
  for (let i = 0; i < data.length; i++) if (data[i] < 0) data[i] = 0; // a null's slot (its bit is clear)
  return makeVector(
    makeData({
      type: new Dictionary(new Utf8(), type, id),
      length: indices.length,
      data,
      nullBitmap: validity(indices.length, (i) => indices[i] >= 0),
      dictionary: makeVector(utf8Data(dictionary)),
    }),
  );
}

/** The Arrow IPC file (with its footer, so readers can seek) of the columns. */
export function observationsToArrow(c: ObservationColumns): Uint8Array {
  const length = c.id.length;
  const vectors: Record<string, Vector> = {};
  for (const name of COLUMN_NAMES) {
    if (name === 'id') vectors.id = makeVector(utf8Data(c.id));
    else if (name === 'value') vectors.value = makeVector(c.value);
    else if (name === 'stderr')
      vectors.stderr = makeVector(
        makeData({
          type: new Float64(),
          length,
          data: c.stderr,
          nullBitmap: validity(length, (i) => !Number.isNaN(c.stderr[i])),
        }),
      );
    else if (name === 'n')
      vectors.n = makeVector(
        makeData({ type: new Uint32(), length, data: c.n, nullBitmap: validity(length, (i) => c.n[i] !== 0) }),
      );
    else vectors[name] = dictionaryVector(c[name], DICTIONARY_COLUMNS.indexOf(name));
  }
  return tableToIPC(new Table(vectors), 'file');
}

/** Refuses a chunk whose buffer holds fewer entries than its rows (a column written shorter than the table). */
function expectStored(data: Data, stored: number, name: ColumnName, needed = data.offset + data.length): void {
  if (stored < needed)
    throw new ArrowTableError(
      `column ${name}: ${Math.max(0, stored - data.offset)} values stored for ${data.length} rows`,
      name,
    );
}

/** Whether row i of a chunk has a value; `bitmap` is the chunk's validity bitmap, null when it has no nulls. */
const isValid = (data: Data, bitmap: Uint8Array | null, i: number): boolean => {
  if (bitmap === null) return true;
  const at = data.offset + i;
  return (bitmap[at >> 3] & (1 << (at & 7))) !== 0;
};
const bitmapOf = (data: Data): Uint8Array | null =>
  data.nullCount > 0 && data.nullBitmap && data.nullBitmap.length > 0 ? data.nullBitmap : null;

/** The strings of Utf8 data; one decode of the whole buffer when it is ASCII. */
function utf8Strings(data: Data, column: ColumnName): string[] {
  if (data.length === 0) return []; // an empty column may be written without its offsets
  const offsets = data.valueOffsets as Int32Array;
  const bytes = data.values as Uint8Array;
  expectStored(data, offsets.length - 1, column);
  if (offsets[data.offset + data.length] > bytes.length)
    throw new ArrowTableError(`column ${column}: text offsets past the end of its data`, column);
  const out = new Array<string>(data.length);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ArrowTableError(`column ${column}: text that is not UTF-8`, column);
  }
  const ascii = text.length === bytes.length;
  for (let i = 0; i < data.length; i++) {
    const start = offsets[data.offset + i];
    const end = offsets[data.offset + i + 1];
    out[i] = ascii ? text.slice(start, end) : decoder.decode(bytes.subarray(start, end));
  }
  return out;
}

/**
 * The ids of one Utf8 chunk as its bytes (Utf8Ids), with the offsets checked: inside the data, never decreasing.
 * Strings are made only when asked (`strings`, once for all, as utf8Strings does).
 */
function utf8Ids(data: Data): Utf8Ids {
  const name = 'id';
  const bytes = (data.values as Uint8Array | undefined) ?? new Uint8Array(0);
  const all = data.length === 0 ? new Int32Array(1) : (data.valueOffsets as Int32Array);
  if (data.length > 0) expectStored(data, all.length - 1, name);
  const offsets = all.subarray(data.offset, data.offset + data.length + 1);
  for (let i = 0; i < data.length; i++)
    if (offsets[i + 1] < offsets[i] || offsets[i + 1] > bytes.length)
      throw new ArrowTableError(`column ${name}, row ${i}: text offsets outside its data`, name);
  let strings: string[] | undefined;
  return {
    kind: 'utf8',
    length: data.length,
    offsets,
    bytes,
    at: (i) => new TextDecoder().decode(bytes.subarray(offsets[i], offsets[i + 1])),
    strings: () => (strings ??= data.length === 0 ? [] : utf8Strings(data, name)),
  };
}

const typeName = (type: DataType) => String(type);

function expectType(vector: Vector, name: ColumnName, ok: (type: DataType) => boolean, expected: string): void {
  if (!ok(vector.type))
    throw new ArrowTableError(`column ${name}: expected ${expected}, found ${typeName(vector.type)}`, name);
}

type IndexArray = Int8Array | Int16Array | Int32Array;

/** Whether every index lies in 0 … entries − 1: one unsigned comparison each (a negative one is 2³² − |x|). */
function allBelow(indices: Int32Array, entries: number): boolean {
  for (let i = 0; i < indices.length; i++) if (indices[i] >>> 0 >= entries) return false;
  return true;
}

/**
 * A dictionary column of one chunk whose dictionary has no repeated entry and whose indices all lie inside it: its
 * indices as they are (widened to Int32, -1 at nulls), without a lookup per row; null when it is not such a column
 * (readDictionary then reads it row by row and names the row at fault).
 */
function directDictionary(vector: Vector, nullable: boolean, rows: number, name: ColumnName): DictionaryColumn | null {
  if (vector.data.length !== 1) return null;
  const data = vector.data[0];
  if (!data.dictionary || data.dictionary.data.length !== 1) return null;
  const dictionary = utf8Strings(data.dictionary.data[0], name);
  if (new Set(dictionary).size !== dictionary.length) return null;
  const bitmap = bitmapOf(data);
  if (bitmap && !nullable) return null;
  const values = data.values as IndexArray;
  expectStored(data, values.length, name);
  // Widened first (natively), so the loops below read one array type whatever the index width.
  const indices = new Int32Array(rows);
  indices.set(values.subarray(data.offset, data.offset + data.length));
  if (bitmap === null) {
    if (!allBelow(indices, dictionary.length)) return null;
  } else if (data.nullCount === rows) indices.fill(-1);
  else
    for (let i = 0; i < rows; i++) {
      const at = data.offset + i;
      // A null's slot may hold anything.
      if ((bitmap[at >> 3] & (1 << (at & 7))) === 0) indices[i] = -1;
      else if (!(indices[i] >= 0 && indices[i] < dictionary.length)) return null;
    }
  return { indices, dictionary };
}

/** Reads every chunk of a dictionary column into one dictionary (chunks may carry their own). */
function readDictionary(vector: Vector, name: DictionaryColumnName, rows: number): DictionaryColumn {
  const nullable = name === 'reportedAs';
  const direct = directDictionary(vector, nullable, rows, name);
  if (direct) return direct;
  const indices = new Int32Array(rows);
  const positions = new Map<string, number>();
  const dictionary: string[] = [];
  let row = 0;
  let last: Vector | undefined;
  let remap: Int32Array = new Int32Array(0);
  for (const data of vector.data) {
    const chunk = data.dictionary;
    if (!chunk) throw new ArrowTableError(`column ${name}: a chunk without its dictionary`, name);
    if (chunk !== last) {
      last = chunk;
      const entries = chunk.data.flatMap((d) => utf8Strings(d, name));
      remap = Int32Array.from(entries, (text) => {
        let index = positions.get(text);
        if (index === undefined) {
          index = dictionary.push(text) - 1;
          positions.set(text, index);
        }
        return index;
      });
    }
    const values = data.values as IndexArray;
    expectStored(data, values.length, name);
    const bitmap = bitmapOf(data);
    const offset = data.offset;
    for (let i = 0; i < data.length; i++, row++) {
      if (bitmap !== null && !isValid(data, bitmap, i)) {
        if (!nullable) throw new ArrowTableError(`column ${name}, row ${row}: empty (null)`, name);
        indices[row] = -1;
        continue;
      }
      const local = values[offset + i];
      if (!(local >= 0 && local < remap.length))
        throw new ArrowTableError(
          `column ${name}, row ${row}: index ${local} is outside its dictionary (${remap.length} entries)`,
          name,
        );
      indices[row] = remap[local];
    }
  }
  return { indices, dictionary };
}

/**
 * The numbers of a one-chunk column as one copy, `none` written at its nulls; null when a null is not allowed
 * (`none` null) or a stored number is `none` (readNumbers then names the row).
 */
function directNumbers<T extends Float64Array | Uint32Array>(
  vector: Vector,
  name: ColumnName,
  none: number | null,
): T | null {
  if (vector.data.length !== 1) return null;
  const data = vector.data[0];
  const values = data.values as T;
  expectStored(data, values.length, name);
  const out = values.slice(data.offset, data.offset + data.length) as T;
  const bitmap = bitmapOf(data);
  if (none === null) return bitmap ? null : out;
  if (bitmap && data.nullCount === out.length) return out.fill(none) as T;
  const nan = Number.isNaN(none);
  for (let i = 0; i < out.length; i++) {
    const at = data.offset + i;
    const x = out[i];
    if (bitmap && (bitmap[at >> 3] & (1 << (at & 7))) === 0) out[i] = none;
    else if (nan ? x !== x : x === none) return null;
  }
  return out;
}

function readNumbers<T extends Float64Array | Uint32Array>(
  vector: Vector,
  name: ColumnName,
  make: (rows: number) => T,
  none: number | null,
): T {
  const direct = directNumbers<T>(vector, name, none);
  if (direct) return direct;
  const out = make(vector.length);
  let row = 0;
  for (const data of vector.data) {
    const values = data.values as T;
    expectStored(data, values.length, name);
    const bitmap = bitmapOf(data);
    const offset = data.offset;
    for (let i = 0; i < data.length; i++, row++) {
      if (bitmap === null || isValid(data, bitmap, i)) {
        out[row] = values[offset + i];
        // `none` stands for null in memory (stderr NaN, n 0), so a stored one is refused by the value rules.
        if (none !== null && Object.is(out[row], none)) {
          const stored = { value: 0, stderr: null, n: null, [name]: none };
          const reason = numberIssues(stored).find((issue) => issue.field === name)?.message;
          throw new ArrowTableError(`column ${name}, row ${row}: ${reason ?? `${none} is not a value`}`, name);
        }
      } else if (none === null) throw new ArrowTableError(`column ${name}, row ${row}: empty (null)`, name);
      else out[row] = none;
    }
  }
  return out;
}

/**
 * Reads an Arrow IPC file (or stream) of observation columns; `rows` is the count the manifest states. With
 * `ids: 'utf8'` the ids of a one-chunk table stay UTF-8 bytes (Utf8Ids) for the column check.
 */
export function observationsFromArrow(bytes: Uint8Array, rows: number): ObservationColumns;
export function observationsFromArrow(bytes: Uint8Array, rows: number, ids: 'utf8'): ObservationColumns<IdColumn>;
export function observationsFromArrow(
  bytes: Uint8Array,
  rows: number,
  ids: 'strings' | 'utf8' = 'strings',
): ObservationColumns<IdColumn> {
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArrowTableError(`not a readable Arrow IPC file (${reason})`, null);
  }
  if (table.numRows !== rows)
    throw new ArrowTableError(`${table.numRows} rows, but the manifest says ${rows} observations`, null);
  const column = (name: ColumnName): Vector => {
    const vector = table.getChild(name);
    if (!vector) throw new ArrowTableError(`column ${name}: missing`, name);
    if (vector.length !== rows)
      throw new ArrowTableError(`column ${name}: ${vector.length} values, expected ${rows}`, name);
    return vector;
  };
  const id = column('id');
  expectType(id, 'id', (t) => DataType.isUtf8(t), 'Utf8');
  for (const data of id.data)
    if (data.nullCount > 0) throw new ArrowTableError('column id: an observation without an id (null)', 'id');
  const dictionaries = {} as Record<DictionaryColumnName, DictionaryColumn>;
  for (const name of DICTIONARY_COLUMNS) {
    const vector = column(name);
    expectType(
      vector,
      name,
      (t) =>
        DataType.isDictionary(t) &&
        DataType.isUtf8(t.dictionary) &&
        [8, 16, 32].includes(t.indices.bitWidth) &&
        t.indices.isSigned,
      'Dictionary<Int8, Int16 or Int32, Utf8>',
    );
    dictionaries[name] = readDictionary(vector, name, rows);
  }
  const value = column('value');
  const stderr = column('stderr');
  const n = column('n');
  const float64 = (t: DataType) => DataType.isFloat(t) && t.precision === Precision.DOUBLE;
  expectType(value, 'value', float64, 'Float64');
  expectType(stderr, 'stderr', float64, 'Float64');
  expectType(n, 'n', (t) => DataType.isInt(t) && t.bitWidth === 32 && !t.isSigned, 'Uint32');
  return {
    id: ids === 'utf8' && id.data.length === 1 ? utf8Ids(id.data[0]) : id.data.flatMap((d) => utf8Strings(d, 'id')),
    ...dictionaries,
    value: readNumbers(value, 'value', (length) => new Float64Array(length), null),
    stderr: readNumbers(stderr, 'stderr', (length) => new Float64Array(length), Number.NaN),
    n: readNumbers(n, 'n', (length) => new Uint32Array(length), 0),
  };
}
