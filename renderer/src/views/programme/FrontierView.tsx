import { useMemo, useState } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import { frontierAnalysis } from '../../../../shared/evaluation/programme/frontier';
import { FrontierControls } from './FrontierControls';
import { FrontierHealth } from '../quality/FrontierHealth';
import { FrontierHeatmap } from './FrontierHeatmap';
import { ReferenceSetList } from './ReferenceSetList';
import { percent } from '../../format/percent';
import { useProgrammeT } from './i18n';
import { addFrontier, patchFrontier, type Update } from './scenario-updates';
import './programme.css';

interface Props {
  scenario: Scenario;
  /** Receives a new scenario (never a mutated one) with programme.frontier changed. */
  onChange: (next: Scenario) => void;
}

/** The 95%-of-frontier test: its rules, the reference set for the window, and the heatmap of ratios. */
export function FrontierView({ scenario, onChange }: Props) {
  const t = useProgrammeT();
  const [problem, setProblem] = useState<string | null>(null);
  const rules = scenario.programme?.frontier ?? null;
  const result = useMemo(
    () => (rules ? frontierAnalysis(scenario, rules, scenario.alternatives) : null),
    [scenario, rules],
  );
  const names = useMemo(() => new Map(scenario.dataset.models.map((m) => [m.id, m.name])), [scenario.dataset]);
  const apply = (u: Update) => {
    setProblem(u.ok ? null : u.message);
    if (u.ok) onChange(u.scenario);
  };

  return (
    <section className="programme-view" aria-labelledby="programme-frontier-title">
      <h2 id="programme-frontier-title">{t('frontier.title')}</h2>
      {problem && (
        <p role="alert" className="programme-problem">
          {problem}
        </p>
      )}
      {!rules || !result ? (
        <>
          <p>{t('frontier.none')}</p>
          <button type="button" onClick={() => apply(addFrontier(scenario))}>
            {t('frontier.add')}
          </button>
        </>
      ) : (
        <>
          <FrontierControls
            scenario={scenario}
            rules={rules}
            onPatch={(patch) => apply(patchFrontier(scenario, patch))}
          />
          <FrontierHeatmap result={result} names={names} />
          <FrontierHealth scenario={scenario} benchmarks={result.benchmarks.map((b) => b.benchmark)} />
          <p className="programme-legend">{t('frontier.legend', { threshold: percent(rules.threshold) })}</p>
          <ReferenceSetList references={result.references} window={result.window} />
        </>
      )}
    </section>
  );
}
