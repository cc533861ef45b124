import type { Benchmark, Dataset, Model, Observation, Source } from '../domain/dataset';
import { cellKey } from '../domain/scenario';

/** Lookup tables over a dataset, built once per dataset and shared by the resolver and the views. */
export interface DatasetIndex {
  dataset: Dataset;
  models: Map<string, Model>;
  benchmarks: Map<string, Benchmark>;
  sources: Map<string, Source>;
  /** "model|benchmark" → observations in dataset order. */
  cells: Map<string, Observation[]>;
}

const cache = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(dataset: Dataset): DatasetIndex {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const cells = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const key = cellKey(o.model, o.benchmark);
    const list = cells.get(key);
    if (list) list.push(o);
    else cells.set(key, [o]);
  }
  const index: DatasetIndex = {
    dataset,
    models: new Map(dataset.models.map((m) => [m.id, m])),
    benchmarks: new Map(dataset.benchmarks.map((b) => [b.id, b])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    cells,
  };
  cache.set(dataset, index);
  return index;
}
