import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../shared/evaluation/compare';
import en from '../../renderer/src/i18n/compare.en.json';
import ko from '../../renderer/src/i18n/compare.ko.json';
import { ComparisonTables, SECTION_ROW_LIMIT } from '../../renderer/src/views/compare/ComparisonTables';
import { createI18n } from '../../renderer/src/i18n';
import { CompareView, type OpenDocument } from '../../renderer/src/views/compare/CompareView';
import { makeScenario } from '../unit/programme/fixture';
import { handleCompareRequest } from '../../renderer/src/workers/compare-handler';
import type { CompareMessage } from '../../renderer/src/workers/compare-protocol';
import type { CompareWorker } from '../../renderer/src/workers/useComparison';
import { loadScenario, makeI18n } from './programme/helpers';

const planned = loadScenario('round1-as-planned');
const announced = loadScenario('round1-as-announced');
const documents: OpenDocument[] = [
  { id: 'd1', name: 'Round 1 as planned', scenario: planned, active: false },
  { id: 'd2', name: 'Round 1 as announced', scenario: announced, active: true },
  { id: 'd3', name: 'Default', scenario: loadScenario('default'), active: false },
];

/** The real compare worker's handler run in this thread (jsdom has no Worker), answering in a later macrotask. */
function inProcessWorker(): CompareWorker {
  let terminated = false;
  const w: CompareWorker = {
    onmessage: null,
    postMessage(req) {
      setTimeout(() => {
        if (terminated) return;
        handleCompareRequest(req, (m) => w.onmessage?.({ data: m } as MessageEvent<CompareMessage>));
      }, 0);
    },
    terminate() {
      terminated = true;
    },
  };
  return w;
}

/** The view over `docs`, once its first comparison is on screen. */
async function show(docs: OpenDocument[], lng: 'en' | 'ko' = 'en') {
  const i18n = await makeI18n(lng);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <CompareView documents={docs} createWorker={inProcessWorker} />
    </I18nextProvider>,
  );
  await within(view.container).findAllByRole('table');
  return view;
}
const columns = (table: HTMLElement) =>
  within(within(table).getAllByRole('rowgroup')[0])
    .getAllByRole('columnheader')
    .map((h) => h.textContent);

/** The row of `table` whose header reads `label` (with or without the ≠ marker), and its cells' text. */
function rowOf(table: HTMLElement, label: string) {
  const header = within(table)
    .getAllByRole('rowheader')
    .find((h) => (h.textContent ?? '').replace(/^≠differs: /, '').replace(/^≠다름: /, '') === label);
  if (!header) throw new Error(`no row ${label}`);
  const tr = header.closest('tr')!;
  return {
    tr,
    header,
    cells: within(tr)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  };
}

describe('CompareView', () => {
  it('compares the active document and the next one; the gate and NAVER Cloud going out on it are marked', async () => {
    await show(documents);
    expect(screen.getByRole('checkbox', { name: 'Compare Round 1 as planned' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Compare Round 1 as announced' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Compare Default' })).not.toBeChecked();

    const inputs = screen.getByRole('table', { name: 'Inputs of the compared scenarios' });
    expect(columns(inputs)).toEqual(['Item', 'Round 1 as planned', 'Round 1 as announced']);
    const gates = rowOf(inputs, '1차 평가 (as planned) · gates applied');
    expect(gates.cells).toEqual(['none', '독자성 (independence)']);
    expect(gates.tr).toHaveClass('compare-differs');
    expect(gates.header).toHaveTextContent(/^≠/);
    const cut = rowOf(inputs, '1차 평가 (as planned) · teams cut or kept');
    expect(cut.cells).toEqual(['1', '1']);
    expect(cut.tr).not.toHaveClass('compare-differs');
    expect(cut.header.textContent).not.toMatch(/≠/);

    const outcomes = screen.getByRole('table', { name: 'Outcomes of the compared scenarios' });
    const naver = rowOf(outcomes, '1차 평가 (as planned) · HyperCLOVA X SEED Think 32B · status');
    expect(naver.cells).toEqual(['advances', 'eliminated (gate)']);
    expect(naver.tr).toHaveClass('compare-differs');
    const nc = rowOf(outcomes, '1차 평가 (as planned) · VAETKI · status');
    expect(nc.cells).toEqual(['eliminated', 'eliminated']);
    expect(nc.tr).not.toHaveClass('compare-differs');

    const changes = within(screen.getByRole('region', { name: 'What changes' })).getAllByRole('listitem');
    expect(changes.map((li) => li.textContent)).toContain('HyperCLOVA X SEED Think 32B: advances → eliminated (gate)');
  });

  it('only the rows that differ, on request', async () => {
    await show(documents);
    const outcomes = () => screen.getByRole('table', { name: 'Outcomes of the compared scenarios' });
    expect(() => rowOf(outcomes(), '1차 평가 (as planned) · VAETKI · status')).not.toThrow();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only rows that differ' }));
    expect(() => rowOf(outcomes(), '1차 평가 (as planned) · VAETKI · status')).toThrow(/no row/);
    expect(rowOf(outcomes(), '1차 평가 (as planned) · HyperCLOVA X SEED Think 32B · status').cells).toEqual([
      'advances',
      'eliminated (gate)',
    ]);
  });

  it('asks for two to four: one chosen says so, and a fifth cannot be chosen', async () => {
    await show(documents);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare Round 1 as planned' }));
    expect(screen.getByRole('status')).toHaveTextContent('Choose two to four open documents');
    expect(screen.queryByRole('table')).toBeNull();

    const five = [
      ...documents,
      ...documents.slice(0, 2).map((d) => ({ ...d, id: `${d.id}b`, name: `${d.name} (2)`, active: false })),
    ];
    const view = await show(five);
    const box = (name: string) => within(view.container).getByRole('checkbox', { name: `Compare ${name}` });
    fireEvent.click(box('Default'));
    fireEvent.click(box('Round 1 as planned (2)'));
    expect(box('Round 1 as announced (2)')).toBeDisabled();
    expect(within(view.container).getByText('At most four documents can be compared at once.')).toBeInTheDocument();
    const inputs = () => within(view.container).getByRole('table', { name: 'Inputs of the compared scenarios' });
    // The previous comparison stays on screen, marked, until the worker answers for the four documents.
    expect(within(view.container).getByRole('status')).toHaveTextContent('Comparing…');
    expect(columns(inputs())).toHaveLength(3);
    await waitFor(() => expect(columns(inputs())).toHaveLength(5));
    expect(within(view.container).queryByText('Comparing…')).toBeNull();
  });

  it('in Korean', async () => {
    await show(documents, 'ko');
    expect(screen.getByRole('checkbox', { name: 'Round 1 as planned 비교' })).toBeChecked();
    const outcomes = screen.getByRole('table', { name: '비교한 시나리오의 결과' });
    expect(rowOf(outcomes, '1차 평가 (as planned) · HyperCLOVA X SEED Think 32B · 결과').cells).toEqual([
      '통과',
      '탈락 (요건)',
    ]);
    const changes = within(screen.getByRole('region', { name: '달라지는 결과' })).getAllByRole('listitem');
    expect(changes.map((li) => li.textContent)).toContain('HyperCLOVA X SEED Think 32B: 통과 → 탈락 (요건)');
  });
});

