import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { FrontierView } from '../../../renderer/src/views/programme/FrontierView';
import { Harness, loadScenario, makeI18n } from './helpers';

afterEach(cleanup);

async function renderFrontier(initial: Scenario, lng: 'en' | 'ko' = 'en') {
  const i18n = await makeI18n(lng);
  const seen: Scenario[] = [];
  render(
    <Harness
      i18n={i18n}
      initial={initial}
      seen={seen}
      render={(s, onChange) => <FrontierView scenario={s} onChange={onChange} />}
    />,
  );
  return seen;
}

const includedNames = () =>
  within(screen.getByRole('list', { name: 'Reference models in the window' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

/** The heatmap cell of a candidate (row header) and a benchmark (column header text). */
function cell(candidate: string, benchmark: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Frontier ratios' });
  const headers = within(table).getAllByRole('columnheader');
  const col = headers.findIndex((h) => h.textContent?.startsWith(benchmark));
  const row = within(table).getByRole('rowheader', { name: candidate }).closest('tr') as HTMLTableRowElement;
  return row.cells[col];
}

/** Reference models released in [from, to] according to the dataset itself (not the engine). */
function releasedBetween(s: Scenario, from: string, to: string): string[] {
  return s.references
    .map((id) => s.dataset.models.find((m) => m.id === id)!)
    .filter((m) => m.releaseDate !== null && m.releaseDate >= from && m.releaseDate <= to)
    .map((m) => m.name);
}

describe('FrontierView', () => {
  it('changing the window from 6 to 3 months changes the reference set and the marks shown', async () => {
    const initial = loadScenario('frontier-check');
    const seen = await renderFrontier(initial);
    const names6 = includedNames();
    expect(names6.length).toBe(releasedBetween(initial, '2025-07-15', '2026-01-15').length);
    for (const name of releasedBetween(initial, '2025-07-15', '2026-01-15'))
      expect(names6.some((n) => n.startsWith(name))).toBe(true);
    const before = { lcb: cell('A.X K1', 'LiveCodeBench').textContent, ifb: cell('A.X K1', 'IFBench').textContent };
    expect(before.lcb).toContain('✗');
    expect(before.ifb).toContain('✗');

    const windowBox = screen.getByRole('spinbutton', { name: 'Window (months)' });
    expect((windowBox as HTMLInputElement).value).toBe('6');
    await act(async () => fireEvent.change(windowBox, { target: { value: '3' } }));

    const names3 = includedNames();
    expect(names3).toHaveLength(releasedBetween(initial, '2025-10-15', '2026-01-15').length);
    expect(names3[0]).toMatch(/^DeepSeek-V3\.2 /);
    expect(cell('A.X K1', 'LiveCodeBench').textContent).toContain('✓');
    expect(cell('A.X K1', 'IFBench').textContent).toContain('✓');
    // Dropped models are listed with the reason, not silently gone.
    const excluded = within(screen.getByRole('list', { name: 'Reference models not used' })).getAllByRole('listitem');
    expect(excluded.some((li) => /DeepSeek-V3\.1 .*released before the window/.test(li.textContent ?? ''))).toBe(true);

    expect(seen).toHaveLength(1);
    expect(seen[0].programme?.frontier?.windowMonths).toBe(3);
    expect(initial.programme?.frontier?.windowMonths).toBe(6);
  });

  it('shows PASS or FAIL as text per candidate, and lowering the threshold turns FAIL into PASS', async () => {
    await renderFrontier(loadScenario('frontier-check'));
    const table = screen.getByRole('table', { name: 'Frontier ratios' });
    const verdicts = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => (r as HTMLTableRowElement).cells[(r as HTMLTableRowElement).cells.length - 1].textContent);
    expect(verdicts()).toHaveLength(5);
    // HyperCLOVA X SEED has a ratio on 2 of the 14 benchmarks: insufficient data, no verdict (the coverage rule).
    const withData = () => verdicts().filter((v) => !v!.startsWith('insufficient data: a ratio on 2 of 14'));
    expect(withData()).toHaveLength(4);
    expect(withData().every((v) => v === 'PASS' || v === 'FAIL')).toBe(true);
    expect(withData()).toContain('FAIL');
    await act(async () =>
      fireEvent.change(screen.getByRole('spinbutton', { name: 'Threshold' }), { target: { value: '0.5' } }),
    );
    expect(withData().every((v) => v === 'PASS')).toBe(true);
    expect(verdicts().filter((v) => v!.startsWith('insufficient data'))).toHaveLength(1);
  });

  it('a cell names its value, the bar and the reference model that sets it', async () => {
    const s = loadScenario('frontier-check');
    await renderFrontier(s);
    const title = cell('K-EXAONE', 'MMLU-Pro').getAttribute('title') ?? '';
    const k = s.dataset.observations.find(
      (o) => o.model === 'k-exaone-236b-a23b' && o.benchmark === 'mmlu-pro' && o.measuredBy === 'model maker',
    );
    expect(title).toContain(String(k?.value));
    expect(includedNames().some((n) => title.includes(n.split(' released')[0]))).toBe(true);
  });

  it('a named reference model outside the window gives explicit "no reference" cells, not ratios', async () => {
    await renderFrontier(loadScenario('frontier-check'));
    await act(async () =>
      fireEvent.change(screen.getByRole('combobox', { name: 'Reference value' }), { target: { value: 'model' } }),
    );
    await act(async () =>
      fireEvent.change(screen.getByRole('combobox', { name: 'Reference model' }), { target: { value: 'gpt-4o' } }),
    );
    expect(cell('K-EXAONE', 'MMLU-Pro').textContent).toBe('no reference');
    expect(cell('K-EXAONE', 'MMLU-Pro').getAttribute('title')).toMatch(/not in the reference set/);
  });

  it('refuses an invalid window with a message and leaves the scenario unchanged', async () => {
    const seen = await renderFrontier(loadScenario('frontier-check'));
    const windowBox = screen.getByRole('spinbutton', { name: 'Window (months)' });
    await act(async () => fireEvent.change(windowBox, { target: { value: '2.5' } }));
    expect(screen.getByRole('alert').textContent).toMatch(/Window \(months\).*whole number/);
    await act(async () => fireEvent.change(windowBox, { target: { value: '0' } }));
    expect(screen.getByRole('alert').textContent).toMatch(/between 1 and 120/);
    expect(seen).toHaveLength(0);
    expect(includedNames().length).toBeGreaterThan(1);
  });

  it('offers to add a frontier test to a scenario without one (default rules)', async () => {
    const seen = await renderFrontier(loadScenario('default'));
    expect(screen.queryByRole('table', { name: 'Frontier ratios' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add frontier test' })));
    expect(seen[0].programme?.frontier).toMatchObject({
      evaluationDate: '2026-01-15',
      windowMonths: 6,
      threshold: 0.95,
    });
    expect(screen.getByRole('table', { name: 'Frontier ratios' })).toBeTruthy();
  });

  it('speaks Korean', async () => {
    await renderFrontier(loadScenario('frontier-check'), 'ko');
    expect(screen.getByRole('spinbutton', { name: '기간(개월)' })).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: '기준' })).toBeTruthy();
    expect(screen.getByLabelText('평가일')).toBeTruthy();
    expect(screen.getByRole('table', { name: '프런티어 대비 비율' })).toBeTruthy();
  });
});
