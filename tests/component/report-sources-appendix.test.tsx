import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../shared/domain/scenario';
import { evaluateScenario } from '../../shared/evaluation/evaluate';
import { createI18n } from '../../renderer/src/i18n';
import { SourcesAppendix } from '../../renderer/src/report/SourcesAppendix';
import { expectedRanking, largeScenario } from '../e2e/large-scenario';

const root = join(import.meta.dirname, '../..');
const base = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
// The default scenario plus the Sogang CSAT-math test, which only a third party measured.
const scenario = {
  ...base,
  criteria: [...base.criteria, { benchmark: 'csat-math-2026-sogang', weight: 10, group: null }],
};

function appendix(language: 'en' | 'ko', printed = scenario) {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <SourcesAppendix scenario={printed} evaluation={evaluateScenario(printed)} />
    </I18nextProvider>,
  );
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? ''),
    );
}

describe("the report's sources appendix", () => {
  it("marks independent measurements (◇) apart from second-hand values (†) and the makers' own, with a legend", () => {
    const rows = appendix('en');
    const row = (model: string, benchmark: string) => rows.filter((r) => r[0] === model && r[1] === benchmark);
    // K-EXAONE's Sogang score (70, ../shared/reference/observations.csv) was measured by the Sogang team.
    expect(row('K-EXAONE', 'Sogang Univ. (Kim Jong-rak team) CSAT-math + entrance/essay math set')).toEqual([
      [
        'K-EXAONE',
        'Sogang Univ. (Kim Jong-rak team) CSAT-math + entrance/essay math set',
        '70',
        'Sogang University (Kim Jong-rak team) ◇',
        expect.stringMatching(/^\[\d+\]/),
      ],
    ]);
    expect(row('K-EXAONE', 'MMLU-Pro')[0][3]).toBe('model maker');
    // HyperCLOVA X SEED Think 32B's τ²-Bench Retail figure is its maker's, read on a secondary page.
    expect(row('HyperCLOVA X SEED Think 32B', 'τ²-Bench Retail')[0][3]).toBe('model maker †');
    expect(screen.getByText(/^◇ independent measurement \(a third party, not a model maker\)/)).toBeInTheDocument();
  });

  it('says so in Korean', () => {
    appendix('ko');
    expect(screen.getByText(/^◇ 독립 측정/)).toBeInTheDocument();
  });

  it('lists the numbers of the best candidates only, whole, within 600 rows, and says how many are left out', () => {
    // 30 candidates × 40 criteria = 1,200 numbers: 600 rows hold the best 15 candidates' 40 each.
    const { scenario: generated, values, weights } = largeScenario(30, 40);
    const rows = appendix('en', ScenarioSchema.parse(generated));
    const best = expectedRanking(values, weights).slice(0, 15);
    expect(rows).toHaveLength(600);
    expect([...new Set(rows.map((r) => r[0]))]).toEqual(best.map((b) => b.name));
    const first = Number(best[0].name.slice(-5)) - 1;
    expect(rows.slice(0, 40).map((r) => r[2])).toEqual(values[first].map(String));
    expect(
      screen.getByText(
        'The numbers of the best 15 of 30 candidates; those of the other 15 are left out. Export data → Decision matrix has every value and its source.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing is left out when every number is listed', () => {
    appendix('en');
    expect(screen.queryByText(/are left out/)).toBeNull();
  });
});
