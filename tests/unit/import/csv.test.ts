import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import/import-file';
import { mergeImport } from '../../../shared/dataset/merge';
import { parseImport } from '../../../shared/dataset/parse-import';
import { defaultDataset, TODAY, writeTemp } from './fixtures';

const ds = defaultDataset();
const KOREAN_CSV = [
  '모델,벤치마크,점수,출처,비고',
  'K-EXAONE,KMMLU-Pro,67.3,https://example.org/kr-eval,한국어 평가 재현',
  'Solar Open 100B,kmmlu pro,"61,8",https://example.org/kr-eval,"쉼표, 포함"',
  '',
  'A.X K1,HRM8K,70.1,https://example.org/kr-eval,',
].join('\r\n');

describe('CSV import (UTF-8, BOM, CP949, Korean headers)', () => {
  it('reads Korean headers in UTF-8 with a BOM, keeps the source link and the Korean note', async () => {
    const r = await importFile(writeTemp('점수표.csv', '\uFEFF' + KOREAN_CSV), ds, { today: TODAY });
    expect(r.problems).toEqual([]);
    expect(r.mapping.layout).toBe('long');
    expect(r.mapping.columns).toMatchObject({ 모델: 'model', 벤치마크: 'benchmark', 점수: 'value', 출처: 'source' });
    expect(r.observations.map((o) => [o.model, o.benchmark, o.value])).toEqual([
      ['k-exaone-236b-a23b', 'kmmlu-pro', 67.3],
      ['solar-open-100b', 'kmmlu-pro', 61.8],
      ['ax-k1-519b-a33b', 'hrm8k', 70.1],
    ]);
    expect(r.observations[1].note).toBe('쉼표, 포함');
    expect(r.observations[0].note).toBe('한국어 평가 재현');
    expect(r.sources).toEqual([expect.objectContaining({ url: 'https://example.org/kr-eval', kind: 'user' })]);
    expect(r.origins.rows).toEqual([2, 3, 5]);
  });

  it('reads the same table written by Korean Excel in CP949', async () => {
    const bytes = iconv.encode(KOREAN_CSV, 'cp949');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const r = await importFile(writeTemp('cp949.csv', bytes), ds, { today: TODAY });
    expect(r.problems).toEqual([]);
    expect(r.observations.map((o) => o.note)).toEqual(['한국어 평가 재현', '쉼표, 포함', '']);
  });

  it('keeps delimiters and line breaks inside quotes, and counts rows across blank lines', async () => {
    const csv = [
      'model,benchmark,value,note',
      '"gpt-oss-120b","KMMLU-Pro","62,5","a note, with a comma"',
      '',
      '',
      'gpt-oss-120b,HRM8K,"oops",x',
      '"Qwen3-32B",KoBALT-700,41.0,"two',
      'lines"',
    ].join('\n');
    const r = await importFile(writeTemp('q.csv', csv), ds, { today: TODAY });
    expect(r.observations.map((o) => [o.model, o.benchmark, o.value, o.note])).toEqual([
      ['gpt-oss-120b', 'kmmlu-pro', 62.5, 'a note, with a comma'],
      ['qwen3-32b', 'kobalt', 41, 'two\nlines'],
    ]);
    expect(r.problems).toEqual([
      expect.objectContaining({ kind: 'not-a-number', row: 5, column: 'value', text: 'oops', file: 'q.csv' }),
    ]);
    expect(r.problems[0].message).toContain('row 5');
  });

  it('reads mixed decimal formats in a semicolon file (decimal comma, grouped thousands)', async () => {
    const csv =
      'Model;Benchmark;Score\nK-EXAONE;KMMLU-Pro;61,8\nK-EXAONE;Codeforces;1.234,5\nA.X K1;Codeforces;"2,345.5"\nA.X K1;KMMLU-Pro;62.1%\n';
    const r = await importFile(writeTemp('semi.csv', csv), ds, { today: TODAY });
    expect(r.problems).toEqual([]);
    expect(r.observations.map((o) => o.value)).toEqual([61.8, 1234.5, 2345.5, 62.1]);
  });

  it('reads a wide TSV (models × benchmarks); an unknown benchmark column is a problem until mapped away', async () => {
    const tsv = 'Model\tKMMLU-Pro\tHRM8K\tTextVQA\nK-EXAONE\t67.3\t\t80.1\nSolar Open 100B\t61.8\t72.5\t\n';
    const path = writeTemp('wide.tsv', tsv);
    const first = await importFile(path, ds, { today: TODAY });
    expect(first.mapping.layout).toBe('wide');
    expect(first.problems).toEqual([expect.objectContaining({ kind: 'unknown-benchmark', row: 1, column: 'TextVQA' })]);
    expect(first.unmatched.benchmarks).toEqual(['TextVQA']);
    const second = await importFile(path, ds, {
      today: TODAY,
      mapping: { ...first.mapping, benchmarks: { ...first.mapping.benchmarks, TextVQA: null } },
    });
    expect(second.problems).toEqual([]);
    expect(second.observations.map((o) => `${o.model}:${o.benchmark}=${o.value}`)).toEqual([
      'k-exaone-236b-a23b:kmmlu-pro=67.3',
      'solar-open-100b:kmmlu-pro=61.8',
      'solar-open-100b:hrm8k=72.5',
    ]);
    expect(second.origins.columns).toEqual(['KMMLU-Pro', 'KMMLU-Pro', 'HRM8K']);
  });

  it('names unknown models, out-of-scale values and duplicates with row and column', async () => {
    const csv = [
      'model,setting,benchmark,value,source_url',
      'Mystery-7B,default,KMMLU-Pro,50,https://example.org/t',
      'K-EXAONE,default,KMMLU-Pro,161.8,https://example.org/t',
      'K-EXAONE,default,HRM8K,70,https://example.org/t',
      'K-EXAONE,default,HRM8K,71,https://example.org/t',
      'gpt-oss-120b,high,KMMLU-Pro,62.4,https://github.com/LG-AI-EXAONE/K-EXAONE/blob/main/README.md',
    ].join('\n');
    const r = await importFile(writeTemp('bad.csv', csv), ds, { today: TODAY });
    expect(r.problems.map((p) => [p.kind, p.row, p.column])).toEqual([
      ['unknown-model', 2, 'model'],
      ['out-of-scale', 3, 'value'],
      ['duplicate', 5, 'value'],
      ['duplicate', 6, 'value'],
    ]);
    expect(r.problems[2].message).toContain('row 4');
    const existing = ds.observations.find(
      (o) => o.model === 'gpt-oss-120b' && o.benchmark === 'kmmlu-pro' && o.measuredBy.endsWith('k-exaone-236b-a23b'),
    )!;
    expect(r.problems[3].message).toContain(existing.id);
    expect(r.unmatched.models).toEqual(['Mystery-7B']);
  });

  it('adds unknown models as new models when the mapping allows it', async () => {
    const r = await importFile(writeTemp('new.csv', 'model,benchmark,value\nMystery-7B,KMMLU-Pro,50\n'), ds, {
      today: TODAY,
      mapping: { newModels: true },
    });
    expect(r.problems).toEqual([]);
    expect(r.models).toEqual([expect.objectContaining({ id: 'mystery-7b', name: 'Mystery-7B', group: 'other' })]);
    expect(r.observations[0].model).toBe('mystery-7b');
  });

  it('a user mapping of a name the matcher does not know (엑사원 → K-EXAONE) is used and can be passed back', async () => {
    const path = writeTemp('map.csv', '모델,벤치마크,점수\n엑사원,KMMLU-Pro,67.3\n');
    const r = await importFile(path, ds, { today: TODAY, mapping: { models: { 엑사원: 'k-exaone-236b-a23b' } } });
    expect(r.problems).toEqual([]);
    expect(r.observations[0].model).toBe('k-exaone-236b-a23b');
    const again = await importFile(path, ds, { today: TODAY, mapping: r.mapping });
    expect(again.observations.map((o) => o.value)).toEqual([67.3]);
  });

  it('a table without a model column, an empty file and a missing file are problems, not exceptions', async () => {
    const noModel = await importFile(writeTemp('nm.csv', 'benchmark,value\nKMMLU-Pro,1\n'), ds, { today: TODAY });
    expect(noModel.problems.map((p) => p.kind)).toContain('missing-column');
    const empty = await importFile(writeTemp('empty.csv', '\n\n'), ds, { today: TODAY });
    expect(empty.problems.map((p) => p.kind)).toEqual(['empty']);
    const missing = await importFile('/nonexistent/folder/x.csv', ds, { today: TODAY });
    expect(missing.problems).toEqual([expect.objectContaining({ kind: 'unreadable', file: 'x.csv' })]);
  });
});

