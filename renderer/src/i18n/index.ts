import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import buildEn from './build.en.json';
import buildKo from './build.ko.json';
import documentsEn from './documents.en.json';
import documentsKo from './documents.ko.json';
import en from './en.json';
import filesEn from './files.en.json';
import filesKo from './files.ko.json';
import gridEn from './grid.en.json';
import gridKo from './grid.ko.json';
import importEn from './import.en.json';
import importKo from './import.ko.json';
import ko from './ko.json';
import modelsEn from './models.en.json';
import modelsKo from './models.ko.json';

export type Language = 'ko' | 'en';
export const LANGUAGES: readonly Language[] = ['ko', 'en'];

/** Korean wherever the locale is Korean ("ko", "ko-KR", …); English otherwise. */
export const languageFor = (locale: string | null | undefined): Language =>
  locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';

const LANGUAGE_STORAGE_KEY = 'workbench-language';

/** The language the user last chose with the switch, if any (it wins over the locale). */
export function storedLanguage(storage: Storage | undefined = globalThis.localStorage): Language | null {
  const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
  return value === 'ko' || value === 'en' ? value : null;
}

export function rememberLanguage(language: Language, storage: Storage | undefined = globalThis.localStorage): void {
  storage?.setItem(LANGUAGE_STORAGE_KEY, language);
}

/** The i18next namespace of the import dialog and the data export menu (renderer/src/views/import). */
export const IMPORT_NS = 'import';

/** The i18next namespace of the Models dialog and of pasting a block into the grid (renderer/src/views/data). */
export const MODELS_NS = 'models';

/** The i18next namespace of save conflicts, recovery copies and autosave (renderer/src/files). */
export const FILES_NS = 'files';

/** The i18next namespace of building a scenario: the New scenario dialog, criteria, groups, weighting, PROMETHEE (renderer/src/views/build). */
export const BUILD_NS = 'build';
/** The i18next namespace of the open documents, renaming and the scenario's details (renderer/src/components). */
export const DOCUMENTS_NS = 'documents';
/**
 * The i18next namespace of AG Grid's own texts (filter options, aria labels), by AG Grid's locale keys; the
 * English file is empty: AG Grid's defaults are the English.
 */
export const GRID_NS = 'grid';

/** A fresh i18next instance with both bundles loaded, so switching language never waits. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: {
      en: {
        translation: en,
        [IMPORT_NS]: importEn,
        [MODELS_NS]: modelsEn,
        [FILES_NS]: filesEn,
        [DOCUMENTS_NS]: documentsEn,
        [BUILD_NS]: buildEn,
        [GRID_NS]: gridEn,
      },
      ko: {
        translation: ko,
        [IMPORT_NS]: importKo,
        [MODELS_NS]: modelsKo,
        [FILES_NS]: filesKo,
        [DOCUMENTS_NS]: documentsKo,
        [BUILD_NS]: buildKo,
        [GRID_NS]: gridKo,
      },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
