import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { EvaluationResult } from '../../state/evaluation';
import { useEvaluation } from '../../state/evaluation';
import { useScenarioStore } from '../../state/scenario-store';
import { CompositeChart } from './CompositeChart';
import { RankingTable } from './RankingTable';
import { ContributionTable } from './ContributionTable';
import { RankAcceptability } from './RankAcceptability';
import { StabilityTable } from './StabilityTable';
import { EvaluationProblem } from './UnrankableNotice';
import { ContributionChart } from '../sensitivity/ContributionChart';
import { WeightSweepChart } from '../sensitivity/WeightSweepChart';
import { useWhileVisible } from '../view-visibility';
import { WhatItTakesPanel } from '../what-it-takes/WhatItTakesPanel';
import './results.css';

/**
 * Ranking and composite chart of the current scenario (both follow every weight and cell edit), then how
 * robust the ranking is: weight-stability intervals and SMAA-2 rank acceptabilities (in the analysis worker).
 * While hidden behind another tab it keeps what it showed and catches up when shown again.
 */
export function ResultsView() {
  const result = useWhileVisible(useEvaluation());
  const scenario = useWhileVisible(useScenarioStore((s) => s.scenario));
  return <Results result={result} scenario={scenario} />;
}

const Results = memo(function Results({
  result,
  scenario,
}: {
  result: EvaluationResult | null;
  scenario: Scenario | null;
}) {
  const { t } = useTranslation();
  if (!result || !scenario) return null;
  if (!result.ok) return <EvaluationProblem result={result} />;
  const { evaluation } = result;
  return (
    <section className="results-view">
      <p className="view-hint">
        {t('results.method', {
          method: t(`report.methods.${evaluation.method}`),
          normalization: t(`weights.normalizationKind.${evaluation.normalization}`),
          missing: t(`weights.missingPolicy.${evaluation.missingPolicy}`),
        })}
        {evaluation.better === 'lower' && ` · ${t('results.lowerBetter')}`}
      </p>
      <div className="results-grid">
        <RankingTable evaluation={evaluation} />
        <CompositeChart evaluation={evaluation} label={t('results.chartLabel')} />
      </div>
      <ContributionTable evaluation={evaluation} />
      <ContributionChart evaluation={evaluation} />
      <StabilityTable evaluation={evaluation} live />
      <WeightSweepChart evaluation={evaluation} scenario={scenario} />
      <RankAcceptability
        evaluation={evaluation}
        samples={scenario.uncertainty.samples}
        seed={scenario.uncertainty.seed}
      />
      <WhatItTakesPanel scenario={scenario} evaluation={evaluation} />
    </section>
  );
});
