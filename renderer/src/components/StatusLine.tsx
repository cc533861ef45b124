import { useTranslation } from 'react-i18next';
import { useScenarioStore } from '../state/scenario-store';
import { useUiStore } from '../state/ui-store';

/** The bottom line: the last message (errors as an alert) and the scenario's file. */
export function StatusLine() {
  const { t } = useTranslation();
  const status = useUiStore((s) => s.status);
  const path = useScenarioStore((s) => s.path);
  return (
    <footer className="status-line">
      <div
        className={`status-message ${status?.kind === 'error' ? 'is-error' : ''}`}
        role={status?.kind === 'error' ? 'alert' : 'status'}
      >
        {status?.text ?? t('status.ready')}
      </div>
      <div className="status-file" title={path ?? undefined}>
        {path ?? t('app.untitledPath')}
      </div>
    </footer>
  );
}
