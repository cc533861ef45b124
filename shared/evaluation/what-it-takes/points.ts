import type { Programme } from '../../domain/programme';
import type { Scenario } from '../../domain/scenario';
import type { Goal } from './goal';
import { cutProbe, roundOf } from './probe';
import { withPointsEntry } from './scenario-edits';
import { EXACT_TOLERANCE, type HowSolved } from './search';

/**
 * Why a points component cannot carry the model over the cut line: `gate` — it fails a gate of the round, which
 * eliminates whatever the score; `not-in-round` — it does not take part (eliminated in an earlier round, or not an
 * entrant); `nobody-advances` — the cut keeps no team; `shadowed` — the parent component has its own entry for the
 * model, so this sub-component's points are not counted; `over-max` — the points needed exceed the component's
 * maximum.
 */
export type PointsObstacle = 'gate' | 'not-in-round' | 'nobody-advances' | 'shadowed' | 'over-max';

export interface PointsAnswer {
  round: string;
  component: string;
  label: string;
  parent: string | null;
  maxPoints: number;
  /** The points the model has on the component now (an entry, a range's midpoint, computed or the children's sum). */
  current: number;
  state: 'holds' | 'reachable' | 'not-reachable';
  /** The points the component would need (the change is all on this component), and the change. */
  points: number | null;
  change: number | null;
  /** The cut line's tie rule: under "all-eliminated" the total must pass the line, so the points are line + tolerance. */
  strict: boolean;
  how: HowSolved | null;
  obstacle: PointsObstacle | null;
}

/**
 * Per points component of the round, the points the model would need to stay above the cut line, the other teams'
 * totals as they are (exact, from the cut rule): with the other teams passing every gate ranked by total and `keep`
 * of all m kept, the model advances exactly when its total reaches the keep-th highest of the others' totals
 * (all-advance: a tie at the line advances) or passes it (all-eliminated: a tie is eliminated, so the answer is the
 * line plus the tolerance). The points needed on one component are its points now plus the shortfall, applied as
 * an exact entry and checked against the round's own outcome.
 */
export function pointsAnswers(
  scenario: Scenario,
  programme: Programme | null,
  model: string,
  goal: Goal,
  holdsNow: boolean,
): PointsAnswer[] {
  if (goal.kind !== 'cut') return [];
  const outcome = roundOf(scenario, programme, goal.round);
  const team = outcome?.teams.find((t) => t.model === model);
  const scheme = programme?.schemes.find((s) => s.id === programme.rounds.find((r) => r.id === goal.round)?.scheme);
  if (!outcome || !scheme) return [];
  const probe = cutProbe(outcome, model);
  const tolerance = EXACT_TOLERANCE * 100;
  return scheme.components.map((component): PointsAnswer => {
    const now = team?.components.find((c) => c.component === component.id);
    const base = {
      round: goal.round,
      component: component.id,
      label: component.label,
      parent: component.parent,
      maxPoints: component.maxPoints,
      current: now?.point ?? 0,
      strict: probe.strict,
    };
    const none = { points: null, change: null, how: null };
    if (holdsNow) return { ...base, state: 'holds', ...none, obstacle: null };
    const obstacle: PointsObstacle | null = !team
      ? 'not-in-round'
      : team.by === 'gate'
        ? 'gate'
        : probe.score === null
          ? 'nobody-advances'
          : now?.shadowed
            ? 'shadowed'
            : null;
    if (obstacle || probe.score === null || probe.bar === null)
      return { ...base, state: 'not-reachable', ...none, obstacle: obstacle ?? 'nobody-advances' };
    const shortfall = probe.bar - probe.score + (probe.strict ? tolerance : 0);
    const points = base.current + shortfall;
    if (points > component.maxPoints + 1e-9)
      return { ...base, state: 'not-reachable', ...none, points, obstacle: 'over-max' };
    const applied = withPointsEntry(scenario, goal.round, model, component.id, points, '');
    if (!cutProbe(roundOf(applied, applied.programme ?? null, goal.round), model).holds)
      throw new Error(`what it takes: ${points} points on ${component.id} do not reach the cut line`);
    return {
      ...base,
      state: 'reachable',
      points,
      change: shortfall,
      how: { kind: 'exact', tolerance: probe.strict ? tolerance : 0 },
      obstacle: null,
    };
  });
}
