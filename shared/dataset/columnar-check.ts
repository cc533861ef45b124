import type { z } from 'zod';
import { ObservationSchema, type Dataset } from '../domain/dataset';
import { observationIssues, type ObservationNumbers, type Scale } from '../domain/value-rules';
import {
  COLUMN_NAMES,
  columnLength,
  type ColumnName,
  type DictionaryColumn,
  type DictionaryColumnName,
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

export function columnIssues(
  columns: ObservationColumns,
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

  /** Checks row i of a dictionary column; returns its index when it names an accepted entry, else -1. */
  const entry = (name: DictionaryColumnName, column: DictionaryColumn, i: number, nullable: boolean): number => {
    const index = column.indices[i];
    if (index === -1 && nullable) return -1;
    if (!(index >= 0 && index < column.dictionary.length)) {
      add(i, name, `index ${index} is outside the ${name} dictionary (${column.dictionary.length} entries)`);
      return -1;
    }
    const verdict = verdicts.get(name)![index];
    if (verdict !== null) {
      add(i, name, verdict);
      return -1;
    }
    return index;
  };

  const ids = new Set<string>();
  const firstOf = (id: string) => columns.id.indexOf(id);
  const numbers: { -readonly [K in keyof ObservationNumbers]: ObservationNumbers[K] } = {
    value: 0,
    stderr: null,
    n: null,
  };
  for (let i = 0; i < length && issues.length < limit; i++) {
    const id = columns.id[i];
    const idProblem = fieldMessage(shape.id, id);
    if (idProblem !== null) add(i, 'id', idProblem);
    else if (ids.has(id)) add(i, 'id', `duplicate observation id ${id} (also at index ${firstOf(id)})`);
    else ids.add(id);
    entry('model', columns.model, i, false);
    entry('setting', columns.setting, i, false);
    const benchmark = entry('benchmark', columns.benchmark, i, false);
    const stderr = columns.stderr[i];
    const n = columns.n[i];
    numbers.value = columns.value[i];
    numbers.stderr = Number.isNaN(stderr) ? null : stderr;
    numbers.n = n === 0 ? null : n;
    // An unknown benchmark has no scale to check against (its own issue is reported above).
    const scale = benchmark >= 0 ? (benchmarkScales[benchmark] ?? null) : null;
    for (const issue of observationIssues(numbers, scale)) add(i, issue.field, issue.message);
    entry('measuredBy', columns.measuredBy, i, false);
    entry('source', columns.source, i, false);
    entry('reportedAs', columns.reportedAs, i, true);
    entry('note', columns.note, i, false);
  }
  return issues.slice(0, limit);
}
