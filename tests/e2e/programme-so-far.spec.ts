import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/** Issue 13's acceptance path: "The programme so far" opens and its final-two probabilities add up to 2. */

interface ShippedScenario {
  dataset: { models: { id: string; name: string }[] };
  programme: {
    rounds: { label: string; entries: { kind: string; model: string; lo?: number; hi?: number; note: string }[] }[];
  };
}
const scenario = JSON.parse(
  readFileSync(join(__dirname, '../../data/scenarios/programme-so-far.sewb'), 'utf8'),
) as ShippedScenario;
const name = (id: string) => scenario.dataset.models.find((m) => m.id === id)!.name;

test('the programme so far: each team’s chance of the final two, adding up to 2, beside the assumed ranges', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /open scenario/i });
  await dialog.getByRole('button', { name: /The programme so far/ }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('tab', { name: 'Rounds' }).click();

  // The Monte Carlo (10,000 samples) runs in a worker; the table appears when it is done.
  const table = page.getByRole('table', { name: 'Chance of being selected in the last round' });
  await expect(table).toBeVisible({ timeout: 120_000 });
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      team: tr.querySelector('th')!.textContent!.trim(),
      p: Number.parseFloat(tr.querySelector('td')!.textContent!) / 100,
    })),
  );
  const share = new Map(rows.map((r) => [r.team, r.p]));
  expect(rows).toHaveLength(6);
  // Printed to 0.1 %: six shares are within 6 × 0.05 % of their exact sum, 2.
  expect(Math.abs(rows.reduce((a, r) => a + r.p, 0) - 2)).toBeLessThanOrEqual(0.003 + 1e-9);
  expect(share.get(name('hcx-seed-think-32b'))).toBe(0);
  expect(share.get(name('vaetki-112b-a10b'))).toBe(0);
  for (const id of ['k-exaone-236b-a23b', 'ax-k1-519b-a33b', 'solar-open-100b', 'motif-2-12.7b-base'])
    expect(share.get(name(id))).toBeGreaterThan(0);

  const ranges = scenario.programme.rounds.flatMap((r) => r.entries.filter((e) => e.kind === 'range'));
  const items = page.getByRole('list', { name: /^Assumptions: \d+ assumed ranges$/ }).getByRole('listitem');
  await expect(items).toHaveCount(ranges.length);
  const texts = await items.allTextContents();
  ranges.forEach((r, i) => expect(texts[i]).toContain(r.note));
});
