import type { Benchmark, Dataset, Model, Observation, Source, SourceKind } from '../../../shared/domain/dataset';
import { createPrng } from '../../../shared/engine/prng';

const KINDS: SourceKind[] = ['maker-report', 'vendor', 'independent', 'news', 'secondary', 'user'];
const SETTINGS = ['default', 'think', 'non-think', 'high'];

/**
 * A seeded random dataset that passes the dataset schema, made to meet the hard cases: cells with no, one or several
 * observations (several settings of one model on one benchmark), values on a coarse grid so ties are common, scales
 * open or closed, benchmarks higher or lower better, every source kind, measurers that are the maker, another
 * maker, unknown or a named lab, stderr and n present or not, and the rows in shuffled order.
 */
export function randomDataset(seed: number, models = 12, benchmarks = 6, observations = 160): Dataset {
  const rnd = createPrng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const modelRows: Model[] = Array.from({ length: models }, (_, i) => ({
    id: `m${i}`,
    name: `Model ${i}`,
    organization: `Org ${i % 3}`,
    country: '',
    group: pick(['candidate', 'reference', 'other'] as const),
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
    id: `b${j}`,
    name: `Bench ${j}`,
    aliases: [],
    language: 'en',
    category: 'knowledge',
    unit: '%',
    direction: j % 3 === 1 ? 'lower' : 'higher',
    scale: j % 4 === 3 ? null : { min: 0, max: 20 },
    randomBaseline: null,
    items: null,
    note: '',
  }));
  const sources: Source[] = KINDS.flatMap((kind, k) => [
    { id: `s${k}a`, title: kind, url: 'https://example.org', kind, date: `2026-0${1 + (k % 9)}-01` },
    { id: `s${k}b`, title: kind, url: 'https://example.org', kind, date: null },
  ]);
  const measurers = [
    'model maker',
    'maker of m1',
    'maker of m3',
    'unknown',
    ' Unknown ',
    'Artificial Analysis',
    'Lab X',
  ];
  const rows: Observation[] = Array.from({ length: observations }, (_, k) => {
    const hasStderr = rnd() < 0.3;
    return {
      id: `o${k}`,
      model: pick(modelRows).id,
      setting: pick(SETTINGS),
      benchmark: pick(benchmarkRows).id,
      // Halves from 0 to 20: a coarse grid, so equal values, spreads and bests are frequent.
      value: Math.floor(rnd() * 41) / 2,
      stderr: hasStderr ? Math.floor(rnd() * 4) : null,
      n: rnd() < 0.5 ? 1 + Math.floor(rnd() * 500) : null,
      measuredBy: pick(measurers),
      source: pick(sources).id,
      reportedAs: rnd() < 0.2 ? 'as printed' : null,
      note: rnd() < 0.1 ? 'a note' : '',
    };
  });
  // Shuffled (Fisher–Yates): rows of one model or cell are not together.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return {
    schemaVersion: 1,
    id: `random-${seed}`,
    name: `Random ${seed}`,
    description: '',
    models: modelRows,
    benchmarks: benchmarkRows,
    sources,
    observations: rows,
  };
}
