import type { i18n as I18n, TOptions } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import en from '../../i18n/compare.en.json';
import ko from '../../i18n/compare.ko.json';

/** The i18next namespace of the Compare view and the comparison report. */
const COMPARE_NS = 'compare';

const bundles = { en, ko } as const;

/** Adds the "compare" bundles to an initialised i18next instance (idempotent), as the programme views do theirs. */
function registerCompareBundles(i18n: I18n): void {
  if (!i18n.isInitialized) return;
  for (const [lng, bundle] of Object.entries(bundles))
    if (!i18n.hasResourceBundle(lng, COMPARE_NS)) i18n.addResourceBundle(lng, COMPARE_NS, bundle, true, false);
}

export type CompareT = (key: string, options?: TOptions) => string;

/** The translate function of the "compare" namespace (stable per language); values are inserted unescaped (React escapes). */
export function useCompareT(): CompareT {
  const { i18n } = useTranslation();
  registerCompareBundles(i18n);
  const { t } = useTranslation(COMPARE_NS);
  return useCallback<CompareT>(
    (key, options) => t(key, { ...options, interpolation: { escapeValue: false } }) as string,
    [t],
  );
}
