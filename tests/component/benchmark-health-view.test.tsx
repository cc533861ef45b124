import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { useScenarioStore } from '../../renderer/src/state/scenario-store';
import { DataView } from '../../renderer/src/views/data/DataView';
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

// The independent measurements of the CSV (README: source kind independent, or a named third party measured it).
const rows = Papa.parse<Record<string, string>>(
  readFileSync(join(__dirname, '../../data/reference/observations.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;
const independent = (b: string) =>
  rows.filter(
    (o) =>
      o.benchmark === b &&
      (o.source_kind === 'independent' ||
        (o.measured_by !== 'model maker' && !o.measured_by.startsWith('maker of ') && o.measured_by.trim() !== '')),
  ).length;

describe('benchmark health in the Data view', () => {
  it('shows each criterion’s flags, and a flag set by hand keeps its note; each edit is one undo step', async () => {
    renderWith(<DataView />, real.api);
    expect(screen.getByText(/^Header marks: ◌ self-reported only/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Data quality' }));
    const table = screen.getByRole('table', { name: 'Benchmark health' });
    const name = (id: string) => scenario.dataset.benchmarks.find((b) => b.id === id)!.name;
    const target = scenario.criteria.map((c) => c.benchmark).find((b) => independent(b) === 0)!;
    const row = within(table)
      .getByRole('rowheader', { name: name(target) })
      .closest('tr')!;
    expect(row.cells[1].textContent).toMatch(/^⚑ yes/);
    expect(row.textContent).toContain('0 independent observations');

    const select = within(row).getByRole('combobox', { name: `${name(target)} · Self-reported only` });
    act(() => fireEvent.change(select, { target: { value: 'false' } }));
    const note = within(row).getByRole('textbox', { name: `Note: ${name(target)} · Self-reported only` });
    fireEvent.change(note, { target: { value: 'replicated independently' } });
    fireEvent.blur(note);
    const overrides = useScenarioStore.getState().scenario!.benchmarkHealth!.overrides;
    expect(overrides).toEqual([
      { benchmark: target, flag: 'self-reported-only', value: false, note: 'replicated independently' },
    ]);
    const after = within(screen.getByRole('table', { name: 'Benchmark health' }))
      .getByRole('rowheader', { name: name(target) })
      .closest('tr')!;
    expect(after.cells[1].textContent).toMatch(/^no \(set by hand: replicated independently; the data say yes\)/);

    act(() => useScenarioStore.temporal.getState().undo());
    expect(useScenarioStore.getState().scenario!.benchmarkHealth!.overrides).toEqual([
      { benchmark: target, flag: 'self-reported-only', value: false, note: '' },
    ]);
  });
});
