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

/** The number of top hash bits that split `rows` ids into buckets of about 1,000 (duplicateRows). */
function bucketBits(rows: number): number {
  let bits = 0;
  while (rows >> bits > 1024) bits++;
  return bits;
}

/**
 * The rows among the first `rows` whose id an earlier row has, each with the first such row. `hash` holds each id's
 * mixed hash, `start[b + 1]` the count of those rows in bucket b (its top `bits` bits; both from the row pass of
 * columnIssues). The rows are partitioned into their buckets of about 1,000, in row order (a counting sort, the hash
 * carried along), and each bucket's rows go into a small open-addressing table (linear probing, at most half full)
 * that stays in cache; only ids of equal hash are compared, and rows enter in order, so the row found is the first
 * with that id. A Set of 2,000,000 strings took seconds to fill; a table over all of them misses the cache at every
 * row.
 */
function duplicateRows(
  ids: IdColumn,
  hash: Int32Array,
  start: Int32Array,
  bits: number,
  rows: number,
): Map<number, number> {
  const buckets = 1 << bits;
  const shift = 32 - bits;
  let widest = 0;
  for (let b = 0; b < buckets; b++) {
    widest = Math.max(widest, start[b + 1]);
    start[b + 1] += start[b];
  }
  const order = new Int32Array(rows);
  const hashes = new Int32Array(rows);
  const next = start.slice(0, buckets);
  for (let row = 0; row < rows; row++) {
    const h = hash[row];
    const at = next[bits === 0 ? 0 : h >>> shift]++;
    order[at] = row;
    hashes[at] = h;
  }
  const same = isUtf8Ids(ids)
    ? (a: number, b: number) => {
        const { offsets, bytes } = ids;
        const length = offsets[a + 1] - offsets[a];
        if (offsets[b + 1] - offsets[b] !== length) return false;
        for (let k = 0; k < length; k++) if (bytes[offsets[a] + k] !== bytes[offsets[b] + k]) return false;
        return true;
      }
    : (a: number, b: number) => ids[a] === ids[b];
  let size = 2;
  while (size < 2 * widest) size *= 2;
  const mask = size - 1;
  /** Per slot: the position (in `order`) + 1 of the row there, 0 when empty. */
  const table = new Int32Array(size);
  const duplicates = new Map<number, number>();
  for (let b = 0; b < buckets; b++) {
    table.fill(0);
    for (let at = start[b]; at < start[b + 1]; at++) {
      const h = hashes[at];
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const there = table[slot] - 1;
        if (there < 0) {
          table[slot] = at + 1;
          break;
        }
        if (hashes[there] === h && same(order[there], order[at])) {
          duplicates.set(order[at], order[there]);
          break;
        }
      }
    }
  }
  return duplicates;
}

/**
 * IdSchema's pattern (`^[a-z0-9][a-z0-9._-]*$`: a first character, then any of a set) per byte, read from the
 * pattern itself: whether byte c may open an id, and whether it may follow. Any other byte (every byte of a
 * non-ASCII character among them) fails it.
 */
const ID_FIRST = Uint8Array.from({ length: 256 }, (_, c) => Number(ID_PATTERN.test(String.fromCharCode(c))));
const ID_NEXT = Uint8Array.from({ length: 256 }, (_, c) => Number(ID_PATTERN.test(`a${String.fromCharCode(c)}`)));

/** What the row pass reads: the columns, per dictionary entry 1 when accepted, per benchmark entry its bounds. */
interface RowPass {
  readonly ids: IdColumn;
  readonly indices: readonly Int32Array[];
  readonly accepted: readonly Uint8Array[];
  readonly value: Float64Array;
  readonly stderr: Float64Array;
  readonly lows: Float64Array;
  readonly highs: Float64Array;
  readonly halves: Float64Array;
  /** Filled per row: each id's hash, and per bucket (top `bits` bits) at b + 1 its count of rows. */
  readonly hash: Int32Array;
  readonly start: Int32Array;
  readonly bits: number;
}

/**
 * One pass over rows `from`… with every column at once (a small function of tight loops, so V8 compiles it early):
 * each id's FNV-1a hash (Fowler–Noll–Vo, over its UTF-8 bytes or its UTF-16 code units, then MurmurHash3's finalizer,
 * so every bit moves every bit: top bits pick a bucket, low bits a slot) counted in its bucket; and whether the row
 * is plainly sound: IdSchema takes its id (its pattern and length, from the bytes without making a string), every
 * index names an accepted entry of its dictionary (an index outside it reads undefined; the nullable reportedAs is
 * -1 when it has none), the value and stderr lie inside the benchmark's bounds. Returns the first row that is not
 * (hashed too), or the row count.
 */
