import type { PointsEntry } from '../../domain/programme';
import { cellKey, type Scenario } from '../../domain/scenario';

/** The scenario with a what-if value for one cell (replacing any earlier override of it). */
export function withOverride(scenario: Scenario, model: string, benchmark: string, value: number, note = ''): Scenario {
  const key = cellKey(model, benchmark);
  return {
    ...scenario,
    overrides: [
      ...scenario.overrides.filter((o) => cellKey(o.model, o.benchmark) !== key),
      { model, benchmark, value, note },
    ],
  };
}

/**
 * The scenario with exact points for one model × component in a round (replacing its entry in place, keeping the
 * entry's source; `note` replaces the note). The scenario is returned unchanged when it has no such round.
 */
export function withPointsEntry(
  scenario: Scenario,
  round: string,
  model: string,
  component: string,
  points: number,
  note: string,
): Scenario {
  const programme = scenario.programme;
  if (!programme?.rounds.some((r) => r.id === round)) return scenario;
  const rounds = programme.rounds.map((r) => {
    if (r.id !== round) return r;
    const at = r.entries.findIndex((e) => e.model === model && e.component === component);
    const entry: PointsEntry = {
      kind: 'exact',
      points,
      model,
      component,
      note,
      source: at >= 0 ? r.entries[at].source : null,
    };
    const entries = at >= 0 ? r.entries.map((e, i) => (i === at ? entry : e)) : [...r.entries, entry];
    return { ...r, entries };
  });
  return { ...scenario, programme: { ...programme, rounds } };
}

/** The scenario with one criterion's raw weight changed. */
export const withWeight = (scenario: Scenario, benchmark: string, weight: number): Scenario => ({
  ...scenario,
  criteria: scenario.criteria.map((c) => (c.benchmark === benchmark ? { ...c, weight } : c)),
});
