/**
 * Dataset figures for `npm run bench`: a generated long CSV of 2,000,000 rows (10,000 models × 200
 * benchmarks, written to a temp folder), imported through the desktop import service (read, decode,
 * papaparse, match, validate), merged, and pivoted to the 10,000 × 200 grid under the default policy.
 * Seconds per step and the process's peak resident memory (MB; the high-water mark of the whole bench
 * process, so it includes whatever ran before). Targets (issue 4): < 10 s, < 1.5 GB. The file has no quotes,
 * like most exports; quoted blocks go through papaparse's full parser, which is slower (see the report).
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { DatasetSchema, type Benchmark, type Dataset } from '../../shared/domain/dataset';
import { ScenarioSchema } from '../../shared/domain/scenario';
import { mergeImport } from '../../shared/dataset/merge';
import { pivotDataset } from '../../shared/dataset/pivot';
import { importFile } from '../../electron/services/import/import-file';
import { createPrng } from '../../shared/engine/prng';

const MODELS = 10_000;
const BENCHMARKS = 200;
const root = join(import.meta.dirname, '../..');

const benchmarkName = (j: number) => `Generated Bench ${String(j + 1).padStart(3, '0')}`;

/** The default dataset plus 200 generated benchmarks (0–100 %), so the CSV's benchmark names all match. */
function targetDataset(): Dataset {
  const base = DatasetSchema.parse(JSON.parse(readFileSync(join(root, 'data/datasets/default.json'), 'utf8')));
  const generated: Benchmark[] = Array.from({ length: BENCHMARKS }, (_, j) => ({
    id: `gen-${String(j + 1).padStart(3, '0')}`,
    name: benchmarkName(j),
    aliases: [],
    language: j % 2 ? 'ko' : 'en',
    category: `category-${j % 10}`,
    unit: '%',
    direction: 'higher',
    scale: { min: 0, max: 100 },
    randomBaseline: null,
    items: null,
    note: '',
  }));
  return { ...base, benchmarks: [...base.benchmarks, ...generated] };
}

/** Writes model,setting,benchmark,value rows in 1 MB slices (the file is never held whole while written). */
async function writeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  const rnd = createPrng(7);
  out.write('model,setting,benchmark,value\n');
  let buffer = '';
  for (let i = 0; i < MODELS; i++) {
    const model = `Model ${String(i + 1).padStart(5, '0')}`;
    for (let j = 0; j < BENCHMARKS; j++) {
      buffer += `${model},default,${benchmarkName(j)},${(100 * rnd()).toFixed(2)}\n`;
      if (buffer.length > 1 << 20) {
        if (!out.write(buffer)) await once(out, 'drain');
        buffer = '';
      }
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

const seconds = (t0: number) => Math.round((performance.now() - t0) / 10) / 100;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

export async function bench(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'sewb-bench-'));
  try {
    const path = join(dir, 'long.csv');
    await writeCsv(path);
    const dataset = targetDataset();
    const { observationPolicy } = ScenarioSchema.parse(
      JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')),
    );
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const result = await importFile(path, dataset, { today: '2026-11-28', mapping: { newModels: true } });
    const importSeconds = seconds(t0);
    const t1 = performance.now();
    const merged = mergeImport(dataset, result);
    if (!merged.ok) throw new Error(merged.problems[0]?.message ?? 'merge failed');
    const mergeSeconds = seconds(t1);
    const t2 = performance.now();
    const models = merged.dataset.models.slice(-MODELS).map((m) => m.id);
    const benchmarks = merged.dataset.benchmarks.slice(-BENCHMARKS).map((b) => b.id);
    const pivot = pivotDataset(merged.dataset, observationPolicy, [], models, benchmarks);
    const pivotSeconds = seconds(t2);
    const filled = pivot.counts.reduce((a, c) => a + (c > 0 ? 1 : 0), 0);
    return {
      rows: result.rowCount,
      fileMb: mb(statSync(path).size),
      observations: result.observations.length,
      newModels: result.models.length,
      problems: result.problems.length,
      filledCells: filled,
      importSeconds,
      mergeSeconds,
      pivotSeconds,
      totalSeconds: Math.round((importSeconds + mergeSeconds + pivotSeconds) * 100) / 100,
      rssBeforeImportMb: mb(rssBefore),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
