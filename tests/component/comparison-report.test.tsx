import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { createI18n } from '../../renderer/src/i18n';
import { ComparisonReportApp } from '../../renderer/src/report/ComparisonReportApp';
import { useUiStore, type PickerRequest } from '../../renderer/src/state/ui-store';
import { CompareTab } from '../../renderer/src/views/compare/CompareTab';
import type { OpenDocument } from '../../renderer/src/views/compare/CompareView';
import { handleCompareRequest } from '../../renderer/src/workers/compare-handler';
import type { CompareMessage } from '../../renderer/src/workers/compare-protocol';
import type { CompareWorker } from '../../renderer/src/workers/useComparison';
import { loadScenario } from './programme/helpers';
import { createRealApi, type RealApi } from './real-api';

let real: RealApi;
let printed: { title: string; names: string; changes: string[]; view: unknown } | null = null;

/**
 * The printer port stands in for Chromium: it renders the comparison view of the job in jsdom (as the host's page
 * with ?report=<id>&view=comparison would), waits for data-report-ready, and records what it shows.
 */
const printer = {
  async print(jobId: string, view?: string) {
    const page = render(
      <I18nextProvider i18n={createI18n('en')}>
        <ApiProvider api={real.api}>
          <ComparisonReportApp jobId={jobId} />
        </ApiProvider>
      </I18nextProvider>,
    );
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-report-ready', 'true'), {
      timeout: 60_000,
    });
    const report = page.container;
    printed = {
      title: within(report).getByRole('heading', { level: 1 }).textContent ?? '',
      names: within(report).getAllByRole('list')[0].textContent ?? '',
      changes: within(within(report).getByRole('region', { name: 'What changes' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? ''),
      view,
    };
    page.unmount();
    document.documentElement.removeAttribute('data-report-ready');
    return new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
  },
};

beforeAll(() => {
  real = createRealApi('en-US', { printer });
});
afterAll(() => real.dispose());

function inProcessWorker(): CompareWorker {
  const w: CompareWorker = {
    onmessage: null,
    postMessage: (req) =>
      setTimeout(() => handleCompareRequest(req, (m) => w.onmessage?.({ data: m } as MessageEvent<CompareMessage>))),
    terminate: () => undefined,
  };
  return w;
}

describe('comparison report', () => {
  it('Export comparison PDF prints the comparison view of both documents through the services', async () => {
    const documents: OpenDocument[] = [
      { id: 'a', name: 'Round 1 as planned', scenario: loadScenario('round1-as-planned'), active: true },
      { id: 'b', name: 'Round 1 as announced', scenario: loadScenario('round1-as-announced'), active: false },
    ];
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ApiProvider api={real.api}>
          <CompareTab documents={documents} createWorker={inProcessWorker} />
        </ApiProvider>
      </I18nextProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Export comparison PDF' }));
    // The browser host has no native dialog: the in-app picker asks for the file.
    const picker = useUiStore.getState().picker as PickerRequest;
    expect(picker).toMatchObject({
      extensions: ['.pdf'],
      save: true,
      suggestedName: 'Round 1 as planned vs Round 1 as announced',
    });
    const path = join(real.workspace, 'comparison.pdf');
    // The printer renders the report view as a page of its own would (outside this view's act scope).
    expect(await picker.run(path)).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(useUiStore.getState().status?.text).toMatch(/comparison\.pdf/);
    expect(printed).toMatchObject({ title: 'Scenario comparison', view: 'comparison' });
    expect(printed!.names).toContain('Round 1 as planned');
    expect(printed!.names).toContain('Round 1 as announced');
    expect(printed!.changes).toContain('HyperCLOVA X SEED Think 32B: advances → eliminated (gate)');
  });
});
