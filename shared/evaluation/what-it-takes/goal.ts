import { WorkbenchError } from '../../api/errors';
import type { Programme } from '../../domain/programme';
import type { Scenario } from '../../domain/scenario';

/**
 * What a model should reach: rank k or better (competition ranks, so a shared rank k counts, as the Results table
 * shows it); a strictly better composite than another model (a tie does not overtake); the frontier test; or to
 * advance in a round (the round's tie rule decides a tie at the cut line).
 */
export type Goal =
  | { kind: 'rank'; rank: number }
  | { kind: 'overtake'; model: string }
  | { kind: 'frontier' }
  | { kind: 'cut'; round: string };

/** The goal as the CLI spells it: rank:<k>, overtake:<model id>, frontier, cut:<round id>. */
export const goalText = (goal: Goal): string =>
  goal.kind === 'rank'
    ? `rank:${goal.rank}`
    : goal.kind === 'overtake'
      ? `overtake:${goal.model}`
      : goal.kind === 'cut'
        ? `cut:${goal.round}`
        : 'frontier';

/** Parses the CLI's goal text; a malformed goal is an invalid-request error naming `path`. */
export function parseGoal(text: string, path = 'goal'): Goal {
  const [kind, ...rest] = text.split(':');
  const arg = rest.join(':');
  if (kind === 'frontier' && rest.length === 0) return { kind: 'frontier' };
  if (kind === 'rank' && /^\d+$/.test(arg)) return { kind: 'rank', rank: Number(arg) };
  if (kind === 'overtake' && arg) return { kind: 'overtake', model: arg };
  if (kind === 'cut' && arg) return { kind: 'cut', round: arg };
  throw new WorkbenchError(
    'invalid-request',
    `${path}: "${text}" is not a goal; use rank:<k>, overtake:<model id>, frontier or cut:<round id>`,
    path,
  );
}

/** What the caller calls the model and the goal in its messages (the CLI: --model, --goal). */
export interface GoalPaths {
  model: string;
  goal: string;
}

/**
 * Checks a model and a goal against the scenario: the model is a candidate, k is 1 … the number of candidates, the
 * rival is another candidate, the frontier test and the round exist. Throws an invalid-request error naming the
 * field (`paths`).
 */
export function checkGoal(
  scenario: Scenario,
  programme: Programme | null,
  model: string,
  goal: Goal,
  paths: GoalPaths = { model: 'model', goal: 'goal' },
): void {
  const bad = (field: keyof GoalPaths, message: string) =>
    new WorkbenchError('invalid-request', `${paths[field]}: ${message}`, paths[field]);
  if (!scenario.alternatives.includes(model))
    throw bad('model', `${model} is not a candidate of this scenario (${scenario.alternatives.join(', ')})`);
  switch (goal.kind) {
    case 'rank':
      if (!(goal.rank >= 1 && goal.rank <= scenario.alternatives.length))
        throw bad('goal', `rank ${goal.rank} is outside 1–${scenario.alternatives.length}`);
      return;
    case 'overtake':
      if (goal.model === model) throw bad('goal', `${model} cannot overtake itself`);
      if (!scenario.alternatives.includes(goal.model)) throw bad('goal', `${goal.model} is not a candidate`);
      return;
    case 'frontier':
      if (!programme?.frontier) throw bad('goal', 'the scenario has no frontier test');
      return;
    case 'cut':
      if (!programme?.rounds.some((r) => r.id === goal.round))
        throw bad(
          'goal',
          `no round ${goal.round}${programme?.rounds.length ? ` (rounds: ${programme.rounds.map((r) => r.id).join(', ')})` : ''}`,
        );
  }
}
