import { useMemo } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import { evaluateProgramme } from '../../../../shared/evaluation/programme/programme';
import type { TeamProbability } from '../../../../shared/evaluation/programme/rounds';
import { FinalSelection } from '../../views/programme/FinalSelection';
import { RoundFacts } from '../../views/programme/RoundCard';
import { RoundTotalsChart } from '../../views/programme/RoundTotalsChart';
import { PointsSplitChart } from '../../views/sensitivity/PointsSplitChart';
import { RangeWidthReport } from '../../views/sensitivity/RangeWidthCharts';
import { SourceLink, TeamTable } from '../../views/programme/TeamTable';
import { score } from '../../views/programme/format';
import { useProgrammeT } from '../../views/programme/i18n';
import { SourceList } from './SourceList';
import '../../views/programme/programme.css';

/**
 * The elimination rounds for the printed report: assumptions (per round date, cut, tie rule, gates;
 * uncertainty samples and seed), each round's teams with points, gates, status, margins and — with
 * uncertainty on — probabilities, the published constraints, and the sources of every entry, ruling
 * and constraint. The Monte Carlo runs here synchronously: the report is a static print view.
 * Renders nothing when the scenario has no rounds.
 */
export function RoundsReportSection({ scenario }: { scenario: Scenario }) {
  const t = useProgrammeT();
  const programme = scenario.programme ?? null;
  const result = useMemo(
    () => (programme && programme.rounds.length > 0 ? evaluateProgramme(scenario, programme) : null),
    [scenario, programme],
  );
  const names = useMemo(() => new Map(scenario.dataset.models.map((m) => [m.id, m.name])), [scenario.dataset]);
  if (!programme || !result) return null;
  const u = scenario.uncertainty;
  const sources = [
    ...programme.gates.flatMap((g) => [
      ...(g.source ? [g.source] : []),
      ...(g.rule.kind === 'verdicts' ? g.rule.verdicts.flatMap((v) => (v.source ? [v.source] : [])) : []),
    ]),
    ...programme.rounds.flatMap((r) => [
      ...r.entries.flatMap((e) => (e.source ? [e.source] : [])),
      ...r.constraints.flatMap((k) => (k.source ? [k.source] : [])),
      ...(r.admission?.source ? [r.admission.source] : []),
      ...(r.announced?.source ? [r.announced.source] : []),
    ]),
  ].map((url) => ({ title: '', url }));

  return (
    <section className="programme-report-section" aria-labelledby="report-rounds-title">
      <h2 id="report-rounds-title">{t('report.roundsTitle')}</h2>
      <h3>{t('report.assumptions')}</h3>
      <dl className="programme-assumptions">
        <dt>{t('report.uncertainty')}</dt>
        <dd>
          {u.enabled ? t('report.uncertaintyOn', { samples: u.samples, seed: u.seed }) : t('report.uncertaintyOff')}
        </dd>
        {programme.gates.map((g) => (
          <div key={g.id}>
            <dt>
              {t('report.gates')}: {g.label}
            </dt>
            <dd>
              {g.reason}
              {g.source && (
                <>
                  {' '}
                  (<SourceLink source={g.source} />)
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <FinalSelection
        programme={programme}
        outcomes={result.rounds}
        finalists={result.uncertainty?.final.teams ?? null}
        names={names}
      />
      <ol className="programme-timeline" aria-label={t('rounds.list')}>
        {result.rounds.map((outcome, i) => {
          const round = programme.rounds[i];
          const scheme = programme.schemes.find((s) => s.id === round.scheme);
          const probabilities = result.uncertainty
            ? Object.fromEntries(
                outcome.teams.flatMap((team): [string, TeamProbability][] =>
                  team.probability ? [[team.model, team.probability]] : [],
                ),
              )
            : undefined;
          const gateLabels = round.gates.map((id) => programme.gates.find((g) => g.id === id)?.label ?? id);
          return (
            <li key={round.id} className="programme-round">
              <h3>
                {outcome.date} {outcome.label}
              </h3>
              <RoundFacts outcome={outcome} nameOf={(m) => names.get(m) ?? m} />
              <dl className="programme-assumptions">
                <dt>{t('report.cut')}</dt>
                <dd>
                  {round.cut.kind === 'eliminate' ? t('rounds.eliminateCount') : t('rounds.keepCount')}{' '}
                  {round.cut.count}
                </dd>
                <dt>{t('report.tieRule')}</dt>
                <dd>{round.tieRule === 'all-advance' ? t('rounds.tieAllAdvance') : t('rounds.tieAllEliminated')}</dd>
                <dt>{t('report.gates')}</dt>
                <dd>{gateLabels.length ? gateLabels.join(', ') : t('report.noFilters')}</dd>
              </dl>
              <p>
                {t('rounds.advancing', {
                  models: outcome.teams
                    .filter((team) => team.status === 'advances')
                    .map((team) => team.name)
                    .join(', '),
                })}
                <br />
                {t('rounds.eliminatedList', {
                  models:
                    outcome.teams
                      .filter((team) => team.status === 'eliminated')
                      .map((team) => `${team.name} (${team.by === 'gate' ? t('rounds.byGate') : t('rounds.byScore')})`)
                      .join(', ') || '—',
                })}
              </p>
              {scheme && <RoundTotalsChart outcome={outcome} scheme={scheme} />}
              {scheme && <PointsSplitChart outcome={outcome} scheme={scheme} printed />}
              {/*
               * A column a score component and the odds: too wide for portrait A4, so a landscape page, with the
               * round's sum constraints under the table (the portrait flow resumes after them).
               */}
              {scheme && (
                <div className="report-landscape">
                  <TeamTable outcome={outcome} scheme={scheme} probabilities={probabilities} reasons="notes" />
                  {outcome.constraints.length > 0 && (
                    <ul aria-label={t('rounds.constraints')}>
                      {outcome.constraints.map((k) => (
                        <li key={k.label}>
                          {k.satisfiedAtPoint ? '✓' : '✗'} {k.label}:{' '}
                          {t('rounds.constraint', { lo: score(k.lo), hi: score(k.hi), at: score(k.atPoint) })}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
              {outcome.notes && <p>{outcome.notes}</p>}
            </li>
          );
        })}
      </ol>
      <RangeWidthReport scenario={scenario} />
      <SourceList sources={sources} />
    </section>
  );
}
