import { BrowserWindow, type PrintToPDFOptions, type WebContents, type WebPreferences } from 'electron';
import { WorkbenchError } from '../../shared/api/errors';
import { REPORT_READY_ATTR, reportViewUrl, type ReportView } from '../../shared/api/http';

export interface PdfPrinterOptions {
  /** The same secure preferences (and preload) as the main window. */
  webPreferences: WebPreferences;
  /** URL of the report view for a job (the renderer with ?report=<jobId>). */
  reportUrl(jobId: string): string;
  /** How long the report view may take to become ready. */
  timeoutMs?: number;
  pollMs?: number;
}

/** A4 with backgrounds (chart colours) and "page / total" centred in the footer. */
export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="width:100%;font-size:8px;text-align:center;color:#555">' +
    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  margins: { top: 0.4, bottom: 0.6, left: 0.4, right: 0.4 },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the report view marks <html REPORT_READY_ATTR="true"> (data loaded, charts drawn,
 * fonts ready). "error" means the view could not render the job.
 */
export async function waitForReportReady(contents: WebContents, timeoutMs: number, pollMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const probe = `document.documentElement.getAttribute(${JSON.stringify(REPORT_READY_ATTR)})`;
  for (;;) {
    const state: unknown = await contents.executeJavaScript(probe);
    if (state === 'true') return;
    if (state === 'error') throw new WorkbenchError('printer', 'The report view could not render this report');
    if (Date.now() >= deadline) {
      throw new WorkbenchError('printer', `The report view was not ready after ${Math.round(timeoutMs / 1000)} s`);
    }
    await sleep(pollMs);
  }
}

/**
 * The ReportPrinter port of the services: a hidden window renders the report view of the same bundle
 * for the job, Chromium prints it to PDF, and the window is destroyed whatever happens.
 */
export function createPdfPrinter(options: PdfPrinterOptions) {
  const { webPreferences, reportUrl, timeoutMs = 60_000, pollMs = 100 } = options;
  return {
    async print(jobId: string, view?: ReportView): Promise<Uint8Array> {
      const window = new BrowserWindow({
        show: false,
        width: 1123,
        height: 1588,
        webPreferences: { ...webPreferences, backgroundThrottling: false },
      });
      try {
        await window.loadURL(reportViewUrl(reportUrl(jobId), view));
        await waitForReportReady(window.webContents, timeoutMs, pollMs);
        return await window.webContents.printToPDF(PDF_OPTIONS);
      } catch (error) {
        if (error instanceof WorkbenchError) throw error;
        throw new WorkbenchError('printer', `Printing the report failed: ${(error as Error).message}`);
      } finally {
        if (!window.isDestroyed()) window.destroy();
      }
    },
  };
}
