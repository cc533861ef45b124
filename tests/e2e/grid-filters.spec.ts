import { expect, test } from './fixtures';
import { gridCell } from './grid';

/** The Filters switch: a filter row under the headers, by model name and by value; off lifts every filter. */

const CANDIDATES = ['K-EXAONE', 'A.X K1', 'Solar Open 100B', 'HyperCLOVA X SEED Think 32B', 'VAETKI'];

test('filter rows by model name and by a benchmark value; switching filters off shows every row again', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  /** The model names of the rows shown, top to bottom (rows are placed by aria-rowindex, not DOM order). */
  const shownModels = () =>
    page.locator('[role="row"][row-id] [role="gridcell"][col-id="model"]').evaluateAll((cells) =>
      cells
        .map((c) => ({
          at: Number(c.closest('[role="row"]')!.getAttribute('aria-rowindex')),
          name: c.textContent!.trim(),
        }))
        .sort((a, b) => a.at - b.at)
        .map((c) => c.name),
    );
  await expect.poll(shownModels).toEqual(CANDIDATES);

  await page.getByRole('checkbox', { name: 'Filters' }).check();
  const modelFilter = page.locator('.ag-floating-filter[col-id="model"] input:visible');
  await modelFilter.fill('solar');
  await expect.poll(shownModels).toEqual(['Solar Open 100B']);
  await modelFilter.fill('');
  await expect.poll(shownModels).toEqual(CANDIDATES);

  // A value filter on MMLU-Pro keeps the rows showing exactly that value.
  const values = await Promise.all(CANDIDATES.map((m) => gridCell(page, m, 'mmlu-pro').innerText()));
  const target = values.find((v) => /^\d/.test(v))!;
  await page.locator('.ag-floating-filter[col-id="mmlu-pro"] input:visible').fill(target);
  await expect.poll(shownModels).toEqual(CANDIDATES.filter((_, i) => values[i] === target));

  await page.getByRole('checkbox', { name: 'Filters' }).uncheck();
  await expect.poll(shownModels).toEqual(CANDIDATES);
});

test('a value edited under a value filter that it no longer meets takes its row out of the grid', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  const row = (model: string) =>
    page.locator(`[role="row"][row-id] [role="gridcell"][col-id="model"]`, { hasText: model });
  await expect(row(CANDIDATES[0])).toHaveCount(1);
  const values = await Promise.all(CANDIDATES.map((m) => gridCell(page, m, 'mmlu-pro').innerText()));
  const at = values.findIndex((v) => /^\d/.test(v));
  const [model, target] = [CANDIDATES[at], values[at]];
  await page.getByRole('checkbox', { name: 'Filters' }).check();
  await page.locator('.ag-floating-filter[col-id="mmlu-pro"] input:visible').fill(target);
  await expect(row(CANDIDATES.find((_, i) => values[i] !== target)!)).toHaveCount(0);

  const cell = gridCell(page, model, 'mmlu-pro');
  await cell.dblclick();
  await page.keyboard.type(String(Number(target) === 1 ? 2 : 1));
  await page.keyboard.press('Enter');
  await expect(row(model)).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Filters' }).uncheck();
  await expect(gridCell(page, model, 'mmlu-pro')).toContainText('✎');
});
