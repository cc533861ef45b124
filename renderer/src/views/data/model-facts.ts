import type { TFunction } from 'i18next';
import type { Model } from '../../../../shared/domain/dataset';
import { MODELS_NS } from '../../i18n';

/** The facts a row of the Models dialog shows, as text; a value the dataset does not know reads "unknown". */
export function modelFacts(model: Model, t: TFunction) {
  const opts = { ns: MODELS_NS };
  const unknown = t('fact.unknown', opts);
  const text = (value: string | null) => (value && value.trim() ? value : unknown);
  const params = (value: number | null) => (value === null ? unknown : t('fact.params', { ...opts, value }));
  const flag = (value: boolean | null) => (value === null ? unknown : t(value ? 'fact.yes' : 'fact.no', opts));
  return {
    organization: text(model.organization),
    country: text(model.country),
    totalParams: params(model.totalParamsB),
    activeParams: params(model.activeParamsB),
    releaseDate:
      model.releaseDate && model.releaseDateConfidence === 'secondary'
        ? t('fact.secondaryDate', { ...opts, date: model.releaseDate })
        : text(model.releaseDate),
    license: text(model.license),
    openWeights: flag(model.openWeights),
    fromScratch: model.fromScratch === null ? unknown : t(`fact.${model.fromScratch}`, opts),
  };
}
