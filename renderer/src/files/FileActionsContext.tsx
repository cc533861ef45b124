import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { languageFor } from '../i18n';
import { createFileActions, type FileActions } from './file-actions';

const FileActionsContext = createContext<FileActions | null>(null);

export function FileActionsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const language = languageFor(i18n.language);
  const actions = useMemo(() => createFileActions(api, t, language), [api, t, language]);
  return <FileActionsContext.Provider value={actions}>{children}</FileActionsContext.Provider>;
}

export function useFileActions(): FileActions {
  const actions = useContext(FileActionsContext);
  if (!actions) throw new Error('useFileActions outside FileActionsProvider');
  return actions;
}
