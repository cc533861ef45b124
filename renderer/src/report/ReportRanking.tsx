import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../shared/evaluation/evaluate';
import { RankingTable } from '../views/results/RankingTable';
import { REPORT_SHOWN } from './report-limits';

/** Says how many candidates the printed ranking leaves out and where they all are (nothing when none is). */
function LeftOutNote({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  return shown < total ? (
    <p className="report-left-out">{t('report.rankingShown', { shown, total, left: total - shown })}</p>
  ) : null;
}

/** The printed ranking: the Results view's table, the best REPORT_SHOWN.ranking, with the report's note. */
export function ReportRanking({ evaluation }: { evaluation: Evaluation }) {
  return <RankingTable evaluation={evaluation} limit={REPORT_SHOWN.ranking} Note={LeftOutNote} />;
}
