/**
 * Grid figures for `npm run bench`: a scenario of N candidate models × 200 criteria (one observation per
 * cell; N = $SEWB_BENCH_GRID_MODELS, default 10,000, i.e. 2,000,000 observations) written as a .sewb into a
 * fresh workspace as a version 2 file (what Save writes; $SEWB_BENCH_GRID_FORMAT=v1 writes the JSON version 1),
 * opened in Debian's Chromium through the browser host (the real services and the real renderer build in
 * out/renderer, or the one in $SEWB_BENCH_GRID_RENDERER to compare with; run `npm run build` first), which runs in
 * a process of its own (grid-host.ts). Reported:
 * - openSeconds: from the Open dialog's "Open" click as the page receives it to the end of the frame that paints
 *   the grid's rows (file read and checked by the service, sent over HTTP, checked again by the renderer, evaluated
 *   and rendered), both on the page's clock;
 * - openScenarioSeconds / getDatasetSeconds: of that, the page's two requests to the host (Resource Timing: from the
 *   fetch's start to its response's last byte): open the file (read, check, hold) and fetch the dataset's wire bytes;
 * - firstPaintSeconds: of that, from the scenario entering the renderer's store (the app's performance mark
 *   "sewb:scenario-loaded") to the end of the same frame;
 * - wheelFrameMs / jumpFrameMs: the median time per frame while the grid is scrolled down 3 rows per frame
 *   (a fast mouse wheel) / 200 rows per frame (dragging the scrollbar: every frame a new screenful);
 * - heapMb: the page's JavaScript heap after opening (Chromium's performance.memory, after a garbage collection);
 * - saveAsSeconds: from Save As's "Save" click to the new file on disk with every observation (the page names the
 *   dataset the host already holds instead of sending it back);
 * - hostOpenPeakRssMb / hostSavePeakRssMb: the host process's peak resident memory (VmHWM, reset just before the
 *   click) while opening / saving; hostRssMb: its resident memory after the save;
 * - editAutosaveSeconds / hostEditPeakRssMb: after the save, a value typed into the cell Model 00001 × Bench 001 and
 *   Enter: from the Enter to the document's recovery copy renamed into place in the host's recovery folder (the
 *   app's 1.5 s autosave wait included), and the host's peak resident memory over that time (reset before Enter).
 * The page is polled for the mark, not through the accessibility tree, which would load the page it measures.
 * $SEWB_BENCH_GRID_PROFILE=<file> writes the page's CPU profile of the open (Chrome DevTools .cpuprofile);
 * $SEWB_BENCH_GRID_TRACE=<file> its Chrome trace (timeline categories: style, layout, paint).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { ScenarioSchema, type ScenarioInput } from '../../shared/domain/scenario';
import { CHROMIUM_ARGS, findChromium } from '../../electron/host/chromium-printer';
import { readScenarioFile, writeScenarioFile } from '../../electron/services/scenario-file';
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

type OpenWatch = Window & { sewbOpenClick?: number; sewbOpenPainted?: number };

/** The host of grid-host.ts in a child process: its address, and its answers to `reset` and `peak`. */
async function startHostProcess(workspace: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'grid-host.ts'), workspace], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const answer = async () => JSON.parse(String((await lines.next()).value)) as Record<string, unknown>;
  const ask = (command: 'reset' | 'peak') => (child.stdin.write(`${command}\n`), answer());
  const { url } = (await answer()) as { url: string };
  return { url, ask, close: () => child.kill('SIGTERM') };
}

