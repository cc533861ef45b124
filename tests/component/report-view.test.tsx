import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbenchApi } from '../../shared/api/contract';
import { withoutDataset, type Scenario } from '../../shared/domain/scenario';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { createI18n } from '../../renderer/src/i18n';
import { ReportApp } from '../../renderer/src/report/ReportApp';
import { createRealApi, loadDefault, type RealApi } from './real-api';

interface Printed {
  title: string;
  generated: string;
  assumptions: string;
  weights: string[][];
  ranking: string[][];
  chart: boolean;
  appendix: string[][];
  sources: string;
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? ''),
    );

let real: RealApi;
let api: WorkbenchApi;
let printed: Printed | null = null;

/**
 * The printer port stands in for Chromium: it renders the report view of the job in jsdom, waits for
 * data-report-ready, and records what the page shows. Its bytes are only a PDF header (the service
 * checks for one); the real PDF is covered by the e2e suite.
 */
const printer = {
  async print(jobId: string) {
    const view = render(
      <I18nextProvider i18n={createI18n('en')}>
        <ApiProvider api={api}>
          <ReportApp jobId={jobId} />
        </ApiProvider>
      </I18nextProvider>,
    );
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-report-ready', 'true'));
    const tables = screen.getAllByRole('table');
    printed = {
      title: screen.getByRole('heading', { level: 1 }).textContent ?? '',
      generated: screen.getByText(/^Generated /).textContent ?? '',
      assumptions: screen.getByRole('heading', { name: 'Assumptions' }).parentElement!.textContent ?? '',
      weights: rowsOf(tables[0]),
      ranking: rowsOf(screen.getByRole('table', { name: 'Ranking' })),
      chart: screen.getByRole('img', { name: 'Composite score by model' }).querySelector('svg') !== null,
      appendix: rowsOf(tables.find((t) => t.classList.contains('sources-table'))!),
      sources: screen.getByRole('heading', { name: 'Sources' }).nextElementSibling?.textContent ?? '',
    };
    view.unmount();
    document.documentElement.removeAttribute('data-report-ready');
    return new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
  },
};

beforeAll(() => {
  real = createRealApi('en-US', { printer });
  api = real.api;
});
afterAll(() => real.dispose());

describe('report view', () => {
  it('lays out the exported scenario: title, date, assumptions, weights, ranking, chart, sources', async () => {
    const { datasetId, scenario: base } = await loadDefault(api);
    const scenario: Scenario = {
      ...base,
      name: '보고서 시험 — Report test',
      criteria: base.criteria.map((c) => (c.benchmark === 'hle' ? { ...c, weight: 30 } : c)),
      overrides: [{ model: 'vaetki-112b-a10b', benchmark: 'aime-2025', value: 80, note: 'analyst guess' }],
    };
    const result = await api.exportPdf({
      path: join(real.workspace, 'report'),
      datasetId,
      scenario: withoutDataset(scenario),
    });
    expect(result?.path).toBe(join(real.workspace, 'report.pdf'));
    expect(existsSync(result!.path)).toBe(true);

    const page = printed!;
    expect(page.title).toBe(scenario.name);
    expect(page.generated).toMatch(/\d{4}/);
    expect(page.assumptions).toContain('Weighted sum (WSM)');
    expect(page.assumptions).toContain('Min–max');
    expect(page.assumptions).toContain('Score as the worst');

    const total = scenario.criteria.reduce((a, c) => a + c.weight, 0);
    const hle = page.weights.find((r) => r[0] === "Humanity's Last Exam")!;
    expect(hle[1]).toBe('30');
    expect(hle[2]).toBe(`${((30 / total) * 100).toFixed(1)}%`);

    expect(page.ranking).toHaveLength(5);
    const ranks = page.ranking.map((r) => Number(r[0]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const names = base.dataset.models.filter((m) => base.alternatives.includes(m.id)).map((m) => m.name);
    expect(page.ranking.map((r) => r[1]).sort()).toEqual([...names].sort());
    expect(page.chart).toBe(true);

    const override = page.appendix.find((r) => r[0] === 'VAETKI' && r[1] === 'AIME 2025')!;
    expect(override[2]).toBe('80');
    expect(override[4]).toContain('override');
    expect(override[4]).toContain('analyst guess');
    const observed = page.appendix.find((r) => r[0] === 'K-EXAONE' && r[1] === 'MMLU-Pro')!;
    expect(observed[3]).toBe('model maker');
    expect(observed[4]).toMatch(/^\[\d+\]/);
    expect(page.sources).toMatch(/https:\/\/\S+/);
  });

  it('shows a message for an unknown job and tells the printer to stop waiting', async () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ApiProvider api={api}>
          <ReportApp jobId="0000000000000000" />
        </ApiProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/no pending report job/);
    expect(document.documentElement).toHaveAttribute('data-report-ready', 'error');
  });
});
