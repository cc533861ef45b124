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

/**
 * One pass over the ids: each one's FNV-1a hash (Fowler–Noll–Vo, over its UTF-8 bytes or its UTF-16 code units) and
 * whether IdSchema takes it (`wellFormed`: its pattern and length, from the bytes without making a string; zod's
 * message is asked only for an id that fails).
 */
function scanIds(ids: IdColumn): { hash: Int32Array; wellFormed: Uint8Array } {
  const n = ids.length;
  const hash = new Int32Array(n);
  const wellFormed = new Uint8Array(n);
  if (isUtf8Ids(ids)) {
    const { offsets, bytes } = ids;
    for (let row = 0; row < n; row++) {
      const start = offsets[row];
      const end = offsets[row + 1];
      let h = 0x811c9dc5;
      let ok = end - start >= 1 && end - start <= ID_MAX_LENGTH ? ID_FIRST[bytes[start]] : 0;
      for (let k = start; k < end; k++) {
        h = Math.imul(h ^ bytes[k], 0x01000193);
        if (k > start) ok &= ID_NEXT[bytes[k]];
      }
      hash[row] = h;
      wellFormed[row] = ok;
    }
  } else
    for (let row = 0; row < n; row++) {
      const id = ids[row];
      let h = 0x811c9dc5;
      for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
      hash[row] = h;
      wellFormed[row] = Number(id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id));
    }
  return { hash, wellFormed };
}

/** MurmurHash3's finalizer: every bit of h moves every bit of the result (top bits pick a bucket, low bits a slot). */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The rows whose id an earlier row has, each with the first such row. The ids' hashes (scanIds, mixed) are
 * partitioned by their top bits into buckets of about 1,000 rows, in row order (one counting-sort pass, the hash
 * carried along), and each bucket's rows go into a small open-addressing table (linear probing, at most half full)
 * that stays in cache; only ids of equal hash are compared, and rows enter in order, so the row found is the first
 * with that id. A Set of 2,000,000 strings took seconds to fill; a table over all of them misses the cache at every
 * row.
 */
function duplicateRows(ids: IdColumn, hash: Int32Array): Map<number, number> {
  const n = ids.length;
  let bits = 0;
  while (n >> bits > 1024) bits++;
  const buckets = 1 << bits;
  const bucketOf = (h: number) => (bits === 0 ? 0 : mix(h) >>> (32 - bits));
  const start = new Int32Array(buckets + 1);
  for (let row = 0; row < n; row++) start[bucketOf(hash[row]) + 1]++;
  let widest = 0;
  for (let b = 0; b < buckets; b++) {
    widest = Math.max(widest, start[b + 1]);
    start[b + 1] += start[b];
  }
  const rows = new Int32Array(n);
  const hashes = new Int32Array(n);
  const next = start.slice(0, buckets);
  for (let row = 0; row < n; row++) {
    const at = next[bucketOf(hash[row])]++;
    rows[at] = row;
    hashes[at] = hash[row];
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
  /** Per slot: the position (in `rows`) + 1 of the row there, 0 when empty. */
  const table = new Int32Array(size);
  const duplicates = new Map<number, number>();
  for (let b = 0; b < buckets; b++) {
    table.fill(0);
    for (let at = start[b]; at < start[b + 1]; at++) {
      const h = hashes[at];
      for (let slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
        const there = table[slot] - 1;
        if (there < 0) {
          table[slot] = at + 1;
          break;
        }
        if (hashes[there] === h && same(rows[there], rows[at])) {
          duplicates.set(rows[at], rows[there]);
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
    const entries = dictionary.length;
    const verdict = verdicts.get(name)!;
    // 1 per entry refused: a sound row costs one comparison and one read.
    const refused = Uint8Array.from(verdict, (v) => Number(v !== null));
    const count = issues.length;
    for (let i = 0; i < length && issues.length - count < limit; i++) {
      const index = indices[i];
      if (index >= 0 && index < entries) {
        if (refused[index]) add(i, name, verdict[index]!);
      } else if (!(index === -1 && nullable))
        add(i, name, `index ${index} is outside the ${name} dictionary (${entries} entries)`);
    }
  };

  const ids = columns.id;
  const { hash, wellFormed } = scanIds(ids);
  const duplicates = duplicateRows(ids, hash);
  const idAt = isUtf8Ids(ids) ? ids.at : (i: number) => ids[i];
  for (let i = 0; i < length && !full(); i++) {
    const idProblem = wellFormed[i] ? null : fieldMessage(shape.id, idAt(i));
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
  // Per benchmark entry, the bounds a sound row keeps inside (an open or unknown scale: none): a row inside them
  // passes observationIssues (a finite value in the scale; no stderr, or a finite one ≥ 0 within half the scale's
  // width; a stored count is a whole number ≥ 1), so only the others go through it, for its messages.
  const lows = Float64Array.from(benchmarkScales, (scale) => scale?.min ?? -Infinity);
  const highs = Float64Array.from(benchmarkScales, (scale) => scale?.max ?? Infinity);
  const halves = Float64Array.from(benchmarkScales, (scale) => (scale ? (scale.max - scale.min) / 2 : Infinity));
  const benchmarks = columns.benchmark.indices;
  const count = issues.length;
  for (let i = 0; i < length && issues.length - count < limit; i++) {
    const value = columns.value[i];
    const stderr = columns.stderr[i];
    const b = benchmarks[i];
    if (
      b >= 0 &&
      b < lows.length &&
      Number.isFinite(value) &&
      value >= lows[b] &&
      value <= highs[b] &&
      (Number.isNaN(stderr) || (Number.isFinite(stderr) && stderr >= 0 && stderr <= halves[b]))
    )
      continue;
    const n = columns.n[i];
    numbers.value = value;
    numbers.stderr = Number.isNaN(stderr) ? null : stderr;
    numbers.n = n === 0 ? null : n;
    // A benchmark outside the dictionary or unknown has no scale to check against (reported above).
    const scale = benchmarkScales[b] ?? null;
    for (const issue of observationIssues(numbers, scale)) add(i, issue.field, issue.message);
  }
  const order = (issue: ColumnIssue) => COLUMN_NAMES.indexOf(issue.column);
  issues.sort((a, b) => a.row! - b.row! || order(a) - order(b));
  return issues.slice(0, limit);
}
