import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { formatComposite } from '../../charts/composite-option';
import { percent } from '../../format/percent';
import { useQualityT } from '../quality/i18n';
import '../quality/quality.css';
import { ranked, SHOWN } from './ranked';
import { ShownNote } from './ShownNote';
import './results.css';

/**
 * The ranking, best first: Rank, Model, Composite (competition ranks, so ties share a rank) and how many criteria have
 * a value, a model with insufficient data marked with the reason (the coverage rule ranks it after the others); the
 * best `limit` (500 on screen), with `Note` saying how many are left out.
 */
export function RankingTable({
  evaluation,
  caption,
  limit = SHOWN.ranking,
  Note = ShownNote,
}: {
  evaluation: Evaluation;
  caption?: string;
  limit?: number;
  Note?: ComponentType<{ shown: number; total: number }>;
}) {
  const { t } = useTranslation();
  const q = useQualityT();
  const rows = ranked(evaluation, limit);
  const min = percent(evaluation.minCoverage);
  const insufficient = rows.filter((a) => a.coverage.insufficient);
  return (
    <div className="ranking">
      <table className="ranking-table" aria-label={t('results.ranking')}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('results.rank')}
            </th>
            <th scope="col">{t('results.model')}</th>
            <th scope="col" className="num">
              {t('results.composite')}
            </th>
            <th scope="col">{q('coverage.column')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.model}>
              <td className="num">{a.rank}</td>
              <td>{a.name}</td>
              <td className="num">{formatComposite(a.composite)}</td>
              <td className={a.coverage.insufficient ? 'coverage-insufficient' : undefined}>
                {q('coverage.count', { present: a.coverage.present, total: a.coverage.total })}
                {a.coverage.insufficient && (
                  <>
                    {' · '}
                    <span className="coverage-flag">{q('coverage.insufficient')}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {insufficient.length > 0 && (
        <ul className="coverage-reasons" aria-label={q('coverage.insufficient')}>
          {insufficient.map((a) => (
            <li key={a.model}>
              {a.name}: {q('coverage.reason', { present: a.coverage.present, total: a.coverage.total, min })}
            </li>
          ))}
        </ul>
      )}
      <Note shown={rows.length} total={evaluation.alternatives.length} />
    </div>
  );
}
