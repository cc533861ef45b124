/**
 * Grid figures for `npm run bench`: a scenario of N candidate models × 200 criteria (one observation per
 * cell; N = $SEWB_BENCH_GRID_MODELS, default 10,000, i.e. 2,000,000 observations) written as a .sewb into a
 * fresh workspace, opened in Debian's Chromium through the browser host (the real services and the real
 * renderer build in out/renderer; run `npm run build` first). Reported:
 * - openSeconds: from the Open dialog's "Open" click to the grid's rows painted (file read and checked by
 *   the service, sent over HTTP, checked again by the renderer, evaluated and rendered);
 * - firstPaintSeconds: from the scenario entering the renderer's store to the grid's first rows painted
 *   (the app's performance marks "sewb:scenario-loaded" and "sewb:grid-rendered"): the target of issue 4;
 * - wheelFrameMs / jumpFrameMs: the median time per frame while the grid is scrolled down 3 rows per frame
 *   (a fast mouse wheel) / 200 rows per frame (dragging the scrollbar: every frame a new screenful);
 * - heapMb: the page's JavaScript heap after opening (Chromium's performance.memory, after a garbage collection);
 * - saveAsSeconds: from Save As's "Save" click to the new file on disk with every observation (the page names the
 *   dataset the host already holds instead of sending it back).
 * The page is polled for the mark, not through the accessibility tree, which would load the page it measures.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { ScenarioInput } from '../../shared/domain/scenario';
import { CHROMIUM_ARGS, findChromium } from '../../electron/host/chromium-printer';
import { startHost } from '../../electron/host/server';
import { readScenarioFile } from '../../electron/services/scenario-file';
import { largeScenario } from '../e2e/large-scenario';

const MODELS = Number(process.env.SEWB_BENCH_GRID_MODELS ?? 10_000);
const BENCHMARKS = 200;
const root = join(__dirname, '../..');

/** The large-report generator's seeded scenario at the grid's size (one observation per cell, WSM over min-max). */
export function generatedScenario(): ScenarioInput {
  const { scenario } = largeScenario(MODELS, BENCHMARKS, 11);
  return { ...scenario, name: `Grid benchmark ${MODELS} × ${BENCHMARKS}` };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function bench(): Promise<Record<string, unknown>> {
  const workspace = mkdtempSync(join(tmpdir(), 'sewb-grid-bench-'));
  const file = join(workspace, 'grid-10k.sewb');
  writeFileSync(file, JSON.stringify(generatedScenario()));
  const host = await startHost({
    workspaceDir: workspace,
    dataDir: join(root, 'data'),
    rendererDir: join(root, 'out/renderer'),
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    await page.goto(host.url);
    await page.getByRole('row', { name: /^K-EXAONE\b/ }).waitFor();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /open scenario/i });
    await dialog.getByRole('button', { name: /grid-10k\.sewb/ }).click();
    await page.evaluate(() => performance.clearMarks());
    await page.waitForTimeout(500);
    const t0 = Date.now();
    await dialog.getByRole('button', { name: /^open$/i }).click();
    await page.waitForFunction(() => performance.getEntriesByName('sewb:grid-rendered').length > 0, null, {
      timeout: 600_000,
      polling: 100,
    });
    const openSeconds = (Date.now() - t0) / 1000;
    await page.getByRole('row', { name: /^Model 00001\b/ }).waitFor();
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    );
    // The last marks: the opened scenario entering the store, and the grid painting its rows.
    const loaded = marks['sewb:scenario-loaded'];
    const rendered = marks['sewb:grid-rendered'];
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapMb = await page.evaluate(
      () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20,
    );
    const medianFrameMs = (rows: number) =>
      page.evaluate(async (step) => {
        const viewport = document.querySelector('.ag-body-vertical-scroll-viewport') as HTMLElement;
        viewport.scrollTop = 0;
        await new Promise(requestAnimationFrame);
        const frames: number[] = [];
        let last = performance.now();
        for (let i = 0; i < 40; i++) {
          viewport.scrollTop += step;
          await new Promise(requestAnimationFrame);
          const now = performance.now();
          frames.push(now - last);
          last = now;
        }
        frames.sort((a, b) => a - b);
        return frames[frames.length >> 1];
      }, rows * 30);
    const wheelFrameMs = await medianFrameMs(3);
    const jumpFrameMs = await medianFrameMs(200);

    await page.getByRole('button', { name: 'Save As', exact: true }).click();
    const saveDialog = page.getByRole('dialog', { name: /save scenario as/i });
    await saveDialog.getByRole('textbox', { name: 'File name' }).fill('saved-copy');
    const t1 = Date.now();
    await saveDialog.getByRole('button', { name: /^save$/i }).click();
    await saveDialog.waitFor({ state: 'hidden', timeout: 600_000 });
    const saveAsSeconds = (Date.now() - t1) / 1000;
    const saved = await readScenarioFile(join(workspace, 'saved-copy.sewb'));
    if (saved.dataset.observations.length !== MODELS * BENCHMARKS) throw new Error('the saved copy lost observations');
    return {
      models: MODELS,
      criteria: BENCHMARKS,
      observations: MODELS * BENCHMARKS,
      fileMb: Math.round(statSync(file).size / 2 ** 20),
      openSeconds: round(openSeconds),
      firstPaintSeconds: loaded !== undefined && rendered !== undefined ? round((rendered - loaded) / 1000) : null,
      wheelFrameMs: round(wheelFrameMs, 1),
      jumpFrameMs: round(jumpFrameMs, 1),
      heapMb: Math.round(heapMb),
      saveAsSeconds: round(saveAsSeconds),
    };
  } finally {
    await browser.close();
    await host.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}
