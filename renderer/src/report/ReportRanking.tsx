import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../shared/evaluation/evaluate';
import { formatComposite } from '../charts/composite-option';
import { ranked } from '../views/results/ranked';
import { REPORT_SHOWN } from './report-limits';

/**
 * The printed ranking, best first: Rank, Model, Composite (competition ranks); the best REPORT_SHOWN.ranking, with a
 * note saying how many are left out and where they all are.
 */
export function ReportRanking({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const rows = ranked(evaluation, REPORT_SHOWN.ranking);
  const total = evaluation.alternatives.length;
  return (
    <div className="ranking">
      <table className="ranking-table" aria-label={t('results.ranking')}>
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
      {rows.length < total && (
        <p className="report-left-out">
          {t('report.rankingShown', { shown: rows.length, total, left: total - rows.length })}
        </p>
      )}
    </div>
  );
}
