import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectedRanking, largeScenario } from './large-scenario';

/** Issue 10 item 5: the report of a 1,000 × 50 scenario prints, shortened, and says what it leaves out. */

const MODELS = 1_000;
const BENCHMARKS = 50;

test('Export PDF of a 1,000 × 50 scenario prints the best 100 and notes the rest', async ({ page, host }) => {
  test.setTimeout(600_000);
  const { scenario, values, weights } = largeScenario(MODELS, BENCHMARKS);
  writeFileSync(join(host.workspace, 'large.sewb'), JSON.stringify(scenario));
  const expected = expectedRanking(values, weights);

  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /open scenario/i });
  await dialog.getByRole('button', { name: /large\.sewb/ }).click();
  await dialog.getByRole('button', { name: /^open$/i }).click();
  await expect(dialog).toBeHidden({ timeout: 120_000 });
  await expect(page.getByRole('row', { name: /^Model 00001\b/ })).toBeVisible({ timeout: 120_000 });

  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const save = page.getByRole('dialog', { name: /export pdf/i });
  await save.getByRole('textbox', { name: 'File name' }).fill('large');
  await save.getByRole('button', { name: /^(export|save)$/i }).click();
  // The status line says when the PDF is written, or why printing failed (before the fix: "Printing failed").
  const statusLine = page.getByRole('contentinfo');
  await expect(statusLine).toContainText(/PDF written to|failed/, { timeout: 300_000 });
  expect(await statusLine.innerText()).toContain('PDF written to');
  const file = join(host.workspace, 'large.pdf');
  expect(existsSync(file)).toBe(true);

  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += ' ' + content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  text = text.replace(/\s+/g, ' ');

  // A report a reader can hold: tens of pages, not the thousand a row per number would take.
  expect(pdf.numPages).toBeGreaterThanOrEqual(5);
  expect(pdf.numPages).toBeLessThanOrEqual(40);

  // The ranking's first ten and its hundredth, as rank, name and composite (three decimals) in one table row.
  for (const rank of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100]) {
    const { name, composite } = expected[rank - 1]!;
    expect(text).toMatch(new RegExp(`\\b${rank} ${name} ${composite.toFixed(3)}\\b`));
  }
  // The 101st is left out everywhere (ranking, chart and appendix stop earlier), and the notes say so.
  expect(text).not.toContain(expected[100]!.name);
  expect(text).toContain('The best 100 of 1,000 candidates; 900 more are left out.');
  expect(text).toContain('The best 25 of 1,000 candidates (975 left out).');
  expect(text).toMatch(/The numbers of the best \d+ of 1,000 candidates; those of the other \d+ are left out\./);
  expect(text).toContain('Export data → Decision matrix has every value and its source.');
  // The appendix starts with the best candidate's numbers, as in the matrix.
  const best = Number(expected[0]!.name.slice(-5)) - 1;
  expect(text).toContain(`${expected[0]!.name} Bench 001 ${values[best]![0]}`);
});
