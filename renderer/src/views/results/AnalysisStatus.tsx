import { useTranslation } from 'react-i18next';

/**
 * The state of a robustness analysis run in the worker: "Computing…" before its first answer, "Updating…" while
 * the answer on screen belongs to earlier weights, the error if it failed; nothing once the answer is current.
 */
export function AnalysisStatus({
  hasResult,
  updating,
  error,
}: {
  hasResult: boolean;
  updating: boolean;
  error: string | null;
}) {
  const { t } = useTranslation();
  if (error && !updating)
    return (
      <p className="view-problem" role="alert">
        {t('results.analysisFailed', { message: error })}
      </p>
    );
  if (!updating) return null;
  return (
    <p className="view-hint analysis-status" role="status">
      {t(hasResult ? 'results.updating' : 'results.computing')}
    </p>
  );
}
