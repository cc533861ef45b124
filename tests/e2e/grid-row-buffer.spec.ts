import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { largeScenario } from './large-scenario';

/**
 * The Data grid paints the rows in view first and then draws 10 rows below them (AG Grid's row buffer), so a scroll of
 * a few rows finds them drawn. Counted from the page's layout: the body rows whose box meets the grid's viewport, and
 * the others drawn.
 */
test('after an open the grid holds the rows in view and 10 more below, and scrolling keeps 10 either side', async ({
  page,
  host,
}) => {
  const { scenario } = largeScenario(300, 20, 7);
  writeFileSync(join(host.workspace, 'rows.sewb'), JSON.stringify(scenario));
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /open scenario/i });
  await dialog.getByRole('button', { name: /rows\.sewb/ }).click();
  await dialog.getByRole('button', { name: /^open$/i }).click();
  await expect(page.getByRole('row', { name: /^Model 00001\b/ }).first()).toBeVisible({ timeout: 60_000 });

  const drawn = () =>
    page.evaluate(() => {
      const grid = document.querySelector('.ag-grid-viewport')!.getBoundingClientRect();
      // The rows scroll under the header: the part of the grid they show in starts at its bottom.
      const viewport = {
        top: document.querySelector('.ag-header')!.getBoundingClientRect().bottom,
        bottom: grid.bottom,
      };
      // One entry per row drawn (the pinned name column and the scrolled columns each hold an element per row).
      const byId = new Map<string, { box: DOMRect; index: number }>();
      for (const row of document.querySelectorAll('.ag-grid-viewport [role="row"][row-id]'))
        if (!byId.has(row.getAttribute('row-id')!))
          byId.set(row.getAttribute('row-id')!, {
            box: row.getBoundingClientRect(),
            index: Number(row.getAttribute('row-index')),
          });
      const place = ({ box }: { box: DOMRect }) =>
        box.bottom <= viewport.top ? 'above' : box.top >= viewport.bottom ? 'below' : 'inView';
      const rows = [...byId.values()].map(place);
      const first = Math.min(...[...byId.values()].filter((r) => place(r) === 'inView').map((r) => r.index));
      return {
        first,
        above: rows.filter((r) => r === 'above').length,
        below: rows.filter((r) => r === 'below').length,
      };
    });
  await expect.poll(drawn).toEqual({ first: 0, above: 0, below: 10 });

  // Scrolled down past the 10th row: 10 rows drawn above the first row in view, 10 below the last.
  const rowHeight = await page
    .locator('.ag-grid-viewport [role="row"][row-id]')
    .first()
    .evaluate((r) => r.clientHeight);
  await page.locator('.ag-grid-viewport').hover();
  for (let i = 0; i < 10 && (await drawn()).first < 15; i++) await page.mouse.wheel(0, 10 * rowHeight);
  await expect.poll(async () => ({ ...(await drawn()), first: null })).toEqual({ first: null, above: 10, below: 10 });
  expect((await drawn()).first).toBeGreaterThanOrEqual(15);
});
