import type { z } from 'zod';
import { ID_MAX_LENGTH, ID_PATTERN, ObservationSchema, type Dataset } from '../domain/dataset';
import { observationIssues, type ObservationNumbers, type Scale } from '../domain/value-rules';
import {
  COLUMN_NAMES,
  DICTIONARY_COLUMNS,
  columnLength,
  isUtf8Ids,
  type ColumnName,
  type DictionaryColumnName,
  type IdColumn,
  type ObservationColumns,
  type Utf8Ids,
} from './columnar';

/**
 * Checks observation columns column by column against the rules the dataset schema applies to row objects
 * (shared/domain/dataset.ts, with the value rules of value-rules.ts): every column as long as the table, every
 * index inside its dictionary, ids well formed and unique, models, benchmarks and sources known to the
 * dataset, values finite and inside the benchmark's scale, stderr and n sound. Each issue names its place as
 * the schema does: `dataset.observations.1234.value: a value is a finite number, not NaN`.
 */

export interface ColumnIssue {
  /** The observation (row) at fault; null for a whole column (its length). */
  row: number | null;
  column: ColumnName;
  /** Where, as a schema path: [...at, row, column], or [...at, column] for a whole column. */
  path: (string | number)[];
  /** `path.join('.')`: reason. */
  message: string;
}

export type ColumnContext = Pick<Dataset, 'models' | 'benchmarks' | 'sources'>;

export interface ColumnCheckOptions {
  /** Path of the observation list (default `dataset.observations`, as inside a scenario). */
  at?: readonly (string | number)[];
  /** Stop after this many issues (default 100), so a file of bad rows does not fill memory with messages. */
  limit?: number;
}

const shape = ObservationSchema.shape;

/** The first message of a zod field schema for `text`, or null when it passes. */
function fieldMessage(schema: z.ZodType, text: string): string | null {
  const parsed = schema.safeParse(text);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'invalid');
}

/** Per dictionary entry, why it is refused (null: accepted); checked once per distinct value. */
type EntryRule = (text: string) => string | null;

const known =
  (ids: ReadonlySet<string>, what: string): EntryRule =>
  (text) =>
    ids.has(text) ? null : `unknown ${what} ${text}`;

/**
 * Whether each id's bytes sort strictly after the previous id's (byte-wise; UTF-8 keeps code point order): then no
 * two are equal. One pass over the bytes; datasets are written with their ids in order (model, then benchmark).
 */
function strictlyIncreasing({ offsets, bytes, length }: Utf8Ids): boolean {
  for (let row = 1; row < length; row++) {
    let a = offsets[row - 1];
    const aEnd = offsets[row];
    let b = aEnd;
    const bEnd = offsets[row + 1];
    while (a < aEnd && b < bEnd && bytes[a] === bytes[b]) {
      a++;
      b++;
    }
    // The earlier id is a proper prefix (a at its end, b not), or the first differing byte is greater.
    if (!(b < bEnd && (a === aEnd || bytes[b] > bytes[a]))) return false;
  }
  return true;
}

/**
 * The rows whose id an earlier row has, each with the first such row. The ids' FNV-1a hashes (Fowler–Noll–Vo, over
 * UTF-16 code units) are sorted with their rows by a two-pass LSD radix sort (16 bits a pass, stable, so rows stay
 * in order within a hash); only ids of equal hash are compared. A Set of 2,000,000 strings took seconds to fill.
 */
function duplicateRows(ids: IdColumn): Map<number, number> {
  const n = ids.length;
  if (isUtf8Ids(ids) && strictlyIncreasing(ids)) return new Map();
  const hash = new Uint32Array(n);
  if (isUtf8Ids(ids)) {
    const { offsets, bytes } = ids;
    for (let row = 0; row < n; row++) {
      let h = 0x811c9dc5;
      for (let k = offsets[row]; k < offsets[row + 1]; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
      hash[row] = h >>> 0;
    }
  } else
    for (let row = 0; row < n; row++) {
      const id = ids[row];
      let h = 0x811c9dc5;
      for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
      hash[row] = h >>> 0;
    }
  const idAt = isUtf8Ids(ids) ? ids.at : (row: number) => ids[row];
  let order = new Uint32Array(n);
  let spare = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const start = new Uint32Array(65537);
  for (const shift of [0, 16]) {
    start.fill(0);
    for (let i = 0; i < n; i++) start[((hash[i] >>> shift) & 0xffff) + 1]++;
    for (let b = 0; b < 65536; b++) start[b + 1] += start[b];
    for (let i = 0; i < n; i++) {
      const row = order[i];
      spare[start[(hash[row] >>> shift) & 0xffff]++] = row;
    }
    [order, spare] = [spare, order];
  }
  const duplicates = new Map<number, number>();
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && hash[order[j]] === hash[order[i]]) j++;
    if (j - i > 1) {
      const first = new Map<string, number>();
      for (let a = i; a < j; a++) {
        const row = order[a];
        const id = idAt(row);
        const earlier = first.get(id);
        if (earlier === undefined) first.set(id, row);
        else duplicates.set(row, earlier);
      }
    }
    i = j;
  }
  return duplicates;
}

/**
 * IdSchema's pattern (`^[a-z0-9][a-z0-9._-]*$`: a first character, then any of a set) per ASCII byte, read from the
 * pattern itself: whether byte c may open an id, and whether it may follow. Any other byte fails it (the id then
 * gets zod's message).
 */
const ID_FIRST = Uint8Array.from({ length: 128 }, (_, c) => Number(ID_PATTERN.test(String.fromCharCode(c))));
const ID_NEXT = Uint8Array.from({ length: 128 }, (_, c) => Number(ID_PATTERN.test(`a${String.fromCharCode(c)}`)));

