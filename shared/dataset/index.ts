import type { Benchmark, Dataset, Model, Observation, Source } from '../domain/dataset';
import type { IdColumn, ObservationColumns } from './columnar';
import { observationAt, observationColumns } from './columnar-dataset';

/** Lookup tables over a dataset, built once per dataset and shared by the resolver and the views. */
export interface DatasetIndex {
  dataset: Dataset;
  models: Map<string, Model>;
  benchmarks: Map<string, Benchmark>;
  sources: Map<string, Source>;
  /** The dataset's observations as columns (columnar-dataset.ts). */
  columns: ObservationColumns<IdColumn>;
  /** The rows (observation numbers) of one model, in dataset order (empty when none). */
  rowsOfModel(model: string): Int32Array;
  /** The observations of one model × benchmark cell, in dataset order (empty when none). */
  observationsAt(model: string, benchmark: string): Observation[];
}

const cache = new WeakMap<Dataset, DatasetIndex>();
const NONE = new Int32Array(0);

/**
 * Groups rows by model with a counting sort over the model column's dictionary indices (count, then place):
 * one Int32Array of rows in model order, in dataset order within a model, and each model's range in it, so
 * 2,000,000 observations need no per-model lists or string keys. Rows already in model order (a dataset written
 * model by model) are their own order: the counting pass writes them, and no placing pass is made.
 */
function groupByModel(columns: ObservationColumns<IdColumn>): Map<string, Int32Array> {
  const { indices, dictionary } = columns.model;
  const start = new Int32Array(dictionary.length + 1);
  const rows = new Int32Array(indices.length);
  let sorted = true;
  for (let k = 0; k < indices.length; k++) {
    start[indices[k] + 1]++;
    rows[k] = k;
    if (k > 0 && indices[k] < indices[k - 1]) sorted = false;
  }
  for (let m = 0; m < dictionary.length; m++) start[m + 1] += start[m];
  if (!sorted) {
    const next = start.slice(0, dictionary.length);
    for (let k = 0; k < indices.length; k++) rows[next[indices[k]]++] = k;
  }
  return new Map(dictionary.map((model, m) => [model, rows.subarray(start[m], start[m + 1])]));
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const columns = observationColumns(dataset);
  const byModel = groupByModel(columns);
  const rowsOfModel = (model: string) => byModel.get(model) ?? NONE;
  const benchmarkIndex = new Map(columns.benchmark.dictionary.map((b, i) => [b, i]));
  const index: DatasetIndex = {
    dataset,
    models: new Map(dataset.models.map((m) => [m.id, m])),
    benchmarks: new Map(dataset.benchmarks.map((b) => [b.id, b])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    columns,
    rowsOfModel,
    observationsAt: (model, benchmark) => {
      const b = benchmarkIndex.get(benchmark);
      const out: Observation[] = [];
      if (b === undefined) return out;
      const rows = rowsOfModel(model);
      for (let r = 0; r < rows.length; r++)
        if (columns.benchmark.indices[rows[r]] === b) out.push(observationAt(dataset, rows[r]));
      return out;
    },
  };
  cache.set(dataset, index);
  return index;
}
