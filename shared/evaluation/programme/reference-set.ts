import type { Model } from '../../domain/dataset';
import type { FrontierRules } from '../../domain/programme';
import { filterMiss } from '../../dataset/model-filter';
import { positionInWindow, type DateWindow } from './dates';

interface ReferenceModel {
  model: string;
  name: string;
  releaseDate: string;
}

type ReferenceExclusion =
  | 'excluded-by-rule'
  | 'country'
  | 'not-open-weights'
  | 'attribute-filter'
  | 'unknown-release-date'
  | 'before-window'
  | 'after-window';

interface ExcludedReference {
  model: string;
  name: string;
  releaseDate: string | null;
  reason: ReferenceExclusion;
}

export interface ReferenceSet {
  included: ReferenceModel[];
  excluded: ExcludedReference[];
}

/**
 * The frontier reference set: the scenario's reference models, minus those the user's rules exclude
 * (listed models, countries, closed or unknown weights when open weights are required, the attribute filter —
 * an unknown attribute meets none of its conditions), kept when
 * released inside the window. A model with no release date cannot be placed in the window and is
 * listed as "unknown-release-date", never silently kept.
 */
export function selectReferences(
  references: readonly string[],
  models: ReadonlyMap<string, Model>,
  rules: FrontierRules,
  window: DateWindow,
): ReferenceSet {
  const included: ReferenceModel[] = [];
  const excluded: ExcludedReference[] = [];
  const countries = new Set(rules.excludeCountries.map((c) => c.toUpperCase()));
  for (const id of references) {
    const m = models.get(id);
    if (!m) continue;
    const reason = exclusion(m, rules, countries, window);
    if (reason) excluded.push({ model: id, name: m.name, releaseDate: m.releaseDate, reason });
    else included.push({ model: id, name: m.name, releaseDate: m.releaseDate as string });
  }
  return { included, excluded };
}

function exclusion(
  m: Model,
  rules: FrontierRules,
  countries: ReadonlySet<string>,
  window: DateWindow,
): ReferenceExclusion | null {
  if (rules.excludeModels.includes(m.id)) return 'excluded-by-rule';
  if (countries.has(m.country.toUpperCase())) return 'country';
  if (rules.openWeightsOnly && m.openWeights !== true) return 'not-open-weights';
  if (rules.referenceFilter && filterMiss(m, 'reference', rules.referenceFilter)) return 'attribute-filter';
  if (m.releaseDate === null) return 'unknown-release-date';
  const where = positionInWindow(m.releaseDate, window);
  return where === 'before' ? 'before-window' : where === 'after' ? 'after-window' : null;
}
