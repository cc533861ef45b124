import type { Observation } from '../../domain/dataset';

/** The observation whose setting comes first in the preference list; ties keep dataset order. */
export function pickBySetting(list: readonly Observation[], preference: readonly string[]): Observation | undefined {
  const rank = (o: Observation) => {
    const i = preference.indexOf(o.setting);
    return i === -1 ? preference.length : i;
  };
  let best: Observation | undefined;
  for (const o of list) if (!best || rank(o) < rank(best)) best = o;
  return best;
}
