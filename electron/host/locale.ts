/** The host process's locale as BCP 47 ("ko_KR.UTF-8" → "ko-KR"), from LC_ALL / LC_MESSAGES / LANG, else Intl. */
export function processLocale(env: NodeJS.ProcessEnv = process.env): string {
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  const match = posix ? /^([a-zA-Z]{2,3})(?:_([a-zA-Z]{2}))?/.exec(posix) : null;
  if (match && match[1].toLowerCase() !== 'c') return match[2] ? `${match[1]}-${match[2].toUpperCase()}` : match[1];
  return Intl.DateTimeFormat().resolvedOptions().locale;
}
