import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { ResultsView } from '../../renderer/src/views/results/ResultsView';
import { createRealApi, renderWith, resetStores, type RealApi } from './real-api';

let real: RealApi;
let scenario: Scenario;
beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

/** Per model name, how many of the scenario's criteria have an observation in the reference CSV (read here). */
function csvCoverage(): Map<string, number> {
  const csv = readFileSync(join(__dirname, '../../data/reference/observations.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const criteria = new Set(scenario.criteria.map((c) => c.benchmark));
  const name = new Map(scenario.dataset.models.map((m) => [m.id, m.name]));
  const seen = new Map<string, Set<string>>();
  for (const { model, benchmark } of rows)
    if (criteria.has(benchmark)) seen.set(name.get(model)!, (seen.get(name.get(model)!) ?? new Set()).add(benchmark));
  return new Map([...seen].map(([m, s]) => [m, s.size]));
}

const rankingRows = () =>
  within(screen.getByRole('table', { name: /^(Ranking|순위)$/ }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? ''),
    );

describe('coverage in the Results view', () => {
  it('places the model with 2 of 14 values after every model with data and says why', () => {
    renderWith(<ResultsView />, real.api);
    const counts = csvCoverage();
    const total = scenario.criteria.length;
    const rows = rankingRows();
    const names = new Map(scenario.dataset.models.map((m) => [m.id, m.name]));
    const candidates = scenario.alternatives.map((id) => names.get(id)!);
    const short = candidates.filter((m) => (counts.get(m) ?? 0) / total < 0.5);
    expect(short).toEqual(['HyperCLOVA X SEED Think 32B']);
    // Every model with data comes first; the short one is last, marked, with the reason under the table.
    expect(rows.map((r) => r[1]).slice(-1)).toEqual(short);
    expect(Number(rows[rows.length - 1][0])).toBe(rows.length);
    for (const [, name, , cov] of rows)
      expect(cov).toBe(`${counts.get(name)} of ${total}${short.includes(name) ? ' · insufficient data' : ''}`);
    const reasons = within(screen.getByRole('list', { name: 'insufficient data' })).getAllByRole('listitem');
    expect(reasons.map((li) => li.textContent)).toEqual([
      `HyperCLOVA X SEED Think 32B: Insufficient data: 2 of ${total} criteria have a value, below the coverage rule's 50.0%; ranked after every model with data.`,
    ]);
  });

  it('says so in Korean', () => {
    renderWith(<ResultsView />, real.api, 'ko');
    const last = rankingRows().at(-1)!;
    expect(last[3]).toBe(`14개 중 2개 · 데이터 부족`);
    expect(screen.getByRole('list', { name: '데이터 부족' }).textContent).toContain(
      '커버리지 규칙 50.0%에 못 미칩니다',
    );
  });
});
