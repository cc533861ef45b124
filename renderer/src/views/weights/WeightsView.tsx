import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import {
  MethodNameSchema,
  MissingPolicySchema,
  NormalizationSchema,
  type MethodName,
  type MissingPolicy,
  type Normalization,
} from '../../../../shared/domain/scenario';
import { criterionShares, evaluate, useEvaluation } from '../../state/evaluation';
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

/**
 * Criteria weights (slider + number per benchmark, normalized share beside it) and the scenario's
 * missing-value policy and normalization. Each gesture is one undo step (see WeightRow; VIKOR's v: typing until
 * Enter or blur). When the scenario cannot be ranked (all weights 0, WPM over zeros) the notice says why. Beside
 * the sliders, the ranking table and the composite chart follow every edit (WalkingRanking). Each part reads from
 * the store only what it shows, so a weight edit renders the weight rows and the ranking, not the controls and
 * panels around them.
 */
export function WeightsView() {
  const loaded = useScenarioStore((s) => s.scenario !== null);
  const promethee = useScenarioStore((s) => s.scenario?.method.name === 'promethee2');
  if (!loaded) return null;
  return (
    <section className="weights-view">
      <div className="weights-edit">
        <WeightsControls />
        <WeightsProblem />
        <WeightsTable />
        <ElicitationPanel />
        {promethee && <Preferences />}
        <CriteriaPanel />
      </div>
      <WeightsRanking />
    </section>
  );
}

/** Why the scenario cannot be ranked; while it ranks, a weight edit does not render it. */
function WeightsProblem() {
  const problem = useScenarioStore((s) => {
    const result = s.scenario && evaluate(s.scenario);
    return result && !result.ok ? result : null;
  });
  return problem && <EvaluationProblem result={problem} />;
}

/** One row per criterion; a weight step renders the rows (memoized: the moved slider's controls and every share). */
function WeightsTable() {
  const { t } = useTranslation();
  const criteria = useScenarioStore((s) => s.scenario?.criteria);
  const benchmarks = useScenarioStore((s) => s.scenario?.dataset.benchmarks);
  const setWeight = useScenarioStore((s) => s.setWeight);
  const result = useEvaluation();
  const names = useMemo(() => new Map(benchmarks?.map((b) => [b.id, b.name])), [benchmarks]);
  const shareTexts = useMemo(() => ({ normalized: t('weights.normalized'), unused: t('weights.unused') }), [t]);
  const shares = criterionShares(result);
  return (
    <div className="weights-table" role="group" aria-label={t('weights.heading')}>
      <div className="weight-row weight-head" aria-hidden="true">
        <span>{t('weights.benchmark')}</span>
        <span>{t('weights.weight')}</span>
        <span />
        <span>{t('weights.normalized')}</span>
      </div>
      {criteria?.map((c) => (
        <WeightRow
          key={c.benchmark}
          id={c.benchmark}
          name={names.get(c.benchmark) ?? c.benchmark}
          weight={c.weight}
          normalized={shares ? (shares.get(c.benchmark) ?? null) : undefined}
          onChange={setWeight}
          shareTexts={shareTexts}
        />
      ))}
    </div>
  );
}

/** PROMETHEE II's preference functions (their panel reads the scenario). */
function Preferences() {
  const scenario = useScenarioStore((s) => s.scenario);
  return scenario && <PreferencePanel scenario={scenario} />;
}

/** The ranking table and the composite chart beside the sliders, held while the view is hidden. */
function WeightsRanking() {
  const shown = useWhileVisible(useEvaluation());
  return shown?.ok ? <WalkingRanking evaluation={shown.evaluation} /> : null;
}

/**
 * The method (with VIKOR's v), the missing-value policy, the normalization and "equal weights": rendered again only
 * when one of them changes, not at each weight step.
 */
const WeightsControls = memo(function WeightsControls() {
  const { t } = useTranslation();
  const shown = useScenarioStore(
    useShallow((s) =>
      s.scenario
        ? {
            method: s.scenario.method.name,
            v: s.scenario.method.v,
            missing: s.scenario.missing,
            normalization: s.scenario.normalization,
          }
        : null,
    ),
  );
  const setWeights = useScenarioStore((s) => s.setWeights);
  const setMissing = useScenarioStore((s) => s.setMissing);
  const setNormalization = useScenarioStore((s) => s.setNormalization);
  const setMethod = useScenarioStore((s) => s.setMethod);
  const missingId = useId();
  const normalizationId = useId();
  const methodId = useId();
  if (!shown) return null;
  const { method, v, missing, normalization } = shown;
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
