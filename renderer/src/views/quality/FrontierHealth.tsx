import { useMemo } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import { benchmarkHealth } from '../../../../shared/evaluation/benchmark-health';
import { BenchmarkHealthTable } from './BenchmarkHealthTable';
import { useQualityT } from './i18n';
import './quality.css';

/** Benchmark health of the benchmarks a frontier test compares (read-only; set in Data › Data quality). */
export function FrontierHealth({ scenario, benchmarks }: { scenario: Scenario; benchmarks: readonly string[] }) {
  const q = useQualityT();
  const key = benchmarks.join('\u0000');
  const { dataset, references, benchmarkHealth: settings } = scenario;
  const health = useMemo(
    () =>
      benchmarkHealth({ dataset, references, criteria: [], benchmarkHealth: settings }, key ? key.split('\u0000') : []),
    [dataset, references, settings, key],
  );
  const names = useMemo(() => new Map(scenario.dataset.models.map((m) => [m.id, m.name])), [scenario.dataset]);
  return <BenchmarkHealthTable health={health} names={names} caption={q('health.frontierTable')} />;
}
