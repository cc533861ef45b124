import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseScenarioBytes } from '../../electron/services/scenario-file';
import { expect, test } from './fixtures';
import { gridCell } from './grid';
import { expectedOrder } from './oracle';

/** Issue 2's acceptance path, end to end through the browser host with the real services. */

const CANDIDATES = ['K-EXAONE', 'A.X K1', 'Solar Open 100B', 'HyperCLOVA X SEED Think 32B', 'VAETKI'];
const reference = readFileSync(join(__dirname, '../../data/reference/observations.csv'), 'utf8');

/** The candidate's own published value for a benchmark, straight from the reference CSV. */
function ownValue(modelId: string, benchmark: string, setting?: string): number {
  const row = reference
    .split('\n')
    .map((l) => l.split(','))
    .find((c) => c[0] === modelId && c[2] === benchmark && c[6] === 'model maker' && (!setting || c[1] === setting));
  if (!row) throw new Error(`no own value for ${modelId} ${benchmark}`);
  return Number(row[3]);
}

async function rankingNames(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Results' }).click();
  const rows = page.getByRole('table', { name: /ranking/i }).getByRole('row');
  const count = await rows.count();
  const names: string[] = [];
  for (let i = 1; i < count; i++) names.push((await rows.nth(i).getByRole('cell').nth(1).innerText()).trim());
  return names;
}

async function composite(page: Page, model: string): Promise<string> {
  await page.getByRole('tab', { name: 'Results' }).click();
  const row = page.getByRole('table', { name: /ranking/i }).getByRole('row', { name: new RegExp(escape(model)) });
  return (await row.getByRole('cell').nth(2).innerText()).trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function readColumn(page: Page, benchmark: string): Promise<(number | null)[]> {
  const out: (number | null)[] = [];
  for (const name of CANDIDATES) {
    const text = (await gridCell(page, name, benchmark).innerText()).trim();
    out.push(/^-?\d/.test(text) ? Number(text.replace(/[^\d.-]/g, '')) : null);
  }
  return out;
}

async function pickFile(page: Page, title: RegExp, fileName: string, confirm: RegExp) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: /^(File name|파일 이름)$/ }).fill(fileName);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(dialog).toBeHidden();
}

test('load, weight, edit, save, reopen and print a scenario', async ({ page, host }) => {
  await page.goto(host.url);

  // The grid shows the five candidates with values from the default dataset.
  await page.getByRole('tab', { name: 'Data' }).click();
  for (const name of CANDIDATES)
    await expect(page.getByRole('row', { name: new RegExp(`^${escape(name)}\\b`) })).toBeVisible();
  await expect(gridCell(page, 'K-EXAONE', 'mmlu-pro')).toHaveText(String(ownValue('k-exaone-236b-a23b', 'mmlu-pro')));
  await expect(gridCell(page, 'Solar Open 100B', 'kmmlu-pro')).toHaveText(
    String(ownValue('solar-open-100b', 'kmmlu-pro')),
  );

  // Moving one benchmark's weight to the maximum changes the ranking as the values imply.
  const before = await rankingNames(page);
  await page.getByRole('tab', { name: 'Data' }).click();
  const criteria = await page
    .locator('[role="columnheader"][col-id]:not(.ag-header-group-cell)')
    .evaluateAll((els) => els.map((e) => e.getAttribute('col-id')!).filter((id) => id !== 'model'));
  const columns: (number | null)[][] = [];
  for (const b of criteria) columns.push(await readColumn(page, b));
  await page.getByRole('tab', { name: 'Weights' }).click();
  // IFEval at 100 reorders the models with data (HyperCLOVA X SEED, 2 of 14 values, stays last: the coverage rule).
  const slider = page.getByRole('slider', { name: 'IFEval' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', '100');
  const weights = [];
  for (const b of criteria) weights.push(b === 'ifeval' ? 100 : 10);
  const after = await rankingNames(page);
  expect(after).toEqual(expectedOrder(CANDIDATES, columns, weights));
  expect(after).not.toEqual(before);

  // Editing a cell updates the composite.
  const vaetkiBefore = await composite(page, 'VAETKI');
  await page.getByRole('tab', { name: 'Data' }).click();
  await gridCell(page, 'VAETKI', 'tau2-retail').dblclick();
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expect(gridCell(page, 'VAETKI', 'tau2-retail')).toContainText('99');
  expect(await composite(page, 'VAETKI')).not.toEqual(vaetkiBefore);
  const vaetkiEdited = await composite(page, 'VAETKI');

  // Save As writes a .sewb into the workspace.
  await page.getByRole('button', { name: 'Save As', exact: true }).click();
  await pickFile(page, /save scenario as/i, 'my-round', /^save$/i);
  const saved = join(host.workspace, 'my-round.sewb');
  await expect.poll(() => existsSync(saved)).toBe(true);
  const file = parseScenarioBytes(readFileSync(saved), saved);
  expect(file.overrides).toEqual([
    expect.objectContaining({ model: 'vaetki-112b-a10b', benchmark: 'tau2-retail', value: 99 }),
  ]);

  // After a reload, Open restores the same weights and edits.
  await page.reload();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const openDialog = page.getByRole('dialog', { name: /open scenario/i });
  await openDialog.getByRole('button', { name: /my-round\.sewb/ }).click();
  await openDialog.getByRole('button', { name: /^open$/i }).click();
  await expect(openDialog).toBeHidden();
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(gridCell(page, 'VAETKI', 'tau2-retail')).toContainText('99');
  await page.getByRole('tab', { name: 'Weights' }).click();
  await expect(page.getByRole('slider', { name: 'IFEval' })).toHaveAttribute('aria-valuenow', '100');
  expect(await composite(page, 'VAETKI')).toEqual(vaetkiEdited);
  const ranking = await rankingNames(page);

  // Export PDF writes a PDF whose text has the scenario name, the five model names and the ranks.
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  await pickFile(page, /export pdf/i, 'report', /^(export|save)$/i);
  const pdf = join(host.workspace, 'report.pdf');
  await expect.poll(() => existsSync(pdf), { timeout: 60_000 }).toBe(true);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain(file.name);
  for (const name of CANDIDATES) expect(text).toContain(name);
  expect(text).toContain('Weight stability');
  expect(text).toContain('Rank acceptability (SMAA-2)');
  ranking.forEach((name, i) => expect(text).toMatch(new RegExp(`\\b${i + 1}\\s+${escape(name)}`)));

  // In Korean, the report is printed in Korean with the bundled Korean font embedded.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await page.getByRole('button', { name: 'PDF 내보내기', exact: true }).click();
  await pickFile(page, /PDF/, 'report-ko', /^(내보내기|저장)$/);
  const pdfKo = join(host.workspace, 'report-ko.pdf');
  await expect.poll(() => existsSync(pdfKo), { timeout: 60_000 }).toBe(true);
  const textKo = execFileSync('pdftotext', ['-layout', pdfKo, '-']).toString();
  for (const heading of ['가중치', '순위', '종합 점수']) expect(textKo).toContain(heading);
  expect(execFileSync('pdffonts', [pdfKo]).toString()).toMatch(/NotoSansKR/);
});
