import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentFile } from '../files/document-file';
import { useFileActions } from '../files/FileActionsContext';
import { FILES_NS } from '../i18n';
import { selectDirty, useScenarioStore } from '../state/scenario-store';
import { useUiStore } from '../state/ui-store';
import { useReturnFocus } from './return-focus';

/**
 * Asked when a save finds the file is not the one this document knows: changed on disk since it was
 * opened or saved (Overwrite, Save as…, Reload — which asks before discarding unsaved edits — or
 * Cancel), or, for Save As, already there (Replace or Cancel).
 */
export function SaveConflictDialog() {
  const { t } = useTranslation(FILES_NS);
  const returnFocus = useReturnFocus();
  const actions = useFileActions();
  const prompt = useDocumentFile((s) => s.prompt);
  const setPrompt = useDocumentFile((s) => s.setPrompt);
  const dirty = useScenarioStore(selectDirty);
  const [confirmReload, setConfirmReload] = useState(false);
  const close = () => {
    setPrompt(null);
    setConfirmReload(false);
  };
  const cancel = () => {
    close();
    useUiStore.getState().setAfterSave(null);
  };
  if (!prompt) return null;
  const { path } = prompt;
  const overwrite = async () => {
    close();
    if (await actions.overwrite(path)) useUiStore.getState().openPicker(null);
  };
  const saveAs = () => {
    close();
    void actions.saveAs();
  };
  const reload = () => {
    if (dirty && !confirmReload) return setConfirmReload(true);
    close();
    void actions.reload(path);
  };
  const [title, body] =
    prompt.kind === 'replace'
      ? [t('replace.title'), t('replace.body', { path })]
      : confirmReload
        ? [t('conflict.reloadTitle'), t('conflict.reloadBody', { path })]
        : [t('conflict.title'), t('conflict.body', { path })];
  return (
    <Dialog.Root open onOpenChange={(open) => !open && cancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog confirm" role="alertdialog" {...returnFocus}>
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          <Dialog.Description>{body}</Dialog.Description>
          <div className="dialog-buttons">
            <button type="button" onClick={cancel}>
              {prompt.kind === 'replace' ? t('replace.cancel') : t('conflict.cancel')}
            </button>
            {prompt.kind === 'replace' ? (
              <button type="button" className="primary" onClick={() => void overwrite()}>
                {t('replace.replace')}
              </button>
            ) : confirmReload ? (
              <button type="button" className="primary" onClick={reload}>
                {t('conflict.reloadConfirm')}
              </button>
            ) : (
              <>
                <button type="button" onClick={reload}>
                  {t('conflict.reload')}
                </button>
                <button type="button" onClick={() => void overwrite()}>
                  {t('conflict.overwrite')}
                </button>
                <button type="button" className="primary" onClick={saveAs}>
                  {t('conflict.saveAs')}
                </button>
              </>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