describe('fixing a bad row in the preview, then merging', () => {
  const csv = 'model,benchmark,value\nK-EXAONE,KMMLU-Pro,67.3\nA.X K1,KMMLU-Pro,6O.2\nSolar Open 100B,HRM8K,72.5\n';

  it('a failed import changes nothing; the fixed cell (an edit) makes it succeed', async () => {
    const path = writeTemp('fix.csv', csv);
    const before = structuredClone(ds);
    const preview = await importFile(path, ds, { today: TODAY });
    expect(preview.problems).toEqual([expect.objectContaining({ kind: 'not-a-number', row: 3, column: 'value' })]);
    const refused = mergeImport(ds, preview);
    expect(refused.ok).toBe(false);
    expect(ds).toEqual(before);

    const fixed = await importFile(path, ds, {
      today: TODAY,
      mapping: preview.mapping,
      edits: [{ row: 3, column: 'value', text: '60.2' }],
    });
    const merged = mergeImport(ds, fixed);
    if (!merged.ok) throw new Error(merged.problems[0].message);
    expect(ds).toEqual(before);
    expect(merged.dataset.observations).toHaveLength(ds.observations.length + 3);
    const added = merged.dataset.observations.slice(ds.observations.length);
    expect(added.map((o) => [o.model, o.value])).toEqual([
      ['k-exaone-236b-a23b', 67.3],
      ['ax-k1-519b-a33b', 60.2],
      ['solar-open-100b', 72.5],
    ]);
    expect(merged.dataset.sources.find((s) => s.id === added[0].source)).toMatchObject({
      url: 'fix.csv',
      kind: 'user',
      date: TODAY,
    });
  });

  it('a skipped row is left out; importing the same file again is all duplicates', async () => {
    const path = writeTemp('skip.csv', csv);
    const skipped = await importFile(path, ds, { today: TODAY, edits: [{ row: 3, skip: true }] });
    expect(skipped.problems).toEqual([]);
    expect(skipped.skippedRows).toBe(1);
    const merged = mergeImport(ds, skipped);
    if (!merged.ok) throw new Error('merge failed');
    expect(merged.added.observations).toBe(2);
    const again = await importFile(path, merged.dataset, { today: TODAY, edits: [{ row: 3, skip: true }] });
    expect(again.problems.map((p) => p.kind)).toEqual(['duplicate', 'duplicate']);
    expect(again.batch).not.toBe(skipped.batch);
  });
});

