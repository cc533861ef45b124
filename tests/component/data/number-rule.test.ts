import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../shared/dataset/parse-import';
import { DatasetSchema } from '../../../shared/domain/dataset';
import type { MatrixCell } from '../../../shared/evaluation/evaluate';
import { createI18n } from '../../../renderer/src/i18n';
import { applyCellEdit } from '../../../renderer/src/views/data/cell-edit';
import { pasteBlock } from '../../../renderer/src/views/data/paste-block';

/**
 * Typing into a grid cell, pasting a block and importing a CSV read the same text as the same number (the rule
 * table of shared/dataset/parse-number.ts), and refuse the same text, each naming the cell.
 */
const t = createI18n('en').t as typeof i18next.t;
const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/datasets/default.json'), 'utf8')),
);
const index = dataset.benchmarks.find((b) => b.id === 'aa-index')!; // open-ended: no scale to clip the cases
const model = dataset.models.find((m) => m.name === 'VAETKI')!;
const empty = { value: null, datasetValue: null, origin: 'missing' } as MatrixCell;

/** What typing `text` into VAETKI × the index stores (or the message it shows). */
function typed(text: string): number | string {
  const stored: number[] = [];
  const store = { setOverride: (_m: string, _b: string, v: number) => stored.push(v), revertOverride: () => {} };
  const outcome = applyCellEdit(
    store,
    t,
    { model: model.id, modelName: model.name, benchmark: index, cell: empty },
    text,
  );
  return outcome.ok ? stored[0] : outcome.message;
}

/** What pasting `text` as a one-cell block onto the same cell stores (or the message). */
function pasted(text: string): number | string {
  const outcome = pasteBlock(`"${text}"\r\n`, { row: 0, col: 0 }, [model], [index], t);
  return outcome.ok ? outcome.cells[0].value : outcome.problems[0].message;
}

/** What importing the cell as a CSV row reads (or the problem's message). */
function imported(text: string): number | string {
  const csv = `model,benchmark,value\r\nVAETKI,${index.name},"${text}"\r\n`;
  const r = parseImport({ name: 'cells.csv', text: csv }, dataset, { today: '2026-12-01' });
  return r.problems.length ? r.problems[0].message : r.observations[0].value;
}

describe('one number rule for typing, paste and import', () => {
  it.each([
    ['1,234', 1234],
    ['72,5', 72.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234,567', 1234567],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['61.8%', 61.8],
    ['−3', -3],
    ['１２', 12],
    ['1.5e3', 1500],
  ])('%j is %d by every route', (text, value) => {
    expect([typed(text), pasted(text), imported(text)]).toEqual([value, value, value]);
  });

  it('"1234,567" is refused as ambiguous by every route, each naming the cell', () => {
    expect(typed('1234,567')).toBe(
      `VAETKI · ${index.name}: "1234,567" is ambiguous (a decimal comma, or a thousands comma out of place): write it with a decimal point, or with commas every three digits; nothing changed`,
    );
    expect(pasted('1234,567')).toMatch(/^Pasted row 1, column 1 \(VAETKI × .*\): “1234,567” is ambiguous/);
    expect(imported('1234,567')).toMatch(/^cells\.csv, row 2, column "value": "1234,567" is ambiguous/);
  });

  it('"1,2,3" is not a number by every route', () => {
    expect(typed('1,2,3')).toMatch(/"1,2,3" is not a number/);
    expect(pasted('1,2,3')).toMatch(/“1,2,3” is not a number/);
    expect(imported('1,2,3')).toMatch(/"1,2,3" is not a number/);
  });
});