/** Whether the UTF-8 bytes [start, end) are an id IdSchema takes (pattern and length), without making a string. */
function idBytesPass(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < 1 || end - start > ID_MAX_LENGTH || ID_FIRST[bytes[start]] !== 1) return false;
  for (let k = start + 1; k < end; k++) if (ID_NEXT[bytes[k]] !== 1) return false;
  return true;
}

export function columnIssues(
  columns: ObservationColumns<IdColumn>,
  context: ColumnContext,
  options: ColumnCheckOptions = {},
): ColumnIssue[] {
  const at = options.at ?? ['dataset', 'observations'];
  const limit = options.limit ?? 100;
  const issues: ColumnIssue[] = [];
  const add = (row: number | null, column: ColumnName, reason: string): void => {
    const path = row === null ? [...at, column] : [...at, row, column];
    issues.push({ row, column, path, message: `${path.join('.')}: ${reason}` });
  };

  const length = columns.id.length;
  for (const name of COLUMN_NAMES) {
    const got = columnLength(columns, name);
    if (got !== length) add(null, name, `${got} values, expected ${length} (one per observation, as the id column)`);
  }
  if (issues.length) return issues; // rows cannot be read across columns of different lengths

  const scales = new Map<string, Scale>(context.benchmarks.map((b) => [b.id, b.scale]));
  const rules: Record<DictionaryColumnName, EntryRule> = {
    model: known(new Set(context.models.map((m) => m.id)), 'model'),
    setting: (text) => fieldMessage(shape.setting, text),
    benchmark: known(new Set(scales.keys()), 'benchmark'),
    measuredBy: (text) => fieldMessage(shape.measuredBy, text),
    source: known(new Set(context.sources.map((s) => s.id)), 'source'),
    reportedAs: () => null,
    note: () => null,
  };
  /** Each dictionary's verdict per entry, computed once: 2,000,000 rows name a few thousand values. */
  const verdicts = new Map<DictionaryColumnName, (string | null)[]>();
  for (const [name, rule] of Object.entries(rules) as [DictionaryColumnName, EntryRule][])
    verdicts.set(name, columns[name].dictionary.map(rule));
  const benchmarkScales = columns.benchmark.dictionary.map((id) => scales.get(id));

  // Column by column (tight loops over typed arrays); each loop stops at `limit` issues of its own, so the
  // first `limit` issues in row order are among those collected.
  const full = () => issues.length >= limit;
  /** A dictionary column: every index inside its dictionary and naming an accepted entry. */
  const checkDictionary = (name: DictionaryColumnName, nullable: boolean) => {
    const { indices, dictionary } = columns[name];
    const verdict = verdicts.get(name)!;
    if (verdict.every((v) => v === null)) {
      // Every entry accepted: the indices need only lie inside the dictionary (or be -1 where none is allowed).
      let low = 0;
      let high = -1;
      for (let i = 0; i < length; i++) {
        const index = indices[i];
        if (index < low) low = index;
        if (index > high) high = index;
      }
      if (low >= (nullable ? -1 : 0) && high < dictionary.length) return;
    }
    const count = issues.length;
    for (let i = 0; i < length && issues.length - count < limit; i++) {
      const index = indices[i];
      if (index >= 0 && index < dictionary.length) {
        if (verdict[index] !== null) add(i, name, verdict[index]);
      } else if (!(index === -1 && nullable))
        add(i, name, `index ${index} is outside the ${name} dictionary (${dictionary.length} entries)`);
    }
  };

  const duplicates = duplicateRows(columns.id);
  const ids = columns.id;
  // IdSchema's own pattern and length first: zod's message only for the rare id that fails them.
  const passes = isUtf8Ids(ids)
    ? (i: number) => idBytesPass(ids.bytes, ids.offsets[i], ids.offsets[i + 1])
    : (i: number) => ids[i].length <= ID_MAX_LENGTH && ID_PATTERN.test(ids[i]);
  const idAt = isUtf8Ids(ids) ? ids.at : (i: number) => ids[i];
  for (let i = 0; i < length && !full(); i++) {
    const idProblem = passes(i) ? null : fieldMessage(shape.id, idAt(i));
    if (idProblem !== null) add(i, 'id', idProblem);
    else if (duplicates.size > 0) {
      const earlier = duplicates.get(i);
      if (earlier !== undefined) add(i, 'id', `duplicate observation id ${idAt(i)} (also at index ${earlier})`);
    }
  }
  for (const name of DICTIONARY_COLUMNS) checkDictionary(name, name === 'reportedAs');

  const numbers: { -readonly [K in keyof ObservationNumbers]: ObservationNumbers[K] } = {
    value: 0,
    stderr: null,
    n: null,
  };
  const benchmarks = columns.benchmark.indices;
  const count = issues.length;
  for (let i = 0; i < length && issues.length - count < limit; i++) {
    const stderr = columns.stderr[i];
    const n = columns.n[i];
    numbers.value = columns.value[i];
    numbers.stderr = Number.isNaN(stderr) ? null : stderr;
    numbers.n = n === 0 ? null : n;
    // A benchmark outside the dictionary or unknown has no scale to check against (reported above).
    const scale = benchmarkScales[benchmarks[i]] ?? null;
    for (const issue of observationIssues(numbers, scale)) add(i, issue.field, issue.message);
  }
  const order = (issue: ColumnIssue) => COLUMN_NAMES.indexOf(issue.column);
  issues.sort((a, b) => a.row! - b.row! || order(a) - order(b));
  return issues.slice(0, limit);
}
