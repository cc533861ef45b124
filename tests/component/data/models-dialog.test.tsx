import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Model } from '../../../shared/domain/dataset';
import type { Scenario } from '../../../shared/domain/scenario';
import { evaluate } from '../../../renderer/src/state/evaluation';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { ModelsButton } from '../../../renderer/src/views/data/ModelsButton';
import { MODELS_SHOWN } from '../../../renderer/src/views/data/ModelsDialog';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
let shipped: Scenario;
const current = () => useScenarioStore.getState().scenario!;
const history = () => useScenarioStore.temporal.getState();

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  shipped = await resetStores(real.api);
});

const model = (id: string) => shipped.dataset.models.find((m) => m.id === id)!;
const firstWhere = (test: (m: Model) => boolean) => shipped.dataset.models.find(test)!;

async function openDialog(language: 'en' | 'ko' = 'en') {
  const user = userEvent.setup();
  renderWith(<ModelsButton />, real.api, language);
  await user.click(screen.getByRole('button', { name: language === 'en' ? 'Models' : '모델' }));
  return { user, dialog: screen.getByRole('dialog', { name: language === 'en' ? 'Models' : '모델' }) };
}

/** The texts of a model's row in the models table, keyed by column header. */
function rowOf(dialog: HTMLElement, name: string): Record<string, string> {
  const table = within(dialog).getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent!);
  const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
  const texts = [...row.children].map((c) => c.textContent!);
  return Object.fromEntries(headers.map((h, i) => [h, texts[i]]));
}

const radio = (name: string, role: string) =>
  within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: role });

const rankedModels = () => {
  const result = evaluate(current());
  if (!result.ok) throw new Error(result.message);
  return result.evaluation.alternatives.map((a) => a.model);
};

