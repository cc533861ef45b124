import type { Dataset, Model, Observation, Source } from '../../../shared/domain/dataset';
import type {
  ImportEdit,
  ImportFormat,
  ImportMapping,
  ImportProblem,
  ImportResult,
} from '../../../shared/dataset/import-types';
import { mergeImport, type MergeOutcome } from '../../../shared/dataset/merge';
import { importFile } from './import-file';
import { UNTRACKED, type ImportJob } from './import-jobs';

/** What the UI sends for a preview or a commit: the mapping and the edits the user made so far. */
interface ImportRequest {
  mapping?: Partial<ImportMapping>;
  edits?: ImportEdit[];
  /** XLSX: the worksheet to read (default: the first). */
  sheet?: string;
}

/** Rows and problems shown in a preview are capped; the counts say how many there are in all. */
const PREVIEW_ROWS = 200;
const PREVIEW_PROBLEMS = 1000;

interface ImportPreview {
  file: string;
  format: ImportFormat;
  mapping: ImportMapping;
  /** The first accepted observations, each with the row and column it came from. */
  rows: { row: number; column: string; observation: Observation }[];
  problems: ImportProblem[];
  unmatched: ImportResult['unmatched'];
  newModels: Model[];
  newSources: Source[];
  counts: { observations: number; problems: number; rows: number; skippedRows: number; newBenchmarks: number };
  choices: ImportResult['choices'];
}

const today = () => new Date().toISOString().slice(0, 10);

/** Reads and checks a file against the dataset; nothing is changed. Never throws on bad input. */
export async function previewImport(
  path: string,
  dataset: Dataset,
  request: ImportRequest,
  date: string = today(),
  job: ImportJob = UNTRACKED,
): Promise<ImportPreview> {
  const r = await importFile(path, dataset, { ...request, today: date }, job);
  return {
    file: r.file,
    format: r.format,
    mapping: r.mapping,
    rows: r.observations.slice(0, PREVIEW_ROWS).map((observation, i) => ({
      row: r.origins.rows[i],
      column: r.origins.columns[i],
      observation,
    })),
    problems: r.problems.slice(0, PREVIEW_PROBLEMS),
    unmatched: r.unmatched,
    newModels: r.models,
    newSources: r.sources,
    counts: {
      observations: r.observations.length,
      problems: r.problems.length,
      rows: r.rowCount,
      skippedRows: r.skippedRows,
      newBenchmarks: r.benchmarks.length,
    },
    choices: r.choices,
  };
}

/**
 * Imports the file again with the user's mapping and edits (so what is merged is what the file says now,
 * checked against the dataset as it is now) and merges it: a new dataset, or the problems and no change.
 */
export async function commitImport(
  path: string,
  dataset: Dataset,
  request: ImportRequest,
  date: string = today(),
  job: ImportJob = UNTRACKED,
): Promise<MergeOutcome> {
  const imported = await importFile(path, dataset, { ...request, today: date }, job);
  job.check();
  return mergeImport(dataset, imported);
}
