import { z } from 'zod';
import type { Dataset } from '../domain/dataset';

/**
 * Datasets by reference across the API. A scenario of 10,000 models × 200 benchmarks carries ~350 MB of
 * observations; the host already holds every dataset it handed out (opened, restored, imported), so a request
 * may name one (`{ datasetRef }`) instead of sending it back. Datasets sit in two places of a request or a
 * result: `dataset` and `scenario.dataset`.
 */
export const DatasetRefSchema = z.object({ datasetRef: z.string().min(1).max(100) }).strict();

export type DatasetSlot = 'dataset' | 'scenario.dataset';

type Bag = Record<string, unknown>;
const isBag = (x: unknown): x is Bag => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What sits in each dataset slot of a request or result (objects only). */
export function slotsOf(value: unknown): { slot: DatasetSlot; value: Bag }[] {
  if (!isBag(value)) return [];
  const out: { slot: DatasetSlot; value: Bag }[] = [];
  if (isBag(value.dataset)) out.push({ slot: 'dataset', value: value.dataset });
  if (isBag(value.scenario) && isBag(value.scenario.dataset))
    out.push({ slot: 'scenario.dataset', value: value.scenario.dataset });
  return out;
}

/** A shallow copy of `value` with the slot's content replaced. */
export function withSlot<T>(value: T, slot: DatasetSlot, content: unknown): T {
  const bag = value as Bag;
  return (
    slot === 'dataset'
      ? { ...bag, dataset: content }
      : { ...bag, scenario: { ...(bag.scenario as Bag), dataset: content } }
  ) as T;
}

/**
 * The dataset as far as a request check needs to read it: its models, benchmarks and sources, without the
 * observations, which were checked when the dataset first crossed (and cost seconds to check again).
 */
export const checkedShape = (dataset: Bag): Bag => ({ ...dataset, observations: [] });

/**
 * The host's datasets by key: the most recently used are kept, at most `limit` of them and, beyond the latest one,
 * at most `maxObservations` observations in all (a 10,000 × 200 dataset takes about a gigabyte of the host's heap).
 * The same object keeps its key.
 */
export function createDatasetStore(limit = 4, maxObservations = 3_000_000) {
  const byKey = new Map<string, Dataset>();
  const keyOf = new WeakMap<Dataset, string>();
  let next = 0;
  const held = () => [...byKey.values()].reduce((n, d) => n + d.observations.length, 0);
  return {
    put(dataset: Dataset): string {
      let key = keyOf.get(dataset);
      if (!key) keyOf.set(dataset, (key = `d${++next}-${Math.random().toString(36).slice(2, 10)}`));
      byKey.delete(key);
      byKey.set(key, dataset);
      for (const old of byKey.keys())
        if (byKey.size > 1 && (byKey.size > limit || held() > maxObservations)) byKey.delete(old);
      return key;
    },
    get(key: string): Dataset | undefined {
      const dataset = byKey.get(key);
      if (dataset) this.put(dataset);
      return dataset;
    },
  };
}