function nextFaultyRow(pass: RowPass, from: number): number {
  const { ids, value, stderr, lows, highs, halves, hash, start, bits } = pass;
  const [model, setting, benchmark, measuredBy, source, reportedAs, note] = pass.indices;
  const [okModel, okSetting, okBenchmark, okMeasuredBy, okSource, okReportedAs, okNote] = pass.accepted;
  const utf8 = isUtf8Ids(ids);
  const offsets = utf8 ? ids.offsets : new Int32Array(0);
  const bytes = utf8 ? ids.bytes : new Uint8Array(0);
  const strings = utf8 ? [] : ids;
  const longest = ID_MAX_LENGTH;
  const shift = 32 - bits;
  const length = ids.length;
  for (let i = from; i < length; i++) {
    let h = 0x811c9dc5;
    let idOk: number;
    if (utf8) {
      const first = offsets[i];
      const end = offsets[i + 1];
      idOk = 0;
      if (end > first) {
        const opening = bytes[first];
        h = Math.imul(h ^ opening, 0x01000193);
        idOk = end - first <= longest ? ID_FIRST[opening] : 0;
        for (let k = first + 1; k < end; k++) {
          const c = bytes[k];
          h = Math.imul(h ^ c, 0x01000193);
          idOk &= ID_NEXT[c];
        }
      }
    } else {
      const id = strings[i];
      for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
      idOk = Number(id.length <= longest && ID_PATTERN.test(id));
    }
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    hash[i] = h;
    start[(bits === 0 ? 0 : h >>> shift) + 1]++;
    const b = benchmark[i];
    const x = value[i];
    const e = stderr[i];
    const r = reportedAs[i];
    if (
      idOk !== 1 ||
      okModel[model[i]] !== 1 ||
      okSetting[setting[i]] !== 1 ||
      okBenchmark[b] !== 1 ||
      okMeasuredBy[measuredBy[i]] !== 1 ||
      okSource[source[i]] !== 1 ||
      (r !== -1 && okReportedAs[r] !== 1) ||
      okNote[note[i]] !== 1 ||
      !(x >= lows[b] && x <= highs[b]) ||
      !(e !== e || (e >= 0 && e <= halves[b]))
    )
      return i;
  }
  return length;
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
  const verdicts = {} as Record<DictionaryColumnName, (string | null)[]>;
  for (const [name, rule] of Object.entries(rules) as [DictionaryColumnName, EntryRule][])
    verdicts[name] = columns[name].dictionary.map(rule);
  const benchmarkScales = columns.benchmark.dictionary.map((id) => scales.get(id));
  const ids = columns.id;
  const bits = bucketBits(length);
  // Per benchmark entry, the bounds a sound row keeps inside (an open or unknown scale: the finite numbers): a row
  // inside them passes observationIssues (a finite value in the scale; no stderr, or a finite one ≥ 0 within half
  // the scale's width; a stored count is a whole number ≥ 1), so only the others go through it, for its messages.
  const pass: RowPass = {
    ids,
    indices: DICTIONARY_COLUMNS.map((name) => columns[name].indices),
    accepted: DICTIONARY_COLUMNS.map((name) => Uint8Array.from(verdicts[name], (v) => Number(v === null))),
    value: columns.value,
    stderr: columns.stderr,
    lows: Float64Array.from(benchmarkScales, (scale) => Math.max(scale?.min ?? -Infinity, -Number.MAX_VALUE)),
    highs: Float64Array.from(benchmarkScales, (scale) => Math.min(scale?.max ?? Infinity, Number.MAX_VALUE)),
    halves: Float64Array.from(benchmarkScales, (scale) =>
      Math.min(scale ? (scale.max - scale.min) / 2 : Infinity, Number.MAX_VALUE),
    ),
    hash: new Int32Array(length),
    start: new Int32Array((1 << bits) + 1),
    bits,
  };

  const idAt = isUtf8Ids(ids) ? ids.at : (i: number) => ids[i];
  const numbers: { -readonly [K in keyof ObservationNumbers]: ObservationNumbers[K] } = {
    value: 0,
    stderr: null,
    n: null,
  };
  /** Every issue of row i, which the row pass found not plainly sound, in the order of the columns. */
  const rowIssues = (i: number) => {
    const idProblem = fieldMessage(shape.id, idAt(i));
    if (idProblem !== null) add(i, 'id', idProblem);
    for (const name of DICTIONARY_COLUMNS) {
      const { indices, dictionary } = columns[name];
      const index = indices[i];
      const entries = dictionary.length;
      if (index >= 0 && index < entries) {
        const verdict = verdicts[name][index];
        if (verdict !== null) add(i, name, verdict);
      } else if (!(index === -1 && name === 'reportedAs'))
        add(i, name, `index ${index} is outside the ${name} dictionary (${entries} entries)`);
    }
    const stderr = columns.stderr[i];
    const n = columns.n[i];
    numbers.value = columns.value[i];
    numbers.stderr = Number.isNaN(stderr) ? null : stderr;
    numbers.n = n === 0 ? null : n;
    // A benchmark outside the dictionary or unknown has no scale to check against (reported above).
    const scale = benchmarkScales[columns.benchmark.indices[i]] ?? null;
    for (const issue of observationIssues(numbers, scale)) add(i, issue.field, issue.message);
  };

  // The pass stops after the row that brings `limit` issues, so the first `limit` in row order are among those
  // collected (and among the rows it hashed).
  let rows = length;
  for (let i = nextFaultyRow(pass, 0); i < length; i = nextFaultyRow(pass, i + 1)) {
    rowIssues(i);
    if (issues.length >= limit) {
      rows = i + 1;
      break;
    }
  }
  // A repeated id up to the row where the pass stopped: every one of the first `limit` issues lies there. As the
  // schema does, an id it refuses is reported repeated too, after the reason it refuses it (the sort is stable).
  for (const [row, earlier] of duplicateRows(ids, pass.hash, pass.start, bits, rows))
    add(row, 'id', `duplicate observation id ${idAt(row)} (also at index ${earlier})`);
  const order = (issue: ColumnIssue) => COLUMN_NAMES.indexOf(issue.column);
  issues.sort((a, b) => a.row! - b.row! || order(a) - order(b));
  return issues.slice(0, limit);
}
