import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectedRanking, largeScenario } from './large-scenario';

/**
 * Issue 10's acceptance on a generated 1,000 × 200 scenario through the browser host: a version 1 (JSON) file opens;
 * a weight and a cell are edited; Save writes version 2 over it; after a reload the file opens again with the same
 * results. The expected ranking is computed from the formula on the generated values (large-scenario.ts).
 */

const MODELS = 1_000;
const BENCHMARKS = 200;
const SHOWN = 10;

/** The first `count` rows of the Results ranking: name and composite as shown. */
async function topOfRanking(page: Page, count: number): Promise<{ name: string; composite: string }[]> {
  await page.getByRole('tab', { name: 'Results' }).click();
  const rows = page
    .getByRole('table', { name: /ranking/i })
    .first()
    .getByRole('row');
  await expect(rows.nth(count)).toBeVisible();
  const out: { name: string; composite: string }[] = [];
  for (let i = 1; i <= count; i++) {
    const cells = rows.nth(i).getByRole('cell');
    out.push({ name: (await cells.nth(1).innerText()).trim(), composite: (await cells.nth(2).innerText()).trim() });
  }
  return out;
}

/** The shown ranking agrees with the formula: the same names in order, each composite equal as far as it is shown. */
function expectAgrees(shown: { name: string; composite: string }[], expected: { name: string; composite: number }[]) {
  expect(shown.map((r) => r.name)).toEqual(expected.slice(0, shown.length).map((r) => r.name));
  shown.forEach((r, i) => {
    const decimals = r.composite.split('.')[1]?.length ?? 0;
    expect(decimals).toBeGreaterThanOrEqual(3);
    expect(Math.abs(Number(r.composite) - expected[i]!.composite)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
  });
}

async function openFile(page: Page, name: string) {
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /open scenario/i });
  await dialog.getByRole('button', { name: new RegExp(name.replace('.', '\\.')) }).click();
  await dialog.getByRole('button', { name: /^open$/i }).click();
  await expect(dialog).toBeHidden({ timeout: 120_000 });
  await expect(page.getByRole('row', { name: /^Model 00001\b/ }).first()).toBeVisible({ timeout: 120_000 });
}

test('a 1,000 × 200 version 1 file opens; a weight and a cell edited; saved as version 2; reopened after a reload, the same results', async ({
  page,
  host,
}) => {
  test.setTimeout(600_000);
  const { scenario, values, weights } = largeScenario(MODELS, BENCHMARKS);
  const file = join(host.workspace, 'large.sewb');
  writeFileSync(file, JSON.stringify(scenario));

  await page.goto(host.url);
  await openFile(page, 'large.sewb');
  expectAgrees(await topOfRanking(page, SHOWN), expectedRanking(values, weights));

  // A weight: Bench 001 to the slider's top (End).
  await page.getByRole('tab', { name: 'Weights' }).click();
  const slider = page.getByRole('slider', { name: 'Bench 001', exact: true });
  await slider.focus();
  await page.keyboard.press('End');
  const top = Number(await slider.getAttribute('aria-valuemax'));
  await expect(slider).toHaveAttribute('aria-valuenow', String(top));
  const edited = weights.map((w, j) => (j === 0 ? top : w));

  // A cell: Model 00003's Bench 001 (now the heaviest criterion) set to 100, a what-if override that moves it up.
  await page.getByRole('tab', { name: 'Data' }).click();
  const cell = page.locator('[role="row"][row-id="m00003"] [role="gridcell"][col-id="b001"]');
  await cell.dblclick();
  await page.keyboard.type('100');
  await page.keyboard.press('Enter');
  await expect(cell).toContainText('100');
  const changed = values.map((r, i) => (i === 2 ? r.map((x, j) => (j === 0 ? 100 : x)) : r));
  const expected = expectedRanking(changed, edited);
  expect(expected.slice(0, SHOWN).map((r) => r.name)).not.toEqual(
    expectedRanking(values, edited)
      .slice(0, SHOWN)
      .map((r) => r.name),
  );
  const shown = await topOfRanking(page, SHOWN);
  expectAgrees(shown, expected);

  // Save writes version 2 (a zip) over the version 1 file.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('contentinfo')).toContainText(/saved/i, { timeout: 120_000 });
  expect([...readFileSync(file).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

  // After a reload, the file opens with the same weight, cell and results.
  await page.reload();
  await openFile(page, 'large.sewb');
  expect(await topOfRanking(page, SHOWN)).toEqual(shown);
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(cell).toContainText('100');
  await page.getByRole('tab', { name: 'Weights' }).click();
  await expect(page.getByRole('slider', { name: 'Bench 001', exact: true })).toHaveAttribute(
    'aria-valuenow',
    String(top),
  );
});
