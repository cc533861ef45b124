import { act, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { DataView } from '../../../renderer/src/views/data/DataView';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
let scenario: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

/** The texts of the column-group headers (language, then category), left to right. */
const groupHeaders = () =>
  [...document.querySelectorAll('.ag-header-group-cell')].map((h) => h.textContent?.trim()).filter(Boolean);

describe('Grid column groups', () => {
  it('groups the criteria by language, then category, named in the UI language', async () => {
    renderWith(<DataView />, real.api, 'ko');
    await screen.findAllByRole('columnheader');
    const categories = new Set(
      scenario.criteria.map((c) => scenario.dataset.benchmarks.find((b) => b.id === c.benchmark)!.category),
    );
    expect(categories.has('knowledge')).toBe(true);
    await waitFor(() => expect(groupHeaders()).toEqual(expect.arrayContaining(['영어', '한국어', '지식'])));
    expect(groupHeaders()).not.toContain('knowledge');
  });

  it('shows a category the UI does not know as the dataset spells it', async () => {
    const benchmark = scenario.criteria[0].benchmark;
    act(() =>
      useScenarioStore.getState().replace({
        ...scenario,
        dataset: {
          ...scenario.dataset,
          benchmarks: scenario.dataset.benchmarks.map((b) =>
            b.id === benchmark ? { ...b, category: 'multimodal-chart-qa' } : b,
          ),
        },
      }),
    );
    renderWith(<DataView />, real.api);
    await waitFor(() => expect(groupHeaders()).toContain('multimodal-chart-qa'));
    expect(groupHeaders()).toContain('English');
  });
});
