import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { gridCell, modelId } from './grid';

/** Issue 4's grid keys in a real browser: undo and redo with the focus inside the grid, the side panel by keyboard. */

/** What Ctrl+V does with clipboard text: a paste event where the focus is (headless Chromium has no clipboard). */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}

const dataset = JSON.parse(readFileSync(join(__dirname, '../../data/datasets/default.json'), 'utf8'));
const MODEL = 'VAETKI';
const BENCHMARK = 'mmlu-pro';
const scenario = JSON.parse(readFileSync(join(__dirname, '../../data/scenarios/default.sewb'), 'utf8'));
/** The criterion right of BENCHMARK in the grid (the scenario's criteria order). */
const NEXT: string =
  scenario.criteria[scenario.criteria.findIndex((c: { benchmark: string }) => c.benchmark === BENCHMARK) + 1].benchmark;
const shipped: number = dataset.observations.find(
  (o: { model: string; benchmark: string; measuredBy: string }) =>
    o.model === modelId(MODEL) && o.benchmark === BENCHMARK && o.measuredBy === 'model maker',
).value;

test('Ctrl+Z and Ctrl+Shift+Z undo and redo an edit and a pasted block while the focus stays in the grid', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  const cell = gridCell(page, MODEL, BENCHMARK);
  await expect(cell).toHaveText(String(shipped));

  await cell.dblclick();
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expect(cell).toContainText('99');
  // The grid keeps the focus after the edit: the keys below are typed into the grid, not the page body.
  await expect(page.locator('.ag-cell-focus')).toHaveCount(1);
  expect(await page.evaluate(() => document.activeElement?.closest('[role="grid"], [role="treegrid"]') !== null)).toBe(
    true,
  );

  await page.keyboard.press('Control+z');
  await expect(cell).toHaveText(String(shipped));
  await page.keyboard.press('Control+Shift+z');
  await expect(cell).toContainText('99');
  await page.keyboard.press('Control+z');
  await expect(cell).toHaveText(String(shipped));
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeEnabled();

  // A pasted block is one step for Ctrl+Z and Ctrl+Shift+Z too.
  const next = gridCell(page, MODEL, NEXT);
  const nextBefore = (await next.innerText()).trim();
  await cell.click();
  await paste(page, '12.5\t13,5\r\n');
  await expect(cell).toContainText('12.5');
  await expect(next).toContainText('13.5');
  await page.keyboard.press('Control+z');
  await expect(cell).toHaveText(String(shipped));
  await expect(next).toHaveText(nextBefore);
  await page.keyboard.press('Control+Shift+z');
  await expect(cell).toContainText('12.5');
  await expect(next).toContainText('13.5');
});

test('the arrow keys move the Observations panel from cell to cell', async ({ page, host }) => {
  const rowAbove = scenario.alternatives[scenario.alternatives.indexOf(modelId(MODEL)) - 1];
  const nameAbove: string = dataset.models.find((m: { id: string }) => m.id === rowAbove).name;
  const benchmarkName: string = dataset.benchmarks.find((b: { id: string }) => b.id === BENCHMARK).name;

  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  await gridCell(page, MODEL, BENCHMARK).click();
  const panel = page.getByRole('complementary', { name: 'Observations' });
  await expect(panel.getByRole('heading')).toHaveText(`${MODEL} × ${benchmarkName}`);
  await page.keyboard.press('ArrowUp');
  await expect(panel.getByRole('heading')).toHaveText(`${nameAbove} × ${benchmarkName}`);
});
