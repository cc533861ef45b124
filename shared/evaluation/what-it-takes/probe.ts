import type { Programme } from '../../domain/programme';
import type { Scenario } from '../../domain/scenario';
import { EngineError } from '../../engine/errors';
import { evaluateScenario } from '../evaluate';
import { frontierAnalysis } from '../programme/frontier';
import { evaluateRounds, type RoundOutcome } from '../programme/rounds';
import type { Goal } from './goal';

/**
 * The goal read off one scenario: whether it holds, and the one number it turns on. The goal holds when `score`
 * reaches `bar` (≥, or > when `strict`), both oriented so that higher is better:
 * - rank k: the model's composite against the k-th best composite of the other candidates;
 * - overtake X: against X's composite, strictly (a tie does not overtake);
 * - frontier: the model's aggregate against the threshold (the pass share for share-at-threshold);
 * - cut: the model's round total against the keep-th highest total of the other teams passing every gate, strictly
 *   under the "all-eliminated" tie rule (a tie at the line eliminates), not under "all-advance".
 * `score` is null when the goal cannot hold here whatever the number (a failed gate, not in the round, nobody
 * advances, the scenario cannot be ranked); `bar` is null when nothing bars the goal. `holds` is the app's own
 * verdict (ranks, pass, round status), which the solver checks every answer against.
 */
export interface Probe {
  holds: boolean;
  score: number | null;
  bar: number | null;
  strict: boolean;
}

const FAILS: Probe = { holds: false, score: null, bar: null, strict: false };

/** The k-th largest of `values` (1-based), or null when there are fewer. */
const kthLargest = (values: number[], k: number): number | null =>
  k <= values.length ? [...values].sort((a, b) => b - a)[k - 1] : null;

export function probeGoal(scenario: Scenario, programme: Programme | null, model: string, goal: Goal): Probe {
  try {
    switch (goal.kind) {
      case 'rank':
      case 'overtake':
        return rankProbe(scenario, model, goal);
      case 'frontier':
        return frontierProbe(scenario, programme, model);
      case 'cut':
        return cutProbe(roundOf(scenario, programme, goal.round), model);
    }
  } catch (error) {
    if (error instanceof EngineError) return FAILS; // the scenario cannot be scored with this value
    throw error;
  }
}

function rankProbe(scenario: Scenario, model: string, goal: Extract<Goal, { kind: 'rank' | 'overtake' }>): Probe {
  const evaluation = evaluateScenario(scenario);
  const sign = evaluation.better === 'higher' ? 1 : -1;
  const self = evaluation.alternatives.find((a) => a.model === model)!;
  const others = evaluation.alternatives.filter((a) => a.model !== model);
  if (goal.kind === 'rank') {
    const bar = kthLargest(
      others.map((a) => sign * a.composite),
      goal.rank,
    );
    return { holds: self.rank <= goal.rank, score: sign * self.composite, bar, strict: false };
  }
  const rival = others.find((a) => a.model === goal.model)!;
  return { holds: self.rank < rival.rank, score: sign * self.composite, bar: sign * rival.composite, strict: true };
}

function frontierProbe(scenario: Scenario, programme: Programme | null, model: string): Probe {
  const rules = programme?.frontier;
  if (!rules) return FAILS;
  const candidate = frontierAnalysis(scenario, rules, scenario.alternatives).candidates.find((c) => c.model === model);
  if (!candidate || candidate.aggregate === null) return FAILS;
  const bar = rules.aggregate === 'share-at-threshold' ? rules.passShare : rules.threshold;
  return { holds: candidate.pass === true, score: candidate.aggregate, bar, strict: false };
}

export function roundOf(scenario: Scenario, programme: Programme | null, round: string): RoundOutcome | null {
  return programme ? (evaluateRounds(scenario, programme).find((r) => r.round === round) ?? null) : null;
}

/** The cut of one round for one model (see Probe); the other teams' totals stay as they are. */
export function cutProbe(outcome: RoundOutcome | null, model: string): Probe {
  const team = outcome?.teams.find((t) => t.model === model);
  if (!outcome || !team || team.by === 'gate') return FAILS;
  const others = outcome.teams.filter((t) => t.model !== model && t.by !== 'gate').map((t) => t.total.point);
  const m = others.length + 1;
  const keep = outcome.cut.kind === 'eliminate' ? Math.max(0, m - outcome.cut.count) : Math.min(outcome.cut.count, m);
  if (keep === 0) return FAILS;
  return {
    holds: team.status === 'advances',
    score: team.total.point,
    bar: keep >= m ? null : kthLargest(others, keep),
    strict: outcome.tieRule === 'all-eliminated',
  };
}
