import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShellCommand } from '../../shared/api/shell-commands';
import { App } from '../../renderer/src/App';
import { useOpenDocuments, useOpenDocumentsStore } from '../../renderer/src/state/open-documents';
import { useScenarioStore } from '../../renderer/src/state/scenario-store';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { createRealApi, renderWith, type RealApi } from './real-api';

const DEFAULT = '독자 AI 파운데이션 모델 1차 — 기본 시나리오 (Round 1 default)';
const PLANNED = '1차 평가 — 계획대로 (Round 1 as planned: eliminate one of five)';

let real: RealApi;
const initialUi = useUiStore.getState();
/** What useOpenDocuments gave at the last render of the probe. */
let seen: ReturnType<typeof useOpenDocuments> = [];

function Probe() {
  seen = useOpenDocuments();
  return null;
}

beforeEach(async () => {
  real = createRealApi();
  useUiStore.setState({ ...initialUi, appInfo: await real.api.getAppInfo({}) }, true);
  useScenarioStore.setState({ scenario: null, saved: null, path: null });
  useOpenDocumentsStore.setState({ documents: [], active: null });
  seen = [];
});
afterEach(() => real.dispose());

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const list = () => screen.getByRole('navigation', { name: 'Open documents' });
const entries = () =>
  within(list())
    .getAllByRole('button')
    .filter((b) => b.classList.contains('document-entry'))
    .map((b) => [b.getAttribute('aria-label'), b.getAttribute('aria-current') === 'page']);

async function startWithTwo() {
  renderWith(
    <>
      <App />
      <Probe />
    </>,
    real.api,
  );
  await screen.findByRole('heading', { name: DEFAULT });
  await userEvent.click(screen.getByRole('button', { name: 'Open' }));
  const picker = await screen.findByRole('dialog', { name: 'Open scenario' });
  await userEvent.click(await within(picker).findByRole('button', { name: PLANNED }));
  await screen.findByRole('heading', { name: PLANNED });
}

