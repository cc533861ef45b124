import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Issue 9's honest states through the browser host: undo per gesture, all-zero weights, margins to the drawn cut. */

const thumb = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });
const value = async (page: Page, name: string) => Number(await thumb(page, name).getAttribute('aria-valuenow'));

/** A real mouse drag on a slider's thumb: press on it, move right by `dx` px in several steps, release. */
async function drag(page: Page, name: string, dx: number) {
  const box = (await thumb(page, name).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(x + (dx * i) / 6, y);
  await page.mouse.up();
}

async function openBundled(page: Page, name: RegExp) {
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /open scenario/i });
  await dialog.getByRole('button', { name }).click();
  await expect(dialog).toBeHidden();
}

test('one Undo after two different slider gestures undoes only the last', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Weights' }).click();
  const [a, b] = ["Humanity's Last Exam", 'KoBALT-700'];
  await expect(thumb(page, a)).toBeVisible();
  const start = { a: await value(page, a), b: await value(page, b) };
  const undo = page.getByRole('button', { name: 'Undo', exact: true });

  // Two drags: Undo takes back the second only.
  await drag(page, a, 120);
  const afterA = await value(page, a);
  expect(afterA).toBeGreaterThan(start.a);
  await drag(page, b, 80);
  expect(await value(page, b)).toBeGreaterThan(start.b);
  await undo.click();
  await expect(thumb(page, b)).toHaveAttribute('aria-valuenow', String(start.b));
  await expect(thumb(page, a)).toHaveAttribute('aria-valuenow', String(afterA));

  // A key press, then a drag: Undo takes back the drag only, and the next Undo the key press.
  await thumb(page, a).focus();
  await page.keyboard.press('ArrowRight');
  await expect(thumb(page, a)).toHaveAttribute('aria-valuenow', String(afterA + 1));
  await drag(page, b, 60);
  expect(await value(page, b)).toBeGreaterThan(start.b);
  await undo.click();
  await expect(thumb(page, b)).toHaveAttribute('aria-valuenow', String(start.b));
  await expect(thumb(page, a)).toHaveAttribute('aria-valuenow', String(afterA + 1));
  await undo.click();
  await expect(thumb(page, a)).toHaveAttribute('aria-valuenow', String(afterA));
});

test('all-zero weights show the notice and no ranking', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Weights' }).click();
  const fields = page.getByRole('spinbutton', { name: / weight$/ });
  await expect(fields.first()).toBeVisible();
  for (const field of await fields.all()) {
    await field.fill('0');
    await field.press('Enter');
  }
  const notice = 'All criteria weigh 0: set a weight to rank';
  await expect(page.getByRole('alert')).toHaveText(notice);
  await page.getByRole('tab', { name: 'Results' }).click();
  await expect(page.getByRole('alert').filter({ hasText: notice })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Ranking' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/e2e/honest-all-zero.png' });
});

test('WPM over min-max values shows the notice with the fix, and ranks once the fix is chosen', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Weights' }).click();
  await page.getByRole('combobox', { name: 'Method' }).selectOption('wpm');
  await expect(page.getByRole('alert')).toContainText(
    'Weighted product (WPM) needs positive values: choose “Divide by max” or “Linear (scale)” normalization',
  );
  await page.screenshot({ path: 'test-results/e2e/honest-wpm.png' });
  await page.getByRole('tab', { name: 'Results' }).click();
  await expect(page.getByRole('table', { name: 'Ranking' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Weights' }).click();
  await page.getByRole('combobox', { name: 'Normalization' }).selectOption('max');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Results' }).click();
  await expect(page.getByRole('table', { name: 'Ranking' }).getByRole('row')).toHaveCount(6);
});

test('the margin shown in the Rounds view equals total minus the drawn cut line', async ({ page, host }) => {
  await page.goto(host.url);
  await openBundled(page, /as announced/i);
  await page.getByRole('tab', { name: 'Rounds' }).click();
  const chart = page.getByRole('img', { name: /^Totals and ranges — / });
  await expect(chart).toBeVisible();
  // The cut line's value as the chart draws it: the label on the dashed line in the rendered SVG.
  const label = await chart.locator('text').filter({ hasText: /^cut / }).textContent();
  const line = Number(/^cut (\d+\.\d)$/.exec(label!.trim())![1]);
  const rows = page.getByRole('table', { name: /^Teams — / }).locator('tbody tr');
  const headers = await page
    .getByRole('table', { name: /^Teams — / })
    .locator('thead th')
    .allInnerTexts();
  const col = (h: string) => headers.findIndex((x) => x.startsWith(h));
  const shown = await rows.evaluateAll(
    (trs, [t, m, s]) =>
      trs.map((tr) => {
        const cells = [...(tr as HTMLTableRowElement).cells].map((c) => c.innerText.trim());
        return { total: Number.parseFloat(cells[t]), margin: cells[m], status: cells[s] };
      }),
    [col('Total'), col('Margin'), col('Status')],
  );
  expect(shown).toHaveLength(5);
  for (const row of shown) {
    if (row.status.startsWith('Eliminated by gate')) expect(row.margin).toBe('—');
    else expect(Number(row.margin.replace('\u2212', '-'))).toBeCloseTo(row.total - line, 6);
  }
  // Upstage's 77.9 is the lowest total that advances: the line; LG's 90.2 is 12.3 above it.
  expect(line).toBe(77.9);
  expect(shown.map((r) => r.margin)).toContain('+12.3');
  await page.screenshot({ path: 'test-results/e2e/honest-rounds.png', fullPage: true });
});
