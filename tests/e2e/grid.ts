import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

const models: { id: string; name: string }[] = JSON.parse(
  readFileSync(join(__dirname, '../../data/datasets/default.json'), 'utf8'),
).models;

/** A model's id in the default dataset, by its name. */
export function modelId(name: string): string {
  const model = models.find((m) => m.name === name);
  if (!model) throw new Error(`no model named ${name} in the default dataset`);
  return model.id;
}

/**
 * The grid cell of a model and a benchmark. The model column is pinned, so AG Grid renders each row as two
 * row elements (pinned and scrolling) sharing the row id (the model id); the value cells are in the second.
 */
export function gridCell(page: Page, model: string, benchmark: string): Locator {
  return page.locator(`[role="row"][row-id="${modelId(model)}"] [role="gridcell"][col-id="${benchmark}"]`);
}

/** Dispatches a paste of `text` where the browser focus is (what Ctrl+V does with clipboard text). */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}
