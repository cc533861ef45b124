import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { createI18n, type Language } from '../../../renderer/src/i18n';
import { DataQualityPanel } from '../../../renderer/src/views/quality/DataQualityPanel';
import { largeScenario } from '../../e2e/large-scenario';

/** A `models` × 10 generated scenario where model i keeps only its first `kept(i)` observations. */
function scenarioWithGaps(models: number, kept: (i: number) => number): Scenario {
  const { scenario } = largeScenario(models, 10, 3);
  const { dataset } = scenario;
  const observations = dataset.observations.filter(
    (o) => Number(o.benchmark.slice(1)) <= kept(Number(o.model.slice(1)) - 1),
  );
  return ScenarioSchema.parse({ ...scenario, dataset: { ...dataset, observations } });
}

/** The line under the grid, as the reader sees it. */
function line(scenario: Scenario, language: Language = 'en'): string {
  const { container, unmount } = render(
    <I18nextProvider i18n={createI18n(language)}>
      <DataQualityPanel scenario={scenario} evaluation={evaluateScenario(scenario)} health={[]} />
    </I18nextProvider>,
  );
  const text = container.querySelector('p.view-hint')!.textContent!;
  unmount();
  return text;
}

const model = (i: number) => `Model ${String(i + 1).padStart(5, '0')}`;
/** One model's entry, counted here from the observations kept (the rule: half of the 10 criteria, by default). */
const entry = (i: number, k: number) => `${model(i)} ${k}/10${k < 5 ? ' (insufficient data)' : ''}`;

describe('the coverage line under the Data grid', () => {
  it('names every model, in order, when there are few', () => {
    const kept = [10, 3, 7, 10, 10];
    expect(line(scenarioWithGaps(5, (i) => kept[i]))).toBe(
      `Criteria with a value (coverage rule: at least 50.0%): ${kept.map((k, i) => entry(i, k)).join(' · ')}`,
    );
  });

  it('for many models counts the complete ones and names the least covered, fewest first', () => {
    // 40 models: every other one misses criteria (model 2m keeps 9 − m % 10 of them): 20 with gaps, 12 named.
    const keep = (i: number) => (i % 2 === 0 ? 9 - ((i / 2) % 10) : 10);
    const gaps = Array.from({ length: 40 }, (_, i) => ({ i, k: keep(i) }))
      .filter(({ k }) => k < 10)
      .sort((a, b) => a.k - b.k || a.i - b.i);
    const named = gaps.slice(0, 12).map(({ i, k }) => entry(i, k));
    expect(line(scenarioWithGaps(40, keep))).toBe(
      `Criteria with a value (coverage rule: at least 50.0%): ${40 - gaps.length} of 40 models have a value on every ` +
        `criterion; fewest: ${named.join(' · ')} · and ${gaps.length - 12} more in the Data quality table`,
    );
  });

  it('says when every one of many models is complete, in English and Korean', () => {
    const complete = scenarioWithGaps(20, () => 10);
    expect(line(complete)).toBe(
      'Criteria with a value (coverage rule: at least 50.0%): all 20 models have a value on every criterion (10)',
    );
    expect(line(complete, 'ko')).toBe(
      '값이 있는 기준(커버리지 규칙: 50.0% 이상): 모델 20개 모두 모든 기준(10개)에 값이 있습니다',
    );
  });
});
