import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/domain/scenario';
import type { Evaluation } from '../../../shared/engine/evaluate';
import { CompositeChart } from '../views/results/CompositeChart';
import { RankingTable } from '../views/results/RankingTable';
import { RankAcceptability } from '../views/results/RankAcceptability';
import { StabilityTable } from '../views/results/StabilityTable';
import { FrontierReportSection, RoundsReportSection } from './programme';
import { SourcesAppendix } from './SourcesAppendix';

interface Props {
  scenario: Scenario;
  evaluation: Evaluation;
  generatedAt: string;
  onChartRendered(): void;
}

/**
 * The A4 report: title and date, assumptions, weights, ranking, composite chart, weight stability, rank acceptability, the programme sections
 * (frontier test, rounds; absent without programme rules), and the sources appendix.
 */
export function Report({ scenario, evaluation, generatedAt, onChartRendered }: Props) {
  const { t, i18n } = useTranslation();
  const date = new Date(generatedAt).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  const policy = scenario.observationPolicy;
  return (
    <article className="report">
      <header className="report-header">
        <p className="report-kicker">{t('app.title')}</p>
        <h1>{scenario.name}</h1>
        <p className="report-date">{t('report.generated', { date })}</p>
        {scenario.notes && <p className="report-notes">{scenario.notes}</p>}
      </header>

      <section className="report-section">
        <h2>{t('report.assumptions')}</h2>
        <dl className="report-assumptions">
          <dt>{t('report.method')}</dt>
          <dd>{t(`report.methods.${evaluation.method}`)}</dd>
          <dt>{t('report.normalization')}</dt>
          <dd>{t(`weights.normalizationKind.${evaluation.normalization}`)}</dd>
          <dt>{t('report.missing')}</dt>
          <dd>{t(`weights.missingPolicy.${evaluation.missingPolicy}`)}</dd>
          <dt>{t('report.observationPolicy')}</dt>
          <dd>
            {t(`report.policy.${policy.kind}`)}
            {policy.settingPreference.length > 0 && ` · ${policy.settingPreference.join(' › ')}`}
          </dd>
        </dl>
        {evaluation.notes.length > 0 && (
          <ul className="report-engine-notes">
            {evaluation.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </section>

      <div className="report-columns">
        <section className="report-section">
          <h2>{t('report.weights')}</h2>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('report.benchmark')}</th>
                <th scope="col" className="num">
                  {t('report.rawWeight')}
                </th>
                <th scope="col" className="num">
                  {t('report.normalizedWeight')}
                </th>
              </tr>
            </thead>
            <tbody>
              {evaluation.criteria.map((c) => (
                <tr key={c.benchmark}>
                  <td>{c.name}</td>
                  <td className="num">{c.rawWeight}</td>
                  <td className="num">{c.used ? `${(c.weight * 100).toFixed(1)}%` : t('weights.unused')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="report-section">
          <h2>{t('report.ranking')}</h2>
          <RankingTable evaluation={evaluation} />
        </section>
      </div>

      <section className="report-section report-chart-section">
        <h2>{t('report.chart')}</h2>
        <CompositeChart
          evaluation={evaluation}
          label={t('results.chartLabel')}
          animation={false}
          className="report-chart"
          onRendered={onChartRendered}
        />
      </section>

      <div className="report-section">
        <StabilityTable evaluation={evaluation} />
      </div>
      <div className="report-section">
        <RankAcceptability
          evaluation={evaluation}
          samples={scenario.uncertainty.samples}
          seed={scenario.uncertainty.seed}
          printed
        />
      </div>

      <FrontierReportSection scenario={scenario} />
      <RoundsReportSection scenario={scenario} />

      <SourcesAppendix scenario={scenario} evaluation={evaluation} />
    </article>
  );
}
