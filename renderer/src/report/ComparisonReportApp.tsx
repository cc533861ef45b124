import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_READY_ATTR } from '../../../shared/api/http';
import type { Scenario } from '../../../shared/domain/scenario';
import { compareScenarios, type Comparison } from '../../../shared/evaluation/compare';
import { useApi } from '../api/ApiContext';
import { describeError } from '../files/describe-error';
import { ComparisonReport } from './ComparisonReport';
import './report.css';

interface Job {
  comparison: Comparison;
  generatedAt: string;
}

/**
 * The printable comparison of one job (?report=<id>&view=comparison): fetched from the host, compared here
 * (shared/evaluation/compare), laid out for A4. REPORT_READY_ATTR is set once the fonts are loaded ("error" when the
 * job cannot be fetched or compared).
 */
export function ComparisonReportApp({ jobId }: { jobId: string }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const [job, setJob] = useState<Job | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.getComparisonJob({ id: jobId }).then(
      async (result) => {
        if (result.language && result.language !== i18n.language) await i18n.changeLanguage(result.language);
        const documents = result.documents as { name: string; scenario: Scenario }[];
        let comparison: Comparison;
        try {
          comparison = compareScenarios(documents);
        } catch (error) {
          if (live) setProblem(describeError(t, error));
          return;
        }
        if (live) setJob({ comparison, generatedAt: result.generatedAt });
      },
      (error: unknown) => live && setProblem(describeError(t, error)),
    );
    return () => {
      live = false;
    };
  }, [api, jobId, t, i18n]);

  useEffect(() => {
    if (problem) return document.documentElement.setAttribute(REPORT_READY_ATTR, 'error');
    if (!job) return;
    let live = true;
    // document.fonts is missing where nothing renders fonts (jsdom); there is nothing to wait for then.
    void (document.fonts?.ready ?? Promise.resolve()).then(() => {
      if (live) document.documentElement.setAttribute(REPORT_READY_ATTR, 'true');
    });
    return () => {
      live = false;
    };
  }, [job, problem]);

  if (problem)
    return (
      <p className="report-problem" role="alert">
        {problem}
      </p>
    );
  if (!job) return <p className="report-loading">{t('report.loading')}</p>;
  return <ComparisonReport comparison={job.comparison} generatedAt={job.generatedAt} />;
}
