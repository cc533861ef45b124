import { useTranslation } from 'react-i18next';
import { useFileActions } from '../files/FileActionsContext';
import { DOCUMENTS_NS } from '../i18n';
import { useDocumentEntries } from '../hooks/useDocumentEntries';

/**
 * The documents open in this window: one button each (the shown one marked current, an unsaved one with •), a close
 * button beside each while more than one is open, and Duplicate as variant. Alt+PageDown / Alt+PageUp switch too.
 */
export function DocumentList() {
  const { t } = useTranslation(DOCUMENTS_NS);
  const actions = useFileActions();
  const documents = useDocumentEntries();
  return (
    <nav className="document-list" aria-label={t('list.label')}>
      <ul>
        {documents.map((d) => (
          <li key={d.id} className={d.active ? 'is-active' : undefined}>
            <button
              type="button"
              className="document-entry"
              aria-current={d.active ? 'page' : undefined}
              aria-label={d.dirty ? t('list.unsaved', { name: d.name }) : d.name}
              title={d.path ?? d.name}
              onClick={() => actions.switchTo(d.id)}
            >
              {d.dirty ? `• ${d.name}` : d.name}
            </button>
            {documents.length > 1 && (
              <button
                type="button"
                className="document-close"
                aria-label={t('list.close', { name: d.name })}
                onClick={() => actions.close(d.id)}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void actions.duplicate()} disabled={documents.length === 0}>
        {t('list.duplicate')}
      </button>
    </nav>
  );
}
