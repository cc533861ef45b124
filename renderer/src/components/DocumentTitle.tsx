import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENTS_NS } from '../i18n';
import { MAX_NAME_LENGTH, selectDirty, useScenarioStore } from '../state/scenario-store';
import './documents.css';

/** The scenario name and the dirty marker, also mirrored in the window title; Rename and Details beside them. */
export function DocumentTitle() {
  const { t } = useTranslation();
  const { t: td } = useTranslation(DOCUMENTS_NS);
  const name = useScenarioStore((s) => s.scenario?.name ?? null);
  const dirty = useScenarioStore(selectDirty);
  const [renaming, setRenaming] = useState<string | null>(null);
  useEffect(() => {
    document.title = [dirty ? '•' : '', name, name ? '—' : '', t('app.title')].filter(Boolean).join(' ');
  }, [name, dirty, t]);
  const commit = () => {
    if (renaming !== null && useScenarioStore.getState().rename(renaming)) setRenaming(null);
  };
  return (
    <div className="document-title">
      {renaming === null ? (
        <>
          <h1 className="scenario-name">{name ?? t('app.loading')}</h1>
          <button type="button" disabled={name === null} onClick={() => setRenaming(name ?? '')}>
            {td('rename.button')}
          </button>
          <ScenarioDetails />
        </>
      ) : (
        <form
          className="rename-form"
          onSubmit={(e) => {
            e.preventDefault();
            commit();
          }}
        >
          <input
            aria-label={td('rename.field')}
            value={renaming}
            maxLength={MAX_NAME_LENGTH}
            autoFocus
            aria-invalid={renaming.trim() === '' || undefined}
            onChange={(e) => setRenaming(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
          />
          <button type="submit" disabled={renaming.trim() === ''}>
            {td('rename.confirm')}
          </button>
          <button type="button" onClick={() => setRenaming(null)}>
            {td('rename.cancel')}
          </button>
          {renaming.trim() === '' && <span role="alert">{td('rename.empty')}</span>}
        </form>
      )}
      <span className="dirty-marker" role="status">
        {dirty ? t('app.unsaved') : ''}
      </span>
    </div>
  );
}

/** The scenario's author and notes, written to the scenario when the dialog closes (one undo step). */
function ScenarioDetails() {
  const { t } = useTranslation(DOCUMENTS_NS);
  const loaded = useScenarioStore((s) => s.scenario !== null);
  const [draft, setDraft] = useState<{ author: string; notes: string } | null>(null);
  const openChange = (open: boolean) => {
    const scenario = useScenarioStore.getState().scenario;
    if (open && scenario) setDraft({ author: scenario.author, notes: scenario.notes });
    else if (!open && draft) {
      useScenarioStore.getState().setDetails(draft);
      setDraft(null);
    }
  };
  return (
    <Dialog.Root open={draft !== null} onOpenChange={openChange}>
      <Dialog.Trigger asChild>
        <button type="button" disabled={!loaded}>
          {t('details.button')}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">{t('details.title')}</Dialog.Title>
          {draft && (
            <div className="details-form">
              <label>
                {t('details.author')}
                <input
                  value={draft.author}
                  maxLength={MAX_NAME_LENGTH}
                  onChange={(e) => setDraft({ ...draft, author: e.target.value })}
                />
              </label>
              <label>
                {t('details.notes')}
                <textarea
                  value={draft.notes}
                  rows={6}
                  onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
                />
              </label>
            </div>
          )}
          <div className="dialog-buttons">
            <Dialog.Close asChild>
              <button type="button" className="primary">
                {t('details.done')}
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
