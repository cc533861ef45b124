import { languageFor, LANGUAGES, storedLanguage, type Language } from './index';

interface Where {
  /** What the host said at start (getAppInfo); null when it could not be asked. */
  host: { host: 'electron' | 'browser'; locale: string } | null;
  /** The browser's preferred languages, most preferred first (navigator.languages). */
  browserLanguages: readonly string[];
  storage?: Storage;
}

/**
 * The UI language at start: the one the user last chose with the switch; else, in the desktop app, the OS's
 * (Electron's app locale, reported by getAppInfo); in the browser host, the browser's — the first of its
 * preferred languages the UI has (the host process's locale is the server's, not the user's); else English.
 */
export function startLanguage({ host, browserLanguages, storage }: Where): Language {
  const stored = storedLanguage(storage);
  if (stored) return stored;
  if (host?.host === 'electron') return languageFor(host.locale);
  const preferred = browserLanguages.find((l) => LANGUAGES.some((lng) => l.toLowerCase().split('-')[0] === lng));
  return languageFor(preferred ?? (browserLanguages.length ? null : host?.locale));
}
