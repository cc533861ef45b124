import { act, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Observation } from '../../../shared/domain/dataset';
import type { Scenario } from '../../../shared/domain/scenario';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { DataView } from '../../../renderer/src/views/data/DataView';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';
import { gridCell, observationsOf, sourceOf } from './grid-helpers';

let real: RealApi;
let scenario: Scenario;

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  scenario = await resetStores(real.api);
});

const MARKS = ['is-override', 'is-missing', 'is-several', 'is-second-hand', 'is-independent'] as const;

/**
 * Whose figure one observation is, from its fields as ../shared/reference/README.md defines them: the maker's own
 * report is its own; a source of kind "independent", or a named third party as the measurer, is independent;
 * anything else (another maker's table, a relay, the analyst's entry, an unknown measurer) is second-hand.
 */
function whose(scenario: Scenario, o: Observation): 'own' | 'independent' | 'second-hand' {
  const kind = sourceOf(scenario, o.source).kind;
  const by = o.measuredBy.trim();
  if (kind === 'independent') return 'independent';
  if (by === 'model maker') return kind === 'maker-report' ? 'own' : 'second-hand';
  if (by.startsWith('maker of ') || kind === 'user' || by === '' || by.toLowerCase() === 'unknown')
    return 'second-hand';
  return 'independent';
}

/** The marks a value cell should carry, read from the dataset (a cell of one observation: its provenance too). */
function expectedMarks(scenario: Scenario, model: string, benchmark: string): Set<string> {
  const list = observationsOf(scenario, model, benchmark);
  const marks = new Set<string>();
  if (list.length > 1) marks.add('is-several');
  if (scenario.overrides.some((o) => o.model === model && o.benchmark === benchmark)) marks.add('is-override');
  else if (list.length === 0) marks.add('is-missing');
  else if (list.length === 1) {
    const provenance = whose(scenario, list[0]);
    if (provenance !== 'own') marks.add(`is-${provenance}`);
  }
  return marks;
}

const shownMarks = (cell: HTMLElement) => new Set(MARKS.filter((m) => cell.classList.contains(m)));

describe('Value cell classes', () => {
  it("give every value cell of the grid the marks its observations call for, and the number's alignment", async () => {
    // With the Sogang University CSAT-math test, measured by a third party (../shared/reference/README.md).
    scenario = {
      ...scenario,
      criteria: [...scenario.criteria, { benchmark: 'csat-math-2026-sogang', weight: 10, group: null }],
    };
    act(() => useScenarioStore.getState().replace(scenario));
    renderWith(<DataView />, real.api);
    const seen = new Set<string>();
    for (const model of scenario.alternatives)
      for (const { benchmark } of scenario.criteria) {
        const cell = await gridCell(scenario, model, benchmark);
        expect(cell).toHaveClass('num-cell');
        const expected = expectedMarks(scenario, model, benchmark);
        // Cells of several observations: the one used follows the policy, so only the "several" mark is checked.
        if (expected.has('is-several')) expect(cell).toHaveClass('is-several');
        else expect([...shownMarks(cell)].sort(), `${model} × ${benchmark}`).toEqual([...expected].sort());
        for (const m of shownMarks(cell)) seen.add(m);
      }
    // The default scenario exercises each mark of the data (not only the absence of marks).
    expect([...seen].sort()).toEqual(['is-independent', 'is-missing', 'is-second-hand', 'is-several'].sort());
  });

  it('an override takes the provenance and missing marks off its cell and keeps "several"; its revert puts them back', async () => {
    renderWith(<DataView />, real.api);
    const pick = (want: (marks: Set<string>) => boolean) =>
      scenario.alternatives
        .flatMap((model) => scenario.criteria.map(({ benchmark }) => ({ model, benchmark })))
        .find(({ model, benchmark }) => want(expectedMarks(scenario, model, benchmark)))!;
    const cases = [
      pick((m) => m.has('is-second-hand')),
      pick((m) => m.has('is-missing')),
      pick((m) => m.has('is-several')),
    ];
    for (const { model, benchmark } of cases) {
      const before = shownMarks(await gridCell(scenario, model, benchmark));
      act(() => useScenarioStore.getState().setOverride(model, benchmark, 42));
      const several = observationsOf(scenario, model, benchmark).length > 1;
      await waitFor(async () =>
        expect([...shownMarks(await gridCell(scenario, model, benchmark))].sort()).toEqual(
          several ? ['is-override', 'is-several'] : ['is-override'],
        ),
      );
      act(() => useScenarioStore.getState().revertOverride(model, benchmark));
      await waitFor(async () =>
        expect([...shownMarks(await gridCell(scenario, model, benchmark))].sort()).toEqual([...before].sort()),
      );
    }
  });
});
