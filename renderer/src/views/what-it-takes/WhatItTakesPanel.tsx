import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { goalText, type Goal } from '../../../../shared/evaluation/what-it-takes/goal';
import { useScenarioStore } from '../../state/scenario-store';
import { BenchmarkTable, PointsTable, WeightTable } from './AnswerTables';
import { shown } from './format';
import { GoalPicker } from './GoalPicker';
import { useWhatIfT, type WhatIfT } from './i18n';
import { useWhatIfChoice } from './choice-store';
import { useWhatItTakes } from './useWhatItTakes';
import './what-it-takes.css';

/**
 * Above this many cells (candidates × criteria) the panel does not solve live: each answer evaluates the scenario
 * tens of times per lever, on the UI thread (about 0.1–0.25 s for the bundled 5 × 14 scenarios).
 */
const LIVE_MAX_CELLS = 2000;

/** The goal in words, e.g. "VAETKI advances in 1차 평가". */
export function goalWords(t: WhatIfT, scenario: Scenario, names: Map<string, string>, model: string, goal: Goal) {
  const name = names.get(model) ?? model;
  if (goal.kind === 'rank') return t('goalText.rank', { name, rank: goal.rank });
  if (goal.kind === 'overtake') return t('goalText.overtake', { name, rival: names.get(goal.model) ?? goal.model });
  if (goal.kind === 'cut')
    return t('goalText.cut', {
      name,
      round: scenario.programme?.rounds.find((r) => r.id === goal.round)?.label ?? goal.round,
    });
  return t('goalText.frontier', { name });
}

/** The starting choice: the last-ranked candidate, to stay above the first round's cut or to gain a rank. */
function initialChoice(scenario: Scenario, evaluation: Evaluation): { model: string; goal: Goal } {
  const model = evaluation.order[evaluation.order.length - 1];
  const rank = evaluation.alternatives.find((a) => a.model === model)?.rank ?? 1;
  const round = scenario.programme?.rounds[0];
  return { model, goal: round ? { kind: 'cut', round: round.id } : { kind: 'rank', rank: Math.max(1, rank - 1) } };
}

/** One rank better than the model's (at least 1) and the model ranked just ahead of it (null for the leader). */
function startFor(evaluation: Evaluation, model: string): { rank: number; rival: string | null } {
  const at = evaluation.order.indexOf(model);
  const rank = evaluation.alternatives.find((a) => a.model === model)?.rank ?? 1;
  return { rank: Math.max(1, rank - 1), rival: at > 0 ? evaluation.order[at - 1] : null };
}

/** A goal that no longer fits the scenario (a round removed, a rival no longer a candidate) falls back to rank 1. */
function fitting(scenario: Scenario, model: string, goal: Goal): Goal {
  if (goal.kind === 'cut' && !scenario.programme?.rounds.some((r) => r.id === goal.round))
    return { kind: 'rank', rank: 1 };
  if (goal.kind === 'overtake' && (goal.model === model || !scenario.alternatives.includes(goal.model)))
    return { kind: 'rank', rank: 1 };
  if (goal.kind === 'frontier' && !scenario.programme?.frontier) return { kind: 'rank', rank: 1 };
  return goal;
}

/**
 * "What it takes" (shared/evaluation/what-it-takes): choose a model and a goal and see, per benchmark, points
 * component and weight, the smallest change that makes the goal hold, each exact or by bisection with its
 * tolerance. "Apply as what-if" sets that value through the scenario store (an override, a round's panel entry,
 * a weight): one undo step, after which the status line says the goal holds. Not recomputed during a slider drag.
 */
