import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/domain/scenario';
import type { Evaluation, Unrankable } from '../../../shared/evaluation/evaluate';
import { weightStability, type WeightStability } from '../../../shared/evaluation/robustness';
import { CompositeChart } from '../views/results/CompositeChart';
import { ANALYSED_MAX, ranked } from '../views/results/ranked';
import { RankAcceptability } from '../views/results/RankAcceptability';
import { StabilityTable } from '../views/results/StabilityTable';
import { UnrankableText } from '../views/results/UnrankableNotice';
import { ClaimsReportSection } from './ClaimsReportSection';
import { ContributionChart } from '../views/sensitivity/ContributionChart';
import { useSensitivityT } from '../views/sensitivity/i18n';
import { WeightSweepChart } from '../views/sensitivity/WeightSweepChart';
import { FrontierReportSection, RoundsReportSection } from './programme';
import { ReportRanking } from './ReportRanking';
import { DataQualityReportSection } from '../views/quality/DataQualityReportSection';
import { REPORT_SHOWN } from './report-limits';
import { SourcesAppendix } from './SourcesAppendix';
import { WeightingAssumptions } from '../views/build/WeightingAssumptions';
import { WhatItTakesReportSection } from './WhatItTakesReportSection';

type Props = {
  scenario: Scenario;
  generatedAt: string;
  /** The "What it takes" goal chosen in the Results view, if any (else each team eliminated on score). */
  whatIf?: { model: string; goal: string };
  onChartRendered(): void;
} & ({ evaluation: Evaluation; unrankable?: undefined } | { evaluation: null; unrankable: Unrankable });

/**
 * The A4 report: title and date, assumptions, weights, ranking, composite chart, weight stability, rank acceptability, the programme sections
 * (frontier test, rounds; absent without programme rules), and the sources appendix. A scenario that cannot be
 * ranked (`unrankable`) prints its assumptions, its weights, why there is no ranking, and the programme sections.
 */
