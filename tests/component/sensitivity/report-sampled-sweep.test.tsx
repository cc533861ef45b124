import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/src/i18n';
import { Report } from '../../../renderer/src/report/Report';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { loadScenario } from '../programme/helpers';

describe('weight sweeps in the report for a method other than WSM', () => {
  it('prints the heaviest criteria as sampled sweeps, each with the sentence naming the samples and the tolerance', () => {
    const shipped = loadScenario('default');
    const scenario = { ...shipped, method: { ...shipped.method, name: 'promethee2' as const } };
    const evaluation = evaluateScenario(scenario);
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <Report
          scenario={scenario}
          evaluation={evaluation}
          generatedAt="2026-01-15T09:00:00Z"
          onChartRendered={() => {}}
        />
      </I18nextProvider>,
    );
    const heaviest = evaluation.criteria
      .filter((c) => c.used)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 4)
      .map((c) => c.name);
    const charts = screen.getAllByRole('img', { name: /^Weight sweep of / });
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual(
      heaviest.map((name) => `Weight sweep of ${name}: each model's composite against the weight`),
    );
    expect(charts.every((c) => c.getAttribute('data-samples') === '41')).toBe(true);
    expect(screen.getAllByText(/the curve is sampled.*found by bisection to within 0\.000001 of weight/)).toHaveLength(
      4,
    );
    expect(
      screen.getByText(`The heaviest 4 of ${evaluation.criteria.filter((c) => c.used).length} criteria are drawn.`),
    ).toBeVisible();
  });
});
