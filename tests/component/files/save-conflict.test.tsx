import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../shared/api/errors';
import { parseScenarioBytes } from '../../../electron/services/scenario-file';
import type { WorkbenchApi } from '../../../shared/api/contract';
import type { Scenario } from '../../../shared/domain/scenario';
import { App } from '../../../renderer/src/App';
import { FilePickerDialog } from '../../../renderer/src/components/FilePickerDialog';
import { SaveConflictDialog } from '../../../renderer/src/components/SaveConflictDialog';
import { StatusLine } from '../../../renderer/src/components/StatusLine';
import { Toolbar } from '../../../renderer/src/components/Toolbar';
import { useDocumentFile } from '../../../renderer/src/files/document-file';
import { selectDirty, useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { useUiStore } from '../../../renderer/src/state/ui-store';
import { datasetIdOf } from '../../../renderer/src/files/held-datasets';
import { about, createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
let scenario: Scenario;
let file: string;

beforeEach(async () => {
  real = createRealApi();
  scenario = await resetStores(real.api);
  useDocumentFile.setState({ known: null, prompt: null, autosaveProblem: null });
  file = join(real.workspace, 'shared.sewb');
  const doc = {
    document: useDocumentFile.getState().documentId!,
    datasetId: await datasetIdOf(real.api, scenario.dataset),
  };
  await real.api.saveScenario({ path: file, ...about(doc, { ...scenario, name: 'As first saved' }), expected: null });
});
afterEach(() => real.dispose());

const nameOnDisk = () => parseScenarioBytes(readFileSync(file), file).name;

/** This page opens shared.sewb and renames it; meanwhile another page saves its own edit to the file. */
async function openEditAndLoseTheRace() {
  renderWith(
    <>
      <Toolbar />
      <FilePickerDialog />
      <SaveConflictDialog />
      <StatusLine />
    </>,
    real.api,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Open' }));
  const picker = await screen.findByRole('dialog', { name: 'Open scenario' });
  await userEvent.type(within(picker).getByRole('textbox', { name: 'File name' }), 'shared.sewb');
  await userEvent.click(within(picker).getByRole('button', { name: 'Open' }));
  await waitFor(() => expect(useScenarioStore.getState().path).toBe(file));
  act(() =>
    useScenarioStore.getState().replace({ ...useScenarioStore.getState().scenario!, name: 'Edit of this page' }),
  );

  const other = await real.api.openScenario({ path: file });
  await real.api.saveScenario({
    path: file,
    document: other!.document,
    datasetId: other!.datasetId,
    scenario: { ...other!.scenario, name: 'Edit of the other page' },
    expected: other!.fingerprint,
  });
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  return screen.findByRole('alertdialog', { name: 'The file changed on disk' });
}

describe('saving over a file that changed on disk', () => {
  it('asks instead of overwriting; Overwrite then writes this page’s edit', async () => {
    const prompt = await openEditAndLoseTheRace();
    expect(nameOnDisk()).toBe('Edit of the other page');
    expect(selectDirty(useScenarioStore.getState())).toBe(true);
    for (const name of ['Overwrite', 'Save as…', 'Reload', 'Cancel'])
      expect(within(prompt).getByRole('button', { name })).toBeInTheDocument();
    await userEvent.click(within(prompt).getByRole('button', { name: 'Overwrite' }));
    await waitFor(() => expect(nameOnDisk()).toBe('Edit of this page'));
    await waitFor(() => expect(selectDirty(useScenarioStore.getState())).toBe(false));
    // The next save knows the file it wrote: no prompt.
    act(() => useScenarioStore.getState().replace({ ...useScenarioStore.getState().scenario!, name: 'Again' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(nameOnDisk()).toBe('Again'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('Reload asks before discarding the unsaved edits, then loads the file as it is on disk', async () => {
    const prompt = await openEditAndLoseTheRace();
    await userEvent.click(within(prompt).getByRole('button', { name: 'Reload' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Discard and reload' }));
    await waitFor(() => expect(useScenarioStore.getState().scenario!.name).toBe('Edit of the other page'));
    expect(selectDirty(useScenarioStore.getState())).toBe(false);
    expect(nameOnDisk()).toBe('Edit of the other page');
  });

  it('Cancel writes nothing and keeps the edits', async () => {
    const prompt = await openEditAndLoseTheRace();
    await userEvent.click(within(prompt).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(nameOnDisk()).toBe('Edit of the other page');
    expect(useScenarioStore.getState().scenario!.name).toBe('Edit of this page');
  });
});

describe('Save As onto a file that is there', () => {
  it('asks before replacing it; Cancel keeps the file, Replace writes', async () => {
    renderWith(
      <>
        <Toolbar />
        <FilePickerDialog />
        <SaveConflictDialog />
      </>,
      real.api,
    );
    act(() => useScenarioStore.getState().replace({ ...scenario, name: 'Mine' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save As' }));
    const picker = await screen.findByRole('dialog', { name: 'Save scenario as' });
    const name = within(picker).getByRole('textbox', { name: 'File name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'shared');
    const save = async () => {
      await userEvent.click(within(picker).getByRole('button', { name: 'Save' }));
      return screen.findByRole('alertdialog', { name: 'Replace the file?' });
    };
    await userEvent.click(within(await save()).getByRole('button', { name: 'Cancel' }));
    expect(nameOnDisk()).toBe('As first saved');
    // The picker stays open with the reason, for another name or a second try.
    expect(within(picker).getByRole('alert')).toHaveTextContent('shared.sewb already exists');
    await userEvent.click(within(await save()).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(nameOnDisk()).toBe('Mine'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(useScenarioStore.getState().path).toBe(file);
  });
});

describe('autosave failures in the status line', () => {
  it.each([
    ['disk-full', 'Autosave failed: the disk is full. Retrying in 60 s.'],
    ['read-only', 'Autosave failed: the recovery folder is read-only. Retrying in 60 s.'],
  ])('%s is named and retried', async (code, text) => {
    let tries = 0;
    const failing: WorkbenchApi = {
      ...real.api,
      autosave: async () => {
        tries += 1;
        throw new WorkbenchError(code as 'disk-full', 'recovery/x.json: simulated');
      },
    };
    useScenarioStore.setState({ scenario: null, saved: null, path: null });
    renderWith(<App autosave={{ delayMs: 0, retryMs: () => 60_000 }} />, failing);
    await waitFor(() => expect(useScenarioStore.getState().scenario).not.toBeNull());
    act(() => useScenarioStore.getState().setWeight(useScenarioStore.getState().scenario!.criteria[0].benchmark, 9));
    expect(await screen.findByText(text)).toHaveAttribute('role', 'alert');
    expect(tries).toBe(1);
    expect(useUiStore.getState().status?.kind).not.toBe('error');
  });
});
