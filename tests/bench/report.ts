/**
 * Report figures for `npm run bench`: Export PDF of generated scenarios (tests/e2e/large-scenario.ts, seeded) in
 * Debian's Chromium through the browser host (the real services and the renderer build in out/renderer; run
 * `npm run build` first). The scenario is opened through the Open dialog, then Export PDF is clicked RUNS times:
 * - exportSeconds: from the export dialog's "Export" click to the status line saying the PDF is written (the host
 *   hands the job to headless Chromium, the report view fetches, evaluates and lays it out, Chromium prints it, the
 *   host writes the file and replies): median, min and max of the runs;
 * - pages and kb: the PDF's page count and size.
 * 1,000 × 50 always; 10,000 × 200 (348 MB scenario, one run) with SEWB_BENCH_REPORT_LARGE=1 only: the host runs in
 * this process and holds the document while it sends the report job as JSON, more than Node's default 4 GB heap
 * (NODE_OPTIONS=--max-old-space-size=8192), and an out-of-memory crash would lose every figure of the bench.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/host/chromium-printer';
import { startHost } from '../../electron/host/server';
import { largeScenario } from '../e2e/large-scenario';

const RUNS = 3;
const root = join(__dirname, '../..');
const round = (x: number) => Math.round(x * 100) / 100;

/** Clicks Export PDF, names the file, and times "Export" → the PDF on disk (or fails with the status line's message). */
async function exportPdf(page: Page, workspace: string, name: string): Promise<{ seconds: number; file: string }> {
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /export pdf/i });
  await dialog.getByRole('textbox', { name: 'File name' }).fill(name);
  const file = join(workspace, `${name}.pdf`);
  const statusLine = page.getByRole('contentinfo');
  const t0 = Date.now();
  await dialog.getByRole('button', { name: /^(export|save)$/i }).click();
  // The host writes the file atomically before it replies; the status line then names it, or says why not.
  await statusLine.getByText(new RegExp(`PDF written to .*${name}\\.pdf|fail`, 'i')).waitFor({ timeout: 900_000 });
  const seconds = (Date.now() - t0) / 1000;
  if (!existsSync(file)) throw new Error(await statusLine.innerText());
  return { seconds, file };
}

async function pageCount(file: string): Promise<number> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return (await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise).numPages;
}

/** Opens a models × benchmarks scenario and exports its report `runs` times. */
export async function reportFigures(
  models: number,
  benchmarks: number,
  runs: number,
): Promise<Record<string, unknown>> {
  const workspace = mkdtempSync(join(tmpdir(), 'sewb-report-bench-'));
  writeFileSync(join(workspace, 'large.sewb'), JSON.stringify(largeScenario(models, benchmarks).scenario));
  const host = await startHost({
    workspaceDir: workspace,
    dataDir: join(root, 'data'),
    rendererDir: join(root, 'out/renderer'),
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /open scenario/i });
    await dialog.getByRole('button', { name: /large\.sewb/ }).click();
    await dialog.getByRole('button', { name: /^open$/i }).click();
    await page.getByRole('row', { name: /^Model 00001\b/ }).waitFor({ timeout: 600_000 });
    const seconds: number[] = [];
    let file = '';
    for (let run = 0; run < runs; run++) {
      const result = await exportPdf(page, workspace, `report-${run}`);
      seconds.push(result.seconds);
      file = result.file;
    }
    seconds.sort((a, b) => a - b);
    return {
      models,
      criteria: benchmarks,
      runs,
      exportSeconds: {
        median: round(seconds[seconds.length >> 1]!),
        min: round(seconds[0]!),
        max: round(seconds[seconds.length - 1]!),
      },
      pages: await pageCount(file),
      kb: Math.round(statSync(file).size / 1024),
    };
  } finally {
    await browser.close();
    await host.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

export async function bench(): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = { '1000x50': await reportFigures(1_000, 50, RUNS) };
  if (process.env.SEWB_BENCH_REPORT_LARGE === '1')
    figures['10000x200'] = await reportFigures(10_000, 200, 1).catch((error: unknown) => ({
      error: error instanceof Error ? error.message.split('\n')[0] : String(error),
    }));
  return figures;
}
