import { useTranslation } from 'react-i18next';
import { POINTS_BUDGET, type WeightingRefusal } from '../../../../shared/evaluation/weighting';
import { BUILD_NS } from '../../i18n';

/** Why a weighting's inputs give no weights, in the UI's language, naming the criterion at fault. */
export function RefusalText({
  refusal,
  name,
  model,
}: {
  refusal: WeightingRefusal;
  name(benchmark: string): string;
  /** The name of the candidate at a row of the values. */
  model(row: number): string;
}) {
  const { t } = useTranslation(BUILD_NS);
  switch (refusal.kind) {
    case 'points-budget':
      return <>{t('refusal.pointsBudget', { total: refusal.total, budget: POINTS_BUDGET })}</>;
    case 'missing-value':
      return <>{t('refusal.missingValue', { benchmark: name(refusal.benchmark), model: model(refusal.model) })}</>;
    case 'rank-missing':
    case 'rank-repeated':
    case 'swing-top':
    case 'swing-order':
      return <>{t(`refusal.${refusal.kind}`, { benchmark: name(refusal.benchmark) })}</>;
    default:
      return <>{t(`refusal.${refusal.kind}`)}</>;
  }
}
