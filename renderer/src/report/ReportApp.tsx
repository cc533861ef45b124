import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/domain/scenario';
import { REPORT_READY_ATTR } from '../../../shared/api/http';
import { useApi } from '../api/ApiContext';
import { describeError } from '../files/describe-error';
import { evaluate } from '../state/evaluation';
import { Report } from './Report';
import './report.css';

interface Job {
  scenario: Scenario;
  generatedAt: string;
  language?: 'ko' | 'en';
  whatIf?: { model: string; goal: string };
}

/**
 * The printable report of one job (?report=<id>): fetched from the host, evaluated here, laid out for
 * A4. The printer waits for REPORT_READY_ATTR, set once the fonts are loaded and the chart has drawn.
 */
export function ReportApp({ jobId }: { jobId: string }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const [job, setJob] = useState<Job | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chartDone, setChartDone] = useState(false);

  useEffect(() => {
    let live = true;
    api.getReportJob({ id: jobId }).then(
      async (result) => {
        // The report is printed in the language of the UI that asked for it.
        if (result.language && result.language !== i18n.language) await i18n.changeLanguage(result.language);
        if (live) setJob(result as Job);
      },
      (error: unknown) => live && setProblem(describeError(t, error)),
    );
    return () => {
      live = false;
    };
  }, [api, jobId, t, i18n]);

  const result = job ? evaluate(job.scenario) : null;
  // An unrankable scenario prints without a chart (the report says why there is no ranking).
  const unrankable = result !== null && !result.ok ? result.unrankable : null;
  const printable = result !== null && (result.ok ? chartDone : unrankable !== null);
  const failed = problem !== null || (result !== null && !result.ok && unrankable === null);

  // Ready once the fonts are loaded and the chart has drawn; "error" tells the printer to stop waiting.
  useEffect(() => {
    if (failed) return document.documentElement.setAttribute(REPORT_READY_ATTR, 'error');
    if (!printable) return;
    let live = true;
    // document.fonts is missing where nothing renders fonts (jsdom); there is nothing to wait for then.
    void (document.fonts?.ready ?? Promise.resolve()).then(() => {
      if (live) document.documentElement.setAttribute(REPORT_READY_ATTR, 'true');
    });
    return () => {
      live = false;
    };
  }, [printable, failed]);

  if (problem)
    return (
      <p className="report-problem" role="alert">
        {problem}
      </p>
    );
  if (!job || !result) return <p className="report-loading">{t('report.loading')}</p>;
  if (!result.ok && !result.unrankable)
    return (
      <p className="report-problem" role="alert">
        {t('status.evaluationFailed', { message: result.message })}
      </p>
    );
  const chartRendered = () => setChartDone(true);
  return result.ok ? (
    <Report
      scenario={job.scenario}
      evaluation={result.evaluation}
      generatedAt={job.generatedAt}
      whatIf={job.whatIf}
      onChartRendered={chartRendered}
    />
  ) : (
    <Report
      scenario={job.scenario}
      evaluation={null}
      unrankable={result.unrankable!}
      generatedAt={job.generatedAt}
      whatIf={job.whatIf}
      onChartRendered={chartRendered}
    />
  );
}
