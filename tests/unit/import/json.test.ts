import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import/import-file';
import { mergeImport } from '../../../shared/dataset/merge';
import { DatasetSchema } from '../../../shared/domain/dataset';
import { defaultDataset, TODAY, writeTemp } from './fixtures';

const ds = defaultDataset();

/** The shape lm-evaluation-harness writes (results_<timestamp>.json), trimmed to three tasks. */
const lmEval = {
  results: {
    kmmlu: { alias: 'kmmlu', 'acc,none': 0.4823, 'acc_stderr,none': 0.0026 },
    kmmlu_accounting: { alias: ' - kmmlu_accounting', 'acc,none': 0.41, 'acc_stderr,none': 0.049 },
    haerae: { alias: 'HAE-RAE Bench', 'acc_norm,none': 0.612, 'acc_norm_stderr,none': 'N/A' },
  },
  group_subtasks: { kmmlu: ['kmmlu_accounting'] },
  'n-samples': { kmmlu: { original: 35030, effective: 35030 }, haerae: { original: 1538, effective: 1538 } },
  config: { model: 'hf', model_args: 'pretrained=skt/A.X-K1,dtype=bfloat16' },
  model_name: 'skt/A.X-K1',
  date: 1764547200,
};

describe('lm-evaluation-harness results JSON', () => {
  it('imports each task that matches a benchmark: metric as %, stderr when present, n from n-samples', async () => {
    const r = await importFile(writeTemp('results_2025-12-01T00-00-00.json', JSON.stringify(lmEval)), ds, {
      today: TODAY,
    });
    expect(r.format).toBe('lm-eval-json');
    expect(r.problems).toEqual([]);
    const kmmlu = r.observations.find((o) => o.benchmark === 'kmmlu')!;
    expect(kmmlu).toMatchObject({ model: 'ax-k1-519b-a33b', n: 35030, reportedAs: 'kmmlu' });
    expect(kmmlu.value).toBeCloseTo(48.23, 10);
    expect(kmmlu.stderr).toBeCloseTo(0.26, 10);
    const haerae = r.observations.find((o) => o.benchmark === 'hae-rae')!;
    expect(haerae.value).toBeCloseTo(61.2, 10);
    expect(haerae.stderr).toBeNull();
    expect(r.mapping.metrics).toEqual({ kmmlu: 'acc,none', haerae: 'acc_norm,none' });
    expect(r.unmatched.benchmarks).toContain('kmmlu_accounting');
    expect(r.sources[0]).toMatchObject({ kind: 'user', date: '2025-12-01' });
  });

  it('lists each task’s numeric metrics; the metric chosen in the mapping is the one read', async () => {
    const both = {
      ...lmEval,
      results: { haerae: { alias: 'haerae', 'acc,none': 0.58, 'acc_norm,none': 0.612, 'acc_norm_stderr,none': 0.01 } },
    };
    const path = writeTemp('results.json', JSON.stringify(both));
    const first = await importFile(path, ds, { today: TODAY });
    expect(first.choices.metrics).toEqual({ haerae: ['acc,none', 'acc_norm,none'] });
    expect(first.mapping.metrics.haerae).toBe('acc,none');
    expect(first.observations[0].value).toBe(58); // not 57.99999999999999 (0.58 × 100)
    const chosen = await importFile(path, ds, { today: TODAY, mapping: { metrics: { haerae: 'acc_norm,none' } } });
    expect(chosen.observations[0].value).toBeCloseTo(61.2, 10);
    expect(chosen.observations[0].stderr).toBeCloseTo(1, 10);
  });

  it('an unknown model is a located problem; the mapping fixes it', async () => {
    const path = writeTemp('results.json', JSON.stringify({ ...lmEval, model_name: 'my-org/secret-model' }));
    const r = await importFile(path, ds, { today: TODAY });
    expect(r.problems).toEqual([
      expect.objectContaining({ kind: 'unknown-model', column: 'model_name', text: 'my-org/secret-model' }),
    ]);
    const fixed = await importFile(path, ds, {
      today: TODAY,
      mapping: { models: { 'my-org/secret-model': 'vaetki-112b-a10b' } },
    });
    expect(fixed.problems).toEqual([]);
    expect(new Set(fixed.observations.map((o) => o.model))).toEqual(new Set(['vaetki-112b-a10b']));
  });

  it('broken JSON is an unreadable problem naming the file', async () => {
    const r = await importFile(writeTemp('results.json', '{"results": {"kmmlu": '), ds, { today: TODAY });
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'unreadable', file: 'results.json' })]);
  });
});

describe('the native dataset JSON', () => {
  it('adds the models, benchmarks, sources and observations of another dataset file', async () => {
    const other = DatasetSchema.parse({
      schemaVersion: 1,
      id: 'lab',
      name: 'Lab results',
      description: '',
      models: [{ ...ds.models[0] }, { ...ds.models[0], id: 'lab-model', name: 'Lab Model' }],
      benchmarks: [
        ds.benchmarks.find((b) => b.id === 'kmmlu-pro')!,
        { ...ds.benchmarks[0], id: 'lab-bench', name: 'Lab Bench', aliases: [] },
      ],
      sources: [
        { id: 's1', title: 'Lab report', url: 'https://example.org/lab', kind: 'independent', date: '2026-10-01' },
      ],
      observations: [
        {
          id: 'o1',
          model: 'lab-model',
          setting: 'default',
          benchmark: 'lab-bench',
          value: 40,
          stderr: 1.2,
          n: 100,
          measuredBy: 'Lab',
          source: 's1',
          reportedAs: null,
          note: '',
        },
        {
          id: 'o2',
          model: ds.models[0].id,
          setting: 'default',
          benchmark: 'kmmlu-pro',
          value: 66,
          stderr: null,
          n: null,
          measuredBy: 'Lab',
          source: 's1',
          reportedAs: null,
          note: '',
        },
      ],
    });
    const r = await importFile(writeTemp('lab.json', JSON.stringify(other)), ds, { today: TODAY });
    expect(r.problems).toEqual([]);
    expect(r.models.map((m) => m.id)).toEqual(['lab-model']);
    expect(r.benchmarks.map((b) => b.id)).toEqual(['lab-bench']);
    expect(r.sources).toEqual([
      expect.objectContaining({ title: 'Lab report', kind: 'independent', date: '2026-10-01' }),
    ]);
    const merged = mergeImport(ds, r);
    if (!merged.ok) throw new Error(merged.problems[0].message);
    expect(() => DatasetSchema.parse(merged.dataset)).not.toThrow();
    expect(merged.added).toEqual({ observations: 2, models: 1, benchmarks: 1, sources: 1 });
  });

  it('schema errors are located by array position and field', async () => {
    const bad = structuredClone(ds) as unknown as { observations: { value: unknown }[] };
    bad.observations[4].value = 'high';
    const r = await importFile(writeTemp('bad.json', JSON.stringify(bad)), ds, { today: TODAY });
    expect(r.problems).toEqual([
      expect.objectContaining({ kind: 'invalid-value', row: 5, column: 'observations.value' }),
    ]);
  });

  it('importing the default dataset into itself finds every observation a duplicate', async () => {
    const r = await importFile(writeTemp('default.json', JSON.stringify(ds)), ds, { today: TODAY });
    expect(r.observations).toEqual([]);
    expect(r.problems).toHaveLength(ds.observations.length);
    expect(new Set(r.problems.map((p) => p.kind))).toEqual(new Set(['duplicate']));
  });
});
