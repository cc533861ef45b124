import type { Dataset, Model } from '../../../../shared/domain/dataset';

/** A model's role in a scenario being built: ranked, setting the frontier, or left out. */
export type BuildRole = 'candidate' | 'reference' | 'none';

/** Filters over the models' attributes; empty strings and nulls match everything. */
export interface ModelFilter {
  text: string;
  /** 'yes' | 'no' | '' (any). */
  openWeights: '' | 'yes' | 'no';
  country: string;
  /** Total parameters in billions, inclusive bounds. */
  minParamsB: number | null;
  maxParamsB: number | null;
  /** The dataset's own role of the model (candidate, reference, other); '' any. */
  group: string;
}

export const NO_MODEL_FILTER: ModelFilter = {
  text: '',
  openWeights: '',
  country: '',
  minParamsB: null,
  maxParamsB: null,
  group: '',
};

/** Whether a model passes the filter; a bound on parameters excludes models whose count is unknown. */
export function modelMatches(m: Model, f: ModelFilter): boolean {
  const needle = f.text.trim().toLowerCase();
  if (needle && !`${m.name}\n${m.organization}`.toLowerCase().includes(needle)) return false;
  if (f.openWeights && m.openWeights !== (f.openWeights === 'yes')) return false;
  if (f.country && m.country !== f.country) return false;
  if (f.group && m.group !== f.group) return false;
  if (f.minParamsB !== null && !(m.totalParamsB !== null && m.totalParamsB >= f.minParamsB)) return false;
  if (f.maxParamsB !== null && !(m.totalParamsB !== null && m.totalParamsB <= f.maxParamsB)) return false;
  return true;
}

/** For each benchmark, the chosen models with at least one observation of it. */
export function coverage(dataset: Dataset, models: readonly string[]): Map<string, number> {
  const chosen = new Set(models);
  const seen = new Map<string, Set<string>>();
  for (const o of dataset.observations)
    if (chosen.has(o.model)) {
      let s = seen.get(o.benchmark);
      if (!s) seen.set(o.benchmark, (s = new Set()));
      s.add(o.model);
    }
  return new Map(dataset.benchmarks.map((b) => [b.id, seen.get(b.id)?.size ?? 0]));
}
