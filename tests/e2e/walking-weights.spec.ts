import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { gridCell } from './grid';
import { expectedOrder } from './oracle';

/** Issue 10's "walking weights": the ranking follows a slider on the same screen, no tab switch. */

const CANDIDATES = ['K-EXAONE', 'A.X K1', 'Solar Open 100B', 'HyperCLOVA X SEED Think 32B', 'VAETKI'];

/** The model names of the ranking table on screen, top row first. */
async function shownRanking(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: 'Ranking' }).getByRole('row');
  const names: string[] = [];
  for (let i = 1; i < (await rows.count()); i++)
    names.push((await rows.nth(i).getByRole('cell').nth(1).innerText()).trim());
  return names;
}

test('moving a slider with the keyboard reorders the ranking table beside it', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  // The values the grid shows, per criterion: the oracle's input.
  await expect(page.getByRole('row', { name: /^K-EXAONE\b/ })).toBeVisible();
  const criteria = await page
    .locator('[role="columnheader"][col-id]:not(.ag-header-group-cell)')
    .evaluateAll((els) => els.map((e) => e.getAttribute('col-id')!).filter((id) => id !== 'model'));
  const columns: (number | null)[][] = [];
  for (const b of criteria) {
    const column: (number | null)[] = [];
    for (const name of CANDIDATES) {
      const text = (await gridCell(page, name, b).innerText()).trim();
      column.push(/^-?\d/.test(text) ? Number(text.replace(/[^\d.-]/g, '')) : null);
    }
    columns.push(column);
  }

  await page.getByRole('tab', { name: 'Weights' }).click();
  // IFEval at 100 reorders the models with data (HyperCLOVA X SEED, 2 of 14 values, stays last: the coverage rule).
  const slider = page.getByRole('slider', { name: 'IFEval' });
  const ranking = page.getByRole('table', { name: 'Ranking' });
  await expect(slider).toBeInViewport();
  await expect(ranking).toBeInViewport();
  await expect(page.getByRole('img', { name: 'Composite score by model' })).toBeInViewport();
  const weights = (w: number) => criteria.map((b) => (b === 'ifeval' ? w : 10));
  await expect.poll(() => shownRanking(page)).toEqual(expectedOrder(CANDIDATES, columns, weights(10)));

  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', '100');
  const moved = expectedOrder(CANDIDATES, columns, weights(100));
  expect(moved).not.toEqual(expectedOrder(CANDIDATES, columns, weights(10)));
  await expect.poll(() => shownRanking(page)).toEqual(moved);
  await expect(page.getByRole('tab', { name: 'Weights' })).toHaveAttribute('aria-selected', 'true');

  // Back down in ten-point steps (PageDown), still on the same screen: the order of weight 0.
  for (let i = 0; i < 10; i++) await page.keyboard.press('PageDown');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  await expect.poll(() => shownRanking(page)).toEqual(expectedOrder(CANDIDATES, columns, weights(0)));
});

test('a hidden Data grid asks for no animation frames while the Weights view is on screen', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await expect(page.getByRole('row', { name: /^K-EXAONE\b/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Weights' }).click();
  await expect(page.getByRole('table', { name: 'Ranking' })).toBeInViewport();
  // Requests of animation frames by the page over the next 30 frames (counted by frames, not by time). Before the
  // fix the hidden grid read its height as NaN and asked for one or two every frame, forever.
  const requests = await page.evaluate(async () => {
    const own = window.requestAnimationFrame.bind(window);
    let count = 0;
    window.requestAnimationFrame = (callback) => {
      count++;
      return own(callback);
    };
    for (let i = 0; i < 30; i++) await new Promise((resolve) => own(resolve));
    window.requestAnimationFrame = own;
    return count;
  });
  expect(requests).toBeLessThan(10);
});
