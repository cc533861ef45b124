import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { gridCell } from './grid';

/** Issue 4's import path, end to end through the browser host with the real services. */

const defaultScenario = JSON.parse(readFileSync(join(__dirname, '../../data/scenarios/default.sewb'), 'utf8'));
const DEFAULT_OBSERVATIONS: number = defaultScenario.dataset.observations.length;

test('import a CSV with a bad row, fix it in the preview, see the new values, undo; export the dataset', async ({
  page,
  host,
}) => {
  // Two cells the default scenario has no value for; the second row's value is not a number.
  writeFileSync(
    join(host.workspace, 'new-scores.csv'),
    ['model,benchmark,value', 'VAETKI,AIME 2025,71.2', 'HyperCLOVA X SEED Think 32B,MMLU-Pro,seventy'].join('\n'),
  );
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  const vaetkiAime = gridCell(page, 'VAETKI', 'aime-2025');
  const seedMmlu = gridCell(page, 'HyperCLOVA X SEED Think 32B', 'mmlu-pro');
  await expect(vaetkiAime).toHaveText('—');
  await expect(seedMmlu).toHaveText('—');

  // Import → the in-app picker → the Import dialog names the bad row and column.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a file to import' });
  await picker.getByRole('button', { name: /new-scores\.csv/ }).click();
  await picker.getByRole('button', { name: 'Choose' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await expect(dialog).toBeVisible();
  const problem = dialog.getByRole('table', { name: 'Problems' }).getByRole('row').nth(1);
  await expect(problem.getByRole('cell').nth(1)).toHaveText('3');
  await expect(problem.getByRole('cell').nth(2)).toHaveText('value');
  await expect(problem).toContainText('"seventy" is not a number');
  const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();

  // Fix the cell in the preview, check again, import.
  await dialog.getByRole('textbox', { name: 'Fix row 3, column value' }).fill('70.4');
  await dialog.getByRole('button', { name: 'Check again' }).click();
  await expect(dialog.getByRole('table', { name: 'Problems' })).toBeHidden();
  await expect(dialog.getByRole('table', { name: /accepted rows/i })).toContainText('70.4');
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 2 observations from new-scores.csv')).toBeVisible();
  await expect(vaetkiAime).toHaveText('71.2');
  await expect(seedMmlu).toHaveText('70.4');

  // Export data → Dataset as CSV: every observation, the imported ones included.
  await page.getByRole('button', { name: 'Export data' }).click();
  await page.getByRole('menuitem', { name: 'Dataset as CSV' }).click();
  const exportPicker = page.getByRole('dialog', { name: 'Export the dataset as CSV' });
  await exportPicker.getByRole('textbox', { name: 'File name' }).fill('all-values');
  await exportPicker.getByRole('button', { name: 'Export' }).click();
  await expect(exportPicker).toBeHidden();
  const exported = join(host.workspace, 'all-values.csv');
  await expect.poll(() => existsSync(exported)).toBe(true);
  const lines = readFileSync(exported, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0].split(',').slice(0, 2)).toEqual(['observation_id', 'model']);
  expect(lines).toHaveLength(1 + DEFAULT_OBSERVATIONS + 2);
  expect(lines.some((l) => /,vaetki-112b-a10b,VAETKI,[^,]*,aime-2025,AIME 2025,71\.2,/.test(l))).toBe(true);

  // Undo takes the whole import back in one step.
  await page.getByRole('tab', { name: 'Data' }).focus();
  await page.keyboard.press('Control+z');
  await expect(vaetkiAime).toHaveText('—');
  await expect(seedMmlu).toHaveText('—');
});

test('a large import shows how much of the file is read, and Cancel stops it with nothing changed', async ({
  page,
  host,
}) => {
  // 1,000,000 rows: long enough to be read over a few seconds.
  const rows = ['model,benchmark,value,setting'];
  for (let i = 0; i < 1_000_000; i++) rows.push(`VAETKI,AIME 2025,${i % 100},run ${i}`);
  writeFileSync(join(host.workspace, 'huge.csv'), rows.join('\n'));
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  const vaetkiAime = gridCell(page, 'VAETKI', 'aime-2025');
  await expect(vaetkiAime).toHaveText('—');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a file to import' });
  await picker.getByRole('button', { name: /huge\.csv/ }).click();
  await picker.getByRole('button', { name: 'Choose' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  const bar = dialog.getByRole('progressbar', { name: 'Reading the file…' });
  await expect(bar).toHaveAttribute('value', /^\d+$/, { timeout: 30_000 });
  await expect(dialog.getByText(/^\d+% of the file read$/)).toBeVisible();
  const percent = Number(/^(\d+)%/.exec((await dialog.getByText(/% of the file read$/).textContent()) ?? '')![1]);
  expect(percent).toBeLessThan(100);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(vaetkiAime).toHaveText('—');
  await expect(page.getByText(/^Imported/)).toHaveCount(0);
});
