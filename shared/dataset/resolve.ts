import type { Observation, Source, SourceKind } from '../domain/dataset';
import { cellKey, type ObservationPolicy } from '../domain/scenario';
import type { DatasetIndex } from './index';

/** Why a cell took its value: the rule's facts, for the side panel. */
interface ResolutionWhy {
  /** candidate-report: the model whose maker's report supplied the value (the model itself = its own report). */
  report: string | null;
  /** source-priority: the source kind that won. */
  sourceKind: SourceKind | null;
  /** latest: the latest source date among the candidates; null when no candidate's source is dated. */
  date: string | null;
  /** The setting (reasoning mode or effort) of the value used. */
  setting: string | null;
  /** How observations the rule left tied were split: setting preference, or dataset order (first listed). */
  tieBreak: 'setting' | 'order' | null;
  /** A manual choice stored for the cell whose observation is no longer in the dataset (ignored). */
  staleManual: string | null;
}

/** The value a model × benchmark cell takes under an observation policy, and where it came from. */
export interface ResolvedCell {
  value: number | null;
  /** Observations the value is taken from (one, or several for "mean"); empty when missing. */
  observationIds: string[];
  /** All observations available for the cell. */
  candidates: Observation[];
  reason: 'manual' | 'own-report' | 'alternative-report' | 'source-priority' | 'latest' | 'mean' | 'missing';
  why: ResolutionWhy;
}

/** What the resolver needs besides the cell's observations. */
interface ResolveContext {
  sources: ReadonlyMap<string, Source>;
  /** Model ids whose makers' reports are tried in order after the model's own (the scenario's alternatives). */
  alternatives: readonly string[];
  /** Prefer this model's maker's report first (e.g. "gpt-oss-120b as printed in Solar Open's table"). */
  report?: string;
}

const NO_WHY: ResolutionWhy = {
  report: null,
  sourceKind: null,
  date: null,
  setting: null,
  tieBreak: null,
  staleManual: null,
};

const rankIn = (list: readonly string[], item: string | undefined): number => {
  const i = item === undefined ? -1 : list.indexOf(item);
  return i === -1 ? list.length : i;
};

/** Best setting preference first, then dataset order; says which of the two broke a tie. */
function pickBySetting(
  list: readonly Observation[],
  preference: readonly string[],
): { pick: Observation; tieBreak: ResolutionWhy['tieBreak'] } {
  let pick = list[0];
  for (const o of list) if (rankIn(preference, o.setting) < rankIn(preference, pick.setting)) pick = o;
  if (list.length === 1) return { pick, tieBreak: null };
  const best = rankIn(preference, pick.setting);
  const tied = list.filter((o) => rankIn(preference, o.setting) === best).length;
  return { pick, tieBreak: tied > 1 ? 'order' : 'setting' };
}

/** The report an observation appears in, as a model id: "model maker" → the model, "maker of X" → X. */
const reportOf = (o: Observation): string | null =>
  o.measuredBy === 'model maker' ? o.model : o.measuredBy.startsWith('maker of ') ? o.measuredBy.slice(9) : null;

/** Position of each alternative in the list, computed once per list (10,000 alternatives × 200 criteria). */
const orders = new WeakMap<readonly string[], Map<string, number>>();
function alternativeOrder(alternatives: readonly string[]): Map<string, number> {
  let order = orders.get(alternatives);
  if (!order) {
    order = new Map();
    alternatives.forEach((id, i) => order!.has(id) || order!.set(id, i));
    orders.set(alternatives, order);
  }
  return order;
}

/**
 * Chooses among one cell's observations (all for the same model and benchmark):
 * - a manual choice for the cell wins while its observation exists;
 * - candidate-report: the report of `context.report`, then the model's own report, then the reports of the
 *   alternatives in order (a comparator as printed in a candidate's table), else source priority;
 * - source-priority: the first source kind in `policy.priority` present;
 * - latest: the latest dated source (undated sources count as older than any dated one);
 * - mean: the arithmetic mean of the observations with the preferred setting (settings are not mixed).
 * Ties left by a rule go to the preferred setting (`policy.settingPreference`), then to dataset order.
 */
function chooseObservation(
  candidates: Observation[],
  policy: ObservationPolicy,
  context: ResolveContext,
): ResolvedCell {
  if (candidates.length === 0) return { value: null, observationIds: [], candidates, reason: 'missing', why: NO_WHY };
  const first = candidates[0];
  const manualId = policy.manual[cellKey(first.model, first.benchmark)];
  const manual = manualId ? candidates.find((o) => o.id === manualId) : undefined;
  const staleManual = manualId && !manual ? manualId : null;
  const one = (
    list: readonly Observation[],
    reason: ResolvedCell['reason'],
    why: Partial<ResolutionWhy> = {},
  ): ResolvedCell => {
    const { pick, tieBreak } = pickBySetting(list, policy.settingPreference);
    return {
      value: pick.value,
      observationIds: [pick.id],
      candidates,
      reason,
      why: { ...NO_WHY, staleManual, setting: pick.setting, tieBreak, ...why },
    };
  };
  if (manual) return one([manual], 'manual');

  const kindOf = (o: Observation) => context.sources.get(o.source)?.kind;
  const bySourcePriority = (): ResolvedCell => {
    const best = Math.min(...candidates.map((o) => rankIn(policy.priority, kindOf(o))));
    const list = candidates.filter((o) => rankIn(policy.priority, kindOf(o)) === best);
    return one(list, 'source-priority', { sourceKind: kindOf(list[0]) ?? null });
  };

  switch (policy.kind) {
    case 'candidate-report': {
      // Order of the reports tried: context.report, the model's own, then the alternatives in order.
      const order = alternativeOrder(context.alternatives);
      const rankOf = (report: string | null): number =>
        report === null
          ? Infinity
          : report === context.report
            ? -2
            : report === first.model
              ? -1
              : (order.get(report) ?? Infinity);
      let best = Infinity;
      for (const o of candidates) best = Math.min(best, rankOf(reportOf(o)));
      if (best === Infinity) return bySourcePriority();
      const inReport = candidates.filter((o) => rankOf(reportOf(o)) === best);
      const report = reportOf(inReport[0])!;
      return one(inReport, report === first.model ? 'own-report' : 'alternative-report', { report });
    }
    case 'source-priority':
      return bySourcePriority();
    case 'latest': {
      const dateOf = (o: Observation) => context.sources.get(o.source)?.date ?? '';
      const latest = candidates.reduce((a, o) => (dateOf(o) > a ? dateOf(o) : a), '');
      return one(
        candidates.filter((o) => dateOf(o) === latest),
        'latest',
        { date: latest || null },
      );
    }
    case 'mean': {
      const { pick } = pickBySetting(candidates, policy.settingPreference);
      const same = candidates.filter((o) => o.setting === pick.setting);
      return {
        value: same.reduce((a, o) => a + o.value, 0) / same.length,
        observationIds: same.map((o) => o.id),
        candidates,
        reason: 'mean',
        why: { ...NO_WHY, staleManual, setting: pick.setting },
      };
    }
  }
}

/** The cell `model` × `benchmark` of an indexed dataset under `policy` (see chooseObservation). */
export function resolveCell(
  index: DatasetIndex,
  policy: ObservationPolicy,
  model: string,
  benchmark: string,
  alternatives: readonly string[],
  options: { report?: string } = {},
): ResolvedCell {
  const candidates = index.observationsAt(model, benchmark);
  return chooseObservation(candidates, policy, { sources: index.sources, alternatives, report: options.report });
}