describe('several documents in one window', () => {
  it('Open adds a document; the list switches between them; each keeps its own edits and undo history', async () => {
    await startWithTwo();
    expect(entries()).toEqual([
      [DEFAULT, false],
      [PLANNED, true],
    ]);
    const plannedWeight = useScenarioStore.getState().scenario!.criteria[0].weight;

    await userEvent.click(within(list()).getByRole('button', { name: DEFAULT }));
    expect(await screen.findByRole('heading', { name: DEFAULT })).toBeInTheDocument();
    const { benchmark, weight } = useScenarioStore.getState().scenario!.criteria[0];
    act(() => useScenarioStore.getState().setWeight(benchmark, weight + 11));
    expect(entries()).toEqual([
      [`${DEFAULT} (unsaved)`, true],
      [PLANNED, false],
    ]);
    // The other document is as it was opened.
    const planned = seen.find((d) => d.name === PLANNED)!;
    expect(planned.active).toBe(false);
    expect(planned.scenario.criteria[0].weight).toBe(plannedWeight);
    expect(Object.keys(planned).sort()).toEqual(['active', 'id', 'name', 'scenario']);
    expect(planned.scenario.dataset.models.length).toBeGreaterThan(0);

    // Alt+PageDown shows the next one: nothing to undo there; back again, the edit is undone there only.
    await userEvent.keyboard('{Alt>}{PageDown}{/Alt}');
    expect(await screen.findByRole('heading', { name: PLANNED })).toBeInTheDocument();
    expect(useScenarioStore.temporal.getState().pastStates).toHaveLength(0);
    await userEvent.keyboard('{Alt>}{PageUp}{/Alt}');
    expect(await screen.findByRole('heading', { name: DEFAULT })).toBeInTheDocument();
    expect(useScenarioStore.getState().scenario!.criteria[0].weight).toBe(weight + 11);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useScenarioStore.getState().scenario!.criteria[0].weight).toBe(weight);
    expect(entries()).toEqual([
      [DEFAULT, true],
      [PLANNED, false],
    ]);
  });

  it('closing a document with unsaved changes asks first; Discard closes it', async () => {
    await startWithTwo();
    const { benchmark } = useScenarioStore.getState().scenario!.criteria[0];
    act(() => useScenarioStore.getState().setWeight(benchmark, 3));
    await userEvent.click(within(list()).getByRole('button', { name: `Close ${PLANNED}` }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Unsaved changes' });
    await userEvent.click(within(prompt).getByRole('button', { name: 'Cancel' }));
    expect(entries()).toHaveLength(2);
    await userEvent.click(within(list()).getByRole('button', { name: `Close ${PLANNED}` }));
    await userEvent.click(
      within(await screen.findByRole('alertdialog', { name: 'Unsaved changes' })).getByRole('button', {
        name: 'Discard',
      }),
    );
    await waitFor(() => expect(entries()).toEqual([[DEFAULT, true]]));
    expect(screen.getByRole('heading', { name: DEFAULT })).toBeInTheDocument();
    // The last document cannot be closed.
    expect(within(list()).queryByRole('button', { name: /^Close / })).not.toBeInTheDocument();
  });
});

describe('closing the window', () => {
  /** A stand-in for the Electron shell's close handshake (the page's side of it is what is tested here). */
  function fakeShell() {
    let emit: (command: ShellCommand) => void = () => {};
    const shell = {
      onCommand: (callback: (command: ShellCommand) => void) => {
        emit = callback;
        return () => {};
      },
      confirmClose: vi.fn(),
    };
    window.workbenchShell = shell;
    return { shell, requestClose: () => act(() => emit({ type: 'close-requested' })) };
  }
  afterEach(() => delete window.workbenchShell);

  const prompt = () => screen.findByRole('alertdialog', { name: 'Unsaved changes' });
  const answer = async (name: 'Cancel' | 'Discard') =>
    userEvent.click(within(await prompt()).getByRole('button', { name }));

  /** Two documents, both with unsaved weights. */
  async function twoUnsaved() {
    await startWithTwo();
    const { benchmark } = useScenarioStore.getState().scenario!.criteria[0];
    act(() => useScenarioStore.getState().setWeight(benchmark, 3));
    await userEvent.click(within(list()).getByRole('button', { name: DEFAULT }));
    await screen.findByRole('heading', { name: DEFAULT });
    act(() => useScenarioStore.getState().setWeight(benchmark, 4));
  }

  it('asks about every unsaved document in turn, showing each, before the window closes', async () => {
    const { shell, requestClose } = fakeShell();
    await twoUnsaved();
    requestClose();
    expect(within(await prompt()).getByText(new RegExp(escape(DEFAULT)))).toBeInTheDocument();
    await answer('Discard');
    expect(shell.confirmClose).not.toHaveBeenCalled();
    // The next one is shown under its prompt (the page behind a modal dialog is hidden from the accessibility tree).
    await waitFor(() =>
      expect(within(screen.getByRole('alertdialog')).getByText(new RegExp(escape(PLANNED)))).toBeInTheDocument(),
    );
    expect(screen.getByRole('heading', { name: PLANNED, hidden: true })).toBeInTheDocument();
    await answer('Discard');
    await waitFor(() => expect(shell.confirmClose).toHaveBeenCalledTimes(1));
  });

  it('Cancel on the second unsaved document keeps the window open', async () => {
    const { shell, requestClose } = fakeShell();
    await twoUnsaved();
    requestClose();
    await answer('Discard');
    await waitFor(() =>
      expect(within(screen.getByRole('alertdialog')).getByText(new RegExp(escape(PLANNED)))).toBeInTheDocument(),
    );
    await answer('Cancel');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(shell.confirmClose).not.toHaveBeenCalled();
    expect(entries()).toEqual([
      [`${DEFAULT} (unsaved)`, false],
      [`${PLANNED} (unsaved)`, true],
    ]);
  });
});

describe('scenario lifecycle', () => {
  it('Duplicate as variant opens an unsaved copy without a file, named “… (variant)”', async () => {
    await startWithTwo();
    const original = useScenarioStore.getState().scenario!;
    await userEvent.click(within(list()).getByRole('button', { name: 'Duplicate as variant' }));
    const variant = `${PLANNED} (variant)`;
    expect(await screen.findByRole('heading', { name: variant })).toBeInTheDocument();
    expect(entries()).toEqual([
      [DEFAULT, false],
      [PLANNED, false],
      [`${variant} (unsaved)`, true],
    ]);
    const state = useScenarioStore.getState();
    expect(state.path).toBeNull();
    expect(state.scenario!.criteria).toEqual(original.criteria);
    expect(state.scenario!.dataset).toBe(original.dataset);
    expect(document.title).toBe(`• ${variant} — Sovereign Eval Workbench`);
  });

  it('Rename changes the heading and the window title in one undo step; an empty name is refused', async () => {
    renderWith(<App />, real.api);
    await screen.findByRole('heading', { name: DEFAULT });
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const field = screen.getByRole('textbox', { name: 'Scenario name' });
    await userEvent.clear(field);
    expect(screen.getByRole('alert')).toHaveTextContent('A scenario needs a name');
    expect(screen.getByRole('button', { name: 'Rename' })).toBeDisabled();
    await userEvent.type(field, '  Round 1, my reading  {Enter}');
    expect(await screen.findByRole('heading', { name: 'Round 1, my reading' })).toBeInTheDocument();
    expect(document.title).toBe('• Round 1, my reading — Sovereign Eval Workbench');
    expect(within(list()).getByRole('button', { name: 'Round 1, my reading (unsaved)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: DEFAULT })).toBeInTheDocument();
    expect(useScenarioStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('Details sets the author and notes (one undo step when the dialog closes)', async () => {
    renderWith(<App />, real.api);
    await screen.findByRole('heading', { name: DEFAULT });
    await userEvent.click(screen.getByRole('button', { name: 'Details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Scenario details' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Author' }), 'Kim Analyst');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Notes' }), 'Weights as the panel announced.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(useScenarioStore.getState().scenario).toMatchObject({
      author: 'Kim Analyst',
      notes: expect.stringContaining('Weights as the panel announced.'),
    });
    expect(useScenarioStore.temporal.getState().pastStates).toHaveLength(1);
  });
});
