import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import/import-file';
import type { Dataset } from '../../../shared/domain/dataset';
import { PROBLEM_CODES, type ImportOptions, type ImportProblem } from '../../../shared/dataset/import-types';
import { createImportBuilder } from '../../../shared/dataset/import-builder';
import { mergeImport } from '../../../shared/dataset/merge';
import { parseImport } from '../../../shared/dataset/parse-import';
import { createI18n, IMPORT_NS } from '../../../renderer/src/i18n';
import { problemText } from '../../../renderer/src/views/import/problem-text';
import { defaultDataset, TODAY, writeTemp } from '../../unit/import/fixtures';

/**
 * Issue 12 item 6: every kind of import problem, made by the real importers from a file that has it, reads
 * in Korean with no English left in it. Only the values the file or the dataset brings in (names, cell texts,
 * ids, headers) are shown as given; a reason from a library (the CSV reader, zod, exceljs) is English and
 * must not reach the Korean text.
 */

const options: ImportOptions = { today: TODAY };
const csv = (text: string, more: Partial<ImportOptions> = {}, name = 'scores.csv') =>
  parseImport({ name, text }, dataset, { ...options, ...more }).problems;
const dataset: Dataset = defaultDataset();
const long = 'model,benchmark,value';
const columns = { model: 'model', benchmark: 'benchmark', value: 'value' } as const;

async function workbook(sheets: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const name of sheets) wb.addWorksheet(name).addRow(['model', 'benchmark', 'value']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function notFinite(): ImportProblem[] {
  const b = createImportBuilder('scores.csv', 'csv', dataset, options);
  const source = dataset.observations[0]!.source;
  const o = { id: '', model: dataset.models[0]!.id, benchmark: 'mmlu-pro', setting: 'default', value: Infinity };
  b.add({ ...o, stderr: null, n: null, measuredBy: 'lab', source, reportedAs: null, note: '' }, 2, 'value', '∞');
  return b.result(1, 0).problems;
}

/** One real problem of each code (and a few more), from files that have it. */
async function everyProblem(): Promise<ImportProblem[]> {
  const lmEval = (json: object) => parseImport({ name: 'results.json', text: JSON.stringify(json) }, dataset, options);
  const once = parseImport({ name: 'new.csv', text: `${long}\nVAETKI,mmlu-pro,50\n` }, dataset, options);
  const merged = mergeImport(dataset, once);
  if (!merged.ok) throw new Error('the first merge should pass');
  return [
    ...csv(`${long}\n,mmlu-pro,50\n`),
    ...csv(`${long}\nFoo,mmlu-pro,50\n`, { mapping: { models: { Foo: 'no-such-model' } } }),
    ...csv(`${long}\nNobody Knows,mmlu-pro,50\n`),
    ...csv(`${long}\nVAETKI,,50\n`),
    ...csv(`${long}\nVAETKI,Bar,50\n`, { mapping: { benchmarks: { Bar: 'no-such-benchmark' } } }),
    ...csv(`${long}\nVAETKI,No Such Bench,50\n`),
    ...csv(`${long},source,kind\nVAETKI,mmlu-pro,50,https://example.org,bogus\n`, {
      mapping: { columns: { ...columns, source: 'source', kind: 'sourceKind' } },
    }),
    // No file brings a number that is not finite (every reader refuses "Infinity" as text); the builder's own check.
    ...notFinite(),
    ...csv(`${long},stderr,n\nVAETKI,mmlu-pro,50,-1,2.5\n`),
    ...csv(`${long},stderr\nVAETKI,mmlu-pro,150,60\n`),
    ...csv(`${long},stderr\nVAETKI,mmlu-pro,50,60\n`),
    ...csv(`${long},stderr\nVAETKI,mmlu-pro,50,abc\n`),
    ...parseImport({ name: 'default.json', text: JSON.stringify(dataset) }, dataset, options).problems.slice(0, 1),
    ...csv(`${long}\nVAETKI,mmlu-pro,50\nVAETKI,mmlu-pro,51\n`),
    ...csv(`${long}\n`),
    ...lmEval({ results: { kmmlu: { 'acc,none': 0.5 } } }).problems,
    ...lmEval({ model_name: 'skt/A.X-K1', results: { kmmlu: { alias: 'kmmlu', 'acc,none': 'N/A' } } }).problems,
    ...csv('benchmark,value\nmmlu-pro,2\n'),
    ...csv(`${long}\nVAETKI,mmlu-pro,seventy\n`),
    ...csv(`${long}\nVAETKI,mmlu-pro,"1234,567"\n`),
    ...csv(`${long}\nVAETKI,mmlu-pro,\n`),
    ...csv(''),
    ...parseImport({ name: 'bad.json', text: '{"models": 3}' }, dataset, options).problems.slice(0, 2),
    ...parseImport({ name: 'broken.json', text: '{"results": ' }, dataset, options).problems,
    ...(await importFile('/nonexistent/folder/gone.csv', dataset, options)).problems,
    ...parseImport({ name: 'book.xlsx', text: '' }, dataset, options).problems,
    ...(await importFile(writeTemp('fake.xlsx', 'model,benchmark,value\n'), dataset, options)).problems,
    ...(await importFile(writeTemp('two.xlsx', await workbook(['A'])), dataset, { ...options, sheet: 'Nope' }))
      .problems,
    ...(await importFile(writeTemp('none.xlsx', await workbook([])), dataset, options)).problems,
    ...(await importFile(writeTemp('fake.parquet', 'not parquet at all'), dataset, options)).problems,
    ...csv(`${long}\nVAETKI,mmlu-pro,"50\nVAETKI,hle,3\n`),
    ...(mergeImport(merged.dataset, once) as { problems: ImportProblem[] }).problems,
  ];
}

/** Values shown as given (the file's or the dataset's own text); a field, role, kind of id or reason is not one. */
const AS_GIVEN = (key: string) => !['reason', 'field', 'role', 'what'].includes(key);
/** Format names, written the same in Korean. */
const FORMATS = /\b(JSON|CSV|XLSX|Parquet)\b/g;

describe('import problems in Korean', () => {
  it('every problem code is made by some file, and reads with no English word in it', async () => {
    const problems = await everyProblem();
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(PROBLEM_CODES));
    const ko = createI18n('ko').getFixedT('ko', IMPORT_NS);
    const en = createI18n('en').getFixedT('en', IMPORT_NS);
    for (const p of problems) {
      const text = problemText(ko, p);
      let rest = text;
      for (const [key, value] of Object.entries(p.params ?? {}))
        if (AS_GIVEN(key)) rest = rest.split(String(value)).join(' ');
      rest = rest.replace(FORMATS, ' ');
      expect(rest, `${p.code}: ${text}`).not.toMatch(/[A-Za-z]{3,}/);
      expect(text, p.code).toMatch(/[가-힣]/);
      expect(text, p.code).not.toContain('{{');
      // English keeps the reason's substance (and no unfilled placeholder).
      expect(problemText(en, p), p.code).not.toContain('{{');
    }
  });

  it('names the cell and the number as the file wrote them', async () => {
    const [problem] = csv(`${long}\nVAETKI,mmlu-pro,seventy\n`);
    const ko = createI18n('ko').getFixedT('ko', IMPORT_NS);
    expect(problemText(ko, problem!)).toBe('값 "seventy"은(는) 숫자가 아닙니다');
    expect(problem!.message).toBe('scores.csv, row 2, column "value": "seventy" is not a number');
  });
});
