import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
import type { RecoveryCopy } from '../../../shared/api/contract';
import { FILES_NS } from '../i18n';
import { useReturnFocus } from './return-focus';

interface Props {
  copies: RecoveryCopy[];
  onRestore(copy: RecoveryCopy): void;
  onDiscard(): void;
  onLater(): void;
}

/**
 * Offered at start when the recovery folder holds unsaved work of this page (after a reload) or of
 * pages and windows that closed without saving; each copy can be restored, or all discarded.
 */
export function RecoveryDialog({ copies, onRestore, onDiscard, onLater }: Props) {
  const { t, i18n } = useTranslation(FILES_NS);
  const returnFocus = useReturnFocus();
  const date = (copy: RecoveryCopy) => new Date(copy.savedAt).toLocaleString(i18n.language);
  const only = copies.length === 1 ? copies[0] : null;
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onLater()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog confirm" role="alertdialog" {...returnFocus}>
          <Dialog.Title className="dialog-title">{t('recovery.title')}</Dialog.Title>
          <Dialog.Description>
            {only ? t('recovery.bodyOne', { name: only.name, date: date(only) }) : t('recovery.body')}
          </Dialog.Description>
          {only ? (
            <div className="dialog-buttons">
              <button type="button" onClick={onLater}>
                {t('recovery.later')}
              </button>
              <button type="button" onClick={onDiscard}>
                {t('recovery.discardOne')}
              </button>
              <button type="button" className="primary" onClick={() => onRestore(only)}>
                {t('recovery.restore')}
              </button>
            </div>
          ) : (
            <>
              <ul className="recovery-list">
                {copies.map((copy) => (
                  <li key={copy.document}>
                    <span>{t('recovery.copy', { name: copy.name, date: date(copy) })}</span>
                    <button
                      type="button"
                      aria-label={`${t('recovery.restore')}: ${copy.name}`}
                      onClick={() => onRestore(copy)}
                    >
                      {t('recovery.restore')}
                    </button>
                  </li>
                ))}
              </ul>
              <div className="dialog-buttons">
                <button type="button" onClick={onLater}>
                  {t('recovery.later')}
                </button>
                <button type="button" onClick={onDiscard}>
                  {t('recovery.discard')}
                </button>
              </div>
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
