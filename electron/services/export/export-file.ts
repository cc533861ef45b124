import type { Dataset } from '../../../shared/domain/dataset';
import type { Scenario } from '../../../shared/domain/scenario';
import { writeFileAtomic } from '../atomic-write';
import { toIoError } from '../io-error';
import { datasetTable, matrixTables, type ExportTable } from './tables';
import { tableToCsv, tablesToXlsx } from './write-table';

type ExportFormat = 'csv' | 'xlsx';

/** CSV holds one table (the first); XLSX holds them all, a sheet each. Written atomically. */
async function writeTables(path: string, tables: ExportTable[], format: ExportFormat): Promise<{ bytes: number }> {
  const data = format === 'csv' ? new TextEncoder().encode(tableToCsv(tables[0])) : await tablesToXlsx(tables);
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    throw toIoError(error, path, 'write');
  }
  return { bytes: data.byteLength };
}

/** Writes the dataset in long layout (one observation a row, with its source) to CSV or XLSX. */
export const exportDataset = (path: string, dataset: Dataset, format: ExportFormat) =>
  writeTables(path, [datasetTable(dataset)], format);

/** Writes the scenario's decision matrix (CSV), or the matrix and its provenance (XLSX, two sheets). */
export const exportMatrix = (path: string, scenario: Scenario, format: ExportFormat) =>
  writeTables(path, matrixTables(scenario), format);
