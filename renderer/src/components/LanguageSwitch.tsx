import { useTranslation } from 'react-i18next';
import { LANGUAGES, rememberLanguage, type Language } from '../i18n';
import { useUiStore } from '../state/ui-store';

const NAMES: Record<Language, string> = { ko: '한국어', en: 'English' };

/**
 * Switches the UI language at once and remembers the choice; the document's lang attribute and the status
 * line follow.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span>{t('toolbar.language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => {
          const language = e.target.value as Language;
          document.documentElement.lang = language;
          rememberLanguage(language);
          // The status line was written in the old language: say "ready" in the new one.
          void i18n.changeLanguage(language).then(() => useUiStore.getState().info(i18n.t('status.ready')));
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {NAMES[lng]}
          </option>
        ))}
      </select>
    </label>
  );
}
