import type { TFunction } from 'i18next';
import type { ApiResponse, WorkbenchApi } from '../../../shared/api/contract';
import { WorkbenchError } from '../../../shared/api/errors';
import { selectDirty, useScenarioStore } from '../state/scenario-store';
import { useUiStore } from '../state/ui-store';
import { useWhatIfChoice } from '../views/what-it-takes/choice-store';
import { FILES_NS, type Language } from '../i18n';
import { describeError } from './describe-error';
import { expectedFingerprint, useDocumentFile } from './document-file';

export interface FileActions {
  /** Open: asks about unsaved changes first, then the native dialog or the in-app picker. */
  open(): void;
  openPath(path: string): Promise<boolean>;
  /** Save to the document's file; asks (conflict dialog) when the file changed on disk since. */
  save(): Promise<void>;
  saveAs(): Promise<void>;
  /** Save As to `path` (the in-app picker); asks before replacing a file that is there. */
  savePath(path: string): Promise<boolean>;
  /** Writes `path` whatever is on disk (the user chose Overwrite or Replace). */
  overwrite(path: string): Promise<boolean>;
  /** Loads the document's file again as it is on disk (the user chose Reload). */
  reload(path: string): Promise<boolean>;
  exportPdf(): Promise<void>;
  exportPath(path: string): Promise<boolean>;
  /** Runs `then` now when the document is clean, else after the unsaved-changes prompt. */
  guardUnsaved(then: () => void): void;
}

/** How a save treats the file on disk: as this document knows it, as new (must not exist), or replaced. */
type SaveMode = 'known' | 'new' | 'overwrite';

/**
 * The file commands of the toolbar, menus and shortcuts over the WorkbenchApi. Native dialogs where the
 * host has them (path null), else the in-app picker, which calls the *Path functions. A save never
 * overwrites a file that changed since this document read or wrote it without asking. Failures go to
 * the status line; the document is left as it was.
 */
export function createFileActions(api: WorkbenchApi, t: TFunction, language: Language = 'en'): FileActions {
  const ui = () => useUiStore.getState();
  const doc = () => useScenarioStore.getState();
  const file = () => useDocumentFile.getState();
  const native = () => ui().appInfo?.nativeDialogs === true;
  const fail = (error: unknown) => ui().error(describeError(t, error));

  const loadOpened = (result: ApiResponse<'openScenario'>) => {
    if (!result) return;
    doc().load(result.scenario, result.path);
    file().remember(result.path, result.fingerprint);
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

  const afterSaved = async (result: NonNullable<ApiResponse<'saveScenario'>>) => {
    doc().markSaved(result.path);
    file().remember(result.path, result.fingerprint);
    ui().info(t('status.saved', { path: result.path }));
    await api.clearRecovery({ document: file().documentId }).catch(fail);
    const next = ui().afterSave;
    ui().setAfterSave(null);
    next?.();
  };

  /** One save to `path`; a changed or existing file opens the prompt instead (the action waits there). */
  const write = async (path: string, mode: SaveMode): Promise<boolean> => {
    const { scenario } = doc();
    if (!scenario) return false;
    ui().info(t('status.saving', { path }));
    try {
      const result = await api.saveScenario({
        path,
        scenario,
        expected: mode === 'known' ? expectedFingerprint(path) : null,
        overwrite: mode === 'overwrite',
      });
      if (result) await afterSaved(result);
      return result !== null;
    } catch (error) {
      if (error instanceof WorkbenchError && (error.code === 'conflict' || error.code === 'exists')) {
        file().setPrompt({ kind: error.code === 'conflict' ? 'conflict' : 'replace', path });
        ui().info(
          error.code === 'exists' ? t('replace.exists', { ns: FILES_NS, path }) : t('conflict.title', { ns: FILES_NS }),
        );
      } else fail(error);
      return false;
    }
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
      if (path) await write(path, 'known');
      else await actions.saveAs();
    },
    async saveAs() {
      const { scenario } = doc();
      if (!scenario) return;
      if (!native()) return ui().openPicker('save-as');
      try {
        // The native dialog asks before replacing a file, so no check is asked for here.
        const result = await api.saveScenario({ path: null, scenario, expected: null });
        if (result) await afterSaved(result);
        else ui().setAfterSave(null);
      } catch (error) {
        fail(error);
      }
    },
    savePath: (path) => write(path, path === doc().path ? 'known' : 'new'),
    overwrite: (path) => write(path, 'overwrite'),
    async reload(path) {
      const ok = await actions.openPath(path);
      if (ok) ui().setAfterSave(null);
      return ok;
    },
    async exportPdf() {
      if (!doc().scenario) return;
      if (!native()) return ui().openPicker('export-pdf');
      await exportTo(null);
    },
    exportPath: (path) => exportTo(path),
  };

  async function exportTo(path: string | null): Promise<boolean> {
    const { scenario, generation } = doc();
    if (!scenario) return false;
    ui().setBusy(true);
    ui().info(t('status.exporting'));
    // The "What it takes" goal chosen for this document, printed in the report's section of that name.
    const chosen = useWhatIfChoice.getState().choice;
    const whatIf = chosen?.generation === generation ? { model: chosen.model, goal: chosen.goal } : undefined;
    try {
      const result = await api.exportPdf({ path, scenario, language, ...(whatIf && { whatIf }) });
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
