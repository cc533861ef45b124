/**
 * Cell-edit figures for `npm run bench`: in Debian's Chromium through the browser host (the real services; run
 * `npm run build` first), 1400 × 900, the Data view. Each edit double-clicks a value cell and types a value into the
 * editor (Playwright, outside the clock), then the clock starts before Enter's keydown is dispatched to the editor and stops in
 * the first task after an animation frame once the cell shows the new value with its ✎ mark and no editor. The
 * Data view evaluates the scenario (ranks included) in the same render that gives the grid its rows, so the
 * ranking is computed by then; no ranking is on screen beside the grid (the walking ranking is on the Weights
 * view, which catches up when shown), so nothing more is painted for it. Two values alternate in one cell, so every
 * edit changes an override and the composite scores. Reported, per fresh page ({median, p90} of EDITS edits):
 * - default: the bundled default scenario, K-EXAONE × MMLU-Pro;
 * - large: a generated 1,000 × 50 scenario (tests/e2e/large-scenario.ts), Model 00001 × Bench 001, opened from the
 *   workspace through the Open dialog.
 * - frameFloor: the same clock around nothing (the wait for the next frame), on the default scenario's page.
 * With SEWB_BENCH_EDIT_BASELINE=<an out/ folder of another build> (e.g. the code before a change, built and
 * copied aside), the same figures for that renderer too, pages of the two alternating in one run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../electron/host/chromium-printer';
import { startHost } from '../../electron/host/server';
import { largeScenario } from '../e2e/large-scenario';

const RUNS = 3;
const EDITS = 60;
const VALUES = ['11.5', '88.5'];
const root = join(__dirname, '../..');

const round = (x: number) => Math.round(x * 10) / 10;
function stats(samples: number[]): { median: number; p90: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: round(s[s.length >> 1]), p90: round(s[Math.floor(0.9 * (s.length - 1))]) };
}

/**
 * In the page (a string: the bundler's helpers do not exist there). paintedWhen(act, done): milliseconds from
 * `act` to the first task after the first animation frame after which `done()` holds; __enter(row, col, value):
 * Enter in the cell's open editor holding `value`, timed until the cell shows it.
 */
const IN_PAGE = `
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(0);
}));
const paintedWhen = async (act, done) => {
  const t0 = performance.now();
  act();
  for (let frame = 0; frame < 600; frame++) {
    await nextFrame();
    if (done()) return performance.now() - t0;
  }
  throw new Error('the edit was not painted within 600 frames');
};
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
window.__idle = async (count) => {
  const times = [];
  for (let i = 0; i < count; i++) {
    times.push(await paintedWhen(() => {}, () => true));
    await pause(40);
  }
  return times;
};
window.__enter = async (rowId, colId, value) => {
  const cell = () => document.querySelector('[role="row"][row-id="' + rowId + '"] [role="gridcell"][col-id="' + colId + '"]');
  const input = cell().querySelector('input');
  if (!input || input.value !== value) throw new Error('no editor holding ' + value);
  const shown = () => {
    const c = cell();
    return !!c && !c.querySelector('input') && c.classList.contains('is-override') && c.textContent.startsWith(value + '✎');
  };
  const time = await paintedWhen(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })), shown);
  await pause(40);
  return time;
};
`;

type InPage = {
  __enter(row: string, col: string, value: string): Promise<number>;
  __idle(count: number): Promise<number[]>;
};
/** EDITS edits of one cell: double-click and typing by Playwright (outside the clock), Enter in the page. */
async function edits(page: Page, row: string, col: string): Promise<number[]> {
  const cell = page.locator(`[role="row"][row-id="${row}"] [role="gridcell"][col-id="${col}"]`);
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const value = VALUES[i % VALUES.length];
    await cell.dblclick();
    await cell.locator('input').fill(value);
    times.push(
      await page.evaluate(([r, c, v]) => (window as unknown as InPage).__enter(r, c, v), [row, col, value] as const),
    );
  }
  return times;
}

interface Target {
  scenario: 'default' | 'large';
  row: string;
  col: string;
}
const TARGETS: Target[] = [
  { scenario: 'default', row: 'k-exaone-236b-a23b', col: 'mmlu-pro' },
  { scenario: 'large', row: 'm00001', col: 'b001' },
];

/** One fresh host and page on `rendererDir`, the default scenario and then the 1,000 × 50 one. */
async function run(browser: Browser, rendererDir: string) {
  const workspace = mkdtempSync(join(tmpdir(), 'sewb-edit-bench-'));
  const { scenario } = largeScenario(1000, 50, 11);
  writeFileSync(
    join(workspace, 'edit-1000x50.sewb'),
    JSON.stringify({ ...scenario, name: 'Edit benchmark 1000 × 50' }),
  );
  const host = await startHost({
    workspaceDir: workspace,
    userDataDir: join(workspace, '.host'),
    dataDir: join(root, 'data'),
    rendererDir,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    await page.goto(host.url);
    await page.getByRole('row', { name: /^K-EXAONE\b/ }).waitFor();
    await page.evaluate(IN_PAGE);
    const out: Record<string, { median: number; p90: number }> = {};
    for (const target of TARGETS) {
      if (target.scenario === 'large') {
        await page.getByRole('button', { name: 'Open', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: /open scenario/i });
        await dialog.getByRole('button', { name: /edit-1000x50\.sewb/ }).click();
        await dialog.getByRole('button', { name: /^open$/i }).click();
        await page.getByRole('row', { name: /^Model 00001\b/ }).waitFor({ timeout: 120_000 });
      }
      out[target.scenario] = stats(await edits(page, target.row, target.col));
      if (target.scenario === 'default')
        out.floor = stats(await page.evaluate((n) => (window as unknown as InPage).__idle(n), EDITS));
    }
    await page.close();
    return out;
  } finally {
    await host.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

export async function bench(): Promise<Record<string, unknown>> {
  const baseline = process.env.SEWB_BENCH_EDIT_BASELINE;
  const builds: [string, string][] = [['this', join(root, 'out/renderer')]];
  if (baseline) builds.push(['baseline', join(baseline, 'renderer')]);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const runs: Record<string, Awaited<ReturnType<typeof run>>[]> = Object.fromEntries(builds.map(([n]) => [n, []]));
    for (let i = 0; i < RUNS; i++) for (const [name, dir] of builds) runs[name].push(await run(browser, dir));
    const figures = (name: string) => ({
      defaultMs: runs[name].map((r) => r.default),
      large1000x50Ms: runs[name].map((r) => r.large),
      frameFloorMs: runs[name].map((r) => r.floor),
    });
    return {
      viewport: '1400x900',
      edits: EDITS,
      values: VALUES,
      ...figures('this'),
      ...(baseline ? { baseline: { out: baseline, ...figures('baseline') } } : {}),
    };
  } finally {
    await browser.close();
  }
}
