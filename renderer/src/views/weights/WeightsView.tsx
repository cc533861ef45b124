import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MethodNameSchema,
  MissingPolicySchema,
  NormalizationSchema,
  type MethodName,
  type MissingPolicy,
  type Normalization,
} from '../../../../shared/domain/scenario';
import type { WeightingData } from '../../../../shared/evaluation/weighting';
import { useEvaluation, type EvaluationResult } from '../../state/evaluation';
import { useScenarioStore } from '../../state/scenario-store';
import { NumberField } from '../programme/NumberField';
import { EvaluationProblem } from '../results/UnrankableNotice';
import { useWhileVisible } from '../view-visibility';
import { CriteriaPanel } from '../build/CriteriaPanel';
import { ElicitationPanel } from '../build/ElicitationPanel';
import { PreferencePanel } from '../build/PreferencePanel';
import { WalkingRanking } from './WalkingRanking';
import { WeightRow } from './WeightRow';
import './weights.css';

const EQUAL_WEIGHT = 10;

/** The candidates' values and directions for the objective weightings (entropy, CRITIC), also when unrankable. */
function weightingData(result: EvaluationResult | null): WeightingData | null {
  const evaluation = result?.ok ? result.evaluation : (result?.matrix ?? null);
  return evaluation && { values: evaluation.values, directions: evaluation.criteria.map((c) => c.direction) };
}

/**
 * Criteria weights (slider + number per benchmark, normalized share beside it) and the scenario's
 * missing-value policy and normalization. Each gesture is one undo step (see WeightRow; VIKOR's v: typing until
 * Enter or blur). When the scenario cannot be ranked (all weights 0, WPM over zeros) the notice says why. Beside
 * the sliders, the ranking table and the composite chart follow every edit (WalkingRanking).
 */
export function WeightsView() {
  const { t } = useTranslation();
  const scenario = useScenarioStore((s) => s.scenario);
  const setWeight = useScenarioStore((s) => s.setWeight);
  const result = useEvaluation();
  const shown = useWhileVisible(result);
  if (!scenario) return null;

  const names = new Map(scenario.dataset.benchmarks.map((b) => [b.id, b.name]));
  const shares = new Map(
    result?.ok ? result.evaluation.criteria.map((c) => [c.benchmark, c.used ? c.weight : null] as const) : [],
  );

  return (
    <section className="weights-view">
      <div className="weights-edit">
        <WeightsControls
          method={scenario.method.name}
          v={scenario.method.v}
          missing={scenario.missing}
          normalization={scenario.normalization}
        />
        {result && !result.ok && <EvaluationProblem result={result} />}
        <div className="weights-table" role="group" aria-label={t('weights.heading')}>
          <div className="weight-row weight-head" aria-hidden="true">
            <span>{t('weights.benchmark')}</span>
            <span>{t('weights.weight')}</span>
            <span />
            <span>{t('weights.normalized')}</span>
          </div>
          {scenario.criteria.map((c) => (
            <WeightRow
              key={c.benchmark}
              id={c.benchmark}
              name={names.get(c.benchmark) ?? c.benchmark}
              weight={c.weight}
              normalized={result?.ok ? (shares.get(c.benchmark) ?? null) : undefined}
              onChange={setWeight}
            />
          ))}
        </div>
        <ElicitationPanel scenario={scenario} data={weightingData(result)} />
        {scenario.method.name === 'promethee2' && <PreferencePanel scenario={scenario} />}
        <CriteriaPanel scenario={scenario} shares={result?.ok ? shares : null} />
      </div>
      {shown?.ok && <WalkingRanking evaluation={shown.evaluation} />}
    </section>
  );
}

/**
 * The method (with VIKOR's v), the missing-value policy, the normalization and "equal weights": rendered again only
 * when one of them changes, not at each weight step.
 */
const WeightsControls = memo(function WeightsControls({
  method,
  v,
  missing,
  normalization,
}: {
  method: MethodName;
  v: number;
  missing: MissingPolicy;
  normalization: Normalization;
}) {
  const { t } = useTranslation();
  const setWeights = useScenarioStore((s) => s.setWeights);
  const setMissing = useScenarioStore((s) => s.setMissing);
  const setNormalization = useScenarioStore((s) => s.setNormalization);
  const setMethod = useScenarioStore((s) => s.setMethod);
  const missingId = useId();
  const normalizationId = useId();
  const methodId = useId();
  return (
    <div className="weights-controls">
      <label htmlFor={methodId}>{t('weights.method')}</label>
      <select id={methodId} value={method} onChange={(e) => setMethod(e.target.value as MethodName)}>
        {MethodNameSchema.options.map((m) => (
          <option key={m} value={m}>
            {t(`report.methods.${m}`)}
          </option>
        ))}
      </select>
      {method === 'vikor' && (
        // A draft that may be cleared and retyped; a value outside [0, 1] is named and not applied.
        <NumberField
          label={t('weights.vikorV')}
          value={v}
          min={0}
          max={1}
          step={0.05}
          onCommit={(value) => setMethod('vikor', value)}
        />
      )}
      <label htmlFor={missingId}>{t('weights.missing')}</label>
      <select id={missingId} value={missing} onChange={(e) => setMissing(e.target.value as MissingPolicy)}>
        {MissingPolicySchema.options.map((p) => (
          <option key={p} value={p}>
            {t(`weights.missingPolicy.${p}`)}
          </option>
        ))}
      </select>
      <label htmlFor={normalizationId}>{t('weights.normalization')}</label>
      <select
        id={normalizationId}
        value={normalization}
        onChange={(e) => setNormalization(e.target.value as Normalization)}
      >
        {NormalizationSchema.options.map((n) => (
          <option key={n} value={n}>
            {t(`weights.normalizationKind.${n}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => setWeights(EQUAL_WEIGHT)}>
        {t('weights.equalize')}
      </button>
    </div>
  );
});
