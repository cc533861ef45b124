import { useId } from 'react';
import type { Cut, PointsScheme, Round } from '../../../../shared/domain/programme';
import type { RoundOutcome, TeamProbability } from '../../../../shared/evaluation/programme/rounds';
import { DateField } from './DateField';
import { NumberField } from './NumberField';
import { PanelScoresGrid } from './PanelScoresGrid';
import { PointsSplitChart } from '../sensitivity/PointsSplitChart';
import { RoundTotalsChart } from './RoundTotalsChart';
import { SourceLink, TeamTable } from './TeamTable';
import { score } from './format';
import { useProgrammeT } from './i18n';
import type { EntryValue } from './panel-entry';

interface Props {
  round: Round;
  outcome: RoundOutcome;
  scheme: PointsScheme;
  names: ReadonlyMap<string, string>;
  probabilities?: Record<string, TeamProbability>;
  /** Models that may enter before this round (not already taking part); empty for the first round. */
  entrantChoices: { id: string; name: string }[];
  onDate: (date: string) => void;
  onEntrants: (entrants: string[]) => void;
  onRemove: () => void;
  onCut: (cut: Cut) => void;
  onTieRule: (tieRule: Round['tieRule']) => void;
  onEntry: (model: string, component: string, value: EntryValue | null) => string | null;
}

/** One round on the timeline: date, cut rule, who advances and who is eliminated, the teams, constraints, panel scores. */
export function RoundCard(props: Props) {
  const { round, outcome, scheme, names, probabilities, entrantChoices, onDate, onEntrants, onCut, onTieRule } = props;
  const t = useProgrammeT();
  const id = useId();
  const nameOf = (m: string) => names.get(m) ?? m;
  const eliminated = outcome.teams.filter((team) => team.status === 'eliminated');
  return (
    <li className="programme-round" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <time dateTime={outcome.date}>{outcome.date}</time> {outcome.label}
      </h3>
      {outcome.entrants.length > 0 && (
        <p className="programme-sub">{t('rounds.entrants', { models: outcome.entrants.map(nameOf).join(', ') })}</p>
      )}
      <RoundFacts outcome={outcome} nameOf={nameOf} />
      <div className="programme-controls">
        <DateField label={t('rounds.date')} value={round.date} onCommit={onDate} />
        <span className="programme-field">
          <label htmlFor={`${id}-cut`}>{t('rounds.cutRule')}</label>
          <select
            id={`${id}-cut`}
            value={round.cut.kind}
            onChange={(e) => onCut({ kind: e.target.value as Cut['kind'], count: round.cut.count })}
          >
            <option value="eliminate">{t('rounds.cutEliminate')}</option>
            <option value="keep">{t('rounds.cutKeep')}</option>
          </select>
        </span>
        <NumberField
          label={round.cut.kind === 'eliminate' ? t('rounds.eliminateCount') : t('rounds.keepCount')}
          value={round.cut.count}
          min={0}
          max={outcome.participants.length}
          integer
          onCommit={(count) => onCut({ kind: round.cut.kind, count })}
        />
        <span className="programme-field">
          <label htmlFor={`${id}-tie`}>{t('rounds.tieRule')}</label>
          <select
            id={`${id}-tie`}
            value={round.tieRule}
            onChange={(e) => onTieRule(e.target.value as Round['tieRule'])}
          >
            <option value="all-advance">{t('rounds.tieAllAdvance')}</option>
            <option value="all-eliminated">{t('rounds.tieAllEliminated')}</option>
          </select>
        </span>
        <button type="button" onClick={props.onRemove}>
          {t('rounds.remove')}
        </button>
      </div>
      {entrantChoices.length > 0 && (
        <fieldset className="programme-controls">
          <legend>{t('rounds.entrantsAdded')}</legend>
          {entrantChoices.map((m) => (
            <label key={m.id} className="programme-toggle">
              <input
                type="checkbox"
                checked={round.entrants.includes(m.id)}
                onChange={(e) =>
                  onEntrants(e.target.checked ? [...round.entrants, m.id] : round.entrants.filter((x) => x !== m.id))
                }
              />
              {m.name}
            </label>
          ))}
        </fieldset>
      )}
      <p className="programme-summary">
        <span>{t('rounds.advancing', { models: outcome.advancing.map(nameOf).join(', ') || '—' })}</span>
        <br />
        <span>
          {t('rounds.eliminatedList', {
            models:
              eliminated
                .map((team) => `${team.name} (${team.by === 'gate' ? t('rounds.byGate') : t('rounds.byScore')})`)
                .join(', ') || '—',
          })}
        </span>
      </p>
      <RoundTotalsChart outcome={outcome} scheme={scheme} />
      <PointsSplitChart outcome={outcome} scheme={scheme} />
      <TeamTable outcome={outcome} scheme={scheme} probabilities={probabilities} />
      {outcome.constraints.length > 0 && (
        <ul className="programme-constraints" aria-label={t('rounds.constraints')}>
          {outcome.constraints.map((k) => (
            <li key={k.label}>
              {k.satisfiedAtPoint ? '✓' : '✗'} {k.label}:{' '}
              {t('rounds.constraint', { lo: score(k.lo), hi: score(k.hi), at: score(k.atPoint) })}
              {k.source && (
                <>
                  {' '}
                  (<SourceLink source={k.source} />)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {outcome.notes && <p className="programme-notes">{outcome.notes}</p>}
      <details>
        <summary>{t('entry.title')}</summary>
        <PanelScoresGrid
          round={round}
          scheme={scheme}
          models={outcome.participants.map((m) => ({ id: m, name: nameOf(m) }))}
          onSet={props.onEntry}
        />
      </details>
    </li>
  );
}

/** How the round's entrants joined and, for a round already held, its announced outcome (with a mismatch warning). */
export function RoundFacts({ outcome, nameOf }: { outcome: RoundOutcome; nameOf: (model: string) => string }) {
  const t = useProgrammeT();
  const { admission, announced } = outcome;
  const computed = outcome.teams.filter((team) => team.status === 'advances').map((team) => nameOf(team.model));
  return (
    <>
      {admission && (
        <p className="programme-sub">
          {t('rounds.admission', { date: admission.date, label: admission.label })}
          {admission.source && (
            <>
              {' '}
              (<SourceLink source={admission.source} />)
            </>
          )}
        </p>
      )}
      {announced && (
        <p className="programme-sub">
          {t('rounds.announced', { models: announced.advancing.map(nameOf).join(', ') })}
          {announced.source && (
            <>
              {' '}
              (<SourceLink source={announced.source} />)
            </>
          )}
        </p>
      )}
      {announced && !announced.matches && (
        <p role="alert" className="programme-problem">
          {t('rounds.announcedMismatch', { models: computed.join(', ') })}
        </p>
      )}
    </>
  );
}
