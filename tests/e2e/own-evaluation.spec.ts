import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseScenarioBytes } from '../../electron/services/scenario-file';
import { scoreRef } from '../unit/engine/reference/mcda-reference';
import { expect, test } from './fixtures';
import { gridCell } from './grid';

/** Issue 12's acceptance path: a new user builds an evaluation of their own, end to end through the browser host. */

const CANDIDATES = ['K-EXAONE', 'A.X K1', 'Solar Open 100B'];
const BENCHMARKS = [
  { id: 'mmlu-pro', name: 'MMLU-Pro' },
  { id: 'gpqa-diamond', name: 'GPQA Diamond' },
  { id: 'aime-2025', name: 'AIME 2025' },
  { id: 'kmmlu-pro', name: 'KMMLU-Pro' },
  { id: 'hrm8k', name: 'HRM8K' },
];
const NAMES = BENCHMARKS.map((b) => b.name);

/** Upper-triangle judgements (row over column) on Saaty's scale; MMLU-Pro over AIME is 1/5 though 3 × 3 implies 9. */
const JUDGEMENTS: Record<string, string> = {
  'MMLU-Pro|GPQA Diamond': '3',
  'GPQA Diamond|AIME 2025': '3',
  'MMLU-Pro|AIME 2025': '1/5',
  'MMLU-Pro|KMMLU-Pro': '2',
  'KMMLU-Pro|HRM8K': '2',
};
const ratio = (label: string) => (label.startsWith('1/') ? 1 / Number(label.slice(2)) : Number(label));
const MATRIX = NAMES.map((a, i) =>
  NAMES.map((b, j) => {
    if (i === j) return 1;
    const up = JUDGEMENTS[`${a}|${b}`];
    const down = JUDGEMENTS[`${b}|${a}`];
    return up ? ratio(up) : down ? 1 / ratio(down) : 1;
  }),
);

/** The principal eigenvector and eigenvalue by plain power iteration (written here, not the engine's). */
function principal(a: number[][]): { w: number[]; lambda: number } {
  let w = a.map(() => 1 / a.length);
  let lambda = 0;
  for (let k = 0; k < 5000; k++) {
    const next = a.map((row) => row.reduce((s, x, j) => s + x * w[j], 0));
    lambda = next.reduce((s, x) => s + x, 0);
    w = next.map((x) => x / lambda);
  }
  return { w, lambda };
}

/** ROC (Barron & Barrett 1996): w_k = (1/n) Σ_{i=k}^{n} 1/i. */
const roc = (n: number) =>
  Array.from(
    { length: n },
    (_, k) => Array.from({ length: n - k }, (_, i) => 1 / (k + 1 + i)).reduce((a, b) => a + b) / n,
  );

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pct = (w: number) => `${(w * 100).toFixed(1)}%`;

async function shares(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const name of NAMES) out.push((await page.getByLabel(`${name} Normalized`, { exact: true }).innerText()).trim());
  return out;
}

async function rankingNames(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Results' }).click();
  const rows = page.getByRole('table', { name: /ranking/i }).getByRole('row');
  await expect(rows).toHaveCount(CANDIDATES.length + 1);
  const names: string[] = [];
  for (let i = 1; i <= CANDIDATES.length; i++)
    names.push((await rows.nth(i).getByRole('cell').nth(1).innerText()).trim());
  return names;
}

async function pickFile(page: Page, title: RegExp, fileName: string, confirm: RegExp) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: /^(File name|파일 이름)$/ }).fill(fileName);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(dialog).toBeHidden();
}

