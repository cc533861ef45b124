import type { Dataset } from '../domain/dataset';
import { createImportBuilder } from './import-builder';
import type { ImportOptions, ImportResult } from './import-types';

/** Metrics tried in order when the mapping names none for a task (lm-evaluation-harness "metric,filter" keys). */
const METRIC_PREFERENCE = [
  'acc,none',
  'exact_match,strict-match',
  'exact_match,flexible-extract',
  'exact_match,none',
  'acc_norm,none',
  'prompt_level_strict_acc,none',
];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for lm-evaluation-harness output: an object whose "results" maps task names to metric objects. */
export const isLmEvalResults = (json: unknown): json is Json =>
  isObject(json) && isObject(json.results) && Object.values(json.results).every(isObject) && !('schemaVersion' in json);

/** The evaluated model's name: model_name, else pretrained=… in config.model_args. */
function modelName(json: Json): string {
  if (typeof json.model_name === 'string' && json.model_name.trim()) return json.model_name.trim();
  const config = isObject(json.config) ? json.config : {};
  const args = config.model_args;
  if (isObject(args) && typeof args.pretrained === 'string') return args.pretrained;
  if (typeof args === 'string') return /(?:^|,)\s*pretrained=([^,]+)/.exec(args)?.[1]?.trim() ?? '';
  return '';
}

const metricValue = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** "acc,none" → "acc_stderr,none" (the harness's key for the metric's standard error). */
const stderrKey = (metric: string) => {
  const [name, filter] = metric.split(',');
  return filter === undefined ? `${name}_stderr` : `${name}_stderr,${filter}`;
};

/** The ISO date of the run from the harness's unix "date" field, if any. */
function runDate(json: Json): string | null {
  const seconds = metricValue(json.date);
  return seconds === null ? null : new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** A fraction as a percentage without binary noise (0.58 × 100 is 57.99999999999999; 12 significant digits). */
const scaled = (x: number, scale: number): number => (scale === 1 ? x : Number((x * scale).toPrecision(12)));

/**
 * Imports an lm-evaluation-harness results*.json: one observation per task that matches a benchmark
 * (mapping.benchmarks, else by name or alias), the task's metric (mapping.metrics, else the first of
 * METRIC_PREFERENCE present, else the first numeric metric), its stderr when present, and n from
 * n-samples. Fractions are converted to % for benchmarks in %. Unmatched tasks (often subtasks) are left
 * out and listed in `unmatched`. Rows are the tasks' 1-based positions in "results".
 */
export function importLmEval(json: Json, file: string, dataset: Dataset, options: ImportOptions): ImportResult {
  const b = createImportBuilder(file, 'lm-eval-json', dataset, options);
  const results = json.results as Record<string, Json>;
  const samples = isObject(json['n-samples']) ? (json['n-samples'] as Record<string, unknown>) : {};
  const rawModel = modelName(json);
  const model = rawModel
    ? b.model(rawModel, null, 'model_name')
    : (b.problem('missing-value', null, 'model_name', null, 'no model_name or pretrained= model argument', {
        code: 'no-model-name',
        params: { key: 'model_name', arg: 'pretrained=' },
      }),
      null);
  const source = b.source(file, 'user', runDate(json) ?? options.today, null, '');
  const tasks = Object.keys(results);
  const choices: Record<string, string[]> = {};
  tasks.forEach((task, i) => {
    const row = i + 1;
    const entry = results[task];
    const alias = typeof entry.alias === 'string' ? entry.alias.trim() : '';
    const benchmark =
      b.benchmark(task, row, 'results', true) ??
      (alias && alias !== task ? b.benchmark(alias, row, 'results', true) : null);
    if (benchmark === null || benchmark === 'skip' || model === null || model === 'skip' || source === null) return;
    const metrics = Object.keys(entry).filter((k) => !k.includes('_stderr') && metricValue(entry[k]) !== null);
    choices[task] = metrics;
    const metric =
      b.mapping.metrics[task] ?? METRIC_PREFERENCE.find((m) => metrics.includes(m)) ?? metrics[0] ?? undefined;
    const raw = metric === undefined ? null : metricValue(entry[metric]);
    if (metric === undefined || raw === null) {
      b.problem('not-a-number', row, `results.${task}`, null, `no numeric metric for task "${task}"`, {
        code: 'no-numeric-metric',
        params: { task },
      });
      return;
    }
    b.mapping.benchmarks[task] ??= benchmark;
    b.mapping.metrics[task] = metric;
    const percent = b.benchmarks.get(benchmark)?.unit === '%' && Math.abs(raw) <= 1;
    const scale = percent ? 100 : 1;
    // stderr and n as the file gives them (the harness writes "N/A" for no stderr); their rules are add()'s.
    const stderr = metricValue(entry[stderrKey(metric)]);
    const effective = isObject(samples[task]) ? metricValue((samples[task] as Json).effective) : null;
    b.add(
      {
        id: '',
        model,
        benchmark,
        setting: 'default',
        value: scaled(raw, scale),
        stderr: stderr === null ? null : scaled(stderr, scale),
        n: effective,
        measuredBy: options.measuredBy ?? 'lm-evaluation-harness run',
        source,
        reportedAs: task,
        note: `lm-evaluation-harness ${metric}${percent ? ' × 100' : ''}`,
      },
      row,
      `results.${task}.${metric}`,
      String(raw),
      (field) =>
        field === 'stderr'
          ? { column: `results.${task}.${stderrKey(metric)}`, text: String(stderr) }
          : { column: `n-samples.${task}.effective`, text: String(effective) },
    );
  });
  return b.result(tasks.length, 0, { metrics: choices });
}
