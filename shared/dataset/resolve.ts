import type { Observation } from '../domain/dataset';
import { cellKey, type ObservationPolicy } from '../domain/scenario';
import type { DatasetIndex } from './index';

/** The value a model × benchmark cell takes under an observation policy, and where it came from. */
export interface ResolvedCell {
  value: number | null;
  /** Observations the value is taken from (one, or several for "mean"); empty when missing. */
  observationIds: string[];
  /** All observations available for the cell. */
  candidates: Observation[];
  reason: 'manual' | 'own-report' | 'alternative-report' | 'source-priority' | 'latest' | 'mean' | 'missing';
}

const settingRank = (setting: string, preference: readonly string[]): number => {
  const i = preference.indexOf(setting);
  return i === -1 ? preference.length : i;
};

/** Stable pick: best setting preference first, then dataset order. */
function pickBySetting(list: readonly Observation[], preference: readonly string[]): Observation | undefined {
  let best: Observation | undefined;
  for (const o of list) {
    if (!best || settingRank(o.setting, preference) < settingRank(best.setting, preference)) best = o;
  }
  return best;
}

function bySourcePriority(
  index: DatasetIndex,
  list: readonly Observation[],
  policy: ObservationPolicy,
): Observation | undefined {
  const kindRank = (o: Observation) => {
    const kind = index.sources.get(o.source)?.kind;
    const i = kind ? policy.priority.indexOf(kind) : -1;
    return i === -1 ? policy.priority.length : i;
  };
  const bestKind = Math.min(...list.map(kindRank));
  return pickBySetting(
    list.filter((o) => kindRank(o) === bestKind),
    policy.settingPreference,
  );
}

export function resolveCell(
  index: DatasetIndex,
  policy: ObservationPolicy,
  model: string,
  benchmark: string,
  alternatives: readonly string[],
): ResolvedCell {
  const key = cellKey(model, benchmark);
  const candidates = index.cells.get(key) ?? [];
  const done = (o: Observation | undefined, reason: ResolvedCell['reason']): ResolvedCell =>
    o
      ? { value: o.value, observationIds: [o.id], candidates, reason }
      : { value: null, observationIds: [], candidates, reason: 'missing' };
  if (candidates.length === 0) return done(undefined, 'missing');

  const manualId = policy.manual[key];
  const manual = manualId ? candidates.find((o) => o.id === manualId) : undefined;
  if (manual) return done(manual, 'manual');

  switch (policy.kind) {
    case 'candidate-report': {
      const own = candidates.filter((o) => o.measuredBy === 'model maker');
      if (own.length) return done(pickBySetting(own, policy.settingPreference), 'own-report');
      for (const alt of alternatives) {
        const inTable = candidates.filter((o) => o.measuredBy === `maker of ${alt}`);
        if (inTable.length) return done(pickBySetting(inTable, policy.settingPreference), 'alternative-report');
      }
      return done(bySourcePriority(index, candidates, policy), 'source-priority');
    }
    case 'source-priority':
      return done(bySourcePriority(index, candidates, policy), 'source-priority');
    case 'latest': {
      const date = (o: Observation) => index.sources.get(o.source)?.date ?? '';
      const latest = candidates.reduce((a, b) => (date(b) > date(a) ? b : a));
      const sameDate = candidates.filter((o) => date(o) === date(latest));
      return done(pickBySetting(sameDate, policy.settingPreference), 'latest');
    }
    case 'mean': {
      const best = pickBySetting(candidates, policy.settingPreference);
      const same = candidates.filter((o) => o.setting === best?.setting);
      const value = same.reduce((a, o) => a + o.value, 0) / same.length;
      return { value, observationIds: same.map((o) => o.id), candidates, reason: 'mean' };
    }
  }
}
