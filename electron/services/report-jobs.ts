import { randomUUID } from 'node:crypto';
import { WorkbenchError } from '../../shared/api/errors';
import type { Scenario } from '../../shared/domain/scenario';
import type { ReportPrinter } from './ports';

interface ReportJob {
  scenario: Scenario;
  generatedAt: string;
  language?: 'ko' | 'en';
  /** The "What it takes" goal chosen in the Results view, if any. */
  whatIf?: { model: string; goal: string };
}

/** Scenarios waiting to be printed, by job id; the report view fetches its job with getReportJob. */
interface ReportJobs {
  get(id: string): ReportJob;
  /** Creates a job, lets `printer` render it, and removes the job whatever happens. */
  print(
    scenario: Scenario,
    printer: ReportPrinter,
    language?: ReportJob['language'],
    whatIf?: ReportJob['whatIf'],
  ): Promise<Uint8Array>;
}

const PDF_MAGIC = '%PDF-';

/** The printer's bytes when they are a PDF document, else a printer error. */
export function assertPdf(pdf: Uint8Array): Uint8Array {
  if (Buffer.from(pdf.subarray(0, PDF_MAGIC.length)).toString('latin1') !== PDF_MAGIC)
    throw new WorkbenchError('printer', 'the printer did not return a PDF document');
  return pdf;
}

export function createReportJobs(now: () => Date = () => new Date()): ReportJobs {
  const jobs = new Map<string, ReportJob>();
  return {
    get(id) {
      const job = jobs.get(id);
      if (!job) throw new WorkbenchError('not-found', `no pending report job ${id}`, null);
      return job;
    },
    async print(scenario, printer, language, whatIf) {
      const id = randomUUID();
      jobs.set(id, {
        scenario,
        generatedAt: now().toISOString(),
        ...(language && { language }),
        ...(whatIf && { whatIf }),
      });
      try {
        return assertPdf(await printer.print(id));
      } finally {
        jobs.delete(id);
      }
    },
  };
}
