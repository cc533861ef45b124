import type { Dataset } from '../domain/dataset';
import type { ObservationPolicy } from '../domain/scenario';
import { indexDataset } from './index';
import { resolveCell } from './resolve';

/** Models × benchmarks as dense arrays for the grid: row-major, NaN where a cell has no observation. */
interface Pivot {
  models: string[];
  benchmarks: string[];
  values: Float64Array;
  /** Observations per cell (more than one: the policy chose, see resolveCell for why). */
  counts: Uint32Array;
  /** True when every cell has a value (no NaN in `values`). */
  complete: boolean;
}

/**
 * Pivots a dataset under an observation policy in linear passes over each model's rows of its columns
 * (benchmark dictionary indices, values): a cell with one observation takes its value (every policy agrees
 * then), only cells with several go through the resolver, so 2,000,000 observations need no row objects,
 * per-cell objects or string keys. Equal to resolveCell on every cell; a benchmark listed twice fills both
 * columns.
 */
export function pivotDataset(
  dataset: Dataset,
  policy: ObservationPolicy,
  alternatives: readonly string[],
  models: readonly string[] = dataset.models.map((m) => m.id),
  benchmarks: readonly string[] = dataset.benchmarks.map((b) => b.id),
): Pivot {
  const index = indexDataset(dataset);
  const { benchmark, value } = index.columns;
  const nb = benchmarks.length;
  // Column of each benchmark (by its dictionary index, -1: not a column); one listed twice gets its later columns
  // filled from the first afterwards.
  const column = new Map<string, number>();
  benchmarks.forEach((b, j) => column.has(b) || column.set(b, j));
  const columnOf = Int32Array.from(benchmark.dictionary, (b) => column.get(b) ?? -1);
  const values = new Float64Array(models.length * nb).fill(NaN);
  const counts = new Uint32Array(models.length * nb);
  // Cells with several observations, noted as their second one arrives.
  const several: number[] = [];
  let filled = 0;
  const ids = benchmark.indices;
  for (let i = 0; i < models.length; i++) {
    const base = i * nb;
    const rows = index.rowsOfModel(models[i]);
    for (let r = 0; r < rows.length; r++) {
      const j = columnOf[ids[rows[r]]];
      if (j < 0) continue;
      const c = base + j;
      const seen = counts[c]++;
      if (seen === 0) {
        values[c] = value[rows[r]];
        filled++;
      } else if (seen === 1) several.push(c);
    }
  }
  let complete = filled === models.length * column.size; // every first column of a benchmark, every model
  for (const c of several) {
    const resolved = resolveCell(index, policy, models[Math.floor(c / nb)], benchmarks[c % nb], alternatives).value;
    values[c] = resolved ?? NaN;
    if (resolved === null) complete = false;
  }
  benchmarks.forEach((b, j) => {
    const first = column.get(b)!;
    if (first !== j)
      for (let i = 0; i < models.length; i++)
        [values[i * nb + j], counts[i * nb + j]] = [values[i * nb + first], counts[i * nb + first]];
  });
  return { models: [...models], benchmarks: [...benchmarks], values, counts, complete };
}
