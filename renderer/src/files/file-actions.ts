import type { TFunction } from 'i18next';
import type { WorkbenchApi } from '../../../shared/api/contract';
import { selectDirty, useScenarioStore } from '../state/scenario-store';
import { useUiStore } from '../state/ui-store';
import type { Language } from '../i18n';
import { describeError } from './describe-error';

export interface FileActions {
  /** Open: asks about unsaved changes first, then the native dialog or the in-app picker. */
  open(): void;
  openPath(path: string): Promise<boolean>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  savePath(path: string): Promise<boolean>;
  exportPdf(): Promise<void>;
  exportPath(path: string): Promise<boolean>;
  /** Runs `then` now when the document is clean, else after the unsaved-changes prompt. */
  guardUnsaved(then: () => void): void;
}

/**
 * The file commands of the toolbar, menus and shortcuts over the WorkbenchApi. Native dialogs where the
 * host has them (path null), else the in-app picker, which calls the *Path functions. Failures go to
 * the status line; the document is left as it was.
 */
export function createFileActions(api: WorkbenchApi, t: TFunction, language: Language = 'en'): FileActions {
  const ui = () => useUiStore.getState();
  const doc = () => useScenarioStore.getState();
  const native = () => ui().appInfo?.nativeDialogs === true;
  const fail = (error: unknown) => ui().error(describeError(t, error));

  const loadOpened = (result: Awaited<ReturnType<WorkbenchApi['openScenario']>>) => {
    if (!result) return;
    doc().load(result.scenario, result.path);
    ui().info(t('status.opened', { path: result.path }));
  };

  const startOpen = async () => {
    if (!native()) return ui().openPicker('open');
    try {
      loadOpened(await api.openScenario({ path: null }));
    } catch (error) {
      fail(error);
    }
  };

  const afterSaved = async (path: string) => {
    doc().markSaved(path);
    ui().info(t('status.saved', { path }));
    await api.clearRecovery({}).catch(fail);
    const next = ui().afterSave;
    ui().setAfterSave(null);
    next?.();
  };

  const actions: FileActions = {
    guardUnsaved(then) {
      if (selectDirty(doc())) ui().askUnsaved(then);
      else then();
    },
    open() {
      actions.guardUnsaved(() => void startOpen());
    },
    async openPath(path) {
      ui().info(t('status.opening', { path })); // a 10,000-model scenario takes a while to arrive
      try {
        loadOpened(await api.openScenario({ path }));
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    async save() {
      const { path } = doc();
      if (path) await actions.savePath(path);
      else await actions.saveAs();
    },
    async saveAs() {
      const { scenario } = doc();
      if (!scenario) return;
      if (!native()) return ui().openPicker('save-as');
      try {
        const result = await api.saveScenario({ path: null, scenario });
        if (result) await afterSaved(result.path);
        else ui().setAfterSave(null);
      } catch (error) {
        fail(error);
      }
    },
    async savePath(path) {
      const { scenario } = doc();
      if (!scenario) return false;
      ui().info(t('status.saving', { path }));
      try {
        const result = await api.saveScenario({ path, scenario });
        if (result) await afterSaved(result.path);
        return result !== null;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    async exportPdf() {
      if (!doc().scenario) return;
      if (!native()) return ui().openPicker('export-pdf');
      await exportTo(null);
    },
    exportPath: (path) => exportTo(path),
  };

  async function exportTo(path: string | null): Promise<boolean> {
    const { scenario } = doc();
    if (!scenario) return false;
    ui().setBusy(true);
    ui().info(t('status.exporting'));
    try {
      const result = await api.exportPdf({ path, scenario, language });
      if (result) ui().info(t('status.exported', { path: result.path, kb: Math.ceil(result.bytes / 1024) }));
      else ui().info(t('status.ready'));
      return result !== null;
    } catch (error) {
      fail(error);
      return false;
    } finally {
      ui().setBusy(false);
    }
  }

  return actions;
}
