import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import/import-file';
import { defaultDataset, TODAY, writeTemp } from './fixtures';

const ds = defaultDataset();

async function workbook(fill: (ws: ExcelJS.Worksheet) => void, sheetName = '결과'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet(sheetName));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('XLSX import (exceljs)', () => {
  it('reads a wide sheet with Korean headers, numeric and text cells, a formula, a blank row', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['모델', 'KMMLU-Pro', 'HRM8K', 'KoBALT-700']);
      ws.addRow(['K-EXAONE', 67.3, '72,5', null]);
      ws.addRow([]);
      ws.addRow(['A.X K1', { formula: '60+1.5', result: 61.5 }, 'n/a', 48.9]);
    });
    const r = await importFile(writeTemp('점수.xlsx', bytes), ds, { today: TODAY });
    expect(r.format).toBe('xlsx');
    expect(r.observations.map((o) => `${o.model}:${o.benchmark}=${o.value}`)).toEqual([
      'k-exaone-236b-a23b:kmmlu-pro=67.3',
      'k-exaone-236b-a23b:hrm8k=72.5',
      'ax-k1-519b-a33b:kmmlu-pro=61.5',
      'ax-k1-519b-a33b:kobalt=48.9',
    ]);
    expect(r.problems).toEqual([
      expect.objectContaining({ kind: 'not-a-number', file: '점수.xlsx', row: 4, column: 'HRM8K', text: 'n/a' }),
    ]);
  });

  it('lists the workbook’s sheets, reads the first, and another by name', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['model', 'KMMLU-Pro']).worksheet.addRow(['K-EXAONE', 11]);
    wb.addWorksheet('Scores').addRow(['model', 'KMMLU-Pro']).worksheet.addRow(['K-EXAONE', 67.3]);
    const path = writeTemp('two-sheets.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    const first = await importFile(path, ds, { today: TODAY });
    expect(first.choices.sheets).toEqual({ names: ['Notes', 'Scores'], read: 'Notes' });
    expect(first.observations.map((o) => o.value)).toEqual([11]);
    const second = await importFile(path, ds, { today: TODAY, sheet: 'Scores' });
    expect(second.choices.sheets).toEqual({ names: ['Notes', 'Scores'], read: 'Scores' });
    expect(second.observations.map((o) => o.value)).toEqual([67.3]);
  });

  it('reads a long sheet with a hyperlinked source cell', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['model', 'benchmark', 'value', 'source']);
      ws.addRow(['gpt-oss-120b', 'KMMLU-Pro', 63.0, { text: 'our run', hyperlink: 'https://example.org/run-1' }]);
    });
    const r = await importFile(writeTemp('long.xlsx', bytes), ds, { today: TODAY });
    expect(r.problems).toEqual([]);
    expect(r.sources.map((s) => s.url)).toEqual(['https://example.org/run-1']);
  });

  it('reads a percentage-formatted cell as the percentage shown (0.618 → 61.8)', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['model', 'KMMLU-Pro']);
      ws.addRow(['K-EXAONE', 0.618]).getCell(2).numFmt = '0.0%';
    });
    const r = await importFile(writeTemp('pct.xlsx', bytes), ds, { today: TODAY });
    expect(r.problems).toEqual([]);
    expect(r.observations.map((o) => o.value)).toEqual([61.8]);
  });

  it('reads text cells by the one number rule and numeric cells as stored (1,234 and 1234 alike; 1234,567 refused)', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['model', 'benchmark', 'value']);
      ws.addRow(['K-EXAONE', 'aa-index', '1,234']);
      ws.addRow(['A.X K1', 'aa-index', 1234]);
      ws.addRow(['Solar Open 100B', 'aa-index', '72,5']);
      ws.addRow(['VAETKI', 'aa-index', 1e-7]); // String(1e-7) is "1e-7": scientific notation reads back exactly
      ws.addRow(['HyperCLOVA X SEED Think 32B', 'codeforces', '1234,567']);
    });
    const r = await importFile(writeTemp('rule.xlsx', bytes), ds, { today: TODAY });
    expect(r.observations.map((o) => o.value)).toEqual([1234, 1234, 72.5, 1e-7]);
    expect(r.problems).toEqual([
      expect.objectContaining({ kind: 'not-a-number', row: 6, column: 'value', text: '1234,567' }),
    ]);
  });

  it('a file that is not a workbook is an unreadable problem', async () => {
    const r = await importFile(writeTemp('fake.xlsx', 'model,benchmark,value\n'), ds, { today: TODAY });
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'unreadable', file: 'fake.xlsx' })]);
    expect(r.observations).toEqual([]);
  });
});
