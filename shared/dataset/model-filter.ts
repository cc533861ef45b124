import type { Model } from '../domain/dataset';
import type { ModelFilter, ModelRole } from '../domain/model-filter';

/** The attributes a filter reads, for saying which one left a model out. */
export type FilterAttribute = 'params' | 'openWeights' | 'country' | 'releaseDate' | 'role';

/** Why a model fails a filter: the first condition it does not meet, and whether its attribute is unknown there. */
export interface FilterMiss {
  attribute: FilterAttribute;
  unknown: boolean;
}

/**
 * The first condition of `filter` that `model` does not meet, or null when it meets them all (see ModelFilterSchema:
 * ranges and dates inclusive; an unknown attribute meets no condition on it). `role` is the model's role in the
 * scenario (candidate = an alternative, reference = a frontier reference).
 */
export function filterMiss(model: Model, role: ModelRole, filter: ModelFilter): FilterMiss | null {
  const miss = (attribute: FilterAttribute, unknown = false): FilterMiss => ({ attribute, unknown });
  if (filter.params && (filter.params.min !== null || filter.params.max !== null)) {
    const p = filter.params.of === 'total' ? model.totalParamsB : model.activeParamsB;
    if (p === null) return miss('params', true);
    if ((filter.params.min !== null && p < filter.params.min) || (filter.params.max !== null && p > filter.params.max))
      return miss('params');
  }
  if (filter.openWeights !== null) {
    if (model.openWeights === null) return miss('openWeights', true);
    if (model.openWeights !== filter.openWeights) return miss('openWeights');
  }
  if (filter.countries.length > 0) {
    if (!model.country) return miss('country', true);
    const upper = model.country.toUpperCase();
    if (!filter.countries.some((c) => c.toUpperCase() === upper)) return miss('country');
  }
  if (filter.releasedFrom !== null || filter.releasedTo !== null) {
    const d = model.releaseDate;
    if (d === null) return miss('releaseDate', true);
    if (
      (filter.releasedFrom !== null && d < filter.releasedFrom) ||
      (filter.releasedTo !== null && d > filter.releasedTo)
    )
      return miss('releaseDate');
  }
  if (filter.roles.length > 0 && !filter.roles.includes(role)) return miss('role');
  return null;
}

/** The role of each model in a scenario: its alternatives are candidates, its references references. */
export function roleLookup(alternatives: readonly string[], references: readonly string[]): (id: string) => ModelRole {
  const candidates = new Set(alternatives);
  const refs = new Set(references);
  return (id) => (candidates.has(id) ? 'candidate' : refs.has(id) ? 'reference' : 'other');
}

/** The models meeting every condition of `filter`, in the given order. */
export function filterModels<M extends Model>(
  models: readonly M[],
  filter: ModelFilter,
  roleOf: (id: string) => ModelRole,
): M[] {
  return models.filter((m) => filterMiss(m, roleOf(m.id), filter) === null);
}

/** True when the filter has no condition (it keeps every model). */
export const isEmptyFilter = (f: ModelFilter): boolean =>
  (f.params === null || (f.params.min === null && f.params.max === null)) &&
  f.openWeights === null &&
  f.countries.length === 0 &&
  f.releasedFrom === null &&
  f.releasedTo === null &&
  f.roles.length === 0;
