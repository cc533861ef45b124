import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { ClaimsView } from '../../../renderer/src/views/claims/ClaimsView';
import { csvHas, csvValue, modelsCsv } from '../../unit/claims/reference-csv';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
const store = () => useScenarioStore.getState();
const history = () => useScenarioStore.temporal.getState();
const AX = 'https://github.com/SKT-AI/A.X-K1/blob/main/README.md';

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  await resetStores(real.api);
});

/** The table row of the claim whose text starts with `text`. */
const row = (text: string | RegExp) => screen.getByRole('rowheader', { name: text }).closest('tr')!;

/** Adds a value claim through the form: K-EXAONE on MMLU-Pro. */
async function addValueClaim(user: ReturnType<typeof userEvent.setup>, expected: string) {
  await user.click(screen.getByRole('button', { name: 'Add claim' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add a claim' });
  const form = within(dialog);
  await user.type(form.getByLabelText('Claim text'), 'K-EXAONE scores 83.8 on MMLU-Pro');
  await user.type(form.getByLabelText('Made by'), 'LG AI Research');
  await user.selectOptions(form.getByLabelText('Check'), 'Value of one model');
  await user.selectOptions(form.getByLabelText('Model'), 'K-EXAONE');
  await user.selectOptions(form.getByLabelText('Benchmark'), 'MMLU-Pro');
  await user.type(form.getByLabelText('Claimed value'), expected);
  await user.clear(form.getByLabelText('Tolerance (benchmark units)'));
  await user.type(form.getByLabelText('Tolerance (benchmark units)'), '0.05');
  await user.click(form.getByRole('button', { name: 'Save claim' }));
}

describe('the Claims view', () => {
  it('adds a ratio claim over two benchmarks (several chosen in one list), checked as the ratio of the means', async () => {
    const user = userEvent.setup();
    renderWith(<ClaimsView />, real.api);
    const [ke, ax] = ['k-exaone-236b-a23b', 'ax-k1-519b-a33b'];
    const claimed =
      (100 * (csvValue(ke, 'aime-2025') + csvValue(ke, 'gpqa-diamond'))) /
      (csvValue(ax, 'aime-2025') + csvValue(ax, 'gpqa-diamond'));
    await user.click(screen.getByRole('button', { name: 'Add claim' }));
    const form = within(await screen.findByRole('dialog', { name: 'Add a claim' }));
    await user.type(form.getByLabelText('Claim text'), 'K-EXAONE against A.X K1 on AIME and GPQA');
    await user.selectOptions(form.getByLabelText('Check'), 'Ratio of two models');
    await user.selectOptions(form.getByLabelText('Model'), 'K-EXAONE');
    await user.selectOptions(form.getByLabelText('Compared with'), 'A.X K1');
    const list = form.getByLabelText<HTMLSelectElement>('Benchmarks');
    await user.deselectOptions(
      list,
      [...list.selectedOptions].map((o) => o.label),
    );
    await user.selectOptions(list, ['AIME 2025', 'GPQA Diamond']);
    await user.selectOptions(form.getByLabelText('Over several benchmarks'), 'ratio of the means');
    await user.type(form.getByLabelText('Claimed ratio (%)'), claimed.toFixed(2));
    await user.clear(form.getByLabelText('Tolerance (percentage points)'));
    await user.type(form.getByLabelText('Tolerance (percentage points)'), '0.01');
    await user.click(form.getByRole('button', { name: 'Save claim' }));
    const added = store().scenario!.claims.at(-1)!;
    expect(added.check).toMatchObject({
      kind: 'ratio',
      model: ke,
      baseline: ax,
      benchmarks: ['aime-2025', 'gpqa-diamond'],
      aggregate: 'ratio-of-means',
    });
    expect(within(row('K-EXAONE against A.X K1 on AIME and GPQA')).getByText('Verified')).toBeInTheDocument();
  });

  it('lists the shipped claims with their status in words and the computed figure', () => {
    renderWith(<ClaimsView />, real.api);
    const ratio =
      (100 * csvValue('ax-k1-519b-a33b', 'livecodebench-ko', { setting: 'think', source: AX })) /
      csvValue('deepseek-v3.1', 'livecodebench-ko', { setting: 'think', source: AX });
    const korean = row(/Korean 110%/);
    expect(within(korean).getByText('Verified')).toBeInTheDocument();
    expect(within(korean).getByText(`${ratio.toFixed(2)}% (claimed 110% ± 0.5)`)).toBeInTheDocument();
    const if148 = row(/148% of DeepSeek-V3.1/);
    expect(within(if148).getByText('Not checkable')).toBeInTheDocument();
    expect(
      within(if148).getByText(/^no check can be formed: the benchmark and the figures behind 148%/),
    ).toBeInTheDocument();
    expect(within(row(/as misreported/)).getByText('Contradicted')).toBeInTheDocument();
  });

  it('adds a claim through the form (one undo step); its status follows a cell edit and the undo', async () => {
    const user = userEvent.setup();
    renderWith(<ClaimsView />, real.api);
    const before = store().scenario!.claims.length;
    await addValueClaim(user, String(csvValue('k-exaone-236b-a23b', 'mmlu-pro')));
    const added = () => row('K-EXAONE scores 83.8 on MMLU-Pro');
    expect(within(added()).getByText('Verified')).toBeInTheDocument();
    expect(store().scenario!.claims).toHaveLength(before + 1);
    expect(history().pastStates).toHaveLength(1);

    // The Data view's edit of the cell the claim reads: a what-if override.
    act(() => store().setOverride('k-exaone-236b-a23b', 'mmlu-pro', 70));
    expect(within(added()).getByText('Contradicted')).toBeInTheDocument();
    expect(within(added()).getByText('70 (claimed 83.8 ± 0.05)')).toBeInTheDocument();
    act(() => history().undo());
    expect(within(added()).getByText('Verified')).toBeInTheDocument();
    act(() => history().undo());
    expect(screen.queryByRole('rowheader', { name: 'K-EXAONE scores 83.8 on MMLU-Pro' })).toBeNull();
  });

  it('refuses a draft with a wrong number, naming the field, and changes nothing', async () => {
    const user = userEvent.setup();
    renderWith(<ClaimsView />, real.api);
    const before = store().scenario;
    await addValueClaim(user, 'abc');
    expect(await screen.findByRole('alert')).toHaveTextContent('Claimed value: “abc” is not a number.');
    expect(store().scenario).toBe(before);
  });

  it('edits and deletes a claim, one undo step each', async () => {
    const user = userEvent.setup();
    renderWith(<ClaimsView />, real.api);
    const text = /Korean 110%/;
    await user.click(within(row(text)).getByRole('button', { name: /^Edit claim/ }));
    const form = within(await screen.findByRole('dialog', { name: 'Edit the claim' }));
    await user.clear(form.getByLabelText('Claimed ratio (%)'));
    await user.type(form.getByLabelText('Claimed ratio (%)'), '148');
    await user.click(form.getByRole('button', { name: 'Save claim' }));
    expect(within(row(text)).getByText('Contradicted')).toBeInTheDocument();
    await user.click(within(row(text)).getByRole('button', { name: /^Delete claim/ }));
    expect(screen.queryByRole('rowheader', { name: text })).toBeNull();
    expect(history().pastStates).toHaveLength(2);
    act(() => history().undo());
    expect(within(row(text)).getByText('Contradicted')).toBeInTheDocument();
    act(() => history().undo());
    expect(within(row(text)).getByText('Verified')).toBeInTheDocument();
  });

  it('adds a rank claim within a filtered set: first among the models of 40B or fewer with a value', async () => {
    const user = userEvent.setup();
    renderWith(<ClaimsView />, real.api);
    await user.click(screen.getByRole('button', { name: 'Add claim' }));
    const form = within(await screen.findByRole('dialog', { name: 'Add a claim' }));
    await user.type(form.getByLabelText('Claim text'), 'SEED 32B Think is first among models of 40B or fewer');
    await user.selectOptions(form.getByLabelText('Check'), 'Rank within a filtered set');
    await user.selectOptions(form.getByLabelText('Model'), 'HyperCLOVA X SEED Think 32B');
    await user.selectOptions(form.getByRole('combobox', { name: 'Benchmark' }), 'τ²-Bench Telecom');
    await user.type(form.getByRole('textbox', { name: 'at most (B)' }), '40');
    await user.type(form.getByLabelText('Claimed rank'), '1');
    await user.click(form.getByRole('checkbox', { name: 'Rank only among the models with a value' }));
    await user.click(form.getByRole('button', { name: 'Save claim' }));
    const ranked = modelsCsv.filter(
      (m) => m.total_params_b !== '' && Number(m.total_params_b) <= 40 && csvHas(m.id, 'tau2-telecom'),
    );
    const mine = csvValue('hcx-seed-think-32b', 'tau2-telecom');
    const rank = 1 + ranked.filter((m) => csvValue(m.id, 'tau2-telecom') > mine).length;
    const added = row('SEED 32B Think is first among models of 40B or fewer');
    expect(within(added).getByText(rank === 1 ? 'Verified' : 'Contradicted')).toBeInTheDocument();
    expect(added).toHaveTextContent(`#${rank} of ${ranked.length} (claimed #1)`);
    expect(added).toHaveTextContent('total parameters ≤ 40B');
  });

  it('speaks Korean', () => {
    renderWith(<ClaimsView />, real.api, 'ko');
    expect(screen.getByRole('heading', { name: '주장 검증 대장' })).toBeInTheDocument();
    expect(within(row(/Korean 110%/)).getByText('확인됨')).toBeInTheDocument();
  });
});
