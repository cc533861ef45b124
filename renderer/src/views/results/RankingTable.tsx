import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { formatComposite } from '../../charts/composite-option';
import { ranked, SHOWN } from './ranked';
import { ShownNote } from './ShownNote';

/** The ranking, best first: Rank, Model, Composite (competition ranks, so ties share a rank); the best 500. */
export function RankingTable({ evaluation, caption }: { evaluation: Evaluation; caption?: string }) {
  const { t } = useTranslation();
  const rows = ranked(evaluation, SHOWN.ranking);
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
      <ShownNote shown={rows.length} total={evaluation.alternatives.length} />
    </div>
  );
}
