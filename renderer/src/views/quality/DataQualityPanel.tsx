import { useMemo, useState } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { BenchmarkHealth } from '../../../../shared/evaluation/benchmark-health';
import { healthSettings } from '../../../../shared/evaluation/benchmark-health';
import { minCoverage } from '../../../../shared/evaluation/coverage';
import type { MatrixEvaluation } from '../../../../shared/evaluation/evaluate';
import { percent } from '../../format/percent';
import { useScenarioStore } from '../../state/scenario-store';
import { NumberField } from '../programme/NumberField';
import { BenchmarkHealthTable } from './BenchmarkHealthTable';
import { CoverageTable } from './CoverageTable';
import { coverageLine } from './coverage-line';
import { useQualityT } from './i18n';
import './quality.css';

/** The line under the grid: each model's count of criteria with a value, or for many models the least covered. */
function CoverageSummary({ evaluation, min }: { evaluation: MatrixEvaluation; min: string }) {
  const q = useQualityT();
  const line = useMemo(() => coverageLine(evaluation.alternatives), [evaluation.alternatives]);
  const total = evaluation.alternatives[0]?.coverage.total ?? 0;
  const models = evaluation.alternatives.length;
  const named = line.listed
    .map(
      (a) =>
        `${a.name} ${a.coverage.present}/${a.coverage.total}${a.coverage.insufficient ? ` (${q('coverage.insufficient')})` : ''}`,
    )
    .join(' · ');
  const counts =
    line.complete === null
      ? []
      : line.complete === models
        ? [q('coverage.allComplete', { models, total })]
        : [`${q('coverage.complete', { complete: line.complete, models })};`, q('coverage.fewest')];
  const more = line.rest > 0 ? ` · ${q('coverage.more', { count: line.rest })}` : '';
  const text = [q('coverage.summary', { min }), ...counts, named].filter(Boolean).join(' ');
  return <p className="view-hint">{text + more}</p>;
}

/**
 * Under the Data grid: one line with, per model (for many models, the least covered), how many criteria have a value (the coverage rule's minimum share
 * beside it), and on request each criterion's benchmark health with the thresholds, the coverage rule and per-flag
 * rulings set here (each edit one undo step).
 */
export function DataQualityPanel({
  scenario,
  evaluation,
  health,
}: {
  scenario: Scenario;
  evaluation: MatrixEvaluation | undefined;
  health: readonly BenchmarkHealth[];
}) {
  const q = useQualityT();
  const store = useScenarioStore.getState;
  // Its defaults are parsed once per stored value, not on every value edit.
  const stored = scenario.benchmarkHealth;
  const settings = useMemo(() => healthSettings({ benchmarkHealth: stored }), [stored]);
  const names = useMemo(() => new Map(scenario.dataset.models.map((m) => [m.id, m.name])), [scenario.dataset]);
  const [open, setOpen] = useState(false);
  const min = percent(minCoverage(scenario));
  return (
    <section className="data-quality" aria-label={q('panel.title')}>
      {evaluation && <CoverageSummary evaluation={evaluation} min={min} />}
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {q('panel.title')}
      </button>
      {open && (
        <>
          <div className="programme-controls">
            <NumberField
              label={q('coverage.minShare')}
              value={minCoverage(scenario)}
              min={0}
              max={1}
              step={0.05}
              onCommit={(v) => store().setCoverageRule(v)}
            />
            <NumberField
              label={q('health.saturationMargin')}
              value={settings.saturationMargin}
              min={0}
              max={1e9}
              onCommit={(v) => store().setHealthThresholds({ saturationMargin: v })}
            />
            <NumberField
              label={q('health.spreadThreshold')}
              value={settings.spreadThreshold}
              min={0}
              max={1e9}
              onCommit={(v) => store().setHealthThresholds({ spreadThreshold: v })}
            />
          </div>
          {evaluation && (
            <CoverageTable
              evaluation={evaluation}
              caption={q('coverage.table', { min: percent(minCoverage(scenario)) })}
            />
          )}
          <p className="view-hint">{q('health.help')}</p>
          <BenchmarkHealthTable
            health={health}
            names={names}
            caption={q('health.table')}
            onOverride={(benchmark, flag, ruling) => store().setHealthOverride(benchmark, flag, ruling)}
          />
        </>
      )}
    </section>
  );
}
