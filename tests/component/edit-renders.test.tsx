import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, type ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchApi } from '../../shared/api/contract';
import { App } from '../../renderer/src/App';
import { useScenarioStore } from '../../renderer/src/state/scenario-store';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { createRealApi, renderWith, type RealApi } from './real-api';

/**
 * Issue 10 item 3, a weight edit and a cell edit at frame rate: React renders what shows something that changed (the
 * slider's row, the shares, the ranking), not the panels around it. Each panel below is wrapped in a Profiler (its
 * onRender runs whenever anything inside it renders, also from its own store subscriptions); each hook counts the
 * renders of the component calling it.
 */

const renders = vi.hoisted(() => new Map<string, number>());
const counted = vi.hoisted(() => <P extends object>(name: string, Inner: ComponentType<P>) => (props: P) => (
  <Profiler id={name} onRender={() => renders.set(name, (renders.get(name) ?? 0) + 1)}>
    <Inner {...props} />
  </Profiler>
));
const countedHook = vi.hoisted(
  () =>
    <A extends unknown[], R>(name: string, hook: (...args: A) => R) =>
    (...args: A): R => {
      renders.set(name, (renders.get(name) ?? 0) + 1);
      return hook(...args);
    },
);

vi.mock('../../renderer/src/components/Toolbar', async (original) => {
  const m = await original<typeof import('../../renderer/src/components/Toolbar')>();
  return { ...m, Toolbar: counted('Toolbar', m.Toolbar) };
});
vi.mock('../../renderer/src/components/DocumentList', async (original) => {
  const m = await original<typeof import('../../renderer/src/components/DocumentList')>();
  return { ...m, DocumentList: counted('DocumentList', m.DocumentList) };
});
vi.mock('../../renderer/src/components/DocumentTitle', async (original) => {
  const m = await original<typeof import('../../renderer/src/components/DocumentTitle')>();
  return { ...m, DocumentTitle: counted('DocumentTitle', m.DocumentTitle) };
});
vi.mock('../../renderer/src/components/StatusLine', async (original) => {
  const m = await original<typeof import('../../renderer/src/components/StatusLine')>();
  return { ...m, StatusLine: counted('StatusLine', m.StatusLine) };
});
vi.mock('../../renderer/src/views/import/ExportMenu', async (original) => {
  const m = await original<typeof import('../../renderer/src/views/import/ExportMenu')>();
  return { ...m, ExportMenu: counted('ExportMenu', m.ExportMenu) };
});
vi.mock('../../renderer/src/views/build/CriteriaPanel', async (original) => {
  const m = await original<typeof import('../../renderer/src/views/build/CriteriaPanel')>();
  return { ...m, CriteriaPanel: counted('CriteriaPanel', m.CriteriaPanel) };
});
vi.mock('../../renderer/src/views/build/ElicitationPanel', async (original) => {
  const m = await original<typeof import('../../renderer/src/views/build/ElicitationPanel')>();
  return { ...m, ElicitationPanel: counted('ElicitationPanel', m.ElicitationPanel) };
});
vi.mock('../../renderer/src/views/data/ModelsDialog', async (original) => {
  const m = await original<typeof import('../../renderer/src/views/data/ModelsDialog')>();
  return { ...m, ModelsDialog: counted('ModelsDialog', m.ModelsDialog) };
});
vi.mock('../../renderer/src/hooks/useAutosave', async (original) => {
  const m = await original<typeof import('../../renderer/src/hooks/useAutosave')>();
  return { ...m, useAutosave: countedHook('useAutosave', m.useAutosave) };
});
vi.mock('../../renderer/src/hooks/useBeforeUnload', async (original) => {
  const m = await original<typeof import('../../renderer/src/hooks/useBeforeUnload')>();
  return { ...m, useBeforeUnload: countedHook('useBeforeUnload', m.useBeforeUnload) };
});

/** What must hold still: the window's chrome and the document's background work. */
const CHROME = [
  'Toolbar',
  'DocumentList',
  'DocumentTitle',
  'StatusLine',
  'ExportMenu',
  'useAutosave',
  'useBeforeUnload',
];
/** The Weights view's panels beside the sliders, which show no weight (closed: a heading and a summary). */
const PANELS = ['CriteriaPanel', 'ElicitationPanel'];
/** The Data view's Models button (its dialog closed), which shows nothing of a cell. */
const DATA_CONTROLS = ['ModelsDialog'];

