import type { Scenario } from '../../../../shared/domain/scenario';
import type { Goal } from '../../../../shared/evaluation/what-it-takes/goal';
import type { WhatIfT } from './i18n';

type Kind = Goal['kind'];

interface Props {
  scenario: Scenario;
  names: Map<string, string>;
  model: string;
  goal: Goal;
  /** The first rank and rival offered: one rank better than the model's, the model just ahead of it. */
  start: { rank: number; rival: string | null };
  onModel(model: string): void;
  onGoal(goal: Goal): void;
  t: WhatIfT;
}

/** The model and the goal, as labelled selects: the goal's kind, then its rank, rival or round. */
export function GoalPicker({ scenario, names, model, goal, start, onModel, onGoal, t }: Props) {
  const rounds = scenario.programme?.rounds ?? [];
  const kinds: Kind[] = [
    'rank',
    'overtake',
    ...(scenario.programme?.frontier ? (['frontier'] as const) : []),
    ...(rounds.length ? (['cut'] as const) : []),
  ];
  const rivals = scenario.alternatives.filter((m) => m !== model);
  const goalOf = (kind: Kind): Goal =>
    kind === 'rank'
      ? { kind, rank: start.rank }
      : kind === 'overtake'
        ? { kind, model: start.rival ?? rivals[0] }
        : kind === 'cut'
          ? { kind, round: rounds[0].id }
          : { kind };
  return (
    <div className="whatif-picker">
      <label>
        {t('model')}
        <select value={model} onChange={(e) => onModel(e.target.value)}>
          {scenario.alternatives.map((m) => (
            <option key={m} value={m}>
              {names.get(m) ?? m}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('goal')}
        <select value={goal.kind} onChange={(e) => onGoal(goalOf(e.target.value as Kind))}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {goal.kind === 'rank' && (
        <label>
          {t('rank')}
          <select value={goal.rank} onChange={(e) => onGoal({ kind: 'rank', rank: Number(e.target.value) })}>
            {scenario.alternatives.map((_, i) => (
              <option key={i} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
        </label>
      )}
      {goal.kind === 'overtake' && (
        <label>
          {t('rival')}
          <select value={goal.model} onChange={(e) => onGoal({ kind: 'overtake', model: e.target.value })}>
            {rivals.map((m) => (
              <option key={m} value={m}>
                {names.get(m) ?? m}
              </option>
            ))}
          </select>
        </label>
      )}
      {goal.kind === 'cut' && (
        <label>
          {t('round')}
          <select value={goal.round} onChange={(e) => onGoal({ kind: 'cut', round: e.target.value })}>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
