import { useId } from 'react';
import type { Programme } from '../../../../shared/domain/programme';
import { assumedRanges } from '../../../../shared/evaluation/programme/assumptions';
import type { RoundOutcome } from '../../../../shared/evaluation/programme/rounds';
import { percent } from '../../format/percent';
import { points } from './format';
import { useProgrammeT } from './i18n';
import { SourceLink } from './TeamTable';

interface Props {
  programme: Programme;
  outcomes: readonly RoundOutcome[];
  /** The Monte Carlo's last-round shares per model (ProbabilityResult.final.teams); null when not run. */
  finalists: Record<string, number> | null;
  names: ReadonlyMap<string, string>;
}

/**
 * Each team's probability of being selected in the last round (e.g. "the final two"), highest first, with their sum,
 * and beside it every assumed range the probabilities rest on, each with its label. Used by the Rounds view and
 * the report (one round: the assumed ranges only).
 */
export function FinalSelection({ programme, outcomes, finalists, names }: Props) {
  const t = useProgrammeT();
  const id = useId();
  const last = outcomes[outcomes.length - 1];
  if (!last) return null;
  const size = last.advancing.length;
  // With one round its table already gives each team's chance; the selection is shown from two rounds on.
  const multi = outcomes.length > 1;
  const rows = finalists
    ? Object.entries(finalists)
        .map(([model, p]) => ({ model, name: names.get(model) ?? model, p }))
        .sort((a, b) => b.p - a.p || a.name.localeCompare(b.name))
    : [];
  const sum = rows.reduce((a, r) => a + r.p, 0);
  const assumptions = assumedRanges(programme, names);
  return (
    <section className="programme-final" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{multi ? t('final.title', { round: last.label, n: size }) : t('final.assumedTitle')}</h3>
      <div className="programme-final-body">
        {!multi ? null : finalists ? (
          <table className="programme-teams" aria-label={t('final.table')}>
            <thead>
              <tr>
                <th scope="col">{t('rounds.team')}</th>
                <th scope="col">{t('final.probability', { n: size })}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.model}>
                  <th scope="row">{r.name}</th>
                  <td>{percent(r.p)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('final.sum')}</th>
                <td>{sum.toFixed(2)}</td>
              </tr>
            </tfoot>
          </table>
        ) : (
          <p>{t('final.needsUncertainty')}</p>
        )}
        <div className="programme-final-assumptions">
          <h4 id={`${id}-assumptions`}>{t('final.assumptions', { count: assumptions.length })}</h4>
          {assumptions.length === 0 ? (
            <p>{t('final.noAssumptions')}</p>
          ) : (
            <ul aria-labelledby={`${id}-assumptions`}>
              {assumptions.map((a) => (
                <li key={`${a.round}|${a.model}|${a.component}`}>
                  {a.roundLabel} · {a.name} · {a.componentLabel}: {points(a.lo)}–{points(a.hi)} —{' '}
                  {a.label || t('final.unlabelled')}
                  {a.source && (
                    <>
                      {' '}
                      (<SourceLink source={a.source} />)
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
