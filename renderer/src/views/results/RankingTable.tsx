import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { formatComposite } from '../../charts/composite-option';
import { ranked, SHOWN } from './ranked';
import { ShownNote } from './ShownNote';
import './results.css';

/**
 * The ranking, best first: Rank, Model, Composite (competition ranks, so ties share a rank); the best `limit` (500 on
 * screen), with `Note` saying how many are left out.
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
  const rows = ranked(evaluation, limit);
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
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.model}>
              <td className="num">{a.rank}</td>
              <td>{a.name}</td>
              <td className="num">{formatComposite(a.composite)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Note shown={rows.length} total={evaluation.alternatives.length} />
    </div>
  );
}
