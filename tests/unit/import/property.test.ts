import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportProblemKind, ImportResult } from '../../../shared/dataset/import-types';
import { mergeImport } from '../../../shared/dataset/merge';
import { parseImport } from '../../../shared/dataset/parse-import';
import { DatasetSchema } from '../../../shared/domain/dataset';
import { defaultDataset, TODAY } from './fixtures';

const ds = defaultDataset();
const KINDS: ImportProblemKind[] = [
  'unreadable',
  'missing-column',
  'unknown-model',
  'unknown-benchmark',
  'missing-value',
  'not-a-number',
  'out-of-scale',
  'invalid-value',
  'duplicate',
  'empty',
];

/** Either a clean import (observations, no problems) or typed problems that each name the file and a place. */
function wellFormed(r: ImportResult, file: string): void {
  expect(r.file).toBe(file);
  for (const p of r.problems) {
    expect(KINDS).toContain(p.kind);
    expect(p.file).toBe(file);
    expect(p.message.startsWith(file)).toBe(true);
    if (p.row !== null) expect(Number.isInteger(p.row) && p.row >= 1).toBe(true);
  }
  expect(r.origins.rows).toHaveLength(r.observations.length);
  const merged = mergeImport(ds, r);
  if (r.problems.length) expect(merged.ok).toBe(false);
  else if (merged.ok) expect(DatasetSchema.safeParse(merged.dataset).success).toBe(true);
}

const cellText = fc.oneof(
  fc.string(),
  fc.constantFrom('K-EXAONE', 'gpt-oss-120b', 'KMMLU-Pro', 'HRM8K', '61,8', '1.234,5', '"', '', ' ', '모델', '점수'),
  fc.double().map(String),
);
const table = fc.array(fc.array(cellText, { maxLength: 6 }), { maxLength: 12 });

describe('imports never throw: they succeed or return typed, located problems', () => {
  it('arbitrary CSV-ish text with any delimiter', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('\n', '\r\n'), (rows, d, nl) => {
        const text = rows.map((r) => r.join(d)).join(nl);
        wellFormed(parseImport({ name: 'x.csv', text }, ds, { today: TODAY }), 'x.csv');
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes (invalid UTF-8 falls back to CP949)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('b.csv', 'b.tsv', 'b.json', 'b.txt'),
        (bytes, name) => {
          wellFormed(parseImport({ name, bytes }, ds, { today: TODAY }), name);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary JSON values, and lm-eval-shaped objects with odd metrics', () => {
    const lmEval = fc.record({
      results: fc.dictionary(
        fc.constantFrom('kmmlu', 'haerae', 'hrm8k', 'kobalt', 'x_task'),
        fc.dictionary(fc.constantFrom('acc,none', 'acc_stderr,none', 'alias', 'exact_match,none'), fc.jsonValue()),
      ),
      model_name: fc.oneof(fc.string(), fc.constantFrom('skt/A.X-K1', 'K-EXAONE')),
      'n-samples': fc.jsonValue(),
      date: fc.oneof(fc.double(), fc.string()),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), lmEval), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        wellFormed(parseImport({ name: 'r.json', text }, ds, { today: TODAY }), 'r.json');
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary edits on a real table', () => {
    const csv = 'model,benchmark,value\nK-EXAONE,KMMLU-Pro,67.3\nA.X K1,KMMLU-Pro,60.2\n';
    const edit = fc.oneof(
      fc.record({
        row: fc.integer({ min: -2, max: 6 }),
        column: fc.constantFrom('model', 'benchmark', 'value', 'x'),
        text: cellText,
      }),
      fc.record({ row: fc.integer({ min: -2, max: 6 }), skip: fc.constant(true as const) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 5 }), (edits) => {
        wellFormed(parseImport({ name: 'e.csv', text: csv }, ds, { today: TODAY, edits }), 'e.csv');
      }),
      { numRuns: 300 },
    );
  });
});

describe('well-formed rows always import', () => {
  it('any known model × benchmark with an in-scale value in any decimal notation reads back exactly', () => {
    const percent = ds.benchmarks.filter((b) => b.unit === '%');
    const notation = fc.constantFrom('dot', 'comma', 'percent');
    const row = fc.record({
      model: fc.constantFrom(...ds.models),
      benchmark: fc.constantFrom(...percent),
      hundredths: fc.integer({ min: 0, max: 10_000 }),
      notation,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: (r) => `${r.model.id}|${r.benchmark.id}`, minLength: 1, maxLength: 20 }),
        (rows) => {
          const lines = rows.map((r) => {
            const v = (r.hundredths / 100).toFixed(2);
            const text = r.notation === 'comma' ? `"${v.replace('.', ',')}"` : r.notation === 'percent' ? `${v}%` : v;
            return `"${r.model.name}","${r.benchmark.name}",${text}`;
          });
          const r = parseImport({ name: 'ok.csv', text: ['model,benchmark,value', ...lines].join('\n') }, ds, {
            today: TODAY,
          });
          expect(r.problems).toEqual([]);
          expect(r.observations.map((o) => [o.model, o.benchmark, o.value])).toEqual(
            rows.map((x) => [x.model.id, x.benchmark.id, x.hundredths / 100]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
