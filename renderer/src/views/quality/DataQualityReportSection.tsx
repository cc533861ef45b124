import { useMemo } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import { benchmarkHealth, healthSettings } from '../../../../shared/evaluation/benchmark-health';
import { minCoverage } from '../../../../shared/evaluation/coverage';
import { percent } from '../../format/percent';
import { BenchmarkHealthTable } from './BenchmarkHealthTable';
import { useQualityT } from './i18n';
import './quality.css';

/**
 * The report's data quality: the coverage rule (each model's count of criteria with a value is in the ranking table,
 * with the reason for any model ranked last for insufficient data) and each criterion's benchmark health.
 */
export function DataQualityReportSection({ scenario }: { scenario: Scenario }) {
  const q = useQualityT();
  const health = useMemo(() => benchmarkHealth(scenario), [scenario]);
  const names = useMemo(() => new Map(scenario.dataset.models.map((m) => [m.id, m.name])), [scenario.dataset]);
  const settings = healthSettings(scenario);
  const min = percent(minCoverage(scenario));
  return (
    <section className="report-section" aria-label={q('panel.title')}>
      <h2>{q('panel.title')}</h2>
      <p>{q('coverage.reportRule', { min })}</p>
      <p>
        {q('health.thresholds', { margin: settings.saturationMargin, spread: settings.spreadThreshold })}{' '}
        {q('health.help')}
      </p>
      <BenchmarkHealthTable health={health} names={names} caption={q('health.table')} />
    </section>
  );
}
