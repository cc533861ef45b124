import { useMemo, useState } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import { evaluateRounds, type RoundOutcome } from '../../../../shared/evaluation/programme/rounds';
import { useProgrammeProbabilities, type CreateProbabilityWorker } from '../../workers/useProgrammeProbabilities';
import type { CreateWidthWorker } from '../../workers/useRangeWidthSweep';
import { RangeWidthCharts } from '../sensitivity/RangeWidthCharts';
import { FinalSelection } from './FinalSelection';
import { RoundCard } from './RoundCard';
import { UncertaintyPanel } from './UncertaintyPanel';
import { useProgrammeT } from './i18n';
import {
  addRound,
  removeRound,
  setCut,
  setEntrants,
  setEntry,
  setRoundDate,
  setTieRule,
  type Update,
} from './scenario-updates';
import './programme.css';

interface Props {
  scenario: Scenario;
  /** Receives a new scenario (never a mutated one) with the programme or uncertainty changed. */
  onChange: (next: Scenario) => void;
  /** The Monte Carlo worker; the default is the bundled programme.worker.ts. */
  createWorker?: CreateProbabilityWorker;
  /** The range-width worker; the default is the bundled programme-width.worker.ts. */
  createWidthWorker?: CreateWidthWorker;
}

/**
 * The elimination rounds as a timeline: per round the cut rule, who advances and who is eliminated
 * (by gate or by score), each team's points, margin to the cut line, gate outcomes, and — with
 * uncertainty on — probabilities from the seeded Monte Carlo run in a worker.
 */
export function RoundsView({ scenario, onChange, createWorker, createWidthWorker }: Props) {
  const t = useProgrammeT();
  const [problem, setProblem] = useState<string | null>(null);
  const programme = scenario.programme ?? null;
  const evaluated = useMemo((): { outcomes: RoundOutcome[] } | { error: string } => {
    if (!programme) return { outcomes: [] };
    try {
      return { outcomes: evaluateRounds(scenario, programme) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [scenario, programme]);
  const probabilities = useProgrammeProbabilities(scenario, createWorker);
  const names = useMemo(() => new Map(scenario.dataset.models.map((m) => [m.id, m.name])), [scenario.dataset]);
  const apply = (u: Update) => {
    setProblem(u.ok ? null : u.message);
    if (u.ok) onChange(u.scenario);
  };

  const rounds = programme?.rounds ?? [];
  const add = () =>
    apply(
      addRound(scenario, {
        scheme: t('rounds.defaultScheme'),
        component: t('rounds.defaultComponent'),
        round: t('rounds.defaultRound'),
      }),
    );
  /** Who may enter before round i: candidates and alternatives not advancing from round i − 1. */
  const entrantChoices = (i: number, outcomes: RoundOutcome[]) => {
    if (i === 0) return [];
    const advancing = new Set(outcomes[i - 1]?.advancing ?? []);
    const pool = scenario.dataset.models.filter(
      (m) => (m.group === 'candidate' || scenario.alternatives.includes(m.id)) && !advancing.has(m.id),
    );
    return pool.map((m) => ({ id: m.id, name: m.name }));
  };
  const finished = probabilities.status === 'done' ? probabilities.result : null;
  const outcomes = 'outcomes' in evaluated ? evaluated.outcomes : null;
  // Everything below the uncertainty panel, built again only when what it shows changes: a progress message of the
  // Monte Carlo re-renders the panel's line, not every round's tables.
  const timeline = useMemo(
    () =>
      outcomes && (
        <>
          {programme && (
            <FinalSelection
              programme={programme}
              outcomes={outcomes}
              finalists={finished?.final.teams ?? null}
              names={names}
            />
          )}
          <ol className="programme-timeline" aria-label={t('rounds.list')}>
            {outcomes.map((outcome, i) => {
              const round = rounds[i];
              const scheme = programme?.schemes.find((s) => s.id === round.scheme);
              if (!scheme) return null;
              return (
                <RoundCard
                  key={round.id}
                  round={round}
                  outcome={outcome}
                  scheme={scheme}
                  names={names}
                  probabilities={finished?.rounds.find((r) => r.round === round.id)?.teams}
                  entrantChoices={entrantChoices(i, outcomes)}
                  onDate={(date) => apply(setRoundDate(scenario, round.id, date))}
                  onEntrants={(entrants) => apply(setEntrants(scenario, round.id, entrants))}
                  onRemove={() => apply(removeRound(scenario, round.id))}
                  onCut={(cut) => apply(setCut(scenario, round.id, cut))}
                  onTieRule={(tieRule) => apply(setTieRule(scenario, round.id, tieRule))}
                  onEntry={(model, component, value) => {
                    const u = setEntry(scenario, round.id, model, component, value);
                    if (u.ok) onChange(u.scenario);
                    return u.ok ? null : u.message;
                  }}
                />
              );
            })}
          </ol>
          <RangeWidthCharts scenario={scenario} createWorker={createWidthWorker} />
        </>
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the handlers read only scenario, onChange and t
    [outcomes, finished, programme, rounds, names, scenario, onChange, t, createWidthWorker],
  );
  return (
    <section className="programme-view" aria-labelledby="programme-rounds-title">
      <h2 id="programme-rounds-title">{t('rounds.title')}</h2>
      {problem && (
        <p role="alert" className="programme-problem">
          {problem}
        </p>
      )}
      {rounds.length === 0 ? (
        <>
          <p>{t('rounds.none')}</p>
          <button type="button" onClick={add}>
            {t('rounds.add')}
          </button>
        </>
      ) : 'error' in evaluated ? (
        <p role="alert" className="programme-problem">
          {evaluated.error}
        </p>
      ) : (
        <>
          <UncertaintyPanel scenario={scenario} onChange={onChange} run={probabilities} />
          {timeline}
          <button type="button" onClick={add}>
            {t('rounds.add')}
          </button>
        </>
      )}
    </section>
  );
}
