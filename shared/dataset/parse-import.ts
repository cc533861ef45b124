import type { Dataset } from '../domain/dataset';
import { decodeBytes, type LegacyDecoder } from './decode';
import { delimitedSteps } from './delimited';
import { createImportBuilder } from './import-builder';
import type { ImportFormat, ImportOptions, ImportResult, ProblemWhy } from './import-types';
import { importLmEval, isLmEvalResults } from './lm-eval';
import { importDatasetJson } from './native-json';
import { runSteps, type Steps } from './steps';

/** A file's name (for the format and for messages) and its bytes or already-decoded text. */
type ImportInput = { name: string; bytes: Uint8Array } | { name: string; text: string };

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Parses an import from text or bytes: CSV/TSV (delimiter guessed; UTF-8 with or without BOM, else CP949),
 * the native dataset JSON, or lm-evaluation-harness results JSON. Pure and browser-safe (no Node, no DOM),
 * so the renderer can run it in a Web Worker; XLSX is read by the desktop service
 * (electron/services/import) and fed to the same table importer. Never throws: every failure is a
 * located problem in the result. Yields while a CSV/TSV is read (see steps.ts).
 */
export function* parseImportSteps(
  input: ImportInput,
  dataset: Dataset,
  options: ImportOptions,
  legacy?: LegacyDecoder,
): Steps<ImportResult> {
  const file = input.name;
  const ext = extension(file);
  const fail = (format: ImportFormat, message: string, why: ProblemWhy): ImportResult => {
    const b = createImportBuilder(file, format, dataset, options);
    b.problem('unreadable', null, null, null, message, why);
    return b.result(0, 0);
  };
  if (ext === 'xlsx' || ext === 'xls')
    return fail('xlsx', 'spreadsheets are read by the desktop service, not here', { code: 'xlsx-not-here' });
  try {
    const text = 'text' in input ? input.text : decodeBytes(input.bytes, legacy).text;
    const json = ext === 'json' || (ext !== 'csv' && ext !== 'tsv' && /^\uFEFF?\s*\{/.test(text));
    if (!json)
      return yield* delimitedSteps(text, file, dataset, options, ext === 'tsv' || ext === 'tab' ? '\t' : undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail('dataset-json', `not valid JSON (${reason})`, { code: 'not-json', params: { reason } });
    }
    return isLmEvalResults(parsed)
      ? importLmEval(parsed, file, dataset, options)
      : importDatasetJson(parsed, file, dataset, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(ext === 'tsv' ? 'tsv' : 'csv', `cannot be read (${reason})`, {
      code: 'cannot-read',
      params: { reason },
    });
  }
}

/** parseImportSteps run straight through. */
export const parseImport = (...args: Parameters<typeof parseImportSteps>): ImportResult =>
  runSteps(parseImportSteps(...args));
