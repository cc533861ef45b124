import { useTranslation } from 'react-i18next';
import type { Unrankable } from '../../../../shared/evaluation/evaluate';
import type { EvaluationResult } from '../../state/evaluation';

/** Why the scenario has no ranking, with the fix, in the UI's language (the Weights and Results views, the report). */
export function UnrankableText({ reason }: { reason: Unrankable }) {
  const { t } = useTranslation();
  if (reason.kind === 'all-weights-zero') return <>{t('unrankable.allWeightsZero')}</>;
  if (reason.kind === 'group-weights-zero') return <>{t('unrankable.groupWeightsZero', { group: reason.label })}</>;
  const fixes = reason.fixes
    .slice(0, 2)
    .map((n) => `“${t(`weights.normalizationKind.${n}`)}”`)
    .join(t('unrankable.or'));
  const where = {
    method: t(`report.methods.${reason.method}`),
    normalization: t(`weights.normalizationKind.${reason.normalization}`),
    model: reason.modelName,
    benchmark: reason.benchmarkName,
    value: String(Number(reason.value.toPrecision(3))),
  };
  return <>{fixes ? t('unrankable.needsPositive', { ...where, fixes }) : t('unrankable.needsPositiveNoFix', where)}</>;
}

/** The evaluation's failure as the views show it: the unrankable state explained, or the engine's message. */
export function EvaluationProblem({ result }: { result: Extract<EvaluationResult, { ok: false }> }) {
  const { t } = useTranslation();
  return (
    <p className="view-problem" role="alert">
      {result.unrankable ? (
        <UnrankableText reason={result.unrankable} />
      ) : (
        t('status.evaluationFailed', { message: result.message })
      )}
    </p>
  );
}
