import type { PointsScheme } from '../../../../shared/domain/programme';
import type { TeamProbability, RoundOutcome } from '../../../../shared/evaluation/programme/rounds';
import { percent } from '../../format/percent';
import { points, pointsRange, signed } from './format';
import { useProgrammeT } from './i18n';

interface Props {
  outcome: RoundOutcome;
  scheme: PointsScheme;
  /** Per model id, from the Monte Carlo run; omitted when uncertainty is off or the run is not done. */
  probabilities?: Record<string, TeamProbability>;
  /** Where failed gates' reasons go: in the cell (the view) or in notes under the table (the narrow A4 page). */
  reasons?: 'inline' | 'notes';
}

/** A link to a source when it is a web address, else the citation as text. */
export function SourceLink({ source }: { source: string }) {
  return /^https?:\/\//.test(source) ? (
    <a href={source} target="_blank" rel="noreferrer">
      {source.replace(/^https?:\/\/(www\.)?/, '').split('/')[0]}
    </a>
  ) : (
    <span>{source}</span>
  );
}

/**
 * One round's teams, best rank first: rank, total (point and [lo, hi]), component points, gate
 * outcomes with reasons and sources, status, margin to the cut line and, with uncertainty,
 * the probabilities of elimination and of the lowest total. Used by the Rounds view and the report.
 */
export function TeamTable({ outcome, scheme, probabilities, reasons = 'inline' }: Props) {
  const t = useProgrammeT();
  const hasGates = outcome.teams.some((team) => team.gates.length > 0);
  const inline = reasons === 'inline';
  const failed = outcome.teams.flatMap((team) => team.gates.filter((g) => !g.pass).map((g) => ({ team, g })));
  return (
    <>
      <table className="programme-teams">
        <caption>{t('rounds.teamsTable', { round: outcome.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rounds.rank')}</th>
            <th scope="col">{t('rounds.team')}</th>
            <th scope="col">{t('rounds.total')}</th>
            {scheme.components.map((c) => (
              <th scope="col" key={c.id} className={c.parent ? 'programme-child' : undefined}>
                {c.label} <span className="programme-sub">/{c.maxPoints}</span>
              </th>
            ))}
            {hasGates && (
              <th scope="col" className="programme-gates-col">
                {t('rounds.gates')}
              </th>
            )}
            <th scope="col">{t('rounds.status')}</th>
            <th scope="col">{t('rounds.margin')}</th>
            {probabilities && <th scope="col">{t('rounds.pEliminated')}</th>}
            {probabilities && <th scope="col">{t('rounds.pLowest')}</th>}
          </tr>
        </thead>
        <tbody>
          {outcome.teams.map((team) => {
            const p = probabilities?.[team.model];
            return (
              <tr key={team.model} className={team.status === 'eliminated' ? 'is-eliminated' : undefined}>
                <td>{team.rank}</td>
                <th scope="row">{team.name}</th>
                <td>{pointsRange(team.total)}</td>
                {team.components.map((c) => (
                  <td
                    key={c.component}
                    className={c.shadowed ? 'programme-shadowed' : undefined}
                    title={[c.shadowed ? t('rounds.shadowed') : '', c.note, c.source ?? ''].filter(Boolean).join(' · ')}
                  >
                    {c.origin === 'missing' ? '—' : pointsRange(c)}
                  </td>
                ))}
                {hasGates && (
                  <td>
                    <ul className="programme-gates">
                      {team.gates.map((g) => (
                        <li key={g.gate} title={g.detail}>
                          {g.pass ? '✓' : '✗'} {g.label}: {g.pass ? t('rounds.gatePass') : t('rounds.gateFail')}
                          {!g.pass && inline && <span className="programme-reason"> — {g.reason}</span>}
                          {g.source && inline && (
                            <>
                              {' '}
                              (<SourceLink source={g.source} />)
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                )}
                <td className="programme-status">
                  {team.status === 'advances'
                    ? t('rounds.advances')
                    : team.by === 'gate'
                      ? t('rounds.eliminatedByGate')
                      : t('rounds.eliminatedByScore')}
                  {team.tiedAtCut && <span className="programme-sub">{t('rounds.tiedAtCut')}</span>}
                  {team.missing.length > 0 && (
                    <span className="programme-sub">
                      {t('rounds.missing', { components: team.missing.join(', ') })}
                    </span>
                  )}
                </td>
                <td>{team.margin === null ? '—' : signed(team.margin)}</td>
                {probabilities && <td>{p ? percent(p.eliminated) : '—'}</td>}
                {probabilities && <td>{p ? percent(p.lowest) : '—'}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      {outcome.cutLine !== null && (
        <p className="programme-cut-definition">{t('rounds.cutDefinition', { value: points(outcome.cutLine) })}</p>
      )}
      {!inline && failed.length > 0 && (
        <ul className="programme-gate-notes" aria-label={t('rounds.gateNotes')}>
          {failed.map(({ team, g }) => (
            <li key={`${team.model}-${g.gate}`}>
              ✗ {team.name} — {g.label}: {g.reason}
              {g.source && (
                <>
                  {' '}
                  (<SourceLink source={g.source} />)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
