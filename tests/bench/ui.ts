/**
 * UI frame figures for `npm run bench`: Debian's Chromium through the browser host (the real services and the
 * renderer build in out/renderer; run `npm run build` first), 1400 × 900. Reported, on the bundled default scenario:
 * - sliderMs: one key press on a Weights slider (Home and End in turn on IFEval, so every press reorders the ranking;
 *   τ²-Bench Retail did before the coverage rule kept HyperCLOVA X SEED last) until the ranking table and the chart beside the sliders are painted: the clock starts before the
 *   keydown is dispatched and stops in the first task after the next animation frame, once the table's text shows
 *   the new weights (median and 90th percentile of PRESSES presses); between presses a pause of 30 ms plus a part
 *   of a frame (phase), so the presses fall evenly over the 60 Hz frame as a user's do;
 * - sliderScriptMs: of the same presses, keydown dispatched to a microtask queued after it (the handlers, then
 *   React's render and commit of the update, queued as a microtask during the keydown; no style, layout or paint):
 *   the script's part of a press;
 * - frameFloorMs: the same clock around nothing (the wait for the next frame): the floor under both figures;
 * - sliderFixedPauseMs, frameFloorFixedPauseMs: the same with a fixed 30 ms pause (the figures before): each press
 *   then starts at the same point of a frame, so the figure is that point's wait plus the frame, about 20 ms for any
 *   press whose frame takes more than 3 ms;
 * - tabSwitchMs: a tab click (Data → Weights → Results → Data …, each view visited before) until painted, same clock;
 * - tabFirstVisitMs: the first click on each view (it mounts the grid or the charts): what every switch cost before
 *   visited views stayed mounted, measured in the same run;
 * and under `large`, sliderMs, sliderScriptMs and frameFloorMs on a generated 1,000 × 50 scenario (LARGE), written as a .sewb into
 * the workspace and opened through the Open dialog (the Data view visited first, as on the default scenario).
 * Each figure is given per run ({median, p90} of each of RUNS fresh pages), so the spread shows.
 * SEWB_BENCH_UI_BASELINE=<renderer build folder> measures that build too, page for page in turn with this one
 * (under `baseline`): a same-run figure to compare with.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/host/chromium-printer';
import { startHost } from '../../electron/host/server';
import { largeScenario } from '../e2e/large-scenario';

const RUNS = 3;
const PRESSES = 80;
const SWITCHES = 30;
const SLIDER = 'IFEval';
/** The large case: a generated scenario (tests/e2e/large-scenario.ts), Home/End on its first criterion. */
const LARGE = { models: 1_000, criteria: 50, slider: 'Bench 001' } as const;
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
const painted = (act, script) => new Promise((resolve) => {
  const t0 = performance.now();
  act();
  // React renders and commits an update of a discrete event in a microtask queued during it: this one runs after.
  if (script) queueMicrotask(() => script.push(performance.now() - t0));
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - t0);
    channel.port2.postMessage(0);
  });
});
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
// The i-th press's extra pause, spread evenly over one 60 Hz frame (i·φ mod 1 of 16.7 ms, φ the golden ratio's
// fractional part): a user's key press falls anywhere in a frame; a fixed pause started every press at the same
// point of it (the previous press's time plus 30 ms), which fixed the wait for the next frame.
const phase = (i) => ((i * 0.6180339887) % 1) * (1000 / 60);
window.__slider = async (label, presses, spread) => {
  const thumb = document.querySelector('[role="slider"][aria-label="' + label + '"]');
  const table = document.querySelector('.weights-ranking table');
  thumb.focus();
  const times = [];
  window.__sliderScript = [];
  for (let i = 0; i < presses; i++) {
    const before = table.textContent;
    const key = i % 2 ? 'Home' : 'End';
    times.push(await painted(() => thumb.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })), window.__sliderScript));
    if (table.textContent === before) throw new Error('the ranking did not follow the slider (press ' + i + ')');
    await pause(30 + (spread ? phase(i) : 0));
  }
  return times;
};
window.__idle = async (count, spread) => {
  const times = [];
  for (let i = 0; i < count; i++) {
    times.push(await painted(() => {}));
    await pause(30 + (spread ? phase(i) : 0));
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
  /** The script part of each press of the last __slider call. */
  __sliderScript: number[];
  __idle(count: number, spread: boolean): Promise<number[]>;
  __slider(label: string, presses: number, spread: boolean): Promise<number[]>;
  __tabs(names: string[]): Promise<number[]>;
};
const sliderPresses = (page: Page, label: string, spread = true) =>
  page.evaluate(([name, presses, spreadOver]) => (window as unknown as InPage).__slider(name, presses, spreadOver), [
    label,
    PRESSES,
    spread,
  ] as const);
const idleFrames = (page: Page, spread = true) =>
  page.evaluate(([n, spreadOver]) => (window as unknown as InPage).__idle(n, spreadOver), [PRESSES, spread] as const);
const sliderScript = (page: Page) => page.evaluate(() => (window as unknown as InPage).__sliderScript);
const tabClicks = (page: Page, names: string[]) =>
  page.evaluate((list) => (window as unknown as InPage).__tabs(list), names);

/** A fresh host on a new workspace serving `rendererDir` (a run's edits leave a recovery copy the next start would offer). */
async function withHost<T>(rendererDir: string, files: Record<string, string>, work: (url: string) => Promise<T>) {
  const workspace = mkdtempSync(join(tmpdir(), 'sewb-ui-bench-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
  const host = await startHost({
    workspaceDir: workspace,
    userDataDir: join(workspace, '.host'),
    dataDir: join(root, 'data'),
    rendererDir,
  });
  try {
    return await work(host.url);
  } finally {
    await host.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** One run of the default scenario's figures on a fresh host and page. */
async function runDefault(browser: Browser, rendererDir: string) {
  return withHost(rendererDir, {}, async (url) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    await page.goto(url);
    await page.getByRole('row', { name: /^K-EXAONE\b/ }).waitFor();
    await page.evaluate(IN_PAGE);
    const [weights, results] = await tabClicks(page, ['Weights', 'Results']);
    await tabClicks(page, ['Weights']);
    await page.getByRole('table', { name: 'Ranking' }).waitFor();
    const slider = stats(await sliderPresses(page, SLIDER));
    const script = stats(await sliderScript(page));
    const floor = stats(await idleFrames(page));
    const sliderLocked = stats(await sliderPresses(page, SLIDER, false));
    const floorLocked = stats(await idleFrames(page, false));
    const cycle = ['Data', 'Weights', 'Results'];
    const switches = stats(
      await tabClicks(
        page,
        Array.from({ length: SWITCHES }, (_, i) => cycle[i % 3]),
      ),
    );
    await page.close();
    return {
      slider,
      script,
      floor,
      sliderLocked,
      floorLocked,
      switches,
      firstVisit: { weights: round(weights), results: round(results) },
    };
  });
}

/**
 * One run of the large figures: the generated LARGE scenario written as a .sewb into the workspace and opened
 * through the Open dialog, then the same slider presses on its first criterion (every press changes composites;
 * the table shows the best 500 of 1,000).
 */
async function runLarge(browser: Browser, rendererDir: string) {
  const { scenario } = largeScenario(LARGE.models, LARGE.criteria, 11);
  return withHost(rendererDir, { 'large.sewb': JSON.stringify(scenario) }, async (url) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    await page.goto(url);
    await page.getByRole('row', { name: /^K-EXAONE\b/ }).waitFor();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /open scenario/i });
    await dialog.getByRole('button', { name: /large\.sewb/ }).click();
    await dialog.getByRole('button', { name: /^open$/i }).click();
    await page.getByRole('row', { name: /^Model 00001\b/ }).waitFor({ timeout: 120_000 });
    await page.evaluate(IN_PAGE);
    await tabClicks(page, ['Weights']);
    await page.getByRole('slider', { name: LARGE.slider }).waitFor();
    const slider = stats(await sliderPresses(page, LARGE.slider));
    const script = stats(await sliderScript(page));
    const floor = stats(await idleFrames(page));
    await page.close();
    return { slider, script, floor };
  });
}

/**
 * SEWB_BENCH_UI_BASELINE=<a renderer build folder> (e.g. another checkout's out/renderer): every run measures that
 * build too, in turn with this one (the order alternating), so its figures are from the same run.
 */
export async function bench(): Promise<Record<string, unknown>> {
  const builds: Record<string, string> = { current: join(root, 'out/renderer') };
  if (process.env.SEWB_BENCH_UI_BASELINE) builds.baseline = process.env.SEWB_BENCH_UI_BASELINE;
  const names = Object.keys(builds);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const runs: Record<
      string,
      { small: Awaited<ReturnType<typeof runDefault>>[]; large: Awaited<ReturnType<typeof runLarge>>[] }
    > = Object.fromEntries(names.map((n) => [n, { small: [], large: [] }]));
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 ? [...names].reverse() : names;
      for (const name of order) runs[name]!.small.push(await runDefault(browser, builds[name]!));
      for (const name of order) runs[name]!.large.push(await runLarge(browser, builds[name]!));
    }
    const figures = (name: string) => {
      const { small, large } = runs[name]!;
      return {
        renderer: builds[name],
        sliderMs: small.map((r) => r.slider),
        sliderScriptMs: small.map((r) => r.script),
        frameFloorMs: small.map((r) => r.floor),
        sliderFixedPauseMs: small.map((r) => r.sliderLocked),
        frameFloorFixedPauseMs: small.map((r) => r.floorLocked),
        tabSwitchMs: small.map((r) => r.switches),
        tabFirstVisitMs: small.map((r) => r.firstVisit),
        large: {
          scenario: `generated ${LARGE.models} × ${LARGE.criteria}`,
          slider: LARGE.slider,
          sliderMs: large.map((r) => r.slider),
          sliderScriptMs: large.map((r) => r.script),
          frameFloorMs: large.map((r) => r.floor),
        },
      };
    };
    return {
      scenario: 'default',
      viewport: '1400x900',
      presses: PRESSES,
      switches: SWITCHES,
      ...figures('current'),
      ...(builds.baseline ? { baseline: figures('baseline') } : {}),
    };
  } finally {
    await browser.close();
  }
}
