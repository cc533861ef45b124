import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { largeScenario } from './large-scenario';

/**
 * The grid's header heights are computed from the names (grid-header-heights.ts), not measured by AG Grid: every
 * header's name must still show whole, wrapped, inside its cell — checked on the page's own layout.
 */

/** The header cells whose name is cut: taller than its label (cut at the bottom or top) or wider than its text box. */
async function cutHeaders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('.ag-header-cell[col-id], .ag-header-group-cell')) {
      const text = cell.querySelector<HTMLElement>('.ag-header-cell-text, .ag-header-group-text');
      const label = cell.querySelector<HTMLElement>('.ag-header-cell-label, .ag-header-group-cell-label');
      if (!text?.textContent || !label) continue;
      const box = cell.getBoundingClientRect();
      const inner = text.getBoundingClientRect();
      const problems = [
        label.scrollHeight > label.clientHeight && `label ${label.scrollHeight} > ${label.clientHeight} px tall`,
        (inner.top < box.top - 0.5 || inner.bottom > box.bottom + 0.5) &&
          `text ${inner.top}–${inner.bottom} outside the cell ${box.top}–${box.bottom}`,
        text.scrollWidth > text.clientWidth + 1 && `text ${text.scrollWidth} > ${text.clientWidth} px wide`,
      ].filter(Boolean);
      if (problems.length) cut.push(`${text.textContent}: ${problems.join(', ')}`);
    }
    return cut;
  });
}

/** How many lines a column header's name takes (its text box's height over the line height). */
const headerLines = (page: Page, name: string) =>
  page.evaluate((name) => {
    const text = [...document.querySelectorAll('.ag-header-cell-text')].find((t) => t.textContent === name);
    if (!text) return 0;
    const lines = text.getBoundingClientRect().height / parseFloat(getComputedStyle(text).lineHeight);
    // The health marks' line under a name is part of the text box.
    return getComputedStyle(text, '::after').display === 'block' ? lines - 1 : lines;
  }, name);

/** A column header by its name (its accessible name also holds the health marks). */
const columnHeader = (page: Page, name: string) =>
  page.locator('.ag-header-cell[col-id]').filter({ has: page.locator('.ag-header-cell-text', { hasText: name }) });

test('at 1280 px every header of the default scenario shows its whole name, wrapped, in English and Korean', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(page.locator('[role="gridcell"]').first()).toBeVisible();
  await expect.poll(() => headerLines(page, "Humanity's Last Exam")).toBeGreaterThanOrEqual(2);
  expect(await cutHeaders(page)).toEqual([]);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page.getByRole('columnheader', { name: '모델', exact: true })).toBeVisible();
  await expect(page.locator('.ag-header-group-cell', { hasText: '한국 문화' })).toBeVisible();
  expect(await cutHeaders(page)).toEqual([]);
});

/** A generated scenario whose benchmark and category names are long, several words, hyphenated, some Korean. */
function longNamesScenario() {
  const { scenario } = largeScenario(12, 6, 3);
  const names = [
    'Extremely Long Multilingual Reasoning Benchmark With Many Words',
    'KoBALT-700 Extended-Context Linguistics',
    'τ²-Bench Telecom Customer-Service Dialogues',
    '한국어 장문 독해 및 추론 평가',
    'Sogang Univ. (Kim Jong-rak team) CSAT-math + entrance/essay math set',
    'A',
  ];
  const categories = ['a very long category name nobody translates', 'long-context', '아주 긴 범주 이름'];
  return {
    ...scenario,
    name: 'Long header names',
    dataset: {
      ...scenario.dataset,
      benchmarks: scenario.dataset.benchmarks.map((b, j) => ({
        ...b,
        name: `${names[j % names.length]} ${j + 1}`,
        // Three English then three Korean; the first three under one category, then a category per column.
        language: j < 3 ? 'en' : 'ko',
        category: j < 3 ? 'instruction-following' : categories[j % categories.length],
      })),
    },
  };
}

test('a generated scenario with long names: every header whole at 1280 px, in a narrower window, a column dragged narrower and after a sort', async ({
  page,
  host,
}) => {
  writeFileSync(join(host.workspace, 'long-names.sewb'), JSON.stringify(longNamesScenario()));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /open scenario/i });
  await dialog.getByRole('button', { name: /long-names\.sewb/ }).click();
  await dialog.getByRole('button', { name: /^open$/i }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(page.getByRole('row', { name: /^Model 00001\b/ }).first()).toBeVisible();
  const longest = 'Extremely Long Multilingual Reasoning Benchmark With Many Words 1';
  await expect.poll(() => headerLines(page, longest)).toBeGreaterThanOrEqual(3);
  expect(await cutHeaders(page)).toEqual([]);

  // A narrower window: the flexed columns narrow and their names take more lines.
  const before = await headerLines(page, longest);
  await page.setViewportSize({ width: 900, height: 800 });
  await expect.poll(() => headerLines(page, longest)).toBeGreaterThan(before);
  expect(await cutHeaders(page)).toEqual([]);

  // Dragged narrower by its resize handle, a column's name takes more lines.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => headerLines(page, longest)).toBe(before);
  const handle = await columnHeader(page, longest).locator('.ag-header-cell-resize').boundingBox();
  await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle!.x + handle!.width / 2 - 70, handle!.y + handle!.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => headerLines(page, longest)).toBeGreaterThan(before);
  expect(await cutHeaders(page)).toEqual([]);

  // A sort arrow takes width from the sorted column's name.
  await columnHeader(page, longest).locator('.ag-header-cell-label').click();
  await expect(columnHeader(page, longest)).toHaveAttribute('aria-sort', 'ascending');
  expect(await cutHeaders(page)).toEqual([]);
});
