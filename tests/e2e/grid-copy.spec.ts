import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { gridCell, modelId } from './grid';

/** Issue 12 item 4: the grid copies like a spreadsheet (TSV with headers) and Ctrl+Y redoes. */

const root = join(__dirname, '../..');
const observations = Papa.parse<Record<string, string>>(
  readFileSync(join(root, 'data/reference/observations.csv'), 'utf8'),
  {
    header: true,
    skipEmptyLines: true,
  },
).data;
const benchmarkNames = new Map(
  Papa.parse<Record<string, string>>(readFileSync(join(root, 'data/reference/benchmarks.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.map((b) => [b.id!, b.name!]),
);
const criteria: string[] = JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')).criteria.map(
  (c: { benchmark: string }) => c.benchmark,
);

/**
 * A cell's value as the reference file has it: its one observation ('' where it has none). A cell with several
 * observations depends on the observation policy, so the tests below pick cells that have at most one.
 */
function referenceValue(model: string, benchmark: string): string {
  const found = observations.filter((o) => o.model === modelId(model) && o.benchmark === benchmark);
  if (found.length > 1) throw new Error(`${model} × ${benchmark} has ${found.length} observations`);
  return found.length ? String(Number(found[0]!.value)) : '';
}

const tsv = (table: string[][]) => table.map((row) => row.join('\t') + '\r\n').join('');

test.beforeEach(async ({ context, host }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
});

test('a 2 × 3 block and a whole row copy as TSV with the model names and the benchmark header row', async ({
  page,
  host,
}) => {
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();

  const [rowA, rowB] = ['K-EXAONE', 'A.X K1'];
  const columns = ['mmlu-pro', 'gpqa-diamond', 'hle'];
  await gridCell(page, rowA, columns[0]!).click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  // The block is drawn: six highlighted cells (and no model cell: the block is not whole rows).
  await expect(page.locator('[role="gridcell"].in-block')).toHaveCount(6);
  await page.keyboard.press('Control+c');
  await expect(page.getByRole('contentinfo')).toContainText('Copied 2 × 3 cells');
  await expect
    .poll(clipboard)
    .toBe(
      tsv([
        ['Model', ...columns.map((c) => benchmarkNames.get(c)!)],
        ...[rowA, rowB].map((m) => [m, ...columns.map((c) => referenceValue(m, c))]),
      ]),
    );

  // A click on a model name takes its whole row; a missing value is an empty cell.
  const sparse = 'HyperCLOVA X SEED Think 32B';
  const nameCell = page.locator(`[role="row"][row-id="${modelId(sparse)}"] [role="gridcell"][col-id="model"]`);
  await nameCell.click();
  await expect(nameCell).toHaveClass(/in-block/);
  await page.keyboard.press('Control+c');
  const row = [sparse, ...criteria.map((c) => referenceValue(sparse, c))];
  expect(row.filter((v) => v === '').length).toBeGreaterThan(0);
  await expect.poll(clipboard).toBe(tsv([['Model', ...criteria.map((c) => benchmarkNames.get(c)!)], row]));

  // Shift+click stretches a block with the mouse too: the same 2 × 3 block, from its other corner.
  await gridCell(page, rowB, columns[2]!).click();
  await gridCell(page, rowA, columns[0]!).click({ modifiers: ['Shift'] });
  await expect(page.locator('[role="gridcell"].in-block')).toHaveCount(6);
  await page.keyboard.press('Control+c');
  await expect.poll(clipboard).toContain(`${rowA}\t${columns.map((c) => referenceValue(rowA, c)).join('\t')}\r\n`);

  // With a column header focused (ArrowUp from the first row), Ctrl+C takes the whole column.
  await gridCell(page, rowA, 'hle').click();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[role="columnheader"][col-id="hle"]')).toBeFocused();
  await page.keyboard.press('Control+c');
  const models = ['K-EXAONE', 'A.X K1', 'Solar Open 100B', sparse, 'VAETKI'];
  await expect
    .poll(clipboard)
    .toBe(tsv([['Model', benchmarkNames.get('hle')!], ...models.map((m) => [m, referenceValue(m, 'hle')])]));
});

test('Ctrl+Y redoes an undone edit, in the grid and with the focus outside it', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  const cell = gridCell(page, 'VAETKI', 'mmlu-pro');
  const shipped = referenceValue('VAETKI', 'mmlu-pro');
  await expect(cell).toHaveText(shipped);

  await cell.dblclick();
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  await expect(cell).toContainText('42');
  await page.keyboard.press('Control+z');
  await expect(cell).toHaveText(shipped);
  await page.keyboard.press('Control+y');
  await expect(cell).toContainText('42');

  // Outside the grid: the focus on the Data tab.
  await page.getByRole('tab', { name: 'Data' }).focus();
  await page.keyboard.press('Control+z');
  await expect(cell).toHaveText(shipped);
  await page.keyboard.press('Control+y');
  await expect(cell).toContainText('42');
});
