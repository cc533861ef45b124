import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  savedAt: string;
  onRestore(): void;
  onDiscard(): void;
}

/** Offered at start when the recovery folder holds unsaved work from the last session. */
export function RecoveryDialog({ name, savedAt, onRestore, onDiscard }: Props) {
  const { t, i18n } = useTranslation();
  const date = new Date(savedAt).toLocaleString(i18n.language);
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onDiscard()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog confirm" role="alertdialog">
          <Dialog.Title className="dialog-title">{t('recovery.title')}</Dialog.Title>
          <Dialog.Description>{t('recovery.body', { name, date })}</Dialog.Description>
          <div className="dialog-buttons">
            <button type="button" onClick={onDiscard}>
              {t('recovery.discard')}
            </button>
            <button type="button" className="primary" onClick={onRestore}>
              {t('recovery.restore')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
