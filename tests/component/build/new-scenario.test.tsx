import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { useOpenDocumentsStore } from '../../../renderer/src/state/open-documents';
import { selectDirty, useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { NewScenarioButton } from '../../../renderer/src/views/build/NewScenarioDialog';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
let shipped: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  shipped = await resetStores(real.api);
});

async function openDialog(language: 'en' | 'ko' = 'en') {
  const user = userEvent.setup();
  renderWith(<NewScenarioButton />, real.api, language);
  await user.click(screen.getByRole('button', { name: language === 'en' ? 'New scenario…' : '새 시나리오…' }));
  return { user, dialog: screen.getByRole('dialog', { name: language === 'en' ? 'New scenario' : '새 시나리오' }) };
}

const shownModels = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('table', { name: 'Candidates and references' }))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('New scenario dialog', () => {
  it('picks references and candidates by attribute, benchmarks with their coverage, and opens the scenario unsaved', async () => {
    const { user, dialog } = await openDialog();
    const models = shipped.dataset.models;
    // Closed-weight models become references.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Open weights' }), 'no');
    const closed = models.filter((m) => m.openWeights === false);
    expect(shownModels(dialog)).toEqual(closed.map((m) => m.name));
    await user.click(within(dialog).getByRole('button', { name: 'Make shown models references' }));
    // Open-weight Korean models of at most 40B parameters become candidates.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Open weights' }), 'yes');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Country' }), 'KR');
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Parameters at most (B)' }), '40');
    const small = models.filter(
      (m) => m.openWeights === true && m.country === 'KR' && m.totalParamsB !== null && m.totalParamsB <= 40,
    );
    expect(small.length).toBeGreaterThan(0);
    expect(shownModels(dialog)).toEqual(small.map((m) => m.name));
    await user.click(within(dialog).getByRole('button', { name: 'Make shown models candidates' }));
    expect(within(dialog).getByRole('button', { name: 'Create scenario' })).toBeDisabled();

    // Korean benchmarks, with how many of the chosen models have a value on each.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Language' }), 'ko');
    const chosenModels = new Set([...small, ...closed].map((m) => m.id));
    const korean = shipped.dataset.benchmarks.filter((b) => b.language === 'ko');
    for (const b of korean) {
      const n = new Set(
        shipped.dataset.observations
          .filter((o) => o.benchmark === b.id && chosenModels.has(o.model))
          .map((o) => o.model),
      ).size;
      expect(within(dialog).getByRole('cell', { name: `Chosen models with a value on ${b.name}` })).toHaveTextContent(
        `${n}/${chosenModels.size}`,
      );
    }
    await user.click(within(dialog).getByRole('button', { name: 'Choose shown benchmarks' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Scenario name' }), 'Small Korean models');
    await user.click(within(dialog).getByRole('button', { name: 'Create scenario' }));

    // It opens as another document of the window; the scenario it was built from stays open.
    await waitFor(() => expect(useScenarioStore.getState().scenario?.name).toBe('Small Korean models'));
    expect(useOpenDocumentsStore.getState().documents.map((d) => d.scenario.name)).toContain(shipped.name);
    const state = useScenarioStore.getState();
    expect(state.scenario).toMatchObject({
      name: 'Small Korean models',
      alternatives: small.map((m) => m.id),
      references: closed.map((m) => m.id),
      overrides: [],
      groups: [],
      weighting: { method: 'direct' },
    });
    expect(state.scenario!.criteria.map((c) => c.benchmark)).toEqual(korean.map((b) => b.id));
    expect(state.scenario!.dataset).toBe(shipped.dataset);
    expect(state.path).toBeNull();
    expect(selectDirty(state)).toBe(true);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says what is missing before it can create, in Korean too', async () => {
    const { dialog } = await openDialog('ko');
    expect(within(dialog).getByRole('status')).toHaveTextContent('시나리오 이름을 입력하세요.');
    expect(within(dialog).getByRole('status')).toHaveTextContent('후보를 하나 이상 고르세요.');
    expect(within(dialog).getByRole('button', { name: '시나리오 만들기' })).toBeDisabled();
    expect(useScenarioStore.getState().scenario).toBe(shipped);
  });
});
