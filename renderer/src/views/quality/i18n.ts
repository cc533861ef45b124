import type { i18n as I18n, TOptions } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import en from '../../i18n/quality.en.json';
import ko from '../../i18n/quality.ko.json';

/** The i18next namespace of data quality: coverage of the criteria and benchmark health. */
const QUALITY_NS = 'quality';

const bundles = { en, ko } as const;

/** Adds the "quality" bundles to an initialised i18next instance (idempotent), whichever instance the shell made. */
function registerQualityBundles(i18n: I18n): void {
  if (!i18n.isInitialized) return;
  for (const [lng, bundle] of Object.entries(bundles))
    if (!i18n.hasResourceBundle(lng, QUALITY_NS)) i18n.addResourceBundle(lng, QUALITY_NS, bundle, true, false);
}

export type QualityT = (key: string, options?: TOptions) => string;

/** The translate function of the "quality" namespace (stable per language); values inserted unescaped (React escapes). */
export function useQualityT(): QualityT {
  const { i18n } = useTranslation();
  registerQualityBundles(i18n);
  const { t } = useTranslation(QUALITY_NS);
  return useCallback<QualityT>(
    (key, options) => t(key, { ...options, interpolation: { escapeValue: false } }) as string,
    [t],
  );
}