describe('progress', () => {
  it('reports characters read, ending at the total, with and without quotes', () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => `K-EXAONE,KMMLU-Pro,${(i % 100) + 0.5},src-${i}`);
    for (const text of [
      ['model,benchmark,value,source', ...rows].join('\n'),
      `"model",benchmark,value,source\n${rows.join('\n')}`,
    ]) {
      const seen: [number, number][] = [];
      parseImport({ name: 'p.csv', text }, ds, { today: TODAY, onProgress: (done, total) => seen.push([done, total]) });
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.at(-1)).toEqual([text.length, text.length]);
      expect(seen.every(([d], i) => i === 0 || d >= seen[i - 1][0])).toBe(true);
    }
  });
});

describe('line endings', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['LF', '\n'],
  ])('%s: values read and rows numbered the same', (_, nl) => {
    const text = ['model;benchmark;value', 'K-EXAONE;KMMLU-Pro;61,8', '', 'A.X K1;HRM8K;bad'].join(nl) + nl;
    const r = parseImport({ name: 'nl.csv', text }, ds, { today: TODAY });
    expect(r.observations.map((o) => o.value)).toEqual([61.8]);
    expect(r.problems.map((p) => [p.kind, p.row, p.text])).toEqual([['not-a-number', 4, 'bad']]);
  });
});
