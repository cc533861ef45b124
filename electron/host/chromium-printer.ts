import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { WorkbenchError } from '../../shared/api/errors';
import { REPORT_READY_ATTR, reportViewUrl } from '../../shared/api/http';
import type { ReportPrinter } from '../services/ports';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface ChromiumPrinterOptions {
  /** Explicit executable; else $CHROME_PATH; else /usr/bin/chromium. */
  chromePath?: string;
  /** The address of the report view for a job (the app with ?token=…&report=<jobId>). */
  reportUrl(jobId: string): string;
  /** How long the report view may take to become ready. */
  timeoutMs?: number;
}

export interface ChromiumPrinter extends ReportPrinter {
  close(): Promise<void>;
}

/** The Chromium to launch, or a 'printer' error naming every place that was tried. */
export function findChromium(chromePath?: string): string {
  const tried = [
    chromePath && `chromePath ${chromePath}`,
    process.env.CHROME_PATH && `CHROME_PATH=${process.env.CHROME_PATH}`,
    DEFAULT_CHROMIUM,
  ].filter((s): s is string => Boolean(s));
  const candidate = chromePath ?? process.env.CHROME_PATH ?? DEFAULT_CHROMIUM;
  if (existsSync(candidate)) return candidate;
  throw new WorkbenchError(
    'printer',
    `Chromium not found for printing the report (tried ${tried.join(', ')}): install Chromium (e.g. apt-get install chromium) or set CHROME_PATH`,
  );
}

/**
 * Prints report views with headless Chromium: opens the job's report URL, waits until the page marks
 * <html data-report-ready="true"> (or "error"), and prints A4 with page numbers. One browser is launched
 * on the first job and reused; close() shuts it down.
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions): ChromiumPrinter {
  const timeout = options.timeoutMs ?? 60_000;
  let browser: Promise<Browser> | null = null;

  const launch = (): Promise<Browser> => {
    if (!browser) {
      const executablePath = findChromium(options.chromePath);
      browser = chromium.launch({ executablePath, args: CHROMIUM_ARGS }).then((b) => {
        b.on('disconnected', () => (browser = null));
        return b;
      });
      browser.catch(() => (browser = null));
    }
    return browser;
  };

  return {
    async print(jobId, view) {
      let instance: Browser;
      try {
        instance = await launch();
      } catch (error) {
        if (error instanceof WorkbenchError) throw error;
        throw new WorkbenchError('printer', `Chromium could not start: ${(error as Error).message.split('\n')[0]}`);
      }
      const context = await instance.newContext();
      try {
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(reportViewUrl(options.reportUrl(jobId), view), { waitUntil: 'load', timeout });
        const ready = `html[${REPORT_READY_ATTR}="true"], html[${REPORT_READY_ATTR}="error"]`;
        await page.waitForSelector(ready, { state: 'attached', timeout }).catch(() => {
          throw new WorkbenchError(
            'printer',
            `the report view did not become ready within ${timeout / 1000} s${problems.length ? ` (${problems[0]})` : ''}`,
          );
        });
        if ((await page.getAttribute('html', REPORT_READY_ATTR)) !== 'true')
          throw new WorkbenchError(
            'printer',
            `the report view could not render the report${problems.length ? ` (${problems[0]})` : ''}`,
          );
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate:
            '<div style="width:100%;font-size:8px;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
          margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
        });
        return new Uint8Array(pdf);
      } catch (error) {
        if (error instanceof WorkbenchError) throw error;
        throw new WorkbenchError('printer', `printing the report failed: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await context.close().catch(() => undefined);
      }
    },
    async close() {
      const current = browser;
      browser = null;
      if (current) await (await current.catch(() => null))?.close();
    },
  };
}
