import type { Benchmark, Dataset, Model, Observation } from '../../shared/domain/dataset';
import type { ScenarioInput } from '../../shared/domain/scenario';
import { createPrng } from '../../shared/engine/prng';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A seeded scenario of `models` candidates × `benchmarks` criteria for the large-report checks: one
 * observation per cell (0–100 %, one decimal, from the seeded PRNG), every benchmark "higher is better"
 * with weight 1 + j mod 3, WSM over min-max, missing values none. `values[i][j]` is the matrix it holds.
 */
export function largeScenario(
  models: number,
  benchmarks: number,
  seed = 5,
): { scenario: ScenarioInput; values: number[][]; weights: number[] } {
  const rnd = createPrng(seed);
  const modelRows: Model[] = Array.from({ length: models }, (_, i) => ({
    id: `m${pad(i + 1, 5)}`,
    name: `Model ${pad(i + 1, 5)}`,
    organization: 'Generated',
    country: '',
    group: 'candidate',
    totalParamsB: null,
    activeParamsB: null,
    contextTokens: null,
    releaseDate: null,
    releaseDateConfidence: null,
    license: null,
    openWeights: null,
    modalities: [],
    fromScratch: null,
    notes: '',
    sourceUrl: null,
  }));
  const benchmarkRows: Benchmark[] = Array.from({ length: benchmarks }, (_, j) => ({
    id: `b${pad(j + 1, 3)}`,
    name: `Bench ${pad(j + 1, 3)}`,
    aliases: [],
    language: j % 2 ? 'ko' : 'en',
    category: `category ${j % 10}`,
    unit: '%',
    direction: 'higher',
    scale: { min: 0, max: 100 },
    randomBaseline: null,
    items: null,
    note: '',
  }));
  const values: number[][] = [];
  const observations: Observation[] = [];
  for (const m of modelRows) {
    const row: number[] = [];
    for (const b of benchmarkRows) {
      const value = Math.round(1000 * rnd()) / 10;
      row.push(value);
      observations.push({
        id: `${m.id}${b.id}`,
        model: m.id,
        setting: 'default',
        benchmark: b.id,
        value,
        stderr: null,
        n: null,
        measuredBy: 'model maker',
        source: 's1',
        reportedAs: null,
        note: '',
      });
    }
    values.push(row);
  }
  const weights = benchmarkRows.map((_, j) => 1 + (j % 3));
  const dataset: Dataset = {
    schemaVersion: 1,
    id: `generated-${models}x${benchmarks}`,
    name: `Generated ${models} × ${benchmarks}`,
    description: 'Synthetic data for the large-report checks',
    models: modelRows,
    benchmarks: benchmarkRows,
    sources: [{ id: 's1', title: 'Generated', url: 'generated', kind: 'maker-report', date: '2026-01-01' }],
    observations,
  };
  const scenario: ScenarioInput = {
    schemaVersion: 1,
    kind: 'sewb-scenario',
    name: `Large report ${models} × ${benchmarks}`,
    savedAt: null,
    dataset,
    alternatives: modelRows.map((m) => m.id),
    references: [],
    observationPolicy: {
      kind: 'candidate-report',
      priority: ['independent', 'vendor', 'maker-report', 'news', 'secondary', 'user'],
      settingPreference: ['default'],
      manual: {},
    },
    criteria: benchmarkRows.map((b, j) => ({ benchmark: b.id, weight: weights[j]!, group: null })),
    groups: [],
    normalization: 'minmax',
    method: { name: 'wsm', v: 0.5 },
    missing: 'worst',
    overrides: [],
    uncertainty: { enabled: false, samples: 1000, seed: 1 },
    notes: '',
  };
  return { scenario, values, weights };
}

/**
 * The ranking from the formula, apart from shared/engine: min-max normalization per column ((x − min) / (max − min),
 * every criterion higher-is-better, no value missing), weighted sum with the weights normalized to 1, best first.
 */
export function expectedRanking(values: number[][], weights: number[]): { name: string; composite: number }[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const lo = weights.map((_, j) => Math.min(...values.map((row) => row[j]!)));
  const hi = weights.map((_, j) => Math.max(...values.map((row) => row[j]!)));
  return values
    .map((row, i) => ({
      name: `Model ${String(i + 1).padStart(5, '0')}`,
      composite: row.reduce((sum, x, j) => sum + (weights[j]! / total) * ((x - lo[j]!) / (hi[j]! - lo[j]!)), 0),
    }))
    .sort((a, b) => b.composite - a.composite);
}
