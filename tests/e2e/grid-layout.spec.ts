import { expect, test } from './fixtures';
import { gridCell } from './grid';

/** Issue 12 item 4: every column readable at 1280 px, the grid one Tab stop with the arrow keys inside. */

test('at 1280 × 800 every criterion column is in view, with its full name in the header', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(page.locator('[role="gridcell"]').first()).toBeVisible();
  const layout = await page.evaluate(() => {
    const viewport = document.querySelector('.grid-wrap')!.getBoundingClientRect();
    const headers = [...document.querySelectorAll<HTMLElement>('.ag-header-cell[col-id]')].map((h) => {
      const text = h.querySelector<HTMLElement>('.ag-header-cell-text')!;
      const box = h.getBoundingClientRect();
      return {
        id: h.getAttribute('col-id'),
        left: box.left,
        right: box.right,
        // A cut name shows an ellipsis: the text is wider (or taller) than its box.
        cut: text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1,
      };
    });
    return { right: viewport.right, headers };
  });
  const criteria = layout.headers.filter((h) => h.id !== 'model');
  expect(criteria.length).toBe(14);
  for (const h of criteria) {
    expect(h.right, `${h.id} ends inside the grid`).toBeLessThanOrEqual(layout.right + 1);
    expect(h.cut, `${h.id}'s name is whole`).toBe(false);
  }
  await expect(page.getByRole('columnheader', { name: "Humanity's Last Exam" })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'τ²-Bench Telecom' })).toBeVisible();
});

test('the grid is one Tab stop: Tab enters it, arrows move inside, the next Tab leaves it', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  const grid = page.getByRole('treegrid').or(page.getByRole('grid'));
  await expect(grid).toHaveAttribute('aria-colcount', '15');
  // 3 header rows (language, category, name) + 5 models.
  await expect(grid).toHaveAttribute('aria-rowcount', '8');
  const inGrid = () => page.evaluate(() => document.activeElement?.closest('.ag-root') !== null);
  // Focus on a cell or header of the grid (AG Grid moves it there from its tab guard after a Tab; wait for that).
  const onGridItem = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active?.closest('.ag-root') != null && /^(gridcell|columnheader)$/.test(active.getAttribute('role') ?? '');
    });

  await page.getByRole('checkbox', { name: 'Filter by attribute' }).focus();
  await page.keyboard.press('Tab');
  await expect.poll(onGridItem).toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(inGrid).toBe(true);
  await page.keyboard.press('Tab');
  await expect.poll(inGrid).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect.poll(onGridItem).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect.poll(inGrid).toBe(false);
  await expect(page.getByRole('checkbox', { name: 'Filter by attribute' })).toBeFocused();

  // From a cell too: Tab leaves the grid instead of walking its 70 cells.
  await gridCell(page, 'VAETKI', 'mmlu-pro').click();
  await page.keyboard.press('ArrowRight');
  await expect(gridCell(page, 'VAETKI', 'gpqa-diamond')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect.poll(inGrid).toBe(false);
});

test('Escape from a dialog returns the focus to where it was opened', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  const cell = gridCell(page, 'VAETKI', 'mmlu-pro');

  // Opened by a shortcut from a grid cell: the Import dialog, then the Open dialog.
  for (const [shortcut, name] of [
    ['Control+i', /import/i],
    ['Control+o', /open scenario/i],
  ] as const) {
    await cell.click();
    await expect(cell).toBeFocused();
    await page.keyboard.press(shortcut);
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(cell).toBeFocused();
  }

  // Opened by a button: Export PDF's file dialog, and the Models dialog (a Radix trigger).
  for (const [button, name] of [
    ['Export PDF', /export pdf/i],
    ['Models', /models/i],
  ] as const) {
    const opener = page.getByRole('button', { name: button, exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  }
});