let real: RealApi;
/** The scenarios sent to the recovery copy, in order (autosave without its wait). */
let autosaved: { name: string; criteria: { benchmark: string; weight: number }[]; overrides: unknown[] }[];
const initialUi = useUiStore.getState();
const store = () => useScenarioStore.getState();

beforeEach(async () => {
  real = createRealApi();
  useUiStore.setState({ ...initialUi, appInfo: await real.api.getAppInfo({}) }, true);
  useScenarioStore.setState({ scenario: null, saved: null, path: null });
  autosaved = [];
});
afterEach(() => real.dispose());

/** The real API with each autosave's scenario recorded. */
function recording(api: WorkbenchApi): WorkbenchApi {
  return {
    ...api,
    autosave: (request) => {
      autosaved.push(request.scenario);
      return api.autosave(request);
    },
  };
}

async function renderApp(tab: 'weights' | 'data') {
  renderWith(<App autosave={{ delayMs: 0, retryMs: () => 60_000 }} />, recording(real.api));
  await waitFor(() => expect(store().scenario).not.toBeNull());
  // Both views visited (kept mounted), `tab` on screen.
  act(() => useUiStore.getState().setTab(tab === 'data' ? 'weights' : 'data'));
  act(() => useUiStore.getState().setTab(tab));
}

const counts = (names: string[]) => Object.fromEntries(names.map((n) => [n, renders.get(n) ?? 0]));
const none = (names: string[]) => Object.fromEntries(names.map((n) => [n, 0]));

describe('a weight edit', () => {
  it('renders the slider rows and the ranking, not the toolbar, document list, title, status line, panels or autosave', async () => {
    await renderApp('weights');
    const first = store().scenario!.criteria[0].benchmark;
    const name = store().scenario!.dataset.benchmarks.find((b) => b.id === first)!.name;
    const slider = screen.getByRole('slider', { name });
    act(() => slider.focus());
    // The first edit makes the document unsaved and gives undo a step: the title and the toolbar show that.
    await userEvent.keyboard('{ArrowRight}');
    const before = store().scenario!.criteria[0].weight;
    renders.clear();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowRight}');
    expect(store().scenario!.criteria[0].weight).toBe(before + 2);
    expect(counts([...CHROME, ...PANELS])).toEqual(none([...CHROME, ...PANELS]));
    // What changed is shown: the field of the weight, the unsaved marker, and the copy autosave keeps.
    expect(screen.getByRole('spinbutton', { name: `${name} weight` })).toHaveValue(before + 2);
    expect(screen.getByText('• unsaved')).toBeInTheDocument();
    await waitFor(() => expect(autosaved.at(-1)?.criteria[0].weight).toBe(before + 2));
  });

  it('after "Apply these weights", the next slider step shows the weighting as direct again', async () => {
    await renderApp('weights');
    const sc = store().scenario!;
    act(() =>
      store().applyWeighting(
        { method: 'rank', rank: { scheme: 'roc', ranks: {} } },
        sc.criteria.map(() => 1 / sc.criteria.length),
      ),
    );
    expect(screen.getByText('The weights now come from: Rank order.')).toBeInTheDocument();
    const name = sc.dataset.benchmarks.find((b) => b.id === sc.criteria[0].benchmark)!.name;
    act(() => screen.getByRole('slider', { name }).focus());
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByText('The weights now come from: Direct (sliders).')).toBeInTheDocument();
  });
});

describe('a cell edit', () => {
  it('renders none of the toolbar, export menu, document list, title, status line, panels, Models button or autosave', async () => {
    await renderApp('data');
    const sc = store().scenario!;
    const [model, benchmark] = [sc.alternatives[0], sc.criteria[0].benchmark];
    act(() => store().setOverride(model, benchmark, 11.5));
    renders.clear();
    act(() => store().setOverride(model, benchmark, 88.5));
    act(() => store().setOverride(model, benchmark, 11.5));
    const still = [...CHROME, ...PANELS, ...DATA_CONTROLS];
    expect(counts(still)).toEqual(none(still));
    await waitFor(() => expect(autosaved.at(-1)?.overrides).toEqual([{ model, benchmark, value: 11.5, note: '' }]));
    // Undo still steps back through the edits, and the document list still marks the document unsaved.
    act(() => useScenarioStore.temporal.getState().undo());
    expect(store().scenario!.overrides).toEqual([{ model, benchmark, value: 88.5, note: '' }]);
    expect(screen.getByRole('button', { name: `${sc.name} (unsaved)` })).toBeInTheDocument();
  });
});
