import type { TFunction } from 'i18next';
import type { ApiResponse, WorkbenchApi } from '../../../shared/api/contract';
import { WorkbenchError } from '../../../shared/api/errors';
import type { Scenario } from '../../../shared/domain/scenario';
import { MAX_NAME_LENGTH, selectDirty, useScenarioStore } from '../state/scenario-store';
import { useUiStore } from '../state/ui-store';
import { useWhatIfChoice } from '../views/what-it-takes/choice-store';
import { DOCUMENTS_NS, FILES_NS, type Language } from '../i18n';
import { describeError } from './describe-error';
import { expectedFingerprint, useDocumentFile } from './document-file';
import { datasetIdOf, scenarioRequest } from './held-datasets';
import { closeDocument, showDocument } from './show-document';
import { addDocument, isDirty, switchDocument, useOpenDocumentsStore } from '../state/open-documents';

export interface FileActions {
  /** Open: the native dialog or the in-app picker; the file opens as another document of the window. */
  open(): void;
  openPath(path: string): Promise<boolean>;
  /** Shows another open document. */
  switchTo(id: string): void;
  /** Closes an open document (asking first when it has unsaved changes); the last one stays open. */
  close(id: string): void;
  /** Opens a copy of the document shown as a new document: named "… (variant)", unsaved, no file. */
  duplicate(): Promise<void>;
  /** Opens `scenario` (built in the page, e.g. New scenario) as a new document: unsaved, no file. */
  openNew(scenario: Scenario): Promise<void>;
  /** Shows a scenario the host opened already (a file the OS handed to the desktop app). */
  show(opened: NonNullable<ApiResponse<'openScenario'>>): Promise<void>;
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
  /** Runs `then` now when no open document has unsaved changes, else after the prompt for each that has, in turn. */
  guardAllUnsaved(then: () => void): void;
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
  /** `scenario` as a new document of the window under a host document id, unsaved; false (and said) on failure. */
  const addNewDocument = async (scenario: Scenario): Promise<boolean> => {
    try {
      const { document } = await api.newDocument({ datasetId: await datasetIdOf(api, scenario.dataset) });
      addDocument({ id: document, scenario, path: null, dirty: true });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  const loadOpened = async (result: ApiResponse<'openScenario'>, replacing: string | null = null) => {
    if (!result) return;
    await showDocument(api, result, { replacing });
    ui().info(t('status.opened', { path: result.path }));
  };
  /** The document shown and its scenario as a request names them; null before one is loaded. */
  const current = async () => {
    const { scenario } = doc();
    const { documentId } = file();
    return scenario && documentId ? { document: documentId, ...(await scenarioRequest(api, scenario)) } : null;
  };

  const startOpen = async () => {
    if (!native()) return ui().openPicker('open');
    try {
      await loadOpened(await api.openScenario({ path: null }));
    } catch (error) {
      fail(error);
    }
  };

  const afterSaved = async (result: NonNullable<ApiResponse<'saveScenario'>>) => {
    doc().markSaved(result.path);
    file().remember(result.path, result.fingerprint);
    ui().info(t('status.saved', { path: result.path }));
    const { documentId } = file();
    if (documentId) await api.clearRecovery({ document: documentId }).catch(fail);
    const next = ui().afterSave;
    ui().setAfterSave(null);
    next?.();
  };

  /** One save to `path`; a changed or existing file opens the prompt instead (the action waits there). */
  const write = async (path: string, mode: SaveMode): Promise<boolean> => {
    ui().info(t('status.saving', { path }));
    try {
      const request = await current();
      if (!request) return false;
      const result = await api.saveScenario({
        ...request,
        path,
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
    guardAllUnsaved(then) {
      // Each unsaved document in turn (shown, then asked); Cancel on any stops the chain, Save or Discard goes on.
      const asked = new Set<string>();
      const next = () => {
        const dirty = useOpenDocumentsStore.getState().documents.find((d) => !asked.has(d.id) && isDirty(d.id));
        if (!dirty) return then();
        asked.add(dirty.id);
        switchDocument(dirty.id);
        actions.guardUnsaved(next);
      };
      next();
    },
    open() {
      void startOpen();
    },
    openPath: (path) => openFile(path, null),
    switchTo: switchDocument,
    async duplicate() {
      const { scenario } = doc();
      if (!scenario) return;
      const name = t('list.variantName', { ns: DOCUMENTS_NS, name: scenario.name }).slice(0, MAX_NAME_LENGTH);
      if (await addNewDocument({ ...scenario, name, savedAt: null }))
        ui().info(t('list.duplicated', { ns: DOCUMENTS_NS, name }));
    },
    async openNew(scenario) {
      await addNewDocument(scenario);
    },
    close(id) {
      if (useOpenDocumentsStore.getState().documents.length < 2) return;
      switchDocument(id);
      actions.guardUnsaved(() => void closeDocument(api, id));
    },
    async show(opened) {
      await loadOpened(opened).catch(fail);
    },
    async save() {
      const { path } = doc();
      if (path) await write(path, 'known');
      else await actions.saveAs();
    },
    async saveAs() {
      if (!doc().scenario) return;
      if (!native()) return ui().openPicker('save-as');
      try {
        const request = await current();
        if (!request) return;
        // The native dialog asks before replacing a file, so no check is asked for here.
        const result = await api.saveScenario({ ...request, path: null, expected: null });
        if (result) await afterSaved(result);
        else ui().setAfterSave(null);
      } catch (error) {
        fail(error);
      }
    },
    savePath: (path) => write(path, path === doc().path ? 'known' : 'new'),
    overwrite: (path) => write(path, 'overwrite'),
    async reload(path) {
      const ok = await openFile(path, file().documentId);
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

  /** Opens `path` as a new document, or in place of document `replacing` (Reload). */
  async function openFile(path: string, replacing: string | null): Promise<boolean> {
    ui().info(t('status.opening', { path })); // a 10,000-model scenario takes a while to arrive
    try {
      await loadOpened(await api.openScenario({ path }), replacing);
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }

  async function exportTo(path: string | null): Promise<boolean> {
    const { scenario, generation } = doc();
    if (!scenario) return false;
    ui().setBusy(true);
    ui().info(t('status.exporting'));
    // The "What it takes" goal chosen for this document, printed in the report's section of that name.
    const chosen = useWhatIfChoice.getState().choice;
    const whatIf = chosen?.generation === generation ? { model: chosen.model, goal: chosen.goal } : undefined;
    try {
      const result = await api.exportPdf({
        ...(await scenarioRequest(api, scenario)),
        path,
        language,
        ...(whatIf && { whatIf }),
      });
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
