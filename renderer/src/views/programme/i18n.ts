import type { i18n as I18n, TOptions } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import en from '../../i18n/programme.en.json';
import ko from '../../i18n/programme.ko.json';

/** The i18next namespace of the Frontier and Rounds views and their report sections. */
const PROGRAMME_NS = 'programme';

const bundles = { en, ko } as const;

/**
 * Adds the "programme" bundles to an initialised i18next instance (idempotent), so these views
 * carry their own strings whichever instance the app shell creates and whenever it initialises it.
 */
function registerProgrammeBundles(i18n: I18n): void {
  if (!i18n.isInitialized) return;
  for (const [lng, bundle] of Object.entries(bundles))
    if (!i18n.hasResourceBundle(lng, PROGRAMME_NS)) i18n.addResourceBundle(lng, PROGRAMME_NS, bundle, true, false);
}

export type ProgrammeT = (key: string, options?: TOptions) => string;

/** The translate function of the "programme" namespace (stable per language); values are inserted unescaped (React escapes). */
export function useProgrammeT(): ProgrammeT {
  const { i18n } = useTranslation();
  registerProgrammeBundles(i18n);
  const { t } = useTranslation(PROGRAMME_NS);
  return useCallback<ProgrammeT>(
    (key, options) => t(key, { ...options, interpolation: { escapeValue: false } }) as string,
    [t],
  );
}