describe('the compare bundles', () => {
  it('name every section, field and status the comparison produces, in Korean and in English', () => {
    const vikor = { ...planned, method: { name: 'vikor' as const, v: 0.3 } };
    const grouped = {
      ...announced,
      groups: [{ id: 'g', label: 'group', weight: 1 }],
      overrides: [{ model: planned.alternatives[0], benchmark: planned.criteria[0].benchmark, value: 50, note: '' }],
      observationPolicy: { ...announced.observationPolicy, manual: { 'k-exaone-236b-a23b|mmlu-pro': 'x' } },
    };
    const c = compareScenarios([
      { name: 'a', scenario: vikor },
      { name: 'b', scenario: grouped },
      { name: 'c', scenario: loadScenario('frontier-check') },
    ]);
    const rows = [...c.inputs, ...c.outcomes];
    for (const bundle of [en, ko]) {
      for (const r of rows) {
        expect(bundle.section, r.section).toHaveProperty([r.section]);
        expect(bundle.field, r.field).toHaveProperty([r.field]);
      }
      for (const r of rows.filter((x) => x.kind === 'status'))
        for (const v of r.values) if (v !== null) expect(bundle.status).toHaveProperty([String(v)]);
      for (const r of rows.filter((x) => x.kind === 'term' && x.field !== 'referenceValue'))
        for (const v of r.values)
          if (v !== null) expect(bundle.term, `${r.field}.${v}`).toHaveProperty([r.field, String(v)]);
    }
  });
});

describe('ComparisonTables on many models', () => {
  it('shows the first 400 rows of a section and says how many more there are', async () => {
    // 201 candidates: 402 ranking rows (rank and composite per model).
    const models = Array.from({ length: 201 }, (_, i) => ({ id: `m${i}` }));
    const scenario = makeScenario({
      models,
      observations: models.flatMap((m, i) => [
        { model: m.id, benchmark: 'acc', value: i },
        { model: m.id, benchmark: 'err', value: (i * 7) % 201 },
      ]),
    });
    const other = {
      ...scenario,
      criteria: scenario.criteria.map((c) => ({ ...c, weight: c.benchmark === 'acc' ? 2 : 1 })),
    };
    const comparison = compareScenarios([
      { name: 'a', scenario },
      { name: 'b', scenario: other },
    ]);
    expect(comparison.outcomes.filter((r) => r.section === 'ranking')).toHaveLength(402);
    const i18n = await makeI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <ComparisonTables comparison={comparison} />
      </I18nextProvider>,
    );
    const outcomes = screen.getByRole('table', { name: 'Outcomes of the compared scenarios' });
    expect(within(outcomes).getAllByRole('rowheader')).toHaveLength(SECTION_ROW_LIMIT);
    expect(
      within(outcomes).getByText(/^2 more rows of this section are not shown \(the first 400 are\)/),
    ).toBeInTheDocument();
  });
});

describe('a scenario that cannot be ranked', () => {
  it('is compared on the rest, and the view says why in the UI language', async () => {
    const zero = { ...planned, criteria: planned.criteria.map((c) => ({ ...c, weight: 0 })) };
    const docs: OpenDocument[] = [
      { id: 'a', name: 'Planned', scenario: planned, active: true },
      { id: 'b', name: 'No weights', scenario: zero, active: false },
    ];
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <CompareView documents={docs} createWorker={inProcessWorker} />
      </I18nextProvider>,
    );
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('No weights: All criteria weigh 0: set a weight to rank');
    const outcomes = screen.getByRole('table', { name: 'Outcomes of the compared scenarios' });
    expect(rowOf(outcomes, 'VAETKI · rank').cells[1]).toBe('—');
    // Its programme does not depend on the weights: the rounds are compared as usual.
    expect(rowOf(outcomes, '1차 평가 (as planned) · VAETKI · status').cells).toEqual(['eliminated', 'eliminated']);
  });
});