export async function bench(): Promise<Record<string, unknown>> {
  const workspace = mkdtempSync(join(tmpdir(), 'sewb-grid-bench-'));
  const file = join(workspace, 'grid-10k.sewb');
  const format = process.env.SEWB_BENCH_GRID_FORMAT === 'v1' ? 'v1' : 'v2';
  if (format === 'v1') writeFileSync(file, JSON.stringify(generatedScenario()));
  else await writeScenarioFile(file, ScenarioSchema.parse(generatedScenario()));
  const host = await startHostProcess(workspace);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    await page.goto(host.url);
    await page.getByRole('row', { name: /^K-EXAONE\b/ }).waitFor();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /open scenario/i });
    await dialog.getByRole('button', { name: /grid-10k\.sewb/ }).click();
    await page.evaluate(() => {
      performance.clearMarks();
      performance.clearResourceTimings();
    });
    await page.waitForTimeout(500);
    await host.ask('reset');
    const profile = process.env.SEWB_BENCH_GRID_PROFILE;
    const profiler = profile ? await page.context().newCDPSession(page) : null;
    if (profiler) await profiler.send('Profiler.enable').then(() => profiler.send('Profiler.start'));
    const trace = process.env.SEWB_BENCH_GRID_TRACE;
    if (trace)
      await browser.startTracing(page, {
        path: trace,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'],
      });
    // In the page: the click's time as the page receives it (the event's timeStamp), and the end of the first frame
    // that paints the opened grid's rows: each frame's animation-frame callback looks for the row of the first model
    // (its row-id m00001) with its cells; the frame whose callback finds it paints it, and a task posted from that
    // callback runs after the frame's style, layout and paint. Both on the page's clock, so neither Playwright's round
    // trips nor the polling interval count; no app mark is trusted (one set when the grid took its rows, before
    // drawing them, once stopped the clock early). (No named functions inside: tsx would wrap them in a helper the
    // page does not have.)
    await page.evaluate(() => {
      const w = window as OpenWatch;
      document.addEventListener('click', (event) => (w.sewbOpenClick = event.timeStamp), { capture: true, once: true });
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent<boolean>) => {
        if (event.data) w.sewbOpenPainted = performance.now();
        else
          requestAnimationFrame(() =>
            channel.port2.postMessage(!!document.querySelector('[role=row][row-id="m00001"] [col-id="b001"]')),
          );
      };
      channel.port2.postMessage(false);
    });
    await dialog.getByRole('button', { name: /^open$/i }).click();
    await page.waitForFunction(() => (window as OpenWatch).sewbOpenPainted !== undefined, null, {
      timeout: 600_000,
      polling: 100,
    });
    // The last "sewb:scenario-loaded": the opened scenario entering the store.
    const { openSeconds, firstPaintSeconds } = await page.evaluate(() => {
      const { sewbOpenClick, sewbOpenPainted } = window as OpenWatch;
      const loaded = performance.getEntriesByName('sewb:scenario-loaded').at(-1)?.startTime;
      return {
        openSeconds: (sewbOpenPainted! - sewbOpenClick!) / 1000,
        firstPaintSeconds: loaded === undefined ? null : (sewbOpenPainted! - loaded) / 1000,
      };
    });
    const request = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('resource')
          .map((r) => [new URL(r.name).pathname, ((r as PerformanceResourceTiming).responseEnd - r.startTime) / 1000]),
      ),
    );
    const opened = await host.ask('peak');
    if (trace) await browser.stopTracing();
    if (profiler && profile) writeFileSync(profile, JSON.stringify((await profiler.send('Profiler.stop')).profile));
    await page.getByRole('row', { name: /^Model 00001\b/ }).waitFor();
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
    await host.ask('reset');
    const t1 = Date.now();
    await saveDialog.getByRole('button', { name: /^save$/i }).click();
    await saveDialog.waitFor({ state: 'hidden', timeout: 600_000 });
    const saveAsSeconds = (Date.now() - t1) / 1000;
    const afterSave = await host.ask('peak');
    const saved = await readScenarioFile(join(workspace, 'saved-copy.sewb'));

    // A cell edit, then the autosave it starts: the host keeps a recovery copy of the edited scenario.
    await page.evaluate(() => {
      (document.querySelector('.ag-body-vertical-scroll-viewport') as HTMLElement).scrollTop = 0;
    });
    const cell = page.locator('[role="row"][row-id="m00001"] [role="gridcell"][col-id="b001"]');
    await cell.dblclick();
    await cell.locator('input').fill('11.5');
    const recoveryDir = join(workspace, '.workbench', 'recovery');
    /** The recovery copies in place (temp files start with a dot); none while the folder does not exist. */
    const copies = () => (existsSync(recoveryDir) ? readdirSync(recoveryDir).filter((f) => !f.startsWith('.')) : []);
    if (copies().length) throw new Error('a recovery copy before the edit');
    await host.ask('reset');
    const t2 = Date.now();
    await cell.locator('input').press('Enter');
    while (!copies().length) {
      if (Date.now() - t2 > 600_000) throw new Error('no recovery copy 10 minutes after the edit');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const editAutosaveSeconds = (Date.now() - t2) / 1000;
    const afterEdit = await host.ask('peak');
    if (saved.dataset.observations.length !== MODELS * BENCHMARKS) throw new Error('the saved copy lost observations');
    return {
      models: MODELS,
      criteria: BENCHMARKS,
      observations: MODELS * BENCHMARKS,
      format,
      fileMb: Math.round(statSync(file).size / 2 ** 20),
      openSeconds: round(openSeconds),
      openScenarioSeconds: round(request['/api/openScenario'] ?? NaN),
      getDatasetSeconds: round(request['/api/getDataset'] ?? NaN),
      firstPaintSeconds: firstPaintSeconds === null ? null : round(firstPaintSeconds),
      wheelFrameMs: round(wheelFrameMs, 1),
      jumpFrameMs: round(jumpFrameMs, 1),
      heapMb: Math.round(heapMb),
      saveAsSeconds: round(saveAsSeconds),
      hostOpenPeakRssMb: opened.peakRssMb,
      hostSavePeakRssMb: afterSave.peakRssMb,
      hostRssMb: afterSave.rssMb,
      editAutosaveSeconds: round(editAutosaveSeconds),
      hostEditPeakRssMb: afterEdit.peakRssMb,
    };
  } finally {
    await browser.close();
    host.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}
