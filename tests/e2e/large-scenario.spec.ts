import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseScenarioBytes, serializeScenario } from '../../electron/services/scenario-file';
import { ScenarioSchema } from '../../shared/domain/scenario';
import { expect, test } from './fixtures';
import { expectedRanking, largeScenario } from './large-scenario';

/**
 * Issue 10's acceptance through the browser host on a generated 1,000 × 200 scenario, written as a version 1
 * (JSON) file: open, edit a weight and a cell, Save As (a version 2 file), reload, open → the same ranking, which is
 * the one the formula gives (expectedRanking, apart from shared/).
 */

const MODELS = 1000;
const BENCHMARKS = 200;
const TOP = 5;

async function openFile(page: Page, name: string) {
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /open scenario/i });
  await dialog.getByRole('button', { name: new RegExp(name.replace('.', '\\.')) }).click();
  await dialog.getByRole('button', { name: /^open$/i }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
}

/** The first rows of the ranking table: name and composite as shown. */
async function topOfRanking(page: Page): Promise<string[][]> {
  await page.getByRole('tab', { name: 'Results' }).click();
  const rows = page.getByRole('table', { name: /ranking/i }).getByRole('row');
  await expect(rows.nth(TOP)).toBeVisible({ timeout: 60_000 });
  const out: string[][] = [];
  for (let i = 1; i <= TOP; i++) {
    const cells = rows.nth(i).getByRole('cell');
    out.push([(await cells.nth(1).innerText()).trim(), (await cells.nth(2).innerText()).trim()]);
  }
  return out;
}

const cell = (page: Page, model: string, benchmark: string) =>
  page.locator(`[role="row"][row-id="${model}"] [role="gridcell"][col-id="${benchmark}"]`);

test('a 1,000 × 200 version 1 file opens, takes a weight and a cell edit, saves as version 2 and reopens the same', async ({
  page,
  host,
}) => {
  test.setTimeout(300_000);
  const { scenario, values, weights } = largeScenario(MODELS, BENCHMARKS, 11);
  writeFileSync(join(host.workspace, 'large-v1.sewb'), serializeScenario(ScenarioSchema.parse(scenario)));
  await page.goto(host.url);
  await openFile(page, 'large-v1.sewb');
  await expect(cell(page, 'm00001', 'b001')).toHaveText(String(values[0][0]), { timeout: 60_000 });

  // Bench 001 to the top of its slider, and Model 00002's Bench 001 to 100.
  await page.getByRole('tab', { name: 'Weights' }).click();
  const slider = page.getByRole('slider', { name: 'Bench 001' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', '100');
  await page.getByRole('tab', { name: 'Data' }).click();
  await cell(page, 'm00002', 'b001').dblclick();
  await page.keyboard.type('100');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'm00002', 'b001')).toContainText('100');

  const edited = values.map((row) => [...row]);
  edited[1][0] = 100;
  const expected = expectedRanking(
    edited,
    weights.map((w, j) => (j === 0 ? 100 : w)),
  )
    .slice(0, TOP)
    .map((r) => r.name);
  const before = await topOfRanking(page);
  expect(before.map(([name]) => name)).toEqual(expected);

  await page.getByRole('button', { name: 'Save As', exact: true }).click();
  const save = page.getByRole('dialog', { name: /save scenario as/i });
  await save.getByRole('textbox', { name: 'File name' }).fill('large-edited');
  await save.getByRole('button', { name: /^save$/i }).click();
  await expect(save).toBeHidden({ timeout: 60_000 });
  const bytes = readFileSync(join(host.workspace, 'large-edited.sewb'));
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a version 2 file is a zip container
  const file = parseScenarioBytes(bytes, 'large-edited.sewb');
  expect(file.dataset.observations).toHaveLength(MODELS * BENCHMARKS);
  expect(file.criteria[0]).toMatchObject({ benchmark: 'b001', weight: 100 });
  expect(file.overrides).toEqual([expect.objectContaining({ model: 'm00002', benchmark: 'b001', value: 100 })]);

  await page.reload();
  await openFile(page, 'large-edited.sewb');
  await expect(cell(page, 'm00002', 'b001')).toContainText('100', { timeout: 60_000 });
  expect(await topOfRanking(page)).toEqual(before);
});
