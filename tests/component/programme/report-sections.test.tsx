import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import type { Scenario } from '../../../shared/domain/scenario';
import { FrontierReportSection, RoundsReportSection } from '../../../renderer/src/report/programme';
import { loadScenario, makeI18n } from './helpers';

afterEach(cleanup);

async function renderReport(scenario: Scenario, lng: 'en' | 'ko' = 'en') {
  const i18n = await makeI18n(lng);
  return render(
    <I18nextProvider i18n={i18n}>
      <FrontierReportSection scenario={scenario} />
      <RoundsReportSection scenario={scenario} />
    </I18nextProvider>,
  );
}

describe('programme report sections', () => {
  it('frontier: assumptions, reference set, heatmap table and the sources of the numbers', async () => {
    const s = loadScenario('frontier-check');
    await renderReport(s);
    const section = screen.getByRole('region', { name: 'Frontier test' });
    expect(section.textContent).toContain('2026-01-15');
    expect(section.textContent).toContain('6 months: 2025-07-15 to 2026-01-15');
    expect(section.textContent).toContain('95.0%');
    expect(within(section).getByRole('table', { name: 'Frontier ratios' })).toBeTruthy();
    const urls = within(section)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    const used = new Set(s.dataset.sources.map((x) => x.url));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => used.has(u ?? ''))).toBe(true);
    expect(screen.queryByRole('region', { name: 'Elimination rounds' })).toBeNull();
  });

  it('rounds: uncertainty samples and seed, the gate outcome, probabilities and sources', async () => {
    const s = loadScenario('round1-as-announced');
    await renderReport(s);
    const section = screen.getByRole('region', { name: 'Elimination rounds' });
    expect(section.textContent).toContain(`${s.uncertainty.samples} samples, seed ${s.uncertainty.seed}`);
    expect(section.textContent).toContain('All tied teams advance');
    const naver = s.dataset.models.find((m) => m.organization.includes('NAVER'))!;
    const row = within(section).getByRole('rowheader', { name: naver.name }).closest('tr')!;
    expect(row.textContent).toContain('Eliminated by gate');
    expect(within(section).getByRole('columnheader', { name: 'P(lowest total)' })).toBeTruthy();
    const links = within(section)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href') ?? '');
    expect(links.some((u) => u.startsWith('https://www.koreaherald.com/'))).toBe(true);
  });

  it('rounds: the printed margins are the printed totals minus the printed cut line (12.3, 0.8, 0.0, —, −3.0)', async () => {
    await renderReport(loadScenario('round1-as-announced'));
    const section = screen.getByRole('region', { name: 'Elimination rounds' });
    const chart = within(section).getByRole('img', { name: /^Totals and ranges — / });
    const line = Number(/cut (\d+\.\d)/.exec(chart.textContent ?? '')![1]);
    expect(line).toBe(77.9);
    const table = within(section).getByRole('table', { name: /^Teams — / });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent ?? '');
    const at = (h: string) => headers.findIndex((x) => x.startsWith(h));
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent ?? ''));
    expect(rows.map((r) => r[at('Margin')])).toEqual(['+12.3', '+0.8', '+0.0', '—', '\u22123.0']);
    for (const r of rows.filter((x) => x[at('Margin')] !== '—'))
      expect(Number(r[at('Margin')].replace('\u2212', '-'))).toBeCloseTo(Number.parseFloat(r[at('Total')]) - line, 9);
  });

  it('renders nothing for a scenario without programme rules', async () => {
    const { container } = await renderReport(loadScenario('default'));
    expect(container.textContent).toBe('');
  });

  it('prints in Korean', async () => {
    await renderReport(loadScenario('round1-as-announced'), 'ko');
    expect(screen.getByRole('region', { name: '탈락 라운드' }).textContent).toContain('요건 미충족 탈락');
  });
});
