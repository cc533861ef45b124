import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/** Issue 11 item 4: the weight sweep's crossings are the stability table's thresholds, read off the screen. */

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

test('the weight sweep marks, at its first crossing above the weight now, the threshold the stability table shows', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('row', { name: /^K-EXAONE\b/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Results' }).click();

  // A criterion whose ranking changes when its weight is raised: its "first change" names a pass.
  const table = page.getByRole('table', { name: 'Weight stability' });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())),
  );
  const row = cells.find((r) => / passes .* at /.test(r[4]));
  expect(row, 'some criterion has a swap above its weight').toBeDefined();
  const [criterion, , range, , firstAbove] = row!;
  const upperShown = range.split('–')[1].trim();
  expect(firstAbove.endsWith(`at ${upperShown}`)).toBe(true);

  await page.getByRole('combobox', { name: 'Criterion swept' }).selectOption({ label: criterion });
  const chart = page.getByRole('img', {
    name: `Weight sweep of ${criterion}: each model's composite against the weight`,
  });
  await expect(chart).toBeVisible();
  // The reading sentence is on screen with the chart.
  await expect(page.getByText(`as the weight of ${criterion} goes from 0 to 100%`)).toBeVisible();

  // The chart's data: the first crossing at or above the weight now is the table's upper threshold.
  const current = Number(await chart.getAttribute('data-current'));
  const crossings = JSON.parse((await chart.getAttribute('data-crossings'))!) as number[];
  const above = crossings.filter((x) => x >= current).sort((a, b) => a - b)[0];
  expect(percent(above)).toBe(upperShown);
  // And the chart draws it: the SVG labels the end of the stable range with the same figure.
  await expect(chart.locator('svg text', { hasText: `upper ${upperShown}` })).toHaveCount(1);
  // At least one crossing dot is drawn (the scatter series of crossings).
  expect(crossings.length).toBeGreaterThan(0);
});

test('the report of Round 1 as announced carries the sensitivity charts, each with its reading sentence, as vectors', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const open = page.getByRole('dialog', { name: /open scenario/i });
  await open.getByRole('button', { name: /Round 1 as announced/ }).click();
  await expect(open).toBeHidden();

  // On screen, in the Rounds view: the points-split triangle and P(eliminated) against range width.
  await page.getByRole('tab', { name: 'Rounds' }).click();
  await expect(page.getByRole('img', { name: /^Team eliminated on score for each split/ })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Probability of elimination per team against the range width/ }),
  ).toBeVisible({
    timeout: 60_000,
  });

  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /export pdf/i });
  await dialog.getByRole('textbox', { name: /^(File name|파일 이름)$/ }).fill('report');
  await dialog.getByRole('button', { name: /^(export|save)$/i }).click();
  const pdf = join(host.workspace, 'report.pdf');
  await expect.poll(() => existsSync(pdf), { timeout: 90_000 }).toBe(true);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  for (const sentence of [
    'Contributions by criterion',
    'Weight sweep',
    'Where two lines cross, those two models swap places',
    'Each bar splits one model',
    'Who goes out as the points split moves',
    'one way of splitting the 100 points between',
    'P(eliminated) as the assumed ranges narrow or widen',
    'from half (×0.5) to twice (×2) its width',
  ])
    expect(text).toContain(sentence);
  // The charts are drawn as vector paths, not pictures: the PDF has no raster image.
  const images = execFileSync('pdfimages', ['-list', pdf]).toString().trim().split('\n').slice(2);
  expect(images).toEqual([]);
});
