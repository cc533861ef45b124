import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import type { Dataset } from '../../../shared/domain/dataset';
import { decodeBytes } from '../../../shared/dataset/decode';
import { createImportBuilder } from '../../../shared/dataset/import-builder';
import type { ImportOptions, ImportResult, ProblemWhy } from '../../../shared/dataset/import-types';
import { parseImportSteps } from '../../../shared/dataset/parse-import';
import { runStepsAsync } from '../../../shared/dataset/steps';
import { createTableImport } from '../../../shared/dataset/table-import';
import { UNTRACKED, type ImportJob } from './import-jobs';
import { readParquetTable } from './parquet-table';
import { NoWorksheetError, readXlsxTable } from './xlsx-table';

/** CP949 through iconv-lite (independent of the ICU build Node was compiled with). */
const cp949 = (bytes: Uint8Array) =>
  iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp949');

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Imports a file: .xlsx through exceljs (first worksheet, or options.sheet), .parquet through hyparquet (both
 * as table rows, then the same mapping as CSV), everything else through the
 * browser-safe parseImport (CSV/TSV in UTF-8 or CP949, dataset JSON, lm-eval results JSON). Nothing is
 * merged here (see mergeImport). Never throws on bad input: a file that cannot be read is an "unreadable"
 * problem. A text file is read in steps that report to `job` and give the event loop turns; a cancelled job
 * throws "cancelled".
 */
export async function importFile(
  path: string,
  dataset: Dataset,
  options: ImportOptions & { sheet?: string },
  job: ImportJob = UNTRACKED,
): Promise<ImportResult> {
  const file = basename(path);
  const unreadable = (format: 'xlsx' | 'parquet' | 'csv', text: string, why: ProblemWhy): ImportResult => {
    const b = createImportBuilder(file, format, dataset, options);
    b.problem('unreadable', null, null, null, text, why);
    return b.result(0, 0);
  };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return unreadable('csv', `cannot be read (${message(error)})`, {
      code: 'cannot-read',
      params: { reason: message(error) },
    });
  }
  if (/\.parquet$/i.test(file)) {
    try {
      const table = createTableImport(file, 'parquet', dataset, options);
      for (const { row, cells } of await readParquetTable(bytes)) table.push(cells, row);
      return table.finish();
    } catch (error) {
      return unreadable('parquet', `is not a readable Parquet file (${message(error)})`, {
        code: 'not-parquet',
        params: { reason: message(error) },
      });
    }
  }
  if (!/\.xlsx$/i.test(file)) {
    const { text } = decodeBytes(bytes, cp949);
    bytes = new Uint8Array(0); // let the raw bytes go while a large file is parsed
    return runStepsAsync(
      parseImportSteps({ name: file, text }, dataset, { ...options, onProgress: job.onProgress }),
      job.check,
    );
  }
  try {
    const { rows, sheet, sheets } = await readXlsxTable(bytes, options.sheet);
    const table = createTableImport(file, 'xlsx', dataset, options);
    for (const { row, cells } of rows) table.push(cells, row);
    const result = table.finish();
    return { ...result, choices: { ...result.choices, sheets: { names: sheets, read: sheet } } };
  } catch (error) {
    return unreadable(
      'xlsx',
      `is not a readable XLSX workbook (${message(error)})`,
      error instanceof NoWorksheetError
        ? error.sheet
          ? { code: 'no-worksheet', params: { sheet: error.sheet } }
          : { code: 'no-worksheets' }
        : { code: 'not-xlsx', params: { reason: message(error) } },
    );
  }
}
