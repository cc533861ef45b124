import { useTranslation } from 'react-i18next';
import { useDocumentFile } from '../files/document-file';
import { FILES_NS } from '../i18n';
import { useScenarioStore } from '../state/scenario-store';
import { useUiStore } from '../state/ui-store';

/** Why autosave failed, named for what the user can do about it (full disk, read-only folder). */
function useAutosaveProblem(): string | null {
  const { t } = useTranslation(FILES_NS);
  const problem = useDocumentFile((s) => s.autosaveProblem);
  if (!problem) return null;
  const reason =
    problem.code === 'disk-full'
      ? t('autosave.diskFull')
      : problem.code === 'read-only'
        ? t('autosave.readOnly')
        : t('autosave.other', { message: problem.message });
  return t('autosave.failed', { reason, seconds: Math.round(problem.retryInMs / 1000) });
}

/** The bottom line: the last message (errors as an alert), an autosave failure, and the scenario's file. */
export function StatusLine() {
  const { t } = useTranslation();
  const status = useUiStore((s) => s.status);
  const path = useScenarioStore((s) => s.path);
  const autosaveProblem = useAutosaveProblem();
  return (
    <footer className="status-line">
      <div
        className={`status-message ${status?.kind === 'error' ? 'is-error' : ''}`}
        role={status?.kind === 'error' ? 'alert' : 'status'}
      >
        {status?.text ?? t('status.ready')}
      </div>
      {autosaveProblem && (
        <div className="status-message is-error status-autosave" role="alert">
          {autosaveProblem}
        </div>
      )}
      <div className="status-file" title={path ?? undefined}>
        {path ?? t('app.untitledPath')}
      </div>
    </footer>
  );
}
