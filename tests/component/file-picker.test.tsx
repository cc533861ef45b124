import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { parseScenarioBytes } from '../../electron/services/scenario-file';
import { FilePickerDialog } from '../../renderer/src/components/FilePickerDialog';
import { selectDirty, useScenarioStore } from '../../renderer/src/state/scenario-store';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { createRealApi, renderWith, resetStores, type RealApi } from './real-api';

let real: RealApi;
let scenario: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

const dialog = (name: RegExp) => screen.findByRole('dialog', { name });

describe('in-app file picker', () => {
  it('Save As writes <name>.sewb into the workspace, appending the extension, and marks the document saved', async () => {
    act(() => useScenarioStore.getState().setOverride(scenario.alternatives[0], scenario.criteria[0].benchmark, 42));
    renderWith(<FilePickerDialog />, real.api);
    act(() => useUiStore.getState().openPicker('save-as'));
    const picker = await dialog(/save scenario as/i);
    const name = within(picker).getByRole('textbox', { name: 'File name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'what-if');
    await userEvent.click(within(picker).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const file = join(real.workspace, 'what-if.sewb');
    expect(existsSync(file)).toBe(true);
    const saved = parseScenarioBytes(readFileSync(file), file);
    expect(saved.overrides).toEqual([expect.objectContaining({ value: 42 })]);
    expect(useScenarioStore.getState().path).toBe(file);
    expect(selectDirty(useScenarioStore.getState())).toBe(false);
  });

  it('Open lists folders and scenario files; a folder opens, a file is chosen and opened', async () => {
    const folder = join(real.workspace, 'round-2');
    mkdirSync(folder, { recursive: true });
    const other = { ...scenario, name: 'Opened from a sub-folder' };
    writeFileSync(join(folder, 'other.sewb'), JSON.stringify(other));
    writeFileSync(join(real.workspace, 'notes.txt'), 'not a scenario');

    renderWith(<FilePickerDialog />, real.api);
    act(() => useUiStore.getState().openPicker('open'));
    const picker = await dialog(/open scenario/i);
    await userEvent.click(await within(picker).findByRole('button', { name: /round-2/ }));
    expect(within(picker).queryByRole('button', { name: /notes\.txt/ })).not.toBeInTheDocument();
    await userEvent.click(await within(picker).findByRole('button', { name: /other\.sewb/ }));
    expect(within(picker).getByRole('textbox', { name: 'File name' })).toHaveValue('other.sewb');
    await userEvent.click(within(picker).getByRole('button', { name: 'Open' }));

    await waitFor(() => expect(useScenarioStore.getState().scenario!.name).toBe('Opened from a sub-folder'));
    expect(useScenarioStore.getState().path).toBe(join(folder, 'other.sewb'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('refuses an invalid scenario file with a message naming the field, and keeps the document', async () => {
    const broken = { ...scenario, criteria: [{ benchmark: 'mmlu-pro', weight: -3 }] };
    writeFileSync(join(real.workspace, 'broken.sewb'), JSON.stringify(broken));
    const before = useScenarioStore.getState().scenario;

    renderWith(<FilePickerDialog />, real.api);
    act(() => useUiStore.getState().openPicker('open'));
    const picker = await dialog(/open scenario/i);
    await userEvent.dblClick(await within(picker).findByRole('button', { name: /broken\.sewb/ }));

    const alert = await within(picker).findByRole('alert');
    expect(alert).toHaveTextContent(/broken\.sewb/);
    expect(alert).toHaveTextContent(/criteria\.0\.weight/);
    expect(useScenarioStore.getState().scenario).toBe(before);
    expect(useUiStore.getState().status?.kind).toBe('error');
  });

  it('opens a bundled scenario from the Open dialog as an unsaved copy', async () => {
    const { scenarios } = await real.api.listBundled({});
    const other = scenarios.find((s) => s.id !== 'default')!;
    renderWith(<FilePickerDialog />, real.api);
    act(() => useUiStore.getState().openPicker('open'));
    const picker = await dialog(/open scenario/i);
    const list = await within(picker).findByRole('list', { name: 'Bundled scenarios' });
    expect(within(list).getAllByRole('button')).toHaveLength(scenarios.length);
    for (const { name } of scenarios) expect(within(list).getByRole('button', { name })).toBeInTheDocument();
    await userEvent.click(within(list).getByRole('button', { name: other.name }));
    await waitFor(() => expect(useScenarioStore.getState().scenario!.name).toBe(other.name));
    expect(useScenarioStore.getState().path).toBeNull();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('Cancel closes the picker and writes nothing', async () => {
    renderWith(<FilePickerDialog />, real.api);
    act(() => useUiStore.getState().openPicker('export-pdf'));
    const picker = await dialog(/export pdf/i);
    await userEvent.click(within(picker).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(useUiStore.getState().picker).toBeNull();
  });
});
