import type { i18n as I18n, TOptions } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import en from '../../i18n/sensitivity.en.json';
import ko from '../../i18n/sensitivity.ko.json';

/** The i18next namespace of the sensitivity charts (Results and Rounds views, and the report). */
const SENSITIVITY_NS = 'sensitivity';

const bundles = { en, ko } as const;

/** Adds the "sensitivity" bundles to an initialised i18next instance (idempotent), as the programme views do theirs. */
function registerSensitivityBundles(i18n: I18n): void {
  if (!i18n.isInitialized) return;
  for (const [lng, bundle] of Object.entries(bundles))
    if (!i18n.hasResourceBundle(lng, SENSITIVITY_NS)) i18n.addResourceBundle(lng, SENSITIVITY_NS, bundle, true, false);
}

export type SensitivityT = (key: string, options?: TOptions) => string;

/** The translate function of the "sensitivity" namespace (stable per language); React escapes what it inserts. */
export function useSensitivityT(): SensitivityT {
  const { i18n } = useTranslation();
  registerSensitivityBundles(i18n);
  const { t } = useTranslation(SENSITIVITY_NS);
  return useCallback<SensitivityT>(
    (key, options) => t(key, { ...options, interpolation: { escapeValue: false } }) as string,
    [t],
  );
}