export function WhatItTakesPanel({ scenario, evaluation }: { scenario: Scenario; evaluation: Evaluation }) {
  const t = useWhatIfT();
  const [choice, setChoice] = useState(() => initialChoice(scenario, evaluation));
  const [message, setMessage] = useState<string | null>(null);
  const model = scenario.alternatives.includes(choice.model) ? choice.model : scenario.alternatives[0];
  const goal = fitting(scenario, model, choice.goal);
  const names = useMemo(() => new Map(scenario.dataset.models.map((m) => [m.id, m.name])), [scenario.dataset]);
  const tooMany = scenario.alternatives.length * scenario.criteria.length > LIVE_MAX_CELLS;
  const key = goalText(goal);
  const outcome = useWhatItTakes(scenario, model, key, !tooMany);
  // The goal on screen is the one the PDF report prints (see file-actions' exportTo).
  const generation = useScenarioStore((s) => s.generation);
  useEffect(() => useWhatIfChoice.getState().choose(generation, model, key), [generation, model, key]);

  const words = goalWords(t, scenario, names, model, goal);
  const note = t('note', { goal: words });
  const done = (what: string, value: number, ok: boolean) =>
    setMessage(t(ok ? 'applied' : 'refused', { what, value: shown(value) }));
  const store = () => useScenarioStore.getState();
  const result = outcome?.ok ? outcome.result : null;
  const round = goal.kind === 'cut' ? scenario.programme?.rounds.find((r) => r.id === goal.round) : undefined;
  const bisected = result?.benchmarks.some((b) => b.how?.kind === 'bisection');
  // One reason for every weight (not WSM, grouped, incomplete) is said once, not per row.
  const first = result?.weights[0]?.obstacle;
  const sharedObstacle =
    first && first !== 'no-weight' && first !== 'not-used' && result.weights.every((w) => w.obstacle === first)
      ? first
      : null;

  return (
    <section className="whatif" aria-labelledby="whatif-heading">
      <h2 id="whatif-heading">{t('title')}</h2>
      <p className="view-hint">{t('help')}</p>
      {tooMany ? (
        <p className="view-hint">{t('tooMany', { max: LIVE_MAX_CELLS })}</p>
      ) : (
        <>
          <GoalPicker
            scenario={scenario}
            names={names}
            model={model}
            goal={goal}
            start={startFor(evaluation, model)}
            t={t}
            onModel={(m) => {
              setMessage(null);
              setChoice({ model: m, goal: fitting(scenario, m, goal) });
            }}
            onGoal={(g) => {
              setMessage(null);
              setChoice({ model, goal: g });
            }}
          />
          {outcome && !outcome.ok && (
            <p role="alert" className="programme-problem">
              {outcome.message}
            </p>
          )}
          {result && (
            <>
              <p role="status" className={result.holdsNow ? 'whatif-holds' : 'whatif-not'}>
                {t(result.holdsNow ? 'holds' : 'notHolds', { goal: words })}
                {message && ` ${message}`}
              </p>
              {result.holdsNow ? (
                <p className="view-hint">{t('nothingToChange')}</p>
              ) : (
                <>
                  {round && result.points.length > 0 && (
                    <>
                      <h3>{t('points', { round: round.label })}</h3>
                      <PointsTable
                        t={t}
                        caption={t('points', { round: round.label })}
                        answers={result.points}
                        onApply={(what, value) => {
                          const component = result.points.find((p) => p.label === what)!.component;
                          done(what, value, store().setPointsEntry(round.id, model, component, value, note));
                        }}
                      />
                    </>
                  )}
                  <h3>{t('benchmarks')}</h3>
                  {result.benchmarks.length ? (
                    <BenchmarkTable
                      t={t}
                      answers={result.benchmarks}
                      onApply={(what, value) => {
                        const benchmark = result.benchmarks.find((b) => b.name === what)!.benchmark;
                        const before = store().scenario;
                        store().setOverride(model, benchmark, value, note);
                        done(what, value, store().scenario !== before);
                      }}
                    />
                  ) : (
                    <p className="view-hint">{t('benchmarksNone')}</p>
                  )}
                  {bisected && <p className="view-hint">{t('bisectionNote')}</p>}
                  <h3>{t('weights')}</h3>
                  {sharedObstacle ? (
                    <p className="view-hint">{t(`obstacle.${sharedObstacle}`)}</p>
                  ) : result.weights.length ? (
                    <WeightTable
                      t={t}
                      answers={result.weights}
                      onApply={(what, value) => {
                        const benchmark = result.weights.find((w) => w.name === what)!.benchmark;
                        store().setWeight(benchmark, value);
                        done(what, value, true);
                      }}
                    />
                  ) : (
                    <p className="view-hint">{t('weightsNone')}</p>
                  )}
                </>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
