import type { Benchmark, Model, Observation, Source } from '../domain/dataset';

/** What went wrong with imported input. */
export type ImportProblemKind =
  | 'unreadable' // the bytes or the file format cannot be read at all
  | 'missing-column' // a column the layout needs is absent (e.g. no model column)
  | 'unknown-model'
  | 'unknown-benchmark'
  | 'missing-value' // an empty cell where a value is required
  | 'not-a-number'
  | 'out-of-scale' // outside the benchmark's scale (e.g. 0–100 for %)
  | 'invalid-value' // a value of the wrong kind (negative stderr, unknown source kind, bad JSON field)
  | 'duplicate' // the same model × setting × benchmark × source twice, or already in the dataset
  | 'empty'; // nothing to import

/**
 * Why a problem is a problem, as a code and its values, so the UI can word it in its own language (the
 * renderer's import.*.json, `problemText.<code>`); `ImportProblem.message` is the English wording (CLI, logs).
 */
export const PROBLEM_CODES = [
  'model-name-empty',
  'model-mapped-missing', // name, id
  'unknown-model', // name
  'benchmark-name-empty',
  'benchmark-mapped-missing', // name, id
  'unknown-benchmark', // name
  'unknown-source-kind', // text, kinds
  'value-not-finite', // value
  'stderr-invalid', // text
  'n-invalid', // text
  'value-out-of-scale', // value, min, max
  'stderr-over-half', // text, min, max, half
  'duplicate-in-dataset', // model, benchmark, setting, id
  'duplicate-on-row', // model, benchmark, setting, first
  'nothing-to-import',
  'no-model-name', // key, arg (lm-eval's field names)
  'no-numeric-metric', // task
  'missing-column', // role, headers
  'not-a-number', // text, field ('value', 'stderr' or 'n')
  'ambiguous-number', // text, field
  'value-empty',
  'no-header-row',
  'invalid-field', // path, reason (the schema's English words)
  'not-json', // reason
  'cannot-read', // reason
  'xlsx-not-here',
  'not-xlsx', // reason
  'no-worksheet', // sheet
  'no-worksheets',
  'not-parquet', // reason
  'malformed-row', // reason (the CSV reader's English words)
  'id-taken', // what ('model', 'benchmark', 'source' or 'import batch'), id
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The values a problem's text names (a name, a cell's text, a bound); shown as given, never translated. */
export type ProblemParams = Record<string, string | number>;

/** A problem's code and values (see ProblemCode). */
export interface ProblemWhy {
  code: ProblemCode;
  params?: ProblemParams;
}

/**
 * One problem, located: `row` is the 1-based row as a spreadsheet shows it (the header is row 1), or for
 * JSON the 1-based position of the element in its array; `column` is the header (or JSON field path).
 */
export interface ImportProblem {
  kind: ImportProblemKind;
  file: string;
  row: number | null;
  column: string | null;
  /** The offending text, as read. */
  text: string | null;
  /** In English, with the file, row and column (the CLI prints it). */
  message: string;
  /** Why, for the UI's own wording; absent only on problems made before codes existed. */
  code?: ProblemCode;
  params?: ProblemParams;
}

/** What a column of a table holds. "score" = values of the benchmark named by the header (wide layout). */
export type ColumnRole =
  | 'model'
  | 'benchmark'
  | 'value'
  | 'setting'
  | 'stderr'
  | 'n'
  | 'measuredBy'
  | 'source'
  | 'sourceKind'
  | 'reportedAs'
  | 'note'
  | 'score'
  | 'ignore';

/**
 * How an input maps to the dataset: a plain object the UI shows, lets the user change, stores and passes
 * back. Names are the raw texts as they appear in the file; null means "skip" (rows of that model, a
 * benchmark column or task).
 */
export interface ImportMapping {
  layout: 'long' | 'wide';
  /** Header → role (tables only). */
  columns: Record<string, ColumnRole>;
  models: Record<string, string | null>;
  benchmarks: Record<string, string | null>;
  /** lm-evaluation-harness: task → metric key (e.g. "acc,none"). */
  metrics: Record<string, string>;
  /** Unknown model names become new models (group "other") instead of problems. */
  newModels: boolean;
}

/** A change the user made in the preview: a corrected cell, or a row left out. */
export type ImportEdit = { row: number; column: string; text: string } | { row: number; skip: true };

export interface ImportOptions {
  /** The mapping from an earlier preview (partial: what is not given is detected). */
  mapping?: Partial<ImportMapping>;
  edits?: readonly ImportEdit[];
  /** Today's date (YYYY-MM-DD): the date of the file's own source when the input names none. */
  today: string;
  /** Who measured, when the input does not say. */
  measuredBy?: string;
  /** Called now and then while a table is read: characters read so far and in all (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export type ImportFormat = 'csv' | 'tsv' | 'xlsx' | 'parquet' | 'dataset-json' | 'lm-eval-json';

/** Everything an import found, before anything is merged. */
export interface ImportResult {
  file: string;
  format: ImportFormat;
  /** The mapping used, complete: show it, let the user change it, pass it back. */
  mapping: ImportMapping;
  /** Accepted observations, with their final ids "imp<batch>-<n>" (batch: the first one free in the target). */
  observations: Observation[];
  /** Where each accepted observation came from: parallel to `observations` (arrays keep 2,000,000 rows small). */
  origins: { rows: number[]; columns: string[] };
  /** The id prefix of this import's observations, e.g. "imp1"; mergeImport refuses it if the target took it since. */
  batch: string;
  /** Models the input adds (unknown names with newModels, or defined by a dataset file). */
  models: Model[];
  /** Benchmarks the input adds (defined by a dataset file). */
  benchmarks: Benchmark[];
  /** Sources the input adds; sources already in the dataset (same address) are reused. */
  sources: Source[];
  problems: ImportProblem[];
  /** Names in the input that matched nothing and were left out (e.g. lm-eval subtasks); informational. */
  unmatched: { models: string[]; benchmarks: string[] };
  /** Data rows read (tables), tasks (lm-eval) or observations (dataset JSON); skipped rows are counted apart. */
  rowCount: number;
  skippedRows: number;
  /** What else the user may pick: the workbook's sheets (XLSX), each task's numeric metrics (lm-eval). */
  choices: ImportChoices;
}

interface ImportChoices {
  /** XLSX: every worksheet and the one read; null for other formats. */
  sheets: { names: string[]; read: string } | null;
  /** lm-evaluation-harness: task → its numeric metric keys (the one used is mapping.metrics[task]). */
  metrics: Record<string, string[]>;
}
