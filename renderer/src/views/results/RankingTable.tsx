import { memo, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { formatComposite } from '../../charts/composite-option';
import { percent } from '../../format/percent';
import { useQualityT } from '../quality/i18n';
import '../quality/quality.css';
import { ranked, SHOWN } from './ranked';
import { ShownNote } from './ShownNote';
import './results.css';

/** One row of the ranking, as text: re-rendered only when one of its texts changes. */
const RankingRow = memo(function RankingRow(props: {
  rank: number;
  name: string;
  composite: string;
  coverage: string;
  insufficient: string | null;
}) {
  return (
    <tr>
      <td className="num">{props.rank}</td>
      <td>{props.name}</td>
      <td className="num">{props.composite}</td>
      <td className={props.insufficient ? 'coverage-insufficient' : undefined}>
        {props.coverage}
        {props.insufficient && (
          <>
            {' · '}
            <span className="coverage-flag">{props.insufficient}</span>
          </>
        )}
      </td>
    </tr>
  );
});

/**
 * The ranking, best first: Rank, Model, Composite (competition ranks, so ties share a rank) and how many criteria have
 * a value, a model with insufficient data marked with the reason (the coverage rule ranks it after the others); the
 * best `limit` (500 on screen), with `Note` saying how many are left out. Rows are keyed by position: a new order
 * rewrites the texts that changed instead of moving rows (at 500 rows the moves cost more than the texts).
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
  const flag = q('coverage.insufficient');
  // Few distinct counts (present of total) among many rows: each text made once per render.
  const counts = new Map<string, string>();
  const coverageText = (present: number, total: number) => {
    const key = `${present}/${total}`;
    let text = counts.get(key);
    if (text === undefined) counts.set(key, (text = q('coverage.count', { present, total })));
    return text;
  };
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
          {rows.map((a, i) => (
            <RankingRow
              key={i}
              rank={a.rank}
              name={a.name}
              composite={formatComposite(a.composite)}
              coverage={coverageText(a.coverage.present, a.coverage.total)}
              insufficient={a.coverage.insufficient ? flag : null}
            />
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