test('create a scenario, weight it by AHP, save, reopen, points, ROC, PROMETHEE II with a v-shape', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New scenario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await dialog.getByRole('textbox', { name: 'Scenario name' }).fill('Own evaluation');
  for (const name of CANDIDATES)
    await dialog.getByRole('radiogroup', { name, exact: true }).getByRole('radio', { name: 'Candidate' }).check();
  // Korean benchmarks through the language filter, the others by search.
  await dialog.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  for (const name of ['KMMLU-Pro', 'HRM8K']) await dialog.getByRole('checkbox', { name, exact: true }).check();
  await dialog.getByRole('combobox', { name: 'Language' }).selectOption('');
  for (const name of ['MMLU-Pro', 'GPQA Diamond', 'AIME 2025']) {
    await dialog.getByRole('searchbox', { name: 'Search benchmarks' }).fill(name);
    await dialog.getByRole('checkbox', { name, exact: true }).check();
  }
  await dialog.getByRole('searchbox', { name: 'Search benchmarks' }).fill('');
  for (const name of NAMES)
    await expect(dialog.getByRole('cell', { name: `Chosen models with a value on ${name}`, exact: true })).toHaveText(
      '3/3',
    );
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(dialog).toBeHidden();

  // The criteria come in the order chosen (KMMLU-Pro, HRM8K, MMLU-Pro, GPQA, AIME): move the Korean two to the end.
  await page.getByRole('tab', { name: 'Weights' }).click();
  await page.getByRole('button', { name: /Criteria/ }).click();
  await page.getByRole('button', { name: /How the weights are set/ }).click();
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Move HRM8K down' }).click();
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Move KMMLU-Pro down' }).click();
  await expect(page.getByRole('slider')).toHaveCount(5);
  const sliders = await page.getByRole('slider').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(sliders).toEqual(NAMES);

  // AHP: the consistency ratio and the most inconsistent judgement, both against an independent computation.
  await page.getByRole('combobox', { name: 'Weighting method' }).selectOption({ label: 'AHP pairwise comparisons' });
  for (const [pair, label] of Object.entries(JUDGEMENTS)) {
    const [a, b] = pair.split('|');
    await page.getByRole('combobox', { name: `${a} compared with ${b}` }).selectOption(label);
  }
  const ref = principal(MATRIX);
  const cr = (ref.lambda - 5) / 4 / 1.12;
  expect(cr).toBeGreaterThan(0.1);
  await expect(page.getByRole('status', { name: 'Consistency ratio' })).toContainText(`CR = ${cr.toFixed(3)}`);
  let worst = { i: 0, j: 1, dev: 0 };
  for (let i = 0; i < 5; i++)
    for (let j = i + 1; j < 5; j++) {
      const e = (MATRIX[i][j] * ref.w[j]) / ref.w[i];
      const dev = Math.max(e, 1 / e);
      if (dev > worst.dev) worst = { i, j, dev };
    }
  const consistent = ref.w[worst.i] / ref.w[worst.j];
  const shown = consistent >= 1 ? consistent.toFixed(2) : `1/${(1 / consistent).toFixed(2)}`;
  await expect(
    page.getByRole('list', { name: 'Most inconsistent judgements' }).getByRole('listitem').first(),
  ).toHaveText(
    new RegExp(
      `^${escape(NAMES[worst.i])} vs ${escape(NAMES[worst.j])}: judged .*consistent with the priorities: ${escape(shown)}`,
    ),
  );
  await page.getByRole('button', { name: 'Apply these weights' }).click();
  expect(await shares(page)).toEqual(ref.w.map(pct));

  // Save, reload, open: the same pairwise matrix and weights.
  await page.getByRole('button', { name: 'Save As', exact: true }).click();
  await pickFile(page, /save scenario as/i, 'own', /^save$/i);
  const saved = join(host.workspace, 'own.sewb');
  await expect.poll(() => existsSync(saved)).toBe(true);
  const file = parseScenarioBytes(readFileSync(saved), saved);
  expect(file.weighting?.method).toBe('ahp');
  const order = file.weighting!.ahp!.criteria.map((b) => BENCHMARKS.findIndex((x) => x.id === b));
  file.weighting!.ahp!.pairwise.forEach((row, i) =>
    row.forEach((x, j) => expect(x).toBeCloseTo(MATRIX[order[i]][order[j]], 12)),
  );
  await page.reload();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const open = page.getByRole('dialog', { name: /open scenario/i });
  await open.getByRole('button', { name: /own\.sewb/ }).click();
  await open.getByRole('button', { name: /^open$/i }).click();
  await expect(open).toBeHidden();
  await page.getByRole('tab', { name: 'Weights' }).click();
  await expect(page.getByText('The weights now come from: AHP pairwise comparisons.')).toBeVisible();
  await page.getByRole('button', { name: /How the weights are set/ }).click();
  await expect(page.getByRole('combobox', { name: 'Weighting method' })).toHaveValue('ahp');
  for (const [pair, label] of Object.entries(JUDGEMENTS)) {
    const [a, b] = pair.split('|');
    await expect(page.getByRole('combobox', { name: `${a} compared with ${b}` })).toHaveValue(label);
  }
  expect(await shares(page)).toEqual(ref.w.map(pct));

  // Points: 40, 30, 10, 10, 10 of 100.
  await page.getByRole('combobox', { name: 'Weighting method' }).selectOption('points');
  const points = [40, 30, 10, 10, 10];
  for (const [k, name] of NAMES.entries())
    await page.getByRole('spinbutton', { name: `Points for ${name}` }).fill(String(points[k]));
  await expect(page.getByText('Total: 100 of 100 points')).toBeVisible();
  await page.getByRole('button', { name: 'Apply these weights' }).click();
  expect(await shares(page)).toEqual(points.map((p) => pct(p / 100)));

  // Rank order → ROC, ranks in the criteria's order.
  await page.getByRole('combobox', { name: 'Weighting method' }).selectOption('rank');
  await page.getByRole('combobox', { name: 'Formula' }).selectOption('roc');
  for (const [k, name] of NAMES.entries())
    await page.getByRole('spinbutton', { name: `Rank of ${name}` }).fill(String(k + 1));
  await page.getByRole('button', { name: 'Apply these weights' }).click();
  const rocWeights = roc(5);
  expect(await shares(page)).toEqual(rocWeights.map(pct));

  // PROMETHEE II with a v-shape (p = 10 points) on MMLU-Pro.
  await page.getByRole('combobox', { name: 'Method', exact: true }).selectOption('promethee2');
  await page.getByRole('combobox', { name: 'Preference function of MMLU-Pro' }).selectOption('v-shape');
  await page.getByRole('spinbutton', { name: 'p of MMLU-Pro (%)' }).fill('10');

  // The shown values, read from the Data grid.
  await page.getByRole('tab', { name: 'Data' }).click();
  const matrix: number[][] = [];
  for (const model of CANDIDATES) {
    const row: number[] = [];
    for (const b of BENCHMARKS) {
      const text = (await gridCell(page, model, b.id).innerText()).trim();
      row.push(Number(text.replace(/[^\d.-]/g, '')));
    }
    matrix.push(row);
  }
  const expected = scoreRef({
    matrix,
    dirs: BENCHMARKS.map(() => 'benefit'),
    weights: rocWeights,
    method: 'promethee2',
    preferences: [
      { type: 'v-shape', p: 10 },
      { type: 'usual' },
      { type: 'usual' },
      { type: 'usual' },
      { type: 'usual' },
    ],
  });
  const expectedOrder = CANDIDATES.map((name, i) => ({ name, phi: expected.scores[i] }))
    .sort((a, b) => b.phi - a.phi)
    .map((x) => x.name);
  expect(await rankingNames(page)).toEqual(expectedOrder);
  // The net flows shown are the reference's, so the v-shape took effect (under "usual" they differ).
  const usual = scoreRef({
    matrix,
    dirs: BENCHMARKS.map(() => 'benefit'),
    weights: rocWeights,
    method: 'promethee2',
  });
  const ranking = page.getByRole('table', { name: /ranking/i });
  for (const [i, name] of CANDIDATES.entries()) {
    const row = ranking.getByRole('row', { name: new RegExp(escape(name)) });
    await expect(row.getByRole('cell').nth(2)).toHaveText(expected.scores[i].toFixed(3));
  }
  expect(usual.scores.map((x) => x.toFixed(3))).not.toEqual(expected.scores.map((x) => x.toFixed(3)));
});
