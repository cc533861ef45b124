import { randomUUID } from 'node:crypto';
import { COMPARISON_VIEW } from '../../shared/api/http';
import { WorkbenchError } from '../../shared/api/errors';
import type { Scenario } from '../../shared/domain/scenario';
import type { ReportPrinter } from './ports';
import { assertPdf } from './report-jobs';

/** One scenario of a comparison under its document's name. */
export interface ComparedDocument {
  name: string;
  scenario: Scenario;
}

interface ComparisonJob {
  documents: ComparedDocument[];
  generatedAt: string;
  language?: 'ko' | 'en';
}

/** Comparisons waiting to be printed, by job id; the comparison report view fetches its job with getComparisonJob. */
interface ComparisonJobs {
  get(id: string): ComparisonJob;
  /** Creates a job, lets `printer` render its comparison view, and removes the job whatever happens. */
  print(
    documents: ComparedDocument[],
    printer: ReportPrinter,
    language?: ComparisonJob['language'],
  ): Promise<Uint8Array>;
}

export function createComparisonJobs(now: () => Date = () => new Date()): ComparisonJobs {
  const jobs = new Map<string, ComparisonJob>();
  return {
    get(id) {
      const job = jobs.get(id);
      if (!job) throw new WorkbenchError('not-found', `no pending comparison job ${id}`, null);
      return job;
    },
    async print(documents, printer, language) {
      const id = randomUUID();
      jobs.set(id, { documents, generatedAt: now().toISOString(), ...(language && { language }) });
      try {
        return assertPdf(await printer.print(id, COMPARISON_VIEW));
      } finally {
        jobs.delete(id);
      }
    },
  };
}
