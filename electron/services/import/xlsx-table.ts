import ExcelJS from 'exceljs';

type CellValue = ExcelJS.CellValue;

/** A cell as text, the way a person reads it: numbers in JS notation, rich text joined, formulas by result. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return value.hyperlink; // a source cell's address is what matters
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as ExcelJS.CellFormulaValue).result ?? null);
  if ('error' in value) return value.error;
  return '';
}

/** The workbook has no worksheet of that name (`sheet`), or none at all (`sheet` ""). */
export class NoWorksheetError extends Error {
  constructor(readonly sheet: string) {
    super(sheet ? `no worksheet named "${sheet}"` : 'the workbook has no worksheet');
  }
}

/**
 * The rows of one worksheet (the first, or `sheet` by name) as text cells, each with its spreadsheet row
 * number. Throws what exceljs throws for a file that is not an XLSX workbook; the caller locates it.
 */
export async function readXlsxTable(
  bytes: Uint8Array,
  sheet?: string,
): Promise<{ sheet: string; sheets: string[]; rows: { row: number; cells: string[] }[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  if (!ws) throw new NoWorksheetError(sheet ?? '');
  const rows: { row: number; cells: string[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= r.cellCount; c++) {
      const cell = r.getCell(c);
      // A cell formatted as a percentage stores the fraction (0.618 shown as 61.8%): read what is shown.
      const percent = typeof cell.value === 'number' && (cell.numFmt ?? '').includes('%');
      cells.push(percent ? String(Math.round((cell.value as number) * 1e12) / 1e10) : cellText(cell.value));
    }
    rows.push({ row: rowNumber, cells });
  });
  return { sheet: ws.name, sheets: workbook.worksheets.map((w) => w.name), rows };
}
