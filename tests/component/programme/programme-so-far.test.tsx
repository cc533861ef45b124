import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { RoundsReportSection } from '../../../renderer/src/report/programme';
import { RoundsView } from '../../../renderer/src/views/programme/RoundsView';
import { Harness, inProcessWorker, loadScenario, makeI18n } from './helpers';

afterEach(cleanup);

/** Every range entry of the file, read from the scenario itself (not through the app's list of assumptions). */
function rangesOf(s: Scenario) {
  return (s.programme?.rounds ?? []).flatMap((r) =>
    r.entries.flatMap((e) => (e.kind === 'range' ? [{ round: r.label, ...e }] : [])),
  );
}

const nameOf = (s: Scenario, id: string) => s.dataset.models.find((m) => m.id === id)!.name;

describe('The programme so far', () => {
  it(
    'Rounds view: each team’s chance of the final two, adding up to 2, with every assumed range beside it',
    { timeout: 120_000 },
    async () => {
      const shipped = loadScenario('programme-so-far');
      const s = { ...shipped, uncertainty: { ...shipped.uncertainty, samples: 2000 } };
      const i18n = await makeI18n();
      render(
        <Harness
          i18n={i18n}
          initial={s}
          seen={[]}
          render={(sc, onChange) => <RoundsView scenario={sc} onChange={onChange} createWorker={inProcessWorker} />}
        />,
      );
      // The Monte Carlo runs in this process here: on a busy machine jsdom takes seconds between its progress
      // messages, so the wait for the result is bounded generously (fewer samples do not change what is checked).
      await screen.findByText('Sum over the teams', {}, { timeout: 90_000 });
      const table = screen.getByRole('table', { name: 'Chance of being selected in the last round' });
      const rows = within(table)
        .getAllByRole('row')
        .slice(1, -1)
        .map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent ?? ''));
      const shares = new Map(rows.map(([name, p]) => [name, Number.parseFloat(p) / 100]));
      // Six teams ever took part; each share is printed to 0.1 %, so the printed sum is within 6 × 0.05 % of 2.
      expect(shares.size).toBe(6);
      const sum = [...shares.values()].reduce((a, p) => a + p, 0);
      expect(Math.abs(sum - 2)).toBeLessThanOrEqual(0.003 + 1e-9);
      expect(within(table).getByRole('rowheader', { name: 'Sum over the teams' }).closest('tr')!.textContent).toContain(
        '2.00',
      );
      // NAVER Cloud and NC AI were eliminated in round 1 as announced.
      expect(shares.get(nameOf(s, 'hcx-seed-think-32b'))).toBe(0);
      expect(shares.get(nameOf(s, 'vaetki-112b-a10b'))).toBe(0);

      const list = screen.getByRole('list', { name: /^Assumptions: \d+ assumed ranges$/ });
      const items = within(list).getAllByRole('listitem');
      const ranges = rangesOf(s);
      expect(items).toHaveLength(ranges.length);
      ranges.forEach((r, i) => {
        expect(items[i].textContent).toContain(r.note);
        expect(items[i].textContent).toContain(`${r.lo.toFixed(1)}–${r.hi.toFixed(1)}`);
        expect(items[i].textContent).toContain(nameOf(s, r.model));
      });
      expect(screen.getByText(/Joined 2026-02-20: extra call/)).toBeTruthy();
    },
  );

  it('report: lists every assumed range with its label, in Korean too', async () => {
    const s = loadScenario('programme-so-far');
    for (const lng of ['en', 'ko'] as const) {
      const i18n = await makeI18n(lng);
      render(
        <I18nextProvider i18n={i18n}>
          <RoundsReportSection scenario={s} />
        </I18nextProvider>,
      );
      const heading = lng === 'en' ? /^Assumptions: \d+ assumed ranges$/ : /^가정: 가정한 범위 \d+개$/;
      const items = within(screen.getByRole('list', { name: heading })).getAllByRole('listitem');
      const ranges = rangesOf(s);
      expect(items).toHaveLength(ranges.length);
      ranges.forEach((r, i) => {
        expect(items[i].textContent).toContain(r.round);
        expect(items[i].textContent).toContain(r.note);
        expect(items[i].textContent).toContain(`${r.lo.toFixed(1)}–${r.hi.toFixed(1)}`);
      });
      cleanup();
    }
  });
});