export function Report({ scenario, evaluation, unrankable, generatedAt, whatIf, onChartRendered }: Props) {
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
          <dd>{t(`report.methods.${scenario.method.name}`)}</dd>
          <dt>{t('report.normalization')}</dt>
          <dd>{t(`weights.normalizationKind.${scenario.normalization}`)}</dd>
          <dt>{t('report.missing')}</dt>
          <dd>{t(`weights.missingPolicy.${evaluation?.missingPolicy ?? scenario.missing}`)}</dd>
          <dt>{t('report.observationPolicy')}</dt>
          <dd>
            {t(`report.policy.${policy.kind}`)}
            {policy.settingPreference.length > 0 && ` · ${policy.settingPreference.join(' › ')}`}
          </dd>
          <WeightingAssumptions scenario={scenario} />
        </dl>
        {evaluation && evaluation.notes.length > 0 && (
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
              {evaluation
                ? evaluation.criteria.map((c) => (
                    <tr key={c.benchmark}>
                      <td>{c.name}</td>
                      <td className="num">{c.rawWeight}</td>
                      <td className="num">{c.used ? `${(c.weight * 100).toFixed(1)}%` : t('weights.unused')}</td>
                    </tr>
                  ))
                : scenario.criteria.map((c) => (
                    <tr key={c.benchmark}>
                      <td>{scenario.dataset.benchmarks.find((b) => b.id === c.benchmark)?.name ?? c.benchmark}</td>
                      <td className="num">{c.weight}</td>
                      <td className="num">—</td>
                    </tr>
                  ))}
            </tbody>
          </table>
        </section>

        <section className="report-section">
          <h2>{t('report.ranking')}</h2>
          {evaluation ? (
            <ReportRanking evaluation={evaluation} />
          ) : (
            <p className="report-problem" role="alert">
              <UnrankableText reason={unrankable} />
            </p>
          )}
        </section>
      </div>

      {evaluation && <RankedSections scenario={scenario} evaluation={evaluation} onChartRendered={onChartRendered} />}

      <DataQualityReportSection scenario={scenario} />
      <FrontierReportSection scenario={scenario} />
      <RoundsReportSection scenario={scenario} />
      <ClaimsReportSection scenario={scenario} />
      <WhatItTakesReportSection scenario={scenario} whatIf={whatIf} />

      {evaluation && <SourcesAppendix scenario={scenario} evaluation={evaluation} />}
    </article>
  );
}

/**
 * The parts of the report that read the ranking: the composite chart (the best that fit a page) and the two robustness
 * analyses (rank acceptability while its columns fit the page).
 */
function RankedSections({
  scenario,
  evaluation,
  onChartRendered,
}: {
  scenario: Scenario;
  evaluation: Evaluation;
  onChartRendered(): void;
}) {
  const { t } = useTranslation();
  const total = evaluation.alternatives.length;
  // The chart draws the alternatives it is given: the best REPORT_SHOWN.chart, their composites unchanged.
  const charted = { ...evaluation, alternatives: ranked(evaluation, REPORT_SHOWN.chart) };
  return (
    <>
      <section className="report-section report-chart-section">
        <h2>{t('report.chart')}</h2>
        {charted.alternatives.length < total && (
          <p className="report-left-out">
            {t('report.chartShown', {
              shown: charted.alternatives.length,
              total,
              left: total - charted.alternatives.length,
            })}
          </p>
        )}
        <CompositeChart
          evaluation={charted}
          label={t('results.chartLabel')}
          animation={false}
          className="report-chart"
          onRendered={onChartRendered}
        />
      </section>

      <div className="report-section">
        <ContributionChart evaluation={charted} printed />
      </div>
      <div className="report-section">
        <StabilityTable evaluation={evaluation} />
      </div>
      <ReportSweeps evaluation={evaluation} scenario={scenario} />
      <div className="report-section">
        {total > REPORT_SHOWN.acceptability ? (
          <section className="acceptability">
            <h2>{t('results.acceptability')}</h2>
            <p className="report-left-out">
              {t('report.acceptabilityLeftOut', {
                max: REPORT_SHOWN.acceptability,
                count: total,
                analysed: ANALYSED_MAX,
              })}
            </p>
          </section>
        ) : (
          <RankAcceptability
            evaluation={evaluation}
            samples={scenario.uncertainty.samples}
            seed={scenario.uncertainty.seed}
            printed
          />
        )}
      </div>
    </>
  );
}

/**
 * The weight sweeps of the criteria whose ranking changes after the smallest move of their weight (the nearer end of
 * the stability interval; for methods other than WSM, sampled, the heaviest criteria), up to REPORT_SHOWN.sweeps,
 * each with its reading sentence.
 */
function ReportSweeps({ evaluation, scenario }: { evaluation: Evaluation; scenario: Scenario }) {
  const t = useSensitivityT();
  const additive = evaluation.contributionsAvailable;
  const stability = useMemo(
    () => (!additive || evaluation.alternatives.length > ANALYSED_MAX ? null : weightStability(evaluation)),
    [additive, evaluation],
  );
  const room = (c: WeightStability) =>
    Math.min(c.below ? c.weight - c.lower : Infinity, c.above ? c.upper - c.weight : Infinity);
  const criteria = additive
    ? stability?.ok
      ? [...stability.criteria].sort((a, b) => room(a) - room(b))
      : []
    : evaluation.criteria.filter((c) => c.used).sort((a, b) => b.weight - a.weight);
  if (criteria.length === 0) return null;
  const swept = criteria.slice(0, REPORT_SHOWN.sweeps);
  return (
    <section className="report-section">
      <h2>{t('sweep.title')}</h2>
      {swept.length < criteria.length && (
        <p className="report-left-out">
          {t(additive ? 'sweep.printed' : 'sweep.printedHeaviest', { shown: swept.length, total: criteria.length })}
        </p>
      )}
      {swept.map((c) => (
        <WeightSweepChart key={c.benchmark} evaluation={evaluation} scenario={scenario} printed={c.benchmark} />
      ))}
    </section>
  );
}
