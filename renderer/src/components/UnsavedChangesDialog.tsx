import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
import { useFileActions } from '../files/FileActionsContext';
import { useScenarioStore } from '../state/scenario-store';
import { useUiStore } from '../state/ui-store';
import { useReturnFocus } from './return-focus';

/** Asked before the document is replaced or the window closes while there are unsaved changes. */
export function UnsavedChangesDialog() {
  const { t } = useTranslation();
  const returnFocus = useReturnFocus();
  const actions = useFileActions();
  const pending = useUiStore((s) => s.pendingAfterUnsaved);
  const askUnsaved = useUiStore((s) => s.askUnsaved);
  const setAfterSave = useUiStore((s) => s.setAfterSave);
  const name = useScenarioStore((s) => s.scenario?.name ?? '');
  const save = () => {
    setAfterSave(pending);
    askUnsaved(null);
    void actions.save();
  };
  const discard = () => {
    askUnsaved(null);
    pending?.();
  };
  return (
    <Dialog.Root open={pending !== null} onOpenChange={(open) => !open && askUnsaved(null)}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog confirm" role="alertdialog" {...returnFocus}>
          <Dialog.Title className="dialog-title">{t('unsaved.title')}</Dialog.Title>
          <Dialog.Description>{t('unsaved.body', { name })}</Dialog.Description>
          <div className="dialog-buttons">
            <button type="button" onClick={() => askUnsaved(null)}>
              {t('unsaved.cancel')}
            </button>
            <button type="button" onClick={discard}>
              {t('unsaved.discard')}
            </button>
            <button type="button" className="primary" onClick={save}>
              {t('unsaved.save')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
