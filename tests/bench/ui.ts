/**
 * UI frame figures for `npm run bench`: the bundled default scenario in Debian's Chromium through the browser host
 * (the real services and the renderer build in out/renderer; run `npm run build` first), 1400 × 900. Reported:
 * - sliderMs: one key press on a Weights slider (Home and End in turn on IFEval, so every press reorders the ranking;
 *   τ²-Bench Retail did before the coverage rule kept HyperCLOVA X SEED last) until the ranking table and the chart beside the sliders are painted: the clock starts before the
 *   keydown is dispatched and stops in the first task after the next animation frame, once the table's text shows
 *   the new weights (median and 90th percentile of PRESSES presses);
 * - frameFloorMs: the same clock around nothing (the wait for the next frame): the floor under both figures;
 * - tabSwitchMs: a tab click (Data → Weights → Results → Data …, each view visited before) until painted, same clock;
 * - tabFirstVisitMs: the first click on each view (it mounts the grid or the charts): what every switch cost before
 *   visited views stayed mounted, measured in the same run.
 * Each figure is given per run ({median, p90} of each of RUNS fresh pages), so the spread shows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/host/chromium-printer';
import { startHost } from '../../electron/host/server';

const RUNS = 3;
const PRESSES = 80;
const SWITCHES = 30;
const SLIDER = 'IFEval';
const root = join(__dirname, '../..');

const round = (x: number) => Math.round(x * 10) / 10;
function stats(samples: number[]): { median: number; p90: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: round(s[s.length >> 1]), p90: round(s[Math.floor(0.9 * (s.length - 1))]) };
}

/**
 * In the page (a string: the bundler's helpers do not exist there). painted(act): milliseconds from `act` to the
 * first task after the next animation frame (the frame that paints it); slider(label, presses) and tabs(names): the
 * samples of the two figures.
 */
const IN_PAGE = `
const painted = (act) => new Promise((resolve) => {
  const t0 = performance.now();
  act();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - t0);
    channel.port2.postMessage(0);
  });
});
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
window.__slider = async (label, presses) => {
  const thumb = document.querySelector('[role="slider"][aria-label="' + label + '"]');
  const table = document.querySelector('.weights-ranking table');
  thumb.focus();
  const times = [];
  for (let i = 0; i < presses; i++) {
    const before = table.textContent;
    const key = i % 2 ? 'Home' : 'End';
    times.push(await painted(() => thumb.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))));
    if (table.textContent === before) throw new Error('the ranking did not follow the slider (press ' + i + ')');
    await pause(30);
  }
  return times;
};
window.__idle = async (count) => {
  const times = [];
  for (let i = 0; i < count; i++) {
    times.push(await painted(() => {}));
    await pause(30);
  }
  return times;
};
window.__tabs = async (names) => {
  const times = [];
  for (const name of names) {
    const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent === name);
    times.push(await painted(() => tab.click()));
    await pause(50);
  }
  return times;
};
`;

type InPage = {
  __idle(count: number): Promise<number[]>;
  __slider(label: string, presses: number): Promise<number[]>;
  __tabs(names: string[]): Promise<number[]>;
};
const sliderPresses = (page: Page) =>
  page.evaluate(([label, presses]) => (window as unknown as InPage).__slider(label, presses), [
    SLIDER,
    PRESSES,
  ] as const);
const tabClicks = (page: Page, names: string[]) =>
  page.evaluate((list) => (window as unknown as InPage).__tabs(list), names);

/** One run on a fresh host and page (a run's edits leave a recovery copy the next start would offer). */
async function run(browser: Browser) {
  const workspace = mkdtempSync(join(tmpdir(), 'sewb-ui-bench-'));
  const host = await startHost({
    workspaceDir: workspace,
    userDataDir: join(workspace, '.host'),
    dataDir: join(root, 'data'),
    rendererDir: join(root, 'out/renderer'),
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    await page.goto(host.url);
    await page.getByRole('row', { name: /^K-EXAONE\b/ }).waitFor();
    await page.evaluate(IN_PAGE);
    const [weights, results] = await tabClicks(page, ['Weights', 'Results']);
    await tabClicks(page, ['Weights']);
    await page.getByRole('table', { name: 'Ranking' }).waitFor();
    const slider = stats(await sliderPresses(page));
    const floor = stats(await page.evaluate((n) => (window as unknown as InPage).__idle(n), PRESSES));
    const cycle = ['Data', 'Weights', 'Results'];
    const switches = stats(
      await tabClicks(
        page,
        Array.from({ length: SWITCHES }, (_, i) => cycle[i % 3]),
      ),
    );
    await page.close();
    return { slider, floor, switches, firstVisit: { weights: round(weights), results: round(results) } };
  } finally {
    await host.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

export async function bench(): Promise<Record<string, unknown>> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(browser));
    return {
      scenario: 'default',
      viewport: '1400x900',
      presses: PRESSES,
      switches: SWITCHES,
      sliderMs: runs.map((r) => r.slider),
      frameFloorMs: runs.map((r) => r.floor),
      tabSwitchMs: runs.map((r) => r.switches),
      tabFirstVisitMs: runs.map((r) => r.firstVisit),
    };
  } finally {
    await browser.close();
  }
}
