import type { TFunction } from 'i18next';

/**
 * Who measured an observation, in the UI's language: the dataset's conventions "model maker" (the model's own
 * maker) and "maker of <model id>" (a comparator in that maker's table) are worded; a lab's name stays as written.
 */
export function measuredByText(t: TFunction, measuredBy: string, modelName: (id: string) => string): string {
  if (measuredBy === 'model maker') return t('data.measurer.maker');
  const of = /^maker of (.+)$/.exec(measuredBy);
  return of ? t('data.measurer.makerOf', { model: modelName(of[1]!) }) : measuredBy;
}
