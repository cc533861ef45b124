import type { i18n as I18n, TOptions } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type Bundles = Record<'en' | 'ko', Record<string, unknown>>;

/** Adds a view's bundles to an initialised i18next instance (idempotent), whichever instance the shell created. */
function register(i18n: I18n, ns: string, bundles: Bundles): void {
  if (!i18n.isInitialized) return;
  for (const [lng, bundle] of Object.entries(bundles))
    if (!i18n.hasResourceBundle(lng, ns)) i18n.addResourceBundle(lng, ns, bundle, true, false);
}

export type NamespaceT = (key: string, options?: TOptions) => string;

/**
 * The translate function of a namespace a view carries itself (its own en/ko JSON), stable per language; values are
 * inserted unescaped (React escapes).
 */
export function useNamespaceT(ns: string, bundles: Bundles): NamespaceT {
  const { i18n } = useTranslation();
  register(i18n, ns, bundles);
  const { t } = useTranslation(ns);
  return useCallback<NamespaceT>(
    (key, options) => t(key, { ...options, interpolation: { escapeValue: false } }) as string,
    [t],
  );
}
