import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { RoundsView } from '../../../renderer/src/views/programme/RoundsView';
import { Harness, inProcessWorker, loadScenario, makeI18n } from './helpers';

afterEach(cleanup);

async function renderRounds(initial: Scenario) {
  const i18n = await makeI18n();
  const seen: Scenario[] = [];
  const workers: ReturnType<typeof inProcessWorker>[] = [];
  const createWorker = () => {
    const w = inProcessWorker();
    workers.push(w);
    return w;
  };
  render(
    <Harness
      i18n={i18n}
      initial={initial}
      seen={seen}
      render={(s, onChange) => <RoundsView scenario={s} onChange={onChange} createWorker={createWorker} />}
    />,
  );
  return { seen, workers };
}

const teamsTable = () => screen.getByRole('table', { name: /^Teams — / });

/** Per team row: name, total (the point value before any range), status text, and each header's cell. */
function teamRows() {
  const table = teamsTable();
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => {
      const cells = [...(r as HTMLTableRowElement).cells].map((c) => c.textContent ?? '');
      const by = (header: string) => cells[headers.findIndex((h) => h.startsWith(header))];
      return { name: by('Team'), total: Number.parseFloat(by('Total')), status: by('Status'), cell: by, el: r };
    });
}

describe('RoundsView', () => {
  it('round 1 as planned: eliminate 1 → 2 changes who is shown eliminated, always the lowest totals', async () => {
    const { seen } = await renderRounds(loadScenario('round1-as-planned'));
    const rounds = screen.getByRole('list', { name: 'Rounds' });
    expect(rounds.querySelectorAll(':scope > li')).toHaveLength(1);
    const out1 = teamRows().filter((r) => r.status.startsWith('Eliminated by score'));
    expect(out1).toHaveLength(1);

    const eliminate = within(rounds).getByRole('spinbutton', { name: 'Eliminate' });
    expect((eliminate as HTMLInputElement).value).toBe('1');
    await act(async () => fireEvent.change(eliminate, { target: { value: '2' } }));

    const rows = teamRows();
    const out2 = rows.filter((r) => r.status.startsWith('Eliminated by score'));
    expect(out2).toHaveLength(2);
    expect(out2.map((r) => r.name)).toContain(out1[0].name);
    const lowestTwo = [...rows].sort((a, b) => a.total - b.total).slice(0, 2);
    expect(out2.map((r) => r.name).sort()).toEqual(lowestTwo.map((r) => r.name).sort());
    expect(screen.getByText(/^Eliminated: /).textContent).toContain(out2[1].name);
    expect(seen.at(-1)?.programme?.rounds[0].cut).toEqual({ kind: 'eliminate', count: 2 });
  });

  it('round 1 as announced: NAVER Cloud out on the gate with its reason and source, LG at 90.2', async () => {
    const s = loadScenario('round1-as-announced');
    await renderRounds(s);
    const naverId = s.dataset.models.find((m) => m.organization.includes('NAVER'))!;
    const lgId = s.dataset.models.find((m) => m.organization.includes('LG AI'))!;
    const rows = teamRows();
    const naver = rows.find((r) => r.name === naverId.name)!;
    expect(naver.status).toBe('Eliminated by gate');
    const gates = naver.cell('Gates');
    expect(gates).toMatch(/✗ .*independence.*fail/);
    expect(gates).toContain('Qwen');
    const link = within(naver.el as HTMLElement).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.koreaherald\.com\//);
    expect(naver.cell('Margin')).toBe('—');
    const lg = rows.find((r) => r.name === lgId.name)!;
    expect(lg.cell('Total')).toBe('90.2');
    expect(lg.status).toBe('Advances');
    // The totals chart draws every team and the cut line at the lowest total that advances.
    const chart = screen.getByRole('img', { name: /^Totals and ranges — / });
    expect(chart.querySelector('svg')).not.toBeNull();
    for (const r of rows) expect(chart.textContent).toContain(r.name);
    const lowestAdvancing = Math.min(...rows.filter((r) => r.status === 'Advances').map((r) => r.total));
    expect(chart.textContent).toContain(`cut ${lowestAdvancing.toFixed(1)}`);
  });

  it('each margin shown is the total shown minus the cut line the chart draws (and states under the table)', async () => {
    const check = () => {
      const chart = screen.getByRole('img', { name: /^Totals and ranges — / });
      const line = Number(/cut (\d+\.\d)/.exec(chart.textContent ?? '')![1]);
      expect(screen.getByText(/^Cut line /).textContent).toContain(`Cut line ${line.toFixed(1)}:`);
      const rows = teamRows();
      for (const r of rows) {
        const margin = r.cell('Margin');
        if (r.status === 'Eliminated by gate') expect(margin).toBe('—');
        else expect(Number.parseFloat(margin.replace('\u2212', '-'))).toBeCloseTo(r.total - line, 9);
      }
      return { line, rows };
    };
    // As announced: NAVER out on the gate, NC AI on score; the line is Upstage's 77.9 (SKT +0.8, LG +12.3).
    await renderRounds(loadScenario('round1-as-announced'));
    const announced = check();
    expect(announced.line).toBe(77.9);
    expect(announced.rows.find((r) => r.name.startsWith('K-EXAONE'))!.cell('Margin')).toBe('+12.3');
    cleanup();
    // As planned, eliminate 2: the line moves up to the third highest total.
    await renderRounds(loadScenario('round1-as-planned'));
    const rounds = screen.getByRole('list', { name: 'Rounds' });
    await act(async () =>
      fireEvent.change(within(rounds).getByRole('spinbutton', { name: 'Eliminate' }), { target: { value: '2' } }),
    );
    const planned = check();
    expect(planned.line).toBe([...planned.rows.map((r) => r.total)].sort((a, b) => b - a)[2]);
  });

  it('with uncertainty on, the worker run shows progress, then the probabilities (NC AI most likely lowest)', async () => {
    const s = loadScenario('round1-as-announced');
    expect(s.uncertainty.enabled).toBe(true);
    await renderRounds(s);
    expect(screen.getByRole('progressbar', { name: 'Monte Carlo progress' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), { timeout: 20_000 });
    const rows = teamRows();
    const pLowest = rows.map((r) => Number.parseFloat(r.cell('P(lowest total)')));
    expect(pLowest.every((p) => p >= 0 && p <= 100)).toBe(true);
    const nc = s.dataset.models.find((m) => m.organization.includes('NC AI'))!;
    const ncRow = rows.findIndex((r) => r.name === nc.name);
    expect(pLowest[ncRow]).toBe(Math.max(...pLowest));
    expect(screen.getByRole('status').textContent).toContain(String(s.uncertainty.seed));
  });

  it('Cancel stops the run and shows no probabilities; Run again completes it', async () => {
    const { workers } = await renderRounds(loadScenario('round1-as-planned'));
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('value')).not.toBe('0'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(workers[0].terminated).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/cancelled/);
    expect(screen.queryByRole('columnheader', { name: 'P(eliminated)' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Run again' })));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'P(eliminated)' })).toBeTruthy(), {
      timeout: 20_000,
    });
  });

  it('turning uncertainty off removes the run and the probability columns', async () => {
    const { seen } = await renderRounds(loadScenario('round1-as-planned'));
    await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: 'Uncertainty' })));
    expect(seen.at(-1)?.uncertainty.enabled).toBe(false);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'P(eliminated)' })).toBeNull();
  });

  it('panel scores: a value above the component maximum is refused with a message; a valid range applies', async () => {
    const s = loadScenario('round1-as-announced');
    const { seen } = await renderRounds({ ...s, uncertainty: { ...s.uncertainty, enabled: false } });
    const ax = s.dataset.models.find((m) => m.organization.includes('SK Telecom'))!;
    const expert = s.programme!.schemes[0].components.find((c) => c.id === 'expert')!;
    const input = screen.getByRole('textbox', { name: `${ax.name} · ${expert.label}` });
    await act(async () => {
      fireEvent.change(input, { target: { value: String(expert.maxPoints + 5) } });
      fireEvent.blur(input);
    });
    expect(screen.getByRole('alert').textContent).toContain(`exceeds the maximum of ${expert.maxPoints} points`);
    expect(screen.getByRole('alert').textContent).toContain(ax.name);
    expect(seen).toHaveLength(0);

    const before = teamRows()
      .find((r) => r.name === ax.name)!
      .cell('Total');
    await act(async () => {
      fireEvent.change(input, { target: { value: '20-22' } });
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(screen.queryByRole('alert')).toBeNull();
    const entry = seen.at(-1)!.programme!.rounds[0].entries.find((e) => e.model === ax.id && e.component === 'expert');
    expect(entry).toMatchObject({ kind: 'range', lo: 20, hi: 22 });
    expect(
      teamRows()
        .find((r) => r.name === ax.name)!
        .cell('Total'),
    ).not.toBe(before);
    expect((input as HTMLInputElement).value).toBe('20–22');
  });

  it('offers to add a round to a scenario without rounds', async () => {
    const s = loadScenario('frontier-check');
    const { seen } = await renderRounds({ ...s, uncertainty: { ...s.uncertainty, enabled: false } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add a round' })));
    expect(seen[0].programme?.rounds).toHaveLength(1);
    expect(teamRows()).toHaveLength(s.alternatives.length);
    expect(teamRows().filter((r) => r.status.startsWith('Eliminated'))).toHaveLength(1);
  });

  it('adds a later round six months on, with entrants between rounds; dates out of order are refused', async () => {
    const s = loadScenario('round1-as-announced');
    const { seen } = await renderRounds({ ...s, uncertainty: { ...s.uncertainty, enabled: false } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add a round' })));
    const rounds = screen.getByRole('list', { name: 'Rounds' });
    const items = [...rounds.querySelectorAll(':scope > li')] as HTMLElement[];
    expect(items).toHaveLength(2);
    const second = within(items[1]);
    expect((second.getByLabelText('Round date') as HTMLInputElement).value).toBe('2026-07-15');
    const advancingFromFirst = seen[0].programme!.rounds[0].entrants.length - 2;
    expect(within(second.getByRole('table', { name: /^Teams — / })).getAllByRole('row')).toHaveLength(
      1 + advancingFromFirst,
    );

    const nc = s.dataset.models.find((m) => m.organization.includes('NC AI'))!;
    await act(async () => fireEvent.click(second.getByRole('checkbox', { name: nc.name })));
    expect(seen.at(-1)!.programme!.rounds[1].entrants).toEqual([nc.id]);
    const secondTeams = second.getByRole('table', { name: /^Teams — / });
    expect(within(secondTeams).getByRole('rowheader', { name: nc.name })).toBeTruthy();

    const count = seen.length;
    await act(async () => fireEvent.change(second.getByLabelText('Round date'), { target: { value: '2025-12-01' } }));
    expect(screen.getByRole('alert').textContent).toMatch(/programme\.rounds\.1\.date: rounds must be in date order/);
    expect(seen).toHaveLength(count);
  });
});
