import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/api/http';
import { parseScenarioBytes } from '../../electron/services/scenario-file';
import { expect, test } from './fixtures';

/** Issue 11 item 2: two open documents compared side by side in the Compare tab, and as a comparison PDF. */

const root = resolve(__dirname, '../..');
const bundled = (id: string) => {
  const file = join(root, 'data/scenarios', `${id}.sewb`);
  return parseScenarioBytes(readFileSync(file), file);
};
const PLANNED = bundled('round1-as-planned');
const ANNOUNCED = bundled('round1-as-announced');

/** Round 1 as published (data/programme.json): the teams eliminated, as the names of their models. */
const programme = JSON.parse(readFileSync(join(root, 'data/programme.json'), 'utf8')) as {
  teams: { id: string; model: string }[];
  round1: { outcomes: { team: string; result: string }[]; plannedEliminations: number };
};
const modelName = (team: string) => {
  const model = programme.teams.find((t) => t.id === team)!.model;
  return ANNOUNCED.dataset.models.find((m) => m.id === model)!.name;
};
const ELIMINATED = programme.round1.outcomes.filter((o) => o.result === 'eliminated').map((o) => modelName(o.team));

/** pdftotext's text with line breaks and runs of spaces as single spaces (table cells wrap). */
const pdfText = (path: string) => execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, ' ');

async function openBundled(page: Page, name: string) {
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Open scenario' });
  await picker.getByRole('button', { name }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

test('Round 1 as planned vs as announced: the differing rule and eliminated teams marked, and the comparison PDF', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  await page.goto(host.url);
  await openBundled(page, PLANNED.name);
  await openBundled(page, ANNOUNCED.name);
  await page.getByRole('tab', { name: 'Compare' }).click();
  const view = page.getByRole('region', { name: 'Compare scenarios' });
  await view.getByRole('checkbox', { name: `Compare ${PLANNED.name}` }).check();
  await view.getByRole('checkbox', { name: `Compare ${ANNOUNCED.name}` }).check();
  for (const other of await view.getByRole('checkbox').all())
    if (!/as (planned|announced)/.test((await other.getAttribute('aria-label')) ?? '')) await other.uncheck();

  // The comparison of exactly these two is on screen (not the previous one, kept marked "Comparing…" meanwhile).
  await expect(view.getByText('Comparing…')).toBeHidden();
  await expect(view.getByRole('region', { name: 'Inputs' }).locator('thead th')).toHaveText([
    'Item',
    PLANNED.name,
    ANNOUNCED.name,
  ]);

  // The rules: the independence gate is in the announced round only, and its row is marked as differing.
  const inputs = view.getByRole('region', { name: 'Inputs' });
  const gateRow = inputs.locator('tr.compare-differs').filter({ hasText: /independence/ });
  await expect(gateRow.first()).toBeVisible();

  // The outcomes: as announced, exactly the published eliminated teams; as planned, fewer (plannedEliminations),
  // all among them; the row is marked, and so is the status of each team eliminated only as announced.
  const outcomes = view.getByRole('region', { name: 'Outcomes' });
  const eliminatedRow = outcomes
    .locator('tr.compare-differs')
    .filter({ has: page.getByRole('rowheader').filter({ hasText: /(^|\s)eliminated$/ }) });
  await expect(eliminatedRow).toHaveCount(1);
  const cells = await eliminatedRow.getByRole('cell').allInnerTexts();
  const listed = (cell: string) =>
    cell
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const [planned, announced] = cells.map(listed);
  expect(new Set(announced)).toEqual(new Set(ELIMINATED));
  expect(planned).toHaveLength(programme.round1.plannedEliminations);
  for (const name of planned) expect(ELIMINATED).toContain(name);
  const changes = view.getByRole('region', { name: 'What changes' });
  for (const name of ELIMINATED.filter((n) => !planned.includes(n)))
    await expect(changes.getByText(new RegExp(`^${name}: advances → eliminated`))).toBeVisible();

  // The comparison PDF, printed by Chromium through the browser host, names both scenarios and both outcomes.
  await view.getByRole('button', { name: 'Export comparison PDF' }).click();
  const picker = page.getByRole('dialog', { name: 'Export comparison PDF' });
  await picker.getByRole('textbox', { name: 'File name' }).fill('compare');
  await picker.getByRole('button', { name: 'Export', exact: true }).click();
  const written = join(host.workspace, 'compare.pdf');
  await expect.poll(() => existsSync(written), { timeout: 120_000 }).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'compare.pdf' })).toBeVisible({ timeout: 120_000 });
  const text = pdfText(written);
  expect(text).toContain(PLANNED.name);
  expect(text).toContain(ANNOUNCED.name);
  for (const name of ELIMINATED) expect(text).toContain(name);
  expect(text).toContain(`eliminated ${planned.join(', ')} ${announced.join(', ')}`);
});

test('a comparison of one document is refused naming the field, and nothing is written', async ({ host }) => {
  const call = async (method: string, body: unknown) =>
    (await (
      await fetch(`${host.origin}${API_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        body: JSON.stringify(body),
      })
    ).json()) as { ok: boolean; result?: { datasetId: string; scenario: unknown }; error?: unknown };
  const loaded = await call('loadBundledScenario', { id: 'round1-as-planned' });
  const one = [{ name: 'Round 1 as planned', datasetId: loaded.result!.datasetId, scenario: loaded.result!.scenario }];
  const reply = await call('exportComparisonPdf', { path: 'one.pdf', documents: one });
  expect(reply).toMatchObject({
    ok: false,
    error: { code: 'invalid-request', path: 'exportComparisonPdf → documents' },
  });
  expect(existsSync(join(host.workspace, 'one.pdf'))).toBe(false);
});
