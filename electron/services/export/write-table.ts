import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ExportTable } from './tables';

/**
 * CSV in UTF-8 with a BOM, CRLF line ends: Korean Excel opens it with Hangul intact. Text starting with
 * = + - @ is prefixed with a quote so a spreadsheet does not run it as a formula.
 */
export function tableToCsv(table: ExportTable): string {
  return '\uFEFF' + Papa.unparse({ fields: table.header, data: table.rows }, { newline: '\r\n', escapeFormulae: true });
}

/** An XLSX workbook with one worksheet per table; header row bold and frozen, numbers as numbers. */
export async function tablesToXlsx(tables: readonly ExportTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sovereign Eval Workbench';
  for (const table of tables) {
    const ws = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(table.header).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map((v) => v ?? null));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
