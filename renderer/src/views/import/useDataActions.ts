import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { describeError } from '../../files/describe-error';
import { scenarioRequest } from '../../files/held-datasets';
import { IMPORT_NS } from '../../i18n';
import { useScenarioStore } from '../../state/scenario-store';
import { useUiStore } from '../../state/ui-store';
import { useImportStore } from './import-store';

export type ExportWhat = 'dataset' | 'matrix';
export type ExportFormat = 'csv' | 'xlsx';

/** Extensions the in-app picker lists for Import (the service reads these). */
const IMPORT_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx', '.parquet', '.json'];

interface DataActions {
  /** Import: the native Open dialog where the host has one, else the in-app picker; then the Import dialog. */
  startImport(): void;
  /** Export the dataset or the decision matrix: the native Save dialog, else the in-app picker. */
  exportData(what: ExportWhat, format: ExportFormat): void;
}

/** The Import and Export data commands of the toolbar and shortcuts. Failures go to the status line. */
export function useDataActions(): DataActions {
  const api = useApi();
  const { t } = useTranslation(IMPORT_NS);
  const { t: tMain } = useTranslation();
  return useMemo(() => {
    const ui = () => useUiStore.getState();
    const native = () => ui().appInfo?.nativeDialogs === true;

    const write = async (what: ExportWhat, format: ExportFormat, path: string | null): Promise<boolean> => {
      const scenario = useScenarioStore.getState().scenario;
      if (!scenario) return false;
      try {
        const request = await scenarioRequest(api, scenario);
        const written =
          what === 'dataset'
            ? await api.exportDataset({ path, datasetId: request.datasetId, format })
            : await api.exportMatrix({ ...request, path, format });
        if (written) ui().info(t('export.written', { path: written.path, kb: Math.ceil(written.bytes / 1024) }));
        return written !== null;
      } catch (error) {
        ui().error(describeError(tMain, error));
        return false;
      }
    };

    return {
      startImport() {
        if (!useScenarioStore.getState().scenario) return;
        if (native()) return useImportStore.getState().start(null);
        ui().openPicker({
          title: t('picker.title'),
          confirm: t('picker.confirm'),
          extensions: IMPORT_EXTENSIONS,
          save: false,
          suggestedName: '',
          run: async (path) => {
            useImportStore.getState().start(path);
            return true;
          },
        });
      },
      exportData(what, format) {
        if (!useScenarioStore.getState().scenario) return;
        if (native()) return void write(what, format, null);
        ui().openPicker({
          title: t(`export.title.${what}`, { format: format.toUpperCase() }),
          confirm: t('export.confirm'),
          extensions: [`.${format}`],
          save: true,
          suggestedName: what,
          run: (path) => write(what, format, path),
        });
      },
    };
  }, [api, t, tMain]);
}
