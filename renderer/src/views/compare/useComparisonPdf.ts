import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { describeError } from '../../files/describe-error';
import { scenarioRequest } from '../../files/held-datasets';
import { languageFor } from '../../i18n';
import { useUiStore } from '../../state/ui-store';
import type { OpenDocument } from './CompareView';
import { useCompareT } from './i18n';

/**
 * Export comparison PDF for the Compare view's onExportPdf: the native Save dialog where the host has one, else the
 * in-app picker; the report prints in the UI's language, and the status line says where it went (or why not).
 */
export function useComparisonPdf(): (documents: OpenDocument[]) => void {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const tc = useCompareT();
  return useMemo(() => {
    const ui = () => useUiStore.getState();
    const write = async (documents: OpenDocument[], path: string | null): Promise<boolean> => {
      ui().setBusy(true);
      ui().info(t('status.exporting'));
      try {
        const written = await api.exportComparisonPdf({
          path,
          documents: await Promise.all(
            documents.map(async (d) => ({ name: d.name, ...(await scenarioRequest(api, d.scenario)) })),
          ),
          language: languageFor(i18n.language),
        });
        ui().info(
          written
            ? t('status.exported', { path: written.path, kb: Math.ceil(written.bytes / 1024) })
            : t('status.ready'),
        );
        return written !== null;
      } catch (error) {
        ui().error(describeError(t, error));
        return false;
      } finally {
        ui().setBusy(false);
      }
    };
    return (documents) => {
      if (ui().appInfo?.nativeDialogs === true) return void write(documents, null);
      ui().openPicker({
        title: tc('exportPdf'),
        confirm: t('picker.export'),
        extensions: ['.pdf'],
        save: true,
        suggestedName: documents.map((d) => d.name).join(' vs '),
        run: (path) => write(documents, path),
      });
    };
  }, [api, t, tc, i18n]);
}
