import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseScenarioBytes } from '../../electron/services/scenario-file';
import { expect, test } from './fixtures';

/** Issue 10 item 1 and issue 11 item 1: several documents in one window, duplicate as variant, rename. */

const bundled = (id: string) => {
  const file = join(__dirname, '../../data/scenarios', `${id}.sewb`);
  return parseScenarioBytes(readFileSync(file), file);
};
const PLANNED = bundled('round1-as-planned');
const ANNOUNCED = bundled('round1-as-announced');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const documents = (page: Page) => page.getByRole('navigation', { name: 'Open documents' });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

async function openBundled(page: Page, name: string) {
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Open scenario' });
  await picker.getByRole('button', { name }).click();
  await expect(picker).toBeHidden();
  await expect(heading(page, name)).toBeVisible();
}

async function saveAs(page: Page, fileName: string) {
  await page.getByRole('button', { name: 'Save As', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Save scenario as' });
  await picker.getByRole('textbox', { name: 'File name' }).fill(fileName);
  await picker.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(picker).toBeHidden();
}

/** The raw weights as the Weights view shows them, by slider name. */
async function sliderWeights(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Weights' }).click();
  return page.getByRole('slider').evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuenow') ?? ''));
}

test('two bundled scenarios open side by side: edit and save one, the other unchanged; a variant renamed', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded the bundled default scenario' })).toBeVisible();
  await openBundled(page, PLANNED.name);
  await openBundled(page, ANNOUNCED.name);
  await expect(documents(page).getByRole('button', { name: ANNOUNCED.name, exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const announcedWeights = await sliderWeights(page);
  expect(announcedWeights.map(Number)).toEqual(ANNOUNCED.criteria.map((c) => c.weight));

  // Switch to "as planned" and move its first weight to an end.
  await documents(page).getByRole('button', { name: PLANNED.name, exact: true }).click();
  await expect(heading(page, PLANNED.name)).toBeVisible();
  await page.getByRole('tab', { name: 'Weights' }).click();
  const slider = page.getByRole('slider').first();
  const start = Number(await slider.getAttribute('aria-valuenow'));
  expect(start).toBe(PLANNED.criteria[0].weight);
  const target = start < 100 ? 100 : 0;
  await slider.focus();
  await page.keyboard.press(target === 100 ? 'End' : 'Home');
  await expect(slider).toHaveAttribute('aria-valuenow', String(target));
  await expect(documents(page).getByRole('button', { name: `${PLANNED.name} (unsaved)` })).toBeVisible();

  await saveAs(page, 'planned-edited');
  const saved = join(host.workspace, 'planned-edited.sewb');
  await expect.poll(() => existsSync(saved)).toBe(true);
  const onDisk = parseScenarioBytes(readFileSync(saved), saved);
  expect(onDisk.name).toBe(PLANNED.name);
  expect(onDisk.criteria.map((c) => c.weight)).toEqual(PLANNED.criteria.map((c, i) => (i === 0 ? target : c.weight)));
  expect(onDisk.dataset.observations).toHaveLength(PLANNED.dataset.observations.length);

  // "As announced" is as it was opened: same weights, nothing unsaved.
  await documents(page).getByRole('button', { name: ANNOUNCED.name, exact: true }).click();
  await expect(heading(page, ANNOUNCED.name)).toBeVisible();
  expect(await sliderWeights(page)).toEqual(announcedWeights);
  await expect(page.getByText('• unsaved')).toBeHidden();

  // Duplicate as variant, then rename it: the list, the heading and the window title follow.
  await documents(page).getByRole('button', { name: 'Duplicate as variant' }).click();
  const variant = `${ANNOUNCED.name} (variant)`;
  await expect(heading(page, variant)).toBeVisible();
  await expect(documents(page).getByRole('button', { name: `${variant} (unsaved)` })).toBeVisible();
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Round 1, my variant');
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Round 1, my variant')).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^• ${escape('Round 1, my variant')} — `));

  // The report carries the current name.
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: /export pdf/i });
  await exportDialog.getByRole('textbox', { name: 'File name' }).fill('variant');
  await exportDialog.getByRole('button', { name: /^(export|save)$/i }).click();
  const pdf = join(host.workspace, 'variant.pdf');
  await expect.poll(() => existsSync(pdf), { timeout: 90_000 }).toBe(true);
  expect(execFileSync('pdftotext', ['-layout', pdf, '-']).toString()).toContain('Round 1, my variant');

  // Four documents open; the edited one is saved, the variant is not.
  await expect(documents(page).locator('.document-entry')).toHaveText([
    /Round 1 default/,
    PLANNED.name,
    ANNOUNCED.name,
    '• Round 1, my variant',
  ]);
});
