import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { createI18n } from '../../../renderer/src/i18n';
import { WeightingAssumptions } from '../../../renderer/src/views/build/WeightingAssumptions';
import { createRealApi, resetStores, type RealApi } from '../real-api';

let real: RealApi;
let shipped: Scenario;
beforeAll(async () => {
  real = createRealApi();
  shipped = await resetStores(real.api);
});
afterAll(() => real.dispose());

describe('the report’s assumptions on the weights', () => {
  it('name the AHP weighting with its CR and the PROMETHEE II preference functions, in Korean too', () => {
    const ids = shipped.criteria.slice(0, 3).map((c) => c.benchmark);
    const scenario: Scenario = {
      ...shipped,
      criteria: shipped.criteria
        .slice(0, 3)
        .map((c, j) => (j === 0 ? { ...c, preference: { type: 'v-shape', p: 10 } } : c)),
      method: { name: 'promethee2', v: 0.5 },
      // circulant: λmax = 6.2, CR = ((6.2 − 3)/2)/0.58 = 2.759
      weighting: {
        method: 'ahp',
        ahp: {
          priority: 'eigenvector',
          criteria: ids,
          pairwise: [
            [1, 5, 1 / 5],
            [1 / 5, 1, 5],
            [5, 1 / 5, 1],
          ],
        },
      },
    };
    const name = shipped.dataset.benchmarks.find((b) => b.id === ids[0])!.name;
    for (const [language, texts] of [
      ['en', ['Weights set by', 'AHP pairwise comparisons · CR = 2.759', `${name}: V-shape (p), p = 10 %`]],
      ['ko', ['가중치 설정', 'AHP 쌍대 비교 · CR = 2.759', `${name}: V자형 (p), p = 10 %`]],
    ] as const) {
      const view = render(
        <I18nextProvider i18n={createI18n(language)}>
          <dl>
            <WeightingAssumptions scenario={scenario} />
          </dl>
        </I18nextProvider>,
      );
      const definitions = screen.getAllByRole('definition').map((d) => d.textContent);
      const terms = screen.getAllByRole('term').map((d) => d.textContent);
      expect(terms[0]).toBe(texts[0]);
      expect(definitions[0]).toBe(texts[1]);
      expect(definitions[1]).toBe(texts[2]);
      view.unmount();
    }
  });
});
