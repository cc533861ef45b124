import type { i18n as I18n, TOptions } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import en from '../../i18n/whatif.en.json';
import ko from '../../i18n/whatif.ko.json';

/** The i18next namespace of the "What it takes" panel and its report section. */
const WHATIF_NS = 'whatif';

const bundles = { en, ko } as const;

/** Adds the "whatif" bundles to an initialised i18next instance (idempotent), as the programme views do theirs. */
function registerBundles(i18n: I18n): void {
  if (!i18n.isInitialized) return;
  for (const [lng, bundle] of Object.entries(bundles))
    if (!i18n.hasResourceBundle(lng, WHATIF_NS)) i18n.addResourceBundle(lng, WHATIF_NS, bundle, true, false);
}

export type WhatIfT = (key: string, options?: TOptions) => string;

/** The translate function of the "whatif" namespace (stable per language); React escapes the values. */
export function useWhatIfT(): WhatIfT {
  const { i18n } = useTranslation();
  registerBundles(i18n);
  const { t } = useTranslation(WHATIF_NS);
  return useCallback<WhatIfT>(
    (key, options) => t(key, { ...options, interpolation: { escapeValue: false } }) as string,
    [t],
  );
}
