import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/** Issue 10: a Parquet file imports through the same mapping dialog as CSV; a save writes .sewb version 2. */

test('a long-layout Parquet file imports through the mapping dialog; Save As writes a version 2 file', async ({
  page,
  host,
}) => {
  copyFileSync(join(__dirname, '../fixtures/long-layout.parquet'), join(host.workspace, 'leaderboard.parquet'));
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a file to import' });
  await picker.getByRole('button', { name: /leaderboard\.parquet/ }).click();
  await picker.getByRole('button', { name: 'Choose' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Parquet');
  await expect(dialog.getByRole('table', { name: /accepted rows/i })).toContainText('58.25');
  await expect(dialog.getByRole('table', { name: 'Problems' })).toBeHidden();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 4 observations from leaderboard.parquet')).toBeVisible();

  await page.getByRole('button', { name: 'Save As', exact: true }).click();
  const save = page.getByRole('dialog', { name: /save scenario as/i });
  await save.getByRole('textbox', { name: 'File name' }).fill('with-parquet');
  await save.getByRole('button', { name: /^save$/i }).click();
  await expect(save).toBeHidden();
  const bytes = readFileSync(join(host.workspace, 'with-parquet.sewb'));
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
});
