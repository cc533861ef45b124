import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbenchApi } from '../../shared/api/contract';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { createI18n } from '../../renderer/src/i18n';
import { ReportApp } from '../../renderer/src/report/ReportApp';
import { createRealApi, type RealApi } from './real-api';

interface Printed {
  ranking: string;
  rankingTable: boolean;
  chart: boolean;
  weights: string[][];
}

let real: RealApi;
let api: WorkbenchApi;
let printed: Printed | null = null;

/** The printer port renders the report view of the job in jsdom once it is ready, and records what it shows. */
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
    const weights = screen.getByRole('heading', { name: 'Weights' }).parentElement!;
    printed = {
      ranking: screen.getByRole('heading', { name: 'Ranking' }).parentElement!.textContent ?? '',
      rankingTable: screen.queryByRole('table', { name: 'Ranking' }) !== null,
      chart: screen.queryByRole('img', { name: 'Composite score by model' }) !== null,
      weights: within(weights)
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent ?? ''),
        ),
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

describe('report of a scenario that cannot be ranked', () => {
  it('prints the weights as given and says why there is no ranking: no table, no chart', async () => {
    const { datasetId, scenario: base } = await api.loadBundledScenario({ id: 'default' });
    const scenario = { ...base, criteria: base.criteria.map((c) => ({ ...c, weight: 0 })) };
    await api.exportPdf({ path: join(real.workspace, 'zero'), datasetId, scenario });
    const page = printed!;
    expect(page.ranking).toBe('RankingAll criteria weigh 0: set a weight to rank');
    expect(page.rankingTable).toBe(false);
    expect(page.chart).toBe(false);
    expect(page.weights).toHaveLength(base.criteria.length);
    expect(page.weights.every(([, raw, share]) => raw === '0' && share === '—')).toBe(true);
  });
});
