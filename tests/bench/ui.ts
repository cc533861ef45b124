/**
 * UI frame figures for `npm run bench`: the bundled default scenario in Debian's Chromium through the browser host
 * (the real services and the renderer build in out/renderer; run `npm run build` first), 1400 × 900. Reported:
 * - sliderMs: one key press on a Weights slider (Home and End in turn on τ²-Bench Retail, so every press reorders the
 *   ranking) until the ranking table and the chart beside the sliders are painted: the clock starts before the
 *   keydown is dispatched and stops in the first task after the next animation frame, once the table's text shows
 *   the new weights (median and 90th percentile of PRESSES presses);
 * - tabSwitchMs: a tab click (Data → Weights → Results → Data …, each view visited before) until painted, same clock;
 * - tabFirstVisitMs: the first click on each view (it mounts the grid or the charts): what every switch cost before
 *   visited views stayed mounted, measured in the same run.
 * Each figure is given per run ({median, p90} of each of RUNS fresh pages), so the spread shows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/host/chromium-printer';
import { startHost } from '../../electron/host/server';

const RUNS = 3;
const PRESSES = 80;
const SWITCHES = 30;
const root = join(__dirname, '../..');

const round = (x: number) => Math.round(x * 10) / 10;
function stats(samples: number[]): { median: number; p90: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: round(s[s.length >> 1]), p90: round(s[Math.floor(0.9 * (s.length - 1))]) };
}

/** In the page: milliseconds from `act` to the first task after the next frame (the frame that paints it). */
const PAINTED = `window.__painted = (act) => new Promise((resolve) => {
  const t0 = performance.now();
  act();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - t0);
    channel.port2.postMessage(0);
  });
});`;

async function sliderPresses(page: Page): Promise<number[]> {
  return page.evaluate(async (presses) => {
    const painted = (window as unknown as { __painted: (act: () => void) => Promise<number> }).__painted;
    const thumb = document.querySelector('[role="slider"][aria-label="τ²-Bench Retail"]') as HTMLElement;
    const table = document.querySelector('.weights-ranking table') as HTMLElement;
    thumb.focus();
    const times: number[] = [];
    for (let i = 0; i < presses; i++) {
      const before = table.textContent;
      const key = i % 2 ? 'Home' : 'End';
      times.push(
        await painted(() =>
          thumb.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })),
        ),
      );
      if (table.textContent === before) throw new Error(`the ranking did not follow the slider (press ${i})`);
      await new Promise((r) => setTimeout(r, 30));
    }
    return times;
  }, PRESSES);
}

async function tabClicks(page: Page, names: string[]): Promise<number[]> {
  return page.evaluate(async (tabs) => {
    const painted = (window as unknown as { __painted: (act: () => void) => Promise<number> }).__painted;
    const tab = (name: string) =>
      [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent === name) as HTMLElement;
    const times: number[] = [];
    for (const name of tabs) {
      times.push(await painted(() => tab(name).click()));
      await new Promise((r) => setTimeout(r, 50));
    }
    return times;
  }, names);
}

export async function bench(): Promise<Record<string, unknown>> {
  const workspace = mkdtempSync(join(tmpdir(), 'sewb-ui-bench-'));
  const host = await startHost({
    workspaceDir: workspace,
    dataDir: join(root, 'data'),
    rendererDir: join(root, 'out/renderer'),
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const slider: { median: number; p90: number }[] = [];
  const switches: { median: number; p90: number }[] = [];
  const firstVisits: number[][] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
      await page.goto(host.url);
      await page.getByRole('row', { name: /^K-EXAONE\b/ }).waitFor();
      await page.evaluate(PAINTED);
      firstVisits.push(await tabClicks(page, ['Weights', 'Results']));
      await tabClicks(page, ['Weights']);
      await page.getByRole('table', { name: 'Ranking' }).waitFor();
      slider.push(stats(await sliderPresses(page)));
      const cycle = ['Data', 'Weights', 'Results'];
      switches.push(
        stats(
          await tabClicks(
            page,
            Array.from({ length: SWITCHES }, (_, i) => cycle[i % 3]),
          ),
        ),
      );
      await page.close();
    }
    return {
      scenario: 'default',
      viewport: '1400x900',
      sliderMs: slider,
      tabSwitchMs: switches,
      tabFirstVisitMs: { weights: firstVisits.map((v) => round(v[0])), results: firstVisits.map((v) => round(v[1])) },
    };
  } finally {
    await browser.close();
    await host.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}
