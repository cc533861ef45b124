import { useTranslation } from 'react-i18next';

/** Says that a list stops at the best `shown` of `total` (nothing when all are listed). */
export function ShownNote({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  return shown < total ? <p className="view-hint">{t('results.shownTop', { shown, total })}</p> : null;
}
