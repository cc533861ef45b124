import type { PreferenceSetting, Scenario, Weighting } from '../../../shared/domain/scenario';

/** The raw weight a new criterion starts with (the Weights view's "equal weights" value). */
export const NEW_CRITERION_WEIGHT = 10;

/** How criteria are grouped: not at all, by language, by category, or language › category (two levels). */
export type GroupingKind = 'none' | 'language' | 'category' | 'language-category';

export interface NewScenarioSpec {
  name: string;
  alternatives: string[];
  references: string[];
  /** Benchmark ids, in order. */
  criteria: string[];
}

/**
 * A new scenario over `base`'s dataset: the chosen candidates, references and criteria (equal weights, no groups,
 * no overrides, weights set directly), the base's observation policy (without its pinned cells), method,
 * normalization, missing-value policy and uncertainty settings; no programme (its rules name the base's models) and no
 * claims (they are checks of another evaluation).
 */
export function newScenarioFrom(base: Scenario, spec: NewScenarioSpec): Scenario {
  return {
    schemaVersion: base.schemaVersion,
    kind: base.kind,
    name: spec.name,
    savedAt: null,
    dataset: base.dataset,
    alternatives: spec.alternatives,
    references: spec.references,
    observationPolicy: { ...base.observationPolicy, manual: {} },
    criteria: spec.criteria.map((benchmark) => ({ benchmark, weight: NEW_CRITERION_WEIGHT, group: null })),
    groups: [],
    weighting: { method: 'direct' },
    normalization: base.normalization,
    method: base.method,
    missing: base.missing,
    overrides: [],
    uncertainty: base.uncertainty,
    claims: [],
    notes: '',
    author: base.author,
  };
}

/**
 * The scenario with one more criterion at the end (unchanged if it is there or not in the dataset). The weights no
 * longer come from the recorded method's inputs, so the weighting becomes direct (asDirect).
 */
export function withCriterion(sc: Scenario, benchmark: string): Scenario {
  if (sc.criteria.some((c) => c.benchmark === benchmark) || !sc.dataset.benchmarks.some((b) => b.id === benchmark))
    return sc;
  return { ...asDirect(sc), criteria: [...sc.criteria, { benchmark, weight: NEW_CRITERION_WEIGHT, group: null }] };
}

/** The scenario without a criterion (the weighting becomes direct); unchanged when it is the last one. */
export function withoutCriterion(sc: Scenario, benchmark: string): Scenario {
  const criteria = sc.criteria.filter((c) => c.benchmark !== benchmark);
  return criteria.length === sc.criteria.length || !criteria.length ? sc : { ...asDirect(sc), criteria };
}

/** The scenario with a criterion moved one place up (−1) or down (+1); unchanged at the ends. */
export function withCriterionMoved(sc: Scenario, benchmark: string, by: -1 | 1): Scenario {
  const i = sc.criteria.findIndex((c) => c.benchmark === benchmark);
  const j = i + by;
  if (i < 0 || j < 0 || j >= sc.criteria.length) return sc;
  const criteria = [...sc.criteria];
  [criteria[i], criteria[j]] = [criteria[j], criteria[i]];
  return { ...sc, criteria };
}

/**
 * The criteria grouped by their benchmarks' language, category, or language › category (a category group inside
 * each language group), every group at the same weight (NEW_CRITERION_WEIGHT); "none" removes the groups. The
 * criteria's own weights are kept (they become weights within their group).
 */
export function withGrouping(sc: Scenario, kind: GroupingKind): Scenario {
  const benchmarks = new Map(sc.dataset.benchmarks.map((b) => [b.id, b]));
  if (kind === 'none') return { ...sc, groups: [], criteria: sc.criteria.map((c) => ({ ...c, group: null })) };
  const groups: Scenario['groups'] = [];
  const ensure = (id: string, label: string, parent: string | null) => {
    if (!groups.some((g) => g.id === id)) groups.push({ id, label, weight: NEW_CRITERION_WEIGHT, parent });
    return id;
  };
  const criteria = sc.criteria.map((c) => {
    const b = benchmarks.get(c.benchmark);
    const language = b?.language ?? '';
    const category = b?.category ?? '';
    if (kind === 'language') return { ...c, group: ensure(`lang:${language}`, language, null) };
    if (kind === 'category') return { ...c, group: ensure(`cat:${category}`, category, null) };
    const top = ensure(`lang:${language}`, language, null);
    return { ...c, group: ensure(`${top}/cat:${category}`, `${language} › ${category}`, top) };
  });
  return { ...sc, groups, criteria };
}

/** The scenario with a criterion moved into a group (null: directly under the goal); an unknown group is ignored. */
export function withCriterionGroup(sc: Scenario, benchmark: string, group: string | null): Scenario {
  if (group !== null && !sc.groups.some((g) => g.id === group)) return sc;
  return { ...sc, criteria: sc.criteria.map((c) => (c.benchmark === benchmark ? { ...c, group } : c)) };
}

/** The scenario with one group's weight changed. */
export function withGroupWeight(sc: Scenario, id: string, weight: number): Scenario {
  return { ...sc, groups: sc.groups.map((g) => (g.id === id ? { ...g, weight } : g)) };
}

/** Criterion weights as raw values on the sliders' 0–100 scale: 100 × the derived weight. */
export function withWeighting(sc: Scenario, weighting: Weighting, weights: readonly number[]): Scenario {
  return { ...sc, weighting, criteria: sc.criteria.map((c, j) => ({ ...c, weight: 100 * weights[j] })) };
}

/** A weight edited by hand: the weighting becomes direct, the inputs of the other methods kept. */
export const asDirect = (sc: Scenario): Scenario =>
  sc.weighting && sc.weighting.method !== 'direct' ? { ...sc, weighting: { ...sc.weighting, method: 'direct' } } : sc;

/** The scenario with a criterion's PROMETHEE II preference function set (null: back to usual). */
export function withPreference(sc: Scenario, benchmark: string, preference: PreferenceSetting | null): Scenario {
  return {
    ...sc,
    criteria: sc.criteria.map((c) => {
      if (c.benchmark !== benchmark) return c;
      const { preference: _old, ...rest } = c;
      return preference === null ? rest : { ...rest, preference };
    }),
  };
}
