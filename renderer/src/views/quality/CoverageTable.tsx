import type { MatrixEvaluation } from '../../../../shared/evaluation/evaluate';
import { percent } from '../../format/percent';
import { useQualityT } from './i18n';

/** Per model (the scenario's order): how many of the criteria have a value, and "insufficient data" below the rule. */
export function CoverageTable({ evaluation, caption }: { evaluation: MatrixEvaluation; caption: string }) {
  const q = useQualityT();
  return (
    <table className="ranking-table coverage-table" aria-label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{q('coverage.model')}</th>
          <th scope="col">{q('coverage.column')}</th>
          <th scope="col" className="num">
            {q('coverage.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {evaluation.alternatives.map((a) => (
          <tr key={a.model} className={a.coverage.insufficient ? 'coverage-insufficient' : undefined}>
            <th scope="row">{a.name}</th>
            <td>
              {q('coverage.count', { present: a.coverage.present, total: a.coverage.total })}
              {a.coverage.insufficient && <> · {q('coverage.insufficient')}</>}
            </td>
            <td className="num">{percent(a.coverage.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
