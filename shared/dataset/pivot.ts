import type { Dataset, Observation } from '../domain/dataset';
import type { ObservationPolicy } from '../domain/scenario';
import { chooseObservation } from './resolve';

/** Models × benchmarks as dense arrays for the grid: row-major, NaN where a cell has no observation. */
export interface Pivot {
  models: string[];
  benchmarks: string[];
  values: Float64Array;
  /** Observations per cell (more than one: the policy chose, see resolveCell for why). */
  counts: Uint32Array;
}

/**
 * Pivots a dataset under an observation policy in three linear passes (count, then cells with several
 * observations go through chooseObservation), so 2,000,000 observations need no per-cell lists or
 * string keys. Equal to resolveCell on every cell.
 */
export function pivotDataset(
  dataset: Dataset,
  policy: ObservationPolicy,
  alternatives: readonly string[],
  models: readonly string[] = dataset.models.map((m) => m.id),
  benchmarks: readonly string[] = dataset.benchmarks.map((b) => b.id),
): Pivot {
  const row = new Map(models.map((id, i) => [id, i]));
  const col = new Map(benchmarks.map((id, j) => [id, j]));
  const nb = benchmarks.length;
  const values = new Float64Array(models.length * nb).fill(NaN);
  const counts = new Uint32Array(models.length * nb);
  const cellOf = (o: Observation) => {
    const i = row.get(o.model);
    const j = col.get(o.benchmark);
    return i === undefined || j === undefined ? -1 : i * nb + j;
  };
  for (const o of dataset.observations) {
    const c = cellOf(o);
    if (c < 0) continue;
    if (counts[c]++ === 0) values[c] = o.value;
  }
  const several = new Map<number, Observation[]>();
  for (const o of dataset.observations) {
    const c = cellOf(o);
    if (c < 0 || counts[c] < 2) continue;
    const list = several.get(c);
    if (list) list.push(o);
    else several.set(c, [o]);
  }
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  for (const [c, list] of several) values[c] = chooseObservation(list, policy, { sources, alternatives }).value ?? NaN;
  return { models: [...models], benchmarks: [...benchmarks], values, counts };
}
