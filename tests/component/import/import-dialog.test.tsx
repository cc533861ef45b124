import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { FilePickerDialog } from '../../../renderer/src/components/FilePickerDialog';
import { Toolbar } from '../../../renderer/src/components/Toolbar';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { useUiStore } from '../../../renderer/src/state/ui-store';
import { ImportDialog } from '../../../renderer/src/views/import/ImportDialog';
import { useImportStore } from '../../../renderer/src/views/import/import-store';
import { MAPPINGS_STORAGE_KEY } from '../../../renderer/src/views/import/mapping-memory';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
let scenario: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
  useImportStore.setState({ request: null });
  localStorage.clear();
});

/** Two cells the default scenario lacks (VAETKI × AIME 2025, HyperCLOVA X SEED × MMLU-Pro), one of them bad. */
const CSV = [
  'model,benchmark,value',
  'VAETKI,AIME 2025,71.2',
  'HyperCLOVA X SEED Think 32B,MMLU-Pro,seventy',
  'VAETKI,LiveCodeBench,55.5',
].join('\n');

const observationsOf = (s: Scenario, model: string, benchmark: string) =>
  s.dataset.observations.filter((o) => o.model === model && o.benchmark === benchmark);

async function openImport(file: string, api = real.api) {
  renderWith(<ImportDialog />, api);
  act(() => useImportStore.getState().start(join(real.workspace, file)));
  const dialog = await screen.findByRole('dialog', { name: 'Import data' });
  await within(dialog).findByRole('table', { name: /accepted rows/i });
  return dialog;
}

