import { useMemo } from 'react';
import type { Scenario } from '../../../shared/domain/scenario';
import { evaluateRounds } from '../../../shared/evaluation/programme/rounds';
import { scenarioProgramme } from '../../../shared/evaluation/programme/programme';
import { whatItTakes, type PointsAnswer } from '../../../shared/evaluation/what-it-takes/index';
import { howText, shown, signed } from '../views/what-it-takes/format';
import { useWhatIfT } from '../views/what-it-takes/i18n';

interface Item {
  key: string;
  name: string;
  roundLabel: string;
  answers: PointsAnswer[];
}

/** Each team eliminated on score in a round, with what it takes (points) to stay above that round's cut line. */
function eliminatedOnScore(scenario: Scenario): Item[] {
  const programme = scenarioProgramme(scenario);
  if (!programme) return [];
  return evaluateRounds(scenario, programme).flatMap((round) =>
    round.teams
      .filter((team) => team.by === 'score' && scenario.alternatives.includes(team.model))
      .map((team) => ({
        key: `${round.round}|${team.model}`,
        name: team.name,
        roundLabel: round.label,
        answers: whatItTakes(scenario, team.model, { kind: 'cut', round: round.round }).points.filter(
          (p) => p.parent === null,
        ),
      })),
  );
}

/**
 * The report's "What it takes": for each team eliminated on score in a programme round, the points each top-level
 * component would need (everything else as it is) for the team to stay above that round's cut line, exact under
 * the round's tie rule. Renders nothing without such a team.
 */
export function WhatItTakesReportSection({ scenario }: { scenario: Scenario }) {
  const t = useWhatIfT();
  const items = useMemo(() => {
    try {
      return eliminatedOnScore(scenario);
    } catch {
      return []; // a programme the Rounds section already reports as invalid
    }
  }, [scenario]);
  if (!items.length) return null;
  return (
    <section className="report-section" aria-labelledby="report-whatif-title">
      <h2 id="report-whatif-title">{t('report.title')}</h2>
      <p>{t('report.intro')}</p>
      {items.map((item) => {
        const caption = t('report.eliminated', { name: item.name, round: item.roundLabel });
        const reachable = item.answers.filter((a) => a.state === 'reachable');
        return (
          <div key={item.key}>
            <h3>{caption}</h3>
            {reachable.length === 0 ? (
              <p>{t('report.none')}</p>
            ) : (
              <table className="report-table" aria-label={caption}>
                <thead>
                  <tr>
                    <th scope="col">{t('col.component')}</th>
                    <th scope="col" className="num">
                      {t('col.now')}
                    </th>
                    <th scope="col" className="num">
                      {t('col.needed')}
                    </th>
                    <th scope="col" className="num">
                      {t('col.change')}
                    </th>
                    <th scope="col">{t('col.how')}</th>
                  </tr>
                </thead>
                <tbody>
                  {item.answers.map((a) => (
                    <tr key={a.component}>
                      <th scope="row">{a.label}</th>
                      <td className="num">
                        {shown(a.current)} / {a.maxPoints}
                      </td>
                      <td className="num">{a.points === null ? '—' : shown(a.points)}</td>
                      <td className="num">{a.change === null ? '—' : signed(a.change)}</td>
                      <td>
                        {a.how
                          ? howText(t, a.how, a.strict)
                          : a.obstacle
                            ? t(`obstacle.${a.obstacle}`, {
                                points: a.points === null ? '' : shown(a.points),
                                max: a.maxPoints,
                              })
                            : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </section>
  );
}
