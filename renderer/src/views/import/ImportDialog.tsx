import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
import { IMPORT_NS } from '../../i18n';
import { useImportStore, type ImportRequest } from './import-store';
import { ImportCounts } from './ImportCounts';
import { MappingStep } from './MappingStep';
import { PreviewTable } from './PreviewTable';
import { ProblemsTable } from './ProblemsTable';
import { useImportSession, type ImportSession } from './useImportSession';
import './import.css';
import { useReturnFocus } from '../../components/return-focus';

/** The Import dialog: file and format, mapping, counts, problems to fix or skip, the accepted rows, Import. */
export function ImportDialog() {
  const request = useImportStore((s) => s.request);
  const close = useImportStore((s) => s.close);
  return (
    <Dialog.Root open={request !== null} onOpenChange={(open) => !open && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        {request && <ImportContent key={request.id} request={request} onClose={close} />}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function ImportContent({ request, onClose }: { request: ImportRequest; onClose(): void }) {
  const { t } = useTranslation(IMPORT_NS);
  const returnFocus = useReturnFocus();
  const session = useImportSession(request, onClose);
  const { preview, mapping, running } = session;
  return (
    <Dialog.Content className="dialog import-dialog" aria-describedby={undefined} {...returnFocus}>
      <Dialog.Title className="dialog-title">{t('dialog.title')}</Dialog.Title>
      {preview && (
        <dl className="import-file">
          <dt>{t('dialog.file')}</dt>
          <dd title={session.path ?? undefined}>{preview.file}</dd>
          <dt>{t('dialog.format')}</dt>
          <dd>{t(`dialog.formats.${preview.format}`)}</dd>
        </dl>
      )}
      {session.remembered && <p className="import-note">{t('dialog.remembered')}</p>}
      {preview && mapping && (
        <>
          <MappingStep
            preview={preview}
            mapping={mapping}
            disabled={running !== null}
            onChange={session.setMapping}
            onSheet={session.setSheet}
          />
          <ImportCounts preview={preview} />
          <ProblemsTable preview={preview} edits={session.edits} onChange={session.setEdits} />
          <PreviewTable preview={preview} />
        </>
      )}
      {session.error && (
        <p className="import-error" role="alert">
          {session.error}
        </p>
      )}
      <Footer session={session} onClose={onClose} />
    </Dialog.Content>
  );
}

function Footer({ session, onClose }: { session: ImportSession; onClose(): void }) {
  const { t } = useTranslation(IMPORT_NS);
  const { preview, running, stale, progress } = session;
  if (running) {
    // Determinate while the host reads the file; indeterminate before it has said how much, and while it checks
    // and merges what it read.
    const reading = progress !== null && progress.total > 0 && progress.done < progress.total;
    const percent = reading ? Math.floor((100 * progress.done) / progress.total) : null;
    return (
      <div className="dialog-buttons import-progress">
        <progress
          aria-label={t(`dialog.${running}`)}
          aria-valuetext={percent === null ? undefined : t('dialog.progress', { percent })}
          {...(reading ? { value: progress.done, max: progress.total } : {})}
        />
        <span>{percent === null ? t(`dialog.${running}`) : t('dialog.progress', { percent })}</span>
        <button type="button" onClick={session.abandon}>
          {t('dialog.cancel')}
        </button>
      </div>
    );
  }
  const problems = preview?.counts.problems ?? 0;
  const nothing = preview !== null && preview.counts.observations === 0;
  const hint = !preview
    ? null
    : stale
      ? t('dialog.staleHint')
      : problems
        ? t('dialog.problemsHint')
        : nothing
          ? t('dialog.nothingHint')
          : t('dialog.readyHint');
  return (
    <>
      {hint && <p className="import-hint">{hint}</p>}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="button" onClick={session.checkAgain} disabled={!preview}>
          {t('dialog.checkAgain')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={session.commit}
          disabled={!preview || problems > 0 || stale || nothing}
        >
          {t('dialog.import')}
        </button>
      </div>
    </>
  );
}