describe('Models dialog', () => {
  it("lists every model of the dataset with its facts; unknown values read 'unknown'", async () => {
    const { dialog } = await openDialog();
    const table = within(dialog).getByRole('table', { name: 'Models' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(shipped.dataset.models.map((m) => m.name));

    const known = firstWhere((m) => m.totalParamsB !== null && m.license !== null && m.openWeights === true);
    expect(rowOf(dialog, known.name)).toMatchObject({
      Organization: known.organization,
      'Total parameters': `${known.totalParamsB}B`,
      Licence: known.license,
      'Open weights': 'yes',
    });
    const unknownLicence = firstWhere((m) => m.license === null);
    expect(rowOf(dialog, unknownLicence.name).Licence).toBe('unknown');
    const unknownParams = firstWhere((m) => m.totalParamsB === null);
    expect(rowOf(dialog, unknownParams.name)['Total parameters']).toBe('unknown');
    const noScratchClaim = firstWhere((m) => m.fromScratch === null);
    expect(rowOf(dialog, noScratchClaim.name)['From scratch']).toBe('unknown');
  });

  it('shows each model in its role: candidates, references, the rest as other', async () => {
    await openDialog();
    for (const model of shipped.dataset.models) {
      const role = shipped.alternatives.includes(model.id)
        ? 'Candidate'
        : shipped.references.includes(model.id)
          ? 'Reference'
          : 'Other';
      expect(radio(model.name, role)).toBeChecked();
    }
  });

  it('makes a reference model a candidate: appended to the alternatives, ranked, one undo step', async () => {
    const reference = model(shipped.references[0]);
    const { user } = await openDialog();
    await user.click(radio(reference.name, 'Candidate'));

    expect(current().alternatives).toEqual([...shipped.alternatives, reference.id]);
    expect(current().references).not.toContain(reference.id);
    expect(rankedModels()).toContain(reference.id);
    expect(radio(reference.name, 'Candidate')).toBeChecked();
    expect(history().pastStates).toHaveLength(1);

    act(() => history().undo());
    expect(current().alternatives).toEqual(shipped.alternatives);
    expect(current().references).toEqual(shipped.references);
    expect(rankedModels()).not.toContain(reference.id);
    expect(radio(reference.name, 'Reference')).toBeChecked();
  });

  it('drops a candidate to other: it leaves the ranking, the other candidates keep their order', async () => {
    const [first, ...rest] = shipped.alternatives;
    const { user } = await openDialog();
    await user.click(radio(model(first).name, 'Other'));
    expect(current().alternatives).toEqual(rest);
    expect(current().references).toEqual(shipped.references);
    expect(rankedModels()).toEqual(rest);
  });

  it('refuses to remove the last candidate with a message, and changes nothing', async () => {
    const only = shipped.alternatives[0];
    useScenarioStore.getState().load({ ...shipped, alternatives: [only] }, null);
    const name = model(only).name;
    const { user } = await openDialog();
    const before = current();

    await user.click(radio(name, 'Reference'));
    expect(screen.getByRole('alert')).toHaveTextContent(`${name} is the last candidate`);
    expect(current()).toBe(before);
    expect(history().pastStates).toHaveLength(0);
    expect(radio(name, 'Candidate')).toBeChecked();

    const other = model(shipped.references[1]);
    await user.click(radio(other.name, 'Candidate'));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(radio(name, 'Reference'));
    expect(current().alternatives).toEqual([other.id]);
    expect(current().references).toContain(only);
  });

  it('lists the first 500 of a large dataset and says so; the filter finds the others', async () => {
    const generated = Array.from({ length: 600 }, (_, i) => ({
      ...model(shipped.alternatives[0]),
      id: `gen-${i}`,
      name: `Generated ${String(i).padStart(3, '0')}`,
    }));
    act(() =>
      useScenarioStore
        .getState()
        .load({ ...shipped, dataset: { ...shipped.dataset, models: [...shipped.dataset.models, ...generated] } }, null),
    );
    const { dialog } = await openDialog();
    // Rows counted through the DOM: role queries over 500 rows take jsdom seconds.
    const rows = () => [...dialog.querySelectorAll('tbody th[scope="row"]')].map((h) => h.textContent);
    expect(rows()).toHaveLength(MODELS_SHOWN);
    const total = shipped.dataset.models.length + 600;
    expect(dialog).toHaveTextContent(`${total} of ${total} models`);
    expect(dialog).toHaveTextContent('Only the first 500 are listed: type in the filter to find the others.');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Filter models' }), {
      target: { value: 'generated 599' },
    });
    expect(rows()).toEqual(['Generated 599']);
    expect(dialog).not.toHaveTextContent('Only the first');
  });

  it('filters models by name or organization', async () => {
    const { user, dialog } = await openDialog();
    const filter = within(dialog).getByRole('textbox', { name: 'Filter models' });
    const names = () =>
      within(dialog)
        .getAllByRole('rowheader')
        .map((h) => h.textContent);

    await user.type(filter, 'deepseek');
    expect(names()).toEqual(shipped.dataset.models.filter((m) => /deepseek/i.test(m.name)).map((m) => m.name));

    const { organization } = model(shipped.alternatives[2]);
    await user.clear(filter);
    await user.type(filter, organization.toUpperCase());
    const expected = shipped.dataset.models
      .filter((m) => m.organization === organization || m.name.toLowerCase().includes(organization.toLowerCase()))
      .map((m) => m.name);
    expect(names()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);

    await user.clear(filter);
    await user.type(filter, 'no such model');
    expect(within(dialog).queryAllByRole('rowheader')).toHaveLength(0);
    expect(within(dialog).getByText(/No model matches/)).toBeInTheDocument();
  });

  it('speaks Korean when the language is Korean', async () => {
    const { dialog } = await openDialog('ko');
    expect(within(dialog).getByRole('textbox', { name: '모델 필터' })).toBeInTheDocument();
    const candidate = model(shipped.alternatives[0]);
    expect(radio(candidate.name, '후보')).toBeChecked();
    expect(within(dialog).getAllByRole('radio', { name: '기준' }).length).toBeGreaterThan(0);
    expect(within(dialog).getAllByRole('radio', { name: '기타' }).length).toBe(shipped.dataset.models.length);
    const unknownLicence = firstWhere((m) => m.license === null);
    expect(rowOf(dialog, unknownLicence.name)['라이선스']).toBe('알 수 없음');
  });
});
