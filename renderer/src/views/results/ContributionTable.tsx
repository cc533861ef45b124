import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { formatComposite } from '../../charts/composite-option';
import { ranked, SHOWN } from './ranked';
import { ShownNote } from './ShownNote';

const three = (x: number) => x.toFixed(3);

/**
 * Where each weighted-sum composite comes from: per criterion, weight × normalized value (the cell's title
 * gives both factors), adding up to the composite. Only for WSM, the one additive method.
 */
export function ContributionTable({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  if (!evaluation.contributionsAvailable) return null;
  const criteria = evaluation.criteria.filter((c) => c.used);
  const rows = ranked(evaluation, SHOWN.contributions);
  return (
    <section className="contributions" aria-labelledby="contributions-heading">
      <h2 id="contributions-heading">{t('results.contributions')}</h2>
      <p className="view-hint">{t('results.contributionsHelp')}</p>
      <div className="contributions-scroll">
        <table className="ranking-table contributions-table" aria-label={t('results.contributions')}>
          <thead>
            <tr>
              <th scope="col">{t('results.model')}</th>
              {criteria.map((c) => (
                <th scope="col" className="num" key={c.benchmark}>
                  {c.name}
                </th>
              ))}
              <th scope="col" className="num">
                {t('results.composite')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.model}>
                <th scope="row">{a.name}</th>
                {criteria.map((c) => {
                  const n = a.normalized[c.benchmark];
                  return (
                    <td
                      className="num"
                      key={c.benchmark}
                      title={t('results.contributionTip', {
                        weight: three(c.weight),
                        normalized: n === null ? '—' : three(n),
                        imputed: a.imputed.includes(c.benchmark) ? t('results.imputed') : '',
                      })}
                    >
                      {three(a.contributions[c.benchmark] ?? 0)}
                      {a.imputed.includes(c.benchmark) && <sup aria-label={t('results.imputed')}>*</sup>}
                    </td>
                  );
                })}
                <td className="num">
                  <strong>{formatComposite(a.composite)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShownNote shown={rows.length} total={evaluation.alternatives.length} />
    </section>
  );
}
