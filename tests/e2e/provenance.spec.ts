import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { gridCell } from './grid';
import { expectedOrder } from './oracle';

/**
 * Issue 4's provenance path through the browser host: a cell measured in several reports lists them all with
 * their sources; switching the observation policy changes the value and the ranking as the reference CSV
 * implies; undo restores both.
 */

interface ObservationRow {
  model: string;
  setting: string;
  benchmark: string;
  value: number;
  measuredBy: string;
  url: string;
}
const observations: ObservationRow[] = readFileSync(join(__dirname, '../../data/reference/observations.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map((c) => ({ model: c[0], setting: c[1], benchmark: c[2], value: Number(c[3]), measuredBy: c[6], url: c[8] }));

const defaultScenario = JSON.parse(readFileSync(join(__dirname, '../../data/scenarios/default.sewb'), 'utf8'));
const COMPARATOR = 'gpt-oss-120b';
const BENCHMARK = 'gpqa-diamond';

/** An analyst's head-to-head on GPQA Diamond: the five candidates and gpt-oss-120b as printed in their tables. */
const scenario = {
  ...defaultScenario,
  name: 'GPQA head to head',
  alternatives: [...defaultScenario.alternatives, COMPARATOR],
  criteria: [{ benchmark: BENCHMARK, weight: 10, group: null }],
};
const alternatives: string[] = scenario.alternatives;
const settingPreference: string[] = scenario.observationPolicy.settingPreference;
const names: Record<string, string> = Object.fromEntries(
  scenario.dataset.models.map((m: { id: string; name: string }) => [m.id, m.name]),
);

const cellRows = (model: string) => observations.filter((o) => o.model === model && o.benchmark === BENCHMARK);
const preferred = (rows: ObservationRow[]) =>
  rows.filter((o) => o.setting === settingPreference.find((s) => rows.some((r) => r.setting === s)));

/** Candidate-report policy: the model's own report, else the first candidate's table that prints it. */
function candidateReportValue(model: string): number | null {
  const rows = cellRows(model);
  for (const report of [model, ...alternatives]) {
    const inReport = rows.filter((o) =>
      report === model ? o.measuredBy === 'model maker' : o.measuredBy === `maker of ${report}`,
    );
    if (inReport.length) return preferred(inReport)[0].value;
  }
  return null;
}
/** Mean policy: the mean of the observations with the preferred setting. */
function meanValue(model: string): number | null {
  const rows = preferred(cellRows(model));
  return rows.length ? rows.reduce((a, o) => a + o.value, 0) / rows.length : null;
}

async function rankingNames(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Results' }).click();
  const rows = page.getByRole('table', { name: 'Ranking' }).getByRole('row');
  const out: string[] = [];
  for (let i = 1; i < (await rows.count()); i++)
    out.push((await rows.nth(i).getByRole('cell').nth(1).innerText()).trim());
  await page.getByRole('tab', { name: 'Data' }).click();
  return out;
}

const shown = (value: number) => String(Number(value.toFixed(4)));

test('a cell measured in several reports: every observation with its source; policy switch; undo', async ({
  page,
  host,
}) => {
  writeFileSync(join(host.workspace, 'gpqa.sewb'), JSON.stringify(scenario));
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const open = page.getByRole('dialog', { name: /open scenario/i });
  await open.getByRole('button', { name: /gpqa\.sewb/ }).click();
  await open.getByRole('button', { name: /^open$/i }).click();
  await expect(open).toBeHidden();
  await page.getByRole('tab', { name: 'Data' }).click();

  // The comparator's cell uses the first candidate's table, and the side panel lists every observation.
  const cell = gridCell(page, names[COMPARATOR], BENCHMARK);
  const before = candidateReportValue(COMPARATOR)!;
  await expect(cell).toHaveText(shown(before));
  await cell.click();
  const panel = page.getByRole('complementary', { name: 'Observations' });
  await expect(panel).toBeVisible();
  const listed = panel.getByRole('listitem');
  await expect(listed).toHaveCount(cellRows(COMPARATOR).length);
  for (const o of cellRows(COMPARATOR)) {
    // The panel names the maker's model ("maker of K-EXAONE"), not its id.
    const measuredBy = o.measuredBy.replace(
      /^maker of (.+)$/,
      (_, id: string) => `maker of ${defaultScenario.dataset.models.find((m: { id: string }) => m.id === id).name}`,
    );
    const item = listed.filter({ hasText: measuredBy }).filter({ hasText: String(o.value) });
    await expect(item).toHaveCount(1);
    await expect(item.getByRole('link')).toHaveAttribute('href', o.url);
  }
  await expect(panel.locator('li[aria-current="true"]')).toContainText(String(before));

  const oracle = (valueOf: (model: string) => number | null) =>
    expectedOrder(
      alternatives.map((m) => names[m]),
      [alternatives.map(valueOf)],
      [10],
    );
  const rankingBefore = await rankingNames(page);
  expect(rankingBefore).toEqual(oracle(candidateReportValue));

  // The mean of the preferred setting's observations: the value and the ranking follow.
  await page.getByRole('combobox', { name: 'Observation policy' }).selectOption({ label: 'Mean of the observations' });
  const mean = meanValue(COMPARATOR)!;
  expect(mean).not.toBe(before);
  await expect(cell).toHaveText(shown(mean));
  const rankingMean = await rankingNames(page);
  expect(rankingMean).toEqual(oracle(meanValue));
  expect(rankingMean).not.toEqual(rankingBefore);

  // Undo restores the policy, the value and the ranking.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Observation policy' })).toHaveValue('candidate-report');
  await expect(cell).toHaveText(shown(before));
  expect(await rankingNames(page)).toEqual(rankingBefore);
});
