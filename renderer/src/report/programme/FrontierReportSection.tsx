import { useMemo } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import { frontierAnalysis } from '../../../../shared/evaluation/programme/frontier';
import { FrontierHealth } from '../../views/quality/FrontierHealth';
import { FrontierHeatmap } from '../../views/programme/FrontierHeatmap';
import { ReferenceSetList } from '../../views/programme/ReferenceSetList';
import { percent } from '../../format/percent';
import { useProgrammeT } from '../../views/programme/i18n';
import { describeFilter, useModelFilterT } from '../../components/ModelFilterFields';
import { SourceList } from './SourceList';
import '../../views/programme/programme.css';

/**
 * The frontier test for the printed report: its assumptions (date, window, threshold, aggregate,
 * reference value and filters), the reference set, the heatmap table, and the sources of the bars
 * and of the candidates' values. Renders nothing when the scenario has no frontier rules.
 */
/** The most criterion columns the Frontier table has on a portrait A4 page (182 mm: about 20 mm a column). */
const PORTRAIT_COLUMNS = 7;

export function FrontierReportSection({ scenario }: { scenario: Scenario }) {
  const t = useProgrammeT();
  const filterT = useModelFilterT();
  const rules = scenario.programme?.frontier ?? null;
  const result = useMemo(
    () => (rules ? frontierAnalysis(scenario, rules, scenario.alternatives) : null),
    [scenario, rules],
  );
  if (!rules || !result) return null;
  const names = new Map(scenario.dataset.models.map((m) => [m.id, m.name]));
  const sourceById = new Map(scenario.dataset.sources.map((s) => [s.id, s]));
  const observationSource = new Map(scenario.dataset.observations.map((o) => [o.id, o.source]));
  const sourceIds = [
    ...result.benchmarks.flatMap((b) => b.bar?.sources ?? []),
    ...result.candidates.flatMap((c) =>
      Object.values(c.cells).flatMap((cell) => [
        ...('bar' in cell && cell.bar ? cell.bar.sources : []),
        ...('observationIds' in cell ? cell.observationIds.map((id) => observationSource.get(id) ?? '') : []),
      ]),
    ),
  ];
  const sources = sourceIds.flatMap((id) => {
    const s = sourceById.get(id);
    return s ? [{ title: s.title, url: s.url }] : [];
  });
  const rv = rules.referenceValue;
  const filters = [
    ...rules.excludeCountries.map((c) => t('frontier.excludeCountry', { country: c })),
    ...(rules.openWeightsOnly ? [t('frontier.openWeightsOnly')] : []),
    ...(rules.referenceFilter
      ? [`${t('frontier.referenceFilter')}: ${describeFilter(rules.referenceFilter, filterT)}`]
      : []),
    ...rules.excludeModels.map((m) => `− ${names.get(m) ?? m}`),
  ];
  const aggregateLabel = {
    mean: t('frontier.aggregateMean'),
    'weighted-mean': t('frontier.aggregateWeighted'),
    'share-at-threshold': `${t('frontier.aggregateShare')} (≥ ${percent(rules.passShare)})`,
  }[rules.aggregate];

  return (
    <section className="programme-report-section" aria-labelledby="report-frontier-title">
      <h2 id="report-frontier-title">{t('report.frontierTitle')}</h2>
      <h3>{t('report.assumptions')}</h3>
      <dl className="programme-assumptions">
        <dt>{t('report.evaluationDate')}</dt>
        <dd>{rules.evaluationDate}</dd>
        <dt>{t('report.window')}</dt>
        <dd>{t('report.windowValue', { months: rules.windowMonths, ...result.window })}</dd>
        <dt>{t('report.threshold')}</dt>
        <dd>{percent(rules.threshold)}</dd>
        <dt>{t('report.aggregate')}</dt>
        <dd>{aggregateLabel}</dd>
        <dt>{t('report.referenceValue')}</dt>
        <dd>
          {rv.kind === 'best'
            ? t('frontier.refBest')
            : rv.kind === 'median'
              ? t('frontier.refMedian')
              : `${t('frontier.refModel')}: ${names.get(rv.model) ?? rv.model}`}
        </dd>
        <dt>{t('report.filters')}</dt>
        <dd>{filters.length ? filters.join(', ') : t('report.noFilters')}</dd>
        <dt>{t('report.sameReport')}</dt>
        <dd>{rules.sameReport ? t('report.yes') : t('report.no')}</dd>
      </dl>
      {/* A column a criterion: past PORTRAIT_COLUMNS the table and its legend print on a landscape page. */}
      <div className={result.benchmarks.length > PORTRAIT_COLUMNS ? 'report-landscape' : undefined}>
        <FrontierHeatmap result={result} names={names} />
        <FrontierHealth scenario={scenario} benchmarks={result.benchmarks.map((b) => b.benchmark)} />
        <p className="programme-legend">{t('frontier.legend', { threshold: percent(rules.threshold) })}</p>
      </div>
      <ReferenceSetList references={result.references} window={result.window} />
      <SourceList sources={sources} />
    </section>
  );
}
