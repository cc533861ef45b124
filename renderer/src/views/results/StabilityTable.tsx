import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { weightStability, type WeightStability } from '../../../../shared/evaluation/robustness';
import { percent } from '../../format/percent';
import { ANALYSED_MAX } from './ranked';

/** How robust the ranking is to each weight: the WSM stability interval and the first swap at each end. */
export function StabilityTable({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const tooMany = evaluation.alternatives.length > ANALYSED_MAX;
  const result = tooMany ? null : weightStability(evaluation);
  const names = new Map(evaluation.alternatives.map((a) => [a.model, a.name]));
  const criterionName = new Map(evaluation.criteria.map((c) => [c.benchmark, c.name]));
  const swap = (s: WeightStability['below']) =>
    s
      ? t('results.swap', { ahead: names.get(s.ahead), behind: names.get(s.behind), at: percent(s.at) })
      : t('results.noSwap');
  return (
    <section className="stability" aria-labelledby="stability-heading">
      <h2 id="stability-heading">{t('results.stability')}</h2>
      {!result ? (
        <p className="view-hint">
          {t('results.tooManyToAnalyse', { max: ANALYSED_MAX, count: evaluation.alternatives.length })}
        </p>
      ) : !result.ok ? (
        <p className="view-hint">
          {t(
            result.reason === 'not-additive'
              ? 'results.stabilityNotAdditive'
              : result.reason === 'incomplete'
                ? 'results.stabilityIncomplete'
                : 'results.stabilityTooFew',
          )}
        </p>
      ) : (
        <>
          <p className="view-hint">{t('results.stabilityHelp')}</p>
          <table className="ranking-table stability-table" aria-label={t('results.stability')}>
            <thead>
              <tr>
                <th scope="col">{t('results.criterion')}</th>
                <th scope="col" className="num">
                  {t('results.weight')}
                </th>
                <th scope="col">{t('results.stableRange')}</th>
                <th scope="col">{t('results.firstBelow')}</th>
                <th scope="col">{t('results.firstAbove')}</th>
              </tr>
            </thead>
            <tbody>
              {result.criteria.map((c) => (
                <tr key={c.benchmark}>
                  <th scope="row">{criterionName.get(c.benchmark) ?? c.benchmark}</th>
                  <td className="num">{percent(c.weight)}</td>
                  <td>
                    {percent(c.lower)} – {percent(c.upper)}
                  </td>
                  <td>{swap(c.below)}</td>
                  <td>{swap(c.above)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