describe('Import dialog', () => {
  it('shows the bad row with its row and column; a fix checked again enables Import, which is one undo step', async () => {
    writeFileSync(join(real.workspace, 'scores.csv'), CSV);
    const dialog = await openImport('scores.csv');
    expect(within(dialog).getByText('CSV')).toBeInTheDocument();

    const problems = within(dialog).getByRole('table', { name: 'Problems' });
    const [header, row] = within(problems).getAllByRole('row');
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['File', 'Row', 'Column', 'Kind', 'Message', 'Fix']);
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual(['scores.csv', '3', 'value', 'not a number']);
    expect(cells[4]).toMatch(/seventy/);
    const counts = within(dialog).getByRole('group', { name: 'Counts' });
    expect(counts).toHaveTextContent(/Observations\s*2/);
    expect(counts).toHaveTextContent(/Problems\s*1/);
    const importButton = () => within(dialog).getByRole('button', { name: 'Import' });
    expect(importButton()).toBeDisabled();

    const fix = within(dialog).getByRole('textbox', { name: 'Fix row 3, column value' });
    expect(fix).toHaveValue('seventy');
    await userEvent.clear(fix);
    await userEvent.type(fix, '70.4');
    expect(importButton()).toBeDisabled(); // not checked yet
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(within(dialog).queryByRole('table', { name: 'Problems' })).not.toBeInTheDocument());
    const accepted = within(dialog).getByRole('table', { name: /accepted rows/i });
    expect(within(accepted).getAllByRole('row')).toHaveLength(4);
    expect(accepted).toHaveTextContent(/HyperCLOVA X SEED Think 32B.*MMLU-Pro.*70\.4/);
    expect(importButton()).toBeEnabled();

    const before = useScenarioStore.getState().scenario!;
    await userEvent.click(importButton());
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const after = useScenarioStore.getState().scenario!;
    expect(observationsOf(after, 'hcx-seed-think-32b', 'mmlu-pro').map((o) => o.value)).toEqual([70.4]);
    expect(observationsOf(after, 'vaetki-112b-a10b', 'aime-2025').map((o) => o.value)).toEqual([71.2]);
    expect(after.dataset.observations).toHaveLength(before.dataset.observations.length + 3);
    expect(useUiStore.getState().status?.text).toBe('Imported 3 observations from scores.csv');

    act(() => useScenarioStore.temporal.getState().undo());
    expect(useScenarioStore.getState().scenario).toBe(before);
  });

  it('skipping the bad row leaves it out; the mapping is remembered for the next file with these headers', async () => {
    writeFileSync(join(real.workspace, 'first.csv'), CSV.replace('VAETKI,LiveCodeBench', 'VTK,LiveCodeBench'));
    const dialog = await openImport('first.csv');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Skip row 3' }));
    const models = within(dialog).getByRole('group', { name: 'Model names not recognised' });
    await userEvent.selectOptions(within(models).getByRole('combobox', { name: 'VTK' }), 'VAETKI');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Check again' })).toBeEnabled());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Import' })).toBeEnabled());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const imported = useScenarioStore.getState().scenario!;
    expect(observationsOf(imported, 'hcx-seed-think-32b', 'mmlu-pro')).toEqual([]);
    expect(observationsOf(imported, 'vaetki-112b-a10b', 'livecodebench').map((o) => o.value)).toEqual([55.5]);
    expect(JSON.parse(localStorage.getItem(MAPPINGS_STORAGE_KEY)!)).toEqual({
      ['model\u001fbenchmark\u001fvalue']: expect.objectContaining({ models: { VTK: 'vaetki-112b-a10b' } }),
    });

    writeFileSync(join(real.workspace, 'second.csv'), ['model,benchmark,value', 'VTK,AA-LCR,30'].join('\n'));
    act(() => useImportStore.getState().start(join(real.workspace, 'second.csv')));
    const again = await screen.findByRole('dialog', { name: 'Import data' });
    await within(again).findByText(/applied the mapping you used last time/i);
    const preview = await within(again).findByRole('table', { name: /accepted rows/i });
    expect(preview).toHaveTextContent(/VAETKI.*30/);
    await waitFor(() => expect(within(again).getByRole('button', { name: 'Import' })).toBeEnabled());
  });

  it('a commit that fails (the file changed since the preview) keeps the dialog and the scenario as they were', async () => {
    const file = join(real.workspace, 'changing.csv');
    writeFileSync(file, ['model,benchmark,value', 'VAETKI,AIME 2025,71.2'].join('\n'));
    const dialog = await openImport('changing.csv');
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeEnabled();
    writeFileSync(file, ['model,benchmark,value', 'VAETKI,AIME 2025,171.2'].join('\n'));
    const before = useScenarioStore.getState().scenario;

    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    const problems = await within(dialog).findByRole('table', { name: 'Problems' });
    expect(problems).toHaveTextContent(/outside the scale/);
    expect(within(problems).getByRole('textbox', { name: 'Fix row 2, column value' })).toHaveValue('171.2');
    expect(screen.getByRole('dialog', { name: 'Import data' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(useScenarioStore.getState().scenario).toBe(before);
    expect(useScenarioStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('while a request runs a progress bar shows, and its Cancel abandons the result: nothing is imported', async () => {
    writeFileSync(join(real.workspace, 'good.csv'), ['model,benchmark,value', 'VAETKI,AIME 2025,71.2'].join('\n'));
    const commits: Promise<unknown>[] = [];
    const api = {
      ...real.api,
      commitImport: (request: Parameters<typeof real.api.commitImport>[0]) => {
        const answer = real.api.commitImport(request);
        commits.push(answer.catch(() => undefined));
        return answer;
      },
    };
    const dialog = await openImport('good.csv', api);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(dialog).getByRole('progressbar', { name: 'Importing…' })).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(within(dialog).queryByRole('progressbar')).not.toBeInTheDocument();
    // The abandoned commit answers; its answer is dropped.
    expect(commits).toHaveLength(1);
    await act(() => Promise.all(commits));
    expect(useScenarioStore.getState().scenario).toBe(scenario);
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeEnabled();

    act(() => useImportStore.getState().close());
    act(() => useImportStore.getState().start(join(real.workspace, 'good.csv')));
    // Right after the start, before the service can answer (no await in between: the answer could win).
    const reading = screen.getByRole('dialog', { name: 'Import data' });
    expect(within(reading).getByRole('progressbar', { name: 'Reading the file…' })).toBeInTheDocument();
    fireEvent.click(within(reading).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('a workbook with several sheets offers them; another sheet is read and imported', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRows([
      ['model', 'AIME 2025'],
      ['VAETKI', 11],
    ]);
    wb.addWorksheet('Scores').addRows([
      ['model', 'AIME 2025'],
      ['VAETKI', 71.2],
    ]);
    writeFileSync(join(real.workspace, 'book.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const dialog = await openImport('book.xlsx');
    const accepted = () => within(dialog).getByRole('table', { name: /accepted rows/i });
    const sheet = within(dialog).getByRole('combobox', { name: 'Worksheet' });
    expect(sheet).toHaveValue('Notes');
    expect(accepted()).toHaveTextContent(/VAETKI.*AIME 2025.*11/);
    fireEvent.change(sheet, { target: { value: 'Scores' } });
    await waitFor(() => expect(accepted()).toHaveTextContent(/VAETKI.*AIME 2025.*71\.2/));
    expect(within(dialog).getByRole('combobox', { name: 'Worksheet' })).toHaveValue('Scores');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const imported = observationsOf(useScenarioStore.getState().scenario!, 'vaetki-112b-a10b', 'aime-2025');
    expect(imported.map((o) => o.value)).toEqual([71.2]);
  });

  it('an lm-evaluation-harness task with several metrics lets the user pick the one read', async () => {
    const results = {
      results: { haerae: { alias: 'haerae', 'acc,none': 0.58, 'acc_norm,none': 0.612 } },
      model_name: 'VAETKI',
    };
    writeFileSync(join(real.workspace, 'results.json'), JSON.stringify(results));
    const dialog = await openImport('results.json');
    const accepted = () => within(dialog).getByRole('table', { name: /accepted rows/i });
    const metric = within(within(dialog).getByRole('group', { name: 'Metric of each task' })).getByRole('combobox', {
      name: 'haerae',
    });
    expect(metric).toHaveValue('acc,none');
    expect(accepted()).toHaveTextContent(/VAETKI.*58/);
    fireEvent.change(metric, { target: { value: 'acc_norm,none' } });
    await waitFor(() => expect(accepted()).toHaveTextContent(/VAETKI.*61\.2/));
  });

  it('an lm-eval stderr no % scale allows (1e308, Infinity once × 100) is listed with its task row; Import stays off', async () => {
    const results = {
      results: {
        haerae: { alias: 'haerae', 'acc,none': 0.58, 'acc_stderr,none': 0.01 },
        mmlu_pro: { alias: 'mmlu_pro', 'acc,none': 0.6, 'acc_stderr,none': 1e308 },
      },
      model_name: 'VAETKI',
    };
    writeFileSync(join(real.workspace, 'results_bad.json'), JSON.stringify(results));
    const dialog = await openImport('results_bad.json');
    const problems = within(dialog).getByRole('table', { name: 'Problems' });
    const rows = within(problems).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const cells = within(rows[0])
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual(['results_bad.json', '2', 'results.mmlu_pro.acc_stderr,none', 'invalid value']);
    expect(cells[4]).toMatch(/standard error/);
    expect(within(dialog).getByRole('group', { name: 'Counts' })).toHaveTextContent(/Problems\s*1/);
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('speaks Korean: title, problem kind, fix field and buttons', async () => {
    writeFileSync(join(real.workspace, 'scores.csv'), CSV);
    renderWith(<ImportDialog />, real.api, 'ko');
    act(() => useImportStore.getState().start(join(real.workspace, 'scores.csv')));
    const dialog = await screen.findByRole('dialog', { name: '데이터 가져오기' });
    const problems = await within(dialog).findByRole('table', { name: '문제' });
    expect(problems).toHaveTextContent('숫자가 아님');
    expect(within(problems).getByRole('textbox', { name: '3행 value 열 수정' })).toHaveValue('seventy');
    expect(within(problems).getByRole('button', { name: '3행 건너뛰기' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '가져오기' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: '다시 검사' })).toBeEnabled();
  });

  it('Cancel closes without a change, and a file outside the workspace is refused in the dialog', async () => {
    writeFileSync(join(real.workspace, 'scores.csv'), CSV);
    const dialog = await openImport('scores.csv');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useScenarioStore.getState().scenario).toBe(scenario);

    act(() => useImportStore.getState().start('/etc/passwd.csv'));
    const refused = await screen.findByRole('dialog', { name: 'Import data' });
    expect(await within(refused).findByRole('alert')).toHaveTextContent(/outside the folders this host may read/);
    expect(useScenarioStore.getState().scenario).toBe(scenario);
  });
});

describe('Toolbar Import and Export data on the browser host', () => {
  it('Import opens the in-app picker listing data files, then the Import dialog for the chosen file', async () => {
    writeFileSync(join(real.workspace, 'scores.csv'), CSV);
    writeFileSync(join(real.workspace, 'notes.sewb'), '{}');
    renderWith(
      <>
        <Toolbar />
        <FilePickerDialog />
        <ImportDialog />
      </>,
      real.api,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    const picker = await screen.findByRole('dialog', { name: 'Choose a file to import' });
    await userEvent.click(await within(picker).findByRole('button', { name: /scores\.csv/ }));
    expect(within(picker).queryByRole('button', { name: /notes\.sewb/ })).not.toBeInTheDocument();
    await userEvent.click(within(picker).getByRole('button', { name: 'Choose' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import data' });
    expect(await within(dialog).findByRole('table', { name: 'Problems' })).toHaveTextContent('seventy');
  });

  it('Export data → Dataset as CSV writes every observation of the scenario into the workspace', async () => {
    renderWith(
      <>
        <Toolbar />
        <FilePickerDialog />
      </>,
      real.api,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export data' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Dataset as CSV' }));
    const picker = await screen.findByRole('dialog', { name: 'Export the dataset as CSV' });
    const name = within(picker).getByRole('textbox', { name: 'File name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'all-values');
    await userEvent.click(within(picker).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const file = join(real.workspace, 'all-values.csv');
    expect(existsSync(file)).toBe(true);
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    expect([...readFileSync(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Korean Excel
    expect(lines[0]).toMatch(/^\W?observation_id,model,/);
    expect(lines).toHaveLength(1 + scenario.dataset.observations.length);
    expect(useUiStore.getState().status?.text).toMatch(/^Exported .*all-values\.csv/);
  });
});
