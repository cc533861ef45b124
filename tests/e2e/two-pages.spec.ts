import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseScenarioBytes } from '../../electron/services/scenario-file';
import { expect, test } from './fixtures';

/** Issue 9: two pages with one file open never lose an edit silently. */

const weightOnDisk = (file: string, benchmark: string): number =>
  parseScenarioBytes(readFileSync(file), file).criteria.find((c) => c.benchmark === benchmark)!.weight;

async function openShared(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded the bundled default scenario' })).toBeVisible();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Open scenario' });
  await picker.getByRole('button', { name: /shared\.sewb/ }).click();
  await picker.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(picker).toBeHidden();
}

/** Moves the τ²-Bench Retail weight to its end with the keyboard, as a user does. */
async function setRetailWeight(page: Page, key: 'Home' | 'End', value: string) {
  await page.getByRole('tab', { name: 'Weights' }).click();
  const slider = page.getByRole('slider', { name: 'τ²-Bench Retail' });
  await slider.focus();
  await page.keyboard.press(key);
  await expect(slider).toHaveAttribute('aria-valuenow', value);
}

test('two pages, one file: the second save asks, and Save as keeps both edits', async ({ page, host }) => {
  const shared = join(host.workspace, 'shared.sewb');
  copyFileSync(join(__dirname, '../../data/scenarios/default.sewb'), shared);
  const second = await page.context().newPage();
  await openShared(page, host.url);
  await openShared(second, host.url);

  await setRetailWeight(page, 'End', '100');
  await setRetailWeight(second, 'Home', '0');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();
  expect(weightOnDisk(shared, 'tau2-retail')).toBe(100);

  await second.getByRole('button', { name: 'Save', exact: true }).click();
  const prompt = second.getByRole('alertdialog', { name: 'The file changed on disk' });
  await expect(prompt).toBeVisible();
  expect(weightOnDisk(shared, 'tau2-retail')).toBe(100); // nothing written before the user answers

  await prompt.getByRole('button', { name: 'Save as…' }).click();
  const picker = second.getByRole('dialog', { name: 'Save scenario as' });
  await picker.getByRole('textbox', { name: 'File name' }).fill('page-two');
  await picker.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(picker).toBeHidden();
  const copy = join(host.workspace, 'page-two.sewb');
  await expect.poll(() => existsSync(copy)).toBe(true);
  expect(weightOnDisk(copy, 'tau2-retail')).toBe(0);
  expect(weightOnDisk(shared, 'tau2-retail')).toBe(100);
  await expect(second.getByText('• unsaved')).toBeHidden();
});
