import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import/import-file';
import { mergeImport } from '../../../shared/dataset/merge';
import { DatasetSchema, type Observation } from '../../../shared/domain/dataset';
import { defaultDataset, TODAY, writeTemp } from './fixtures';

/**
 * Imported values, stderr and n are checked by the dataset schema's own rules before the preview calls a
 * file clean: a preview without problems merges into a dataset the schema accepts, and every refusal names
 * the file, row and column.
 */
const ds = defaultDataset();
const csv = (rows: string[]) => ['model,benchmark,value,stderr,n', ...rows].join('\n');

describe('CSV: stderr and n by the dataset rules, located', () => {
  it('names each bad cell with its row and column; only the good row is accepted', async () => {
    const r = await importFile(
      writeTemp(
        'scores.csv',
        csv([
          'VAETKI,MMLU-Pro,61.5,1.2,12032',
          'VAETKI,GPQA Diamond,40,-0.5,198',
          'VAETKI,HLE,10,80,2500',
          'VAETKI,IFEval,70,1,2.5',
          'VAETKI,IFBench,101,,',
        ]),
      ),
      ds,
      { today: TODAY },
    );
    expect(r.problems.map((p) => [p.row, p.column, p.kind, p.text])).toEqual([
      [3, 'stderr', 'invalid-value', '-0.5'],
      [4, 'stderr', 'invalid-value', '80'],
      [5, 'n', 'invalid-value', '2.5'],
      [6, 'value', 'out-of-scale', '101'],
    ]);
    expect(r.problems[1].message).toBe(
      'scores.csv, row 4, column "stderr": stderr "80": a standard error on the scale 0–100 is at most 50 (half its width), not 80',
    );
    expect(r.observations.map((o) => [o.benchmark, o.value, o.stderr, o.n])).toEqual([['mmlu-pro', 61.5, 1.2, 12032]]);
  });

  it('a wide row with a bad stderr names it once, not once per benchmark', async () => {
    const r = await importFile(writeTemp('wide.csv', 'model,MMLU-Pro,HLE,stderr\nVAETKI,61,10,-1\n'), ds, {
      today: TODAY,
      mapping: { layout: 'wide', columns: { model: 'model', 'MMLU-Pro': 'score', HLE: 'score', stderr: 'stderr' } },
    });
    expect(r.problems.map((p) => [p.row, p.column, p.text])).toEqual([[2, 'stderr', '-1']]);
  });

  it('reads numbers by the one rule table: "1,234" is 1234, "72,5" is 72.5, "1234,567" is refused as ambiguous', async () => {
    const r = await importFile(
      writeTemp(
        'index.csv',
        [
          'model,benchmark,value',
          'VAETKI,aa-index,"1,234"',
          'A.X K1,aa-index,"72,5"',
          'K-EXAONE,aa-index,"1234,567"',
        ].join('\n'),
      ),
      ds,
      { today: TODAY },
    );
    expect(r.observations.map((o) => o.value)).toEqual([1234, 72.5]);
    expect(r.problems).toEqual([
      expect.objectContaining({ kind: 'not-a-number', row: 4, column: 'value', text: '1234,567' }),
    ]);
    expect(r.problems[0].message).toContain('"1234,567" is ambiguous');
  });
});

describe('lm-evaluation-harness: stderr and n after the percent scaling', () => {
  const results = (entry: Record<string, unknown>, effective: unknown = 12032) => ({
    model_name: 'VAETKI',
    results: { mmlu_pro: { alias: 'mmlu_pro', ...entry } },
    'n-samples': { mmlu_pro: { original: 12032, effective } },
  });
  const preview = (json: unknown) =>
    importFile(writeTemp('results_x.json', JSON.stringify(json)), ds, { today: TODAY });

  it('a stderr of 1e308 (Infinity once × 100) is a problem naming the task row and the stderr key', async () => {
    const r = await preview(results({ 'acc,none': 0.6, 'acc_stderr,none': 1e308 }));
    expect(r.observations).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        kind: 'invalid-value',
        row: 1,
        column: 'results.mmlu_pro.acc_stderr,none',
        text: '1e+308',
      }),
    ]);
  });

  it('a negative stderr and a fractional n are refused, not dropped silently', async () => {
    const negative = await preview(results({ 'acc,none': 0.6, 'acc_stderr,none': -0.01 }));
    expect(negative.problems.map((p) => p.column)).toEqual(['results.mmlu_pro.acc_stderr,none']);
    const fractional = await preview(results({ 'acc,none': 0.6, 'acc_stderr,none': 0.004 }, 12.5));
    expect(fractional.problems.map((p) => p.column)).toEqual(['n-samples.mmlu_pro.effective']);
  });

  it('a sound file still imports: 0.6 ± 0.004 → 60 ± 0.4 %, n 12032', async () => {
    const r = await preview(results({ 'acc,none': 0.6, 'acc_stderr,none': 0.004 }));
    expect(r.problems).toEqual([]);
    expect(r.observations.map((o) => [o.value, o.stderr, o.n])).toEqual([[60, 0.4, 12032]]);
  });
});

describe('a clean preview is exactly a dataset the schema accepts', () => {
  // [benchmark, value, stderr, n, accepted] — the expectation from the rules as written in the README
  // (mmlu-pro is in %, scale 0–100; aa-index has no scale).
  const percent = 'mmlu-pro';
  const open = 'aa-index';
  const cases: [string, number, number | null, number | null, boolean][] = [
    [percent, 61.5, 1.2, 100, true],
    [percent, 0, 0, 1, true],
    [percent, 100, 50, null, true],
    [percent, 100.01, null, null, false],
    [percent, -1, null, null, false],
    [percent, 50, 50.5, null, false],
    [percent, 50, -0.1, null, false],
    [percent, 50, null, 0, false],
    [percent, 50, null, 3.5, false],
    [open, 1e9, 1e6, 10, true],
    [open, -250, null, null, true],
    [open, 5, -1, null, false],
  ];

  it.each(cases)('%s: value %d, stderr %s, n %s → accepted %s', async (benchmark, value, stderr, n, accepted) => {
    const row = `VAETKI,${benchmark},${value},${stderr ?? ''},${n ?? ''}`;
    const r = await importFile(writeTemp('one.csv', csv([row])), ds, { today: TODAY });
    expect(r.problems.length === 0).toBe(accepted);
    const observation: Observation = {
      id: 'probe-1',
      model: 'vaetki-112b-a10b',
      setting: 'default',
      benchmark,
      value,
      stderr,
      n,
      measuredBy: 'probe',
      source: ds.sources[0].id,
      reportedAs: null,
      note: '',
    };
    expect(DatasetSchema.safeParse({ ...ds, observations: [...ds.observations, observation] }).success).toBe(accepted);
    if (accepted) {
      const merged = mergeImport(ds, r);
      expect(merged.ok && DatasetSchema.safeParse(merged.dataset).success).toBe(true);
    }
  });
});
