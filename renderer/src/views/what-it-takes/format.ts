import type { HowSolved } from '../../../../shared/evaluation/what-it-takes/search';
import type { WhatIfT } from './i18n';

/** A value as shown: up to four decimals (the applied value is the exact one, not this text). */
export const shown = (x: number): string => String(Number(x.toFixed(4)));

/** A change with its sign. */
export const signed = (x: number): string => (x > 0 ? `+${shown(x)}` : shown(x));

/** How an answer was found, with its tolerance (two significant digits). */
export function howText(t: WhatIfT, how: HowSolved, strict = false): string {
  const tolerance = how.tolerance.toPrecision(2);
  if (strict) return t('how.strict', { tolerance });
  if (how.kind === 'bisection') return t('how.bisection', { tolerance });
  return how.tolerance > 0 ? t('how.exactTolerance', { tolerance }) : t('how.exact');
}
