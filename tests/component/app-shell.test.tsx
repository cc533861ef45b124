import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { useDocumentFile } from '../../renderer/src/files/document-file';
import { useScenarioStore } from '../../renderer/src/state/scenario-store';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { about, createRealApi, loadDefault, renderWith, type RealApi } from './real-api';

let real: RealApi;
const initialUi = useUiStore.getState();

beforeEach(async () => {
  real = createRealApi();
  useUiStore.setState({ ...initialUi, appInfo: await real.api.getAppInfo({}) }, true);
  useScenarioStore.setState({ scenario: null, saved: null, path: null });
  localStorage.clear();
});
afterEach(() => real.dispose());

const TOOLBAR_EN = ['Open', 'Save', 'Save As', 'Export PDF'];
const TOOLBAR_KO = ['열기', '저장', '다른 이름으로 저장', 'PDF 내보내기'];

describe('app shell', () => {
  it('starts on the bundled default scenario with the toolbar, the three tabs and the grid of candidates', async () => {
    renderWith(<App />, real.api);
    for (const name of TOOLBAR_EN) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Data',
      'Weights',
      'Results',
      'Frontier',
      'Rounds',
      'Claims',
      'Compare',
    ]);
    const { scenario } = await loadDefault(real.api);
    expect(await screen.findByRole('heading', { name: scenario.name })).toBeInTheDocument();
    // Every candidate's row, once the grid has drawn them (it draws the rows in view first, the buffer after).
    const names = scenario.dataset.models.filter((m) => scenario.alternatives.includes(m.id)).map((m) => m.name);
    await waitFor(() => {
      const rows = screen.getAllByRole('row');
      for (const name of names)
        expect(
          rows.some((r) => r.textContent?.startsWith(name)),
          name,
        ).toBe(true);
    });
  });

  it('switches every label to Korean with the Language control, and back', async () => {
    renderWith(<App />, real.api);
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Loaded the bundled default scenario'),
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ko');
    for (const name of TOOLBAR_KO) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('tab')
        .map((t) => t.textContent)
        .slice(0, 3),
    ).toEqual(['데이터', '가중치', '결과']);
    expect(document.documentElement.lang).toBe('ko');
    // The status line speaks the new language too (it said "Loaded the bundled default scenario").
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('준비됨'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '언어' }), 'en');
    for (const name of TOOLBAR_EN) expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });

  it('starts in Korean where the locale is Korean', async () => {
    renderWith(<App />, real.api, 'ko');
    expect(screen.getByRole('tab', { name: '가중치' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'PDF 내보내기' })).toBeInTheDocument();
  });

  it('shows the dirty marker after an edit; Open then adds a document, the edited one stays open', async () => {
    renderWith(<App />, real.api);
    await screen.findByRole('heading', { level: 1, name: /./ });
    await waitFor(() => expect(useScenarioStore.getState().scenario).not.toBeNull());
    const { criteria } = useScenarioStore.getState().scenario!;
    act(() => useScenarioStore.getState().setWeight(criteria[0].benchmark, 77));
    expect(screen.getByText('• unsaved')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('dialog', { name: 'Open scenario' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog', { name: 'Unsaved changes' })).not.toBeInTheDocument();
    expect(useScenarioStore.getState().scenario!.criteria[0].weight).toBe(77);
  });

  it('undoes and redoes with the toolbar and with Ctrl+Z / Ctrl+Shift+Z', async () => {
    renderWith(<App />, real.api);
    await waitFor(() => expect(useScenarioStore.getState().scenario).not.toBeNull());
    const { benchmark, weight } = useScenarioStore.getState().scenario!.criteria[1];
    act(() => useScenarioStore.getState().setWeight(benchmark, 63));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useScenarioStore.getState().scenario!.criteria[1].weight).toBe(weight);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(useScenarioStore.getState().scenario!.criteria[1].weight).toBe(63);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(useScenarioStore.getState().scenario!.criteria[1].weight).toBe(weight);
  });

  it('offers unsaved work of a closed page at start, restores it as unsaved as that document', async () => {
    const closed = await loadDefault(real.api);
    await real.api.autosave(about(closed, { ...closed.scenario, name: 'Kept after a crash' }));
    await real.api.releaseDocument({ document: closed.document });
    renderWith(<App />, real.api);
    const offer = await screen.findByRole('alertdialog', { name: 'Restore unsaved work?' });
    expect(offer).toHaveTextContent('Kept after a crash');
    await userEvent.click(within(offer).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('heading', { name: 'Kept after a crash' })).toBeInTheDocument();
    expect(screen.getByText('• unsaved')).toBeInTheDocument();
    // The page holds that document now: its copy stays on disk but is offered to no other page.
    expect(useDocumentFile.getState().documentId).toBe(closed.document);
    expect(readdirSync(join(real.userData, 'recovery'))).toEqual([`${closed.document}.sewb`]);
    expect((await real.api.listRecovery({})).copies).toEqual([]);
  });

  it('does not offer the copy of a page that is still open', async () => {
    const open = await loadDefault(real.api);
    await real.api.autosave(about(open, { ...open.scenario, name: 'Being edited elsewhere' }));
    renderWith(<App />, real.api);
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Loaded the bundled default scenario'),
    );
    expect(screen.queryByRole('alertdialog', { name: 'Restore unsaved work?' })).not.toBeInTheDocument();
  });

  it('keeps a recovery copy after edits and clears it after a save', async () => {
    // The autosave delay is injected: no wait on the real 1.5 s timer.
    renderWith(<App autosave={{ delayMs: 0, retryMs: () => 0 }} />, real.api);
    await waitFor(() => expect(useScenarioStore.getState().scenario).not.toBeNull());
    act(() => useScenarioStore.getState().setWeight(useScenarioStore.getState().scenario!.criteria[0].benchmark, 1));
    const me = useDocumentFile.getState().documentId!;
    // Its own copy (not offered to others while the page holds it): read as a restore would.
    const mine = () => readdirSync(join(real.userData, 'recovery')).filter((f) => f === `${me}.sewb`);
    await waitFor(() => expect(mine()).toHaveLength(1), { timeout: 5000 });

    await userEvent.click(screen.getByRole('button', { name: 'Save As' }));
    const picker = await screen.findByRole('dialog', { name: 'Save scenario as' });
    await userEvent.clear(within(picker).getByRole('textbox', { name: 'File name' }));
    await userEvent.type(within(picker).getByRole('textbox', { name: 'File name' }), 'kept');
    await userEvent.click(within(picker).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByText('• unsaved')).not.toBeInTheDocument(), { timeout: 5000 });
    await waitFor(() => expect(mine()).toEqual([]));
  });
});
