import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { gridCell } from './grid';

/** Issue 13's acceptance through the browser host: a claim's status follows the cells it reads, and undo. */

const reference = readFileSync(join(__dirname, '../../data/reference/observations.csv'), 'utf8');
/** K-EXAONE's own MMLU-Pro value, straight from the reference CSV. */
const mmluPro = Number(
  reference
    .split('\n')
    .map((l) => l.split(','))
    .find((c) => c[0] === 'k-exaone-236b-a23b' && c[2] === 'mmlu-pro' && c[6] === 'model maker')![3],
);
const TEXT = 'K-EXAONE scores its own MMLU-Pro figure';

const claimRow = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: TEXT }) });

test('add a claim, see its status, edit a cell it reads, undo; the PDF lists the statuses', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Claims' }).click();
  await page.getByRole('button', { name: 'Add claim' }).click();
  const form = page.getByRole('dialog', { name: 'Add a claim' });
  await form.getByRole('textbox', { name: 'Claim text' }).fill(TEXT);
  await form.getByRole('textbox', { name: 'Made by' }).fill('LG AI Research');
  await form.getByRole('combobox', { name: 'Check', exact: true }).selectOption({ label: 'Value of one model' });
  await form.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: 'K-EXAONE' });
  await form.getByRole('combobox', { name: 'Benchmark', exact: true }).selectOption({ label: 'MMLU-Pro' });
  await form.getByRole('textbox', { name: 'Claimed value' }).fill(String(mmluPro));
  await form.getByRole('textbox', { name: 'Tolerance (benchmark units)' }).fill('0.05');
  await form.getByRole('button', { name: 'Save claim' }).click();
  await expect(form).toBeHidden();
  await expect(claimRow(page).getByText('Verified', { exact: true })).toBeVisible();

  // The Data view's edit of the cell the claim reads.
  await page.getByRole('tab', { name: 'Data' }).click();
  await gridCell(page, 'K-EXAONE', 'mmlu-pro').dblclick();
  await page.keyboard.type('70');
  await page.keyboard.press('Enter');
  await expect(gridCell(page, 'K-EXAONE', 'mmlu-pro')).toContainText('70');
  await page.getByRole('tab', { name: 'Claims' }).click();
  await expect(claimRow(page).getByText('Contradicted', { exact: true })).toBeVisible();
  await expect(claimRow(page)).toContainText(`70 (claimed ${mmluPro} ± 0.05)`);

  // Undo restores the cell, and the status with it.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(claimRow(page).getByText('Verified', { exact: true })).toBeVisible();

  // The report's text lists the claims with their statuses.
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /export pdf/i });
  await dialog.getByRole('textbox', { name: 'File name' }).fill('claims');
  await dialog.getByRole('button', { name: /^(export|save)$/i }).click();
  const pdf = join(host.workspace, 'claims.pdf');
  await expect.poll(() => existsSync(pdf), { timeout: 60_000 }).toBe(true);
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain('Claims');
  expect(text).toContain(TEXT);
  for (const status of ['Verified', 'Contradicted', 'Not checkable']) expect(text).toContain(status);
  expect(text).toContain('no check can be formed');
});
