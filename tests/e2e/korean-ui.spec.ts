import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { gridCell } from './grid';

/**
 * Issue 12 item 6: the Korean UI shows no English of its own. Every view (and the Observations panel, the
 * Models and Import dialogs) in Korean: the words left after removing what the data brings (model, benchmark
 * and source names, ids, settings, units — every string of the shipped dataset and scenario) are Korean.
 */

const root = join(__dirname, '../..');
/** Every word of every string in a JSON document. */
function wordsOf(json: unknown, into = new Set<string>()): Set<string> {
  if (typeof json === 'string') for (const w of json.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []) into.add(w);
  else if (Array.isArray(json)) for (const v of json) wordsOf(v, into);
  else if (json && typeof json === 'object')
    for (const [k, v] of Object.entries(json)) {
      wordsOf(k, into);
      wordsOf(v, into);
    }
  return into;
}
const dataWords = wordsOf([
  JSON.parse(readFileSync(join(root, 'data/datasets/default.json'), 'utf8')),
  JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')),
  JSON.parse(readFileSync(join(root, 'data/programme.json'), 'utf8')),
]);
/** Names written the same in Korean: formats, methods and measures by their usual abbreviation. */
const AS_IS = new Set([
  'PDF',
  'CSV',
  'TSV',
  'XLSX',
  'JSON',
  'Parquet',
  'WSM',
  'WPM',
  'TOPSIS',
  'VIKOR',
  'PROMETHEE',
  'II',
  'COPRAS',
  'SMAA',
  'AHP',
  'ROC',
  'CRITIC',
  'PASS',
  'FAIL',
  'English',
  'Ctrl',
  'Shift',
  'Delete',
  'Enter',
  'Esc',
  'Tab',
  'lm',
  'eval',
]);

async function englishOnScreen(page: import('@playwright/test').Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const a of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
    return out;
  });
  // A folder path (the file picker's workspace) is the machine's, not the UI's.
  const words =
    texts
      .join(' ')
      .replace(/\/\S+/g, ' ')
      .match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
  return [...new Set(words.filter((w) => w.length >= 3 && !dataWords.has(w) && !AS_IS.has(w)))];
}

test.use({ locale: 'ko-KR' });

test('every view of the Korean UI is in Korean', async ({ page, host }) => {
  await page.goto(host.url);
  const found = new Map<string, string[]>();
  for (const tab of ['데이터', '가중치', '결과', '프런티어', '라운드']) {
    await page.getByRole('tab', { name: tab }).click();
    if (tab === '데이터') {
      // A cell with several observations fills the Observations panel; the filter row shows AG Grid's own texts.
      await gridCell(page, 'A.X K1', 'ifbench').click();
      await expect(page.getByRole('complementary', { name: '관측값' }).getByRole('list')).toBeVisible();
      await page.getByRole('checkbox', { name: '필터' }).check();
      await expect(page.locator('.ag-floating-filter').first()).toBeVisible();
    }
    found.set(tab, await englishOnScreen(page));
  }
  for (const [button, dialogName] of [
    ['모델', /모델/],
    ['가져오기', /가져올 파일/],
  ] as const) {
    await page.getByRole('tab', { name: '데이터' }).click();
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: dialogName });
    await expect(dialog).toBeVisible();
    found.set(button, await englishOnScreen(page));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  for (const [tab, words] of found) expect(words, tab).toEqual([]);
});
