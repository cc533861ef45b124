import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { gridCell, modelId, paste } from './grid';

/**
 * Issue 9: "1,234" and "72,5" typed into cells, pasted as a block and imported from a CSV file through the
 * Import dialog are the same numbers (1234 and 72.5: "," groups thousands where three digits follow it, else
 * it is a decimal comma), read back from what the grid shows after each route.
 */

// The shipped scenario with one more criterion on an open-ended benchmark (a rating has no 0–100 scale, so
// 1234 is a value it may hold); neither of the two cells below has an observation.
const BENCHMARK = 'codeforces';
const ROWS = ['K-EXAONE', 'A.X K1'];
const TEXTS = ['1,234', '72,5'];
const EXPECTED = ['1234', '72.5'];

function scenario() {
  const s = JSON.parse(readFileSync(join(__dirname, '../../data/scenarios/default.sewb'), 'utf8'));
  s.criteria.push({ benchmark: BENCHMARK, weight: 10, group: null });
  s.name = 'number rule';
  return s;
}

/** The number a grid cell shows (its text without the ✎ or † marks). */
async function shown(cell: Locator): Promise<string> {
  return (await cell.innerText()).replace(/[^\d.\-−]/g, '');
}

test('"1,234" and "72,5" typed, pasted as a block and imported from a CSV show the same values', async ({
  page,
  host,
}) => {
  const s = scenario();
  const benchmarkName: string = s.dataset.benchmarks.find((b: { id: string }) => b.id === BENCHMARK).name;
  writeFileSync(join(host.workspace, 'number-rule.sewb'), JSON.stringify(s));
  writeFileSync(
    join(host.workspace, 'cells.csv'),
    ['model,benchmark,value', ...ROWS.map((model, i) => `${model},${benchmarkName},"${TEXTS[i]}"`)].join('\r\n') +
      '\r\n',
  );
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const open = page.getByRole('dialog', { name: /open scenario/i });
  await open.getByRole('button', { name: /number-rule\.sewb/ }).click();
  await open.getByRole('button', { name: /^open$/i }).click();
  await expect(open).toBeHidden();
  await page.getByRole('tab', { name: 'Data' }).click();

  const cells = ROWS.map((model) => gridCell(page, model, BENCHMARK));
  for (const cell of cells) await expect(cell).toHaveText('—');
  // The pasted block runs down the column: the two models must be the first two rows shown.
  for (const [i, model] of ROWS.entries())
    await expect(page.locator(`[role="row"][row-index="${i}"]`).first()).toHaveAttribute('row-id', modelId(model));
  const read = () => Promise.all(cells.map(shown));

  // 1. Typed, cell by cell.
  for (const [i, cell] of cells.entries()) {
    await cell.dblclick();
    await page.keyboard.type(TEXTS[i]);
    await page.keyboard.press('Enter');
    await expect(cell).toContainText('✎');
  }
  const afterTyping = await read();
  await page.getByRole('button', { name: 'Revert all overrides' }).click();
  for (const cell of cells) await expect(cell).toHaveText('—');

  // 2. Pasted as one block (a column of two cells, as Excel copies it).
  await cells[0].click();
  await paste(page, `"${TEXTS[0]}"\r\n"${TEXTS[1]}"\r\n`);
  for (const cell of cells) await expect(cell).toContainText('✎');
  const afterPaste = await read();
  await page.getByRole('button', { name: 'Revert all overrides' }).click();
  for (const cell of cells) await expect(cell).toHaveText('—');

  // 3. Imported from the CSV file through the Import dialog.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a file to import' });
  await picker.getByRole('button', { name: /cells\.csv/ }).click();
  await picker.getByRole('button', { name: 'Choose' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await expect(dialog.getByRole('table', { name: /accepted rows/i })).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Problems' })).toBeHidden();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  for (const cell of cells) await expect(cell).not.toHaveText('—');
  const afterImport = await read();

  expect({ typed: afterTyping, pasted: afterPaste, imported: afterImport }).toEqual({
    typed: EXPECTED,
    pasted: EXPECTED,
    imported: EXPECTED,
  });
});
