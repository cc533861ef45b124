import { expect, test } from './fixtures';
import { gridCell, paste } from './grid';

/** Paste a block copied from a spreadsheet into the grid: one undo step, or nothing with a message. */

test('a 1 × 2 block lands on the focused cell and the next column; undo takes both back; a bad block changes nothing', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  const headers = page.locator('[role="columnheader"][col-id]:not(.ag-header-group-cell)');
  // The grid's columns are read once it has drawn them (under load the header comes after the tab).
  await expect.poll(() => headers.count()).toBeGreaterThan(5);
  const columns = await headers.evaluateAll((els) =>
    els.map((e) => e.getAttribute('col-id')!).filter((id) => id !== 'model'),
  );
  const [first, second] = [columns[3], columns[4]];
  const a = gridCell(page, 'VAETKI', first);
  const b = gridCell(page, 'VAETKI', second);
  const before = [await a.innerText(), await b.innerText()];

  await a.click();
  await paste(page, '71.5\t60,1\r\n');
  await expect(a).toContainText('71.5');
  await expect(b).toContainText('60.1');
  await expect(page.getByText('Pasted 2 values as what-if overrides')).toBeVisible();
  await expect(page.getByText('2 overrides')).toBeVisible();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(a).toHaveText(before[0]);
  await expect(b).toHaveText(before[1]);

  await a.click();
  await paste(page, '70\tabc');
  await expect(page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'abc' }).first()).toBeVisible();
  await expect(a).toHaveText(before[0]);
  await expect(page.getByText('0 overrides')).toBeVisible();
});
