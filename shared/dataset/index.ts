import type { Benchmark, Dataset, Model, Observation, Source } from '../domain/dataset';

/** Lookup tables over a dataset, built once per dataset and shared by the resolver and the views. */
export interface DatasetIndex {
  dataset: Dataset;
  models: Map<string, Model>;
  benchmarks: Map<string, Benchmark>;
  sources: Map<string, Source>;
  /** Every observation of one model, in dataset order (empty when none). */
  observationsOfModel(model: string): readonly Observation[];
  /** The observations of one model × benchmark cell, in dataset order (empty when none). */
  observationsAt(model: string, benchmark: string): Observation[];
}

const cache = new WeakMap<Dataset, DatasetIndex>();
const NONE: readonly Observation[] = [];

/**
 * Groups observations by model in two linear passes (count, then place): one Int32Array of observation
 * numbers and one start offset per model, so 2,000,000 observations need no per-cell lists or string keys.
 * Consecutive observations of the same model (the usual order) skip the model lookup.
 */
function groupByModel(observations: readonly Observation[]): Map<string, readonly Observation[]> {
  const slot = new Map<string, number>();
  const of = new Int32Array(observations.length);
  const counts: number[] = [];
  let last: string | null = null;
  let lastSlot = -1;
  observations.forEach((o, k) => {
    if (o.model !== last) {
      last = o.model;
      lastSlot = slot.get(o.model) ?? -1;
      if (lastSlot < 0) slot.set(o.model, (lastSlot = counts.push(0) - 1));
    }
    counts[lastSlot]++;
    of[k] = lastSlot;
  });
  const lists = counts.map((n) => new Array<Observation>(n));
  const filled = new Int32Array(counts.length);
  observations.forEach((o, k) => (lists[of[k]][filled[of[k]]++] = o));
  return new Map([...slot].map(([model, s]) => [model, lists[s]]));
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const byModel = groupByModel(dataset.observations);
  const observationsOfModel = (model: string) => byModel.get(model) ?? NONE;
  const index: DatasetIndex = {
    dataset,
    models: new Map(dataset.models.map((m) => [m.id, m])),
    benchmarks: new Map(dataset.benchmarks.map((b) => [b.id, b])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    observationsOfModel,
    observationsAt: (model, benchmark) => observationsOfModel(model).filter((o) => o.benchmark === benchmark),
  };
  cache.set(dataset, index);
  return index;
}
