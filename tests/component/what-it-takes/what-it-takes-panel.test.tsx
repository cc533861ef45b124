import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { whatItTakes } from '../../../shared/evaluation/what-it-takes';
import { evaluate } from '../../../renderer/src/state/evaluation';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { WhatItTakesPanel } from '../../../renderer/src/views/what-it-takes/WhatItTakesPanel';
import en from '../../../renderer/src/i18n/whatif.en.json';
import ko from '../../../renderer/src/i18n/whatif.ko.json';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

const announced = ScenarioSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/scenarios/round1-as-announced.sewb'), 'utf8')),
);
const VAETKI = 'vaetki-112b-a10b';

/** The panel over the store's scenario, as the Results view shows it. */
function Live() {
  const scenario = useScenarioStore((s) => s.scenario);
  const result = scenario && evaluate(scenario);
  return scenario && result?.ok ? <WhatItTakesPanel scenario={scenario} evaluation={result.evaluation} /> : null;
}

let real: RealApi;
beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  await resetStores(real.api);
  useScenarioStore.getState().load(announced, null);
});

const status = () => screen.getByRole('status');
const entryOf = (s: Scenario, component: string) =>
  s.programme!.rounds[0].entries.find((e) => e.model === VAETKI && e.component === component)!;

describe('What it takes panel', () => {
  it('VAETKI to stay above the round-1 cut: its points on the expert panel, applied in one undo step, advance it', async () => {
    const user = userEvent.setup();
    renderWith(<Live />, real.api);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'VAETKI');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Goal' }), "Stay above a round's cut line");
    expect(status()).toHaveTextContent('The goal does not hold now: VAETKI advances in 1차 평가 (as announced)');

    // Upstage's total (8.1 + 12.3 + 10 + 27.8 + 19.7 = 77.9, range midpoints) − VAETKI's (27.4 + 27.8 + 19.7 = 74.9)
    // is 3.0; a tie at the line advances, so the expert panel's 27.8 must become 30.8.
    const table = screen.getByRole('table', { name: /^Points in / });
    const row = within(table).getByRole('row', { name: /전문가 평가/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['27.8 / 35', '30.8', '+3', 'exact', 'Apply as what-if']);
    const before = useScenarioStore.getState().scenario!;
    await user.click(within(row).getByRole('button', { name: 'Apply 전문가 평가 (expert panel) = 30.8 as what-if' }));

    const after = useScenarioStore.getState().scenario!;
    const entry = entryOf(after, 'expert');
    expect(entry.kind).toBe('exact');
    expect(entry.kind === 'exact' && entry.points).toBeCloseTo(30.8, 9);
    expect(status()).toHaveTextContent('The goal holds now: VAETKI advances in 1차 평가 (as announced).');

    useScenarioStore.temporal.getState().undo();
    expect(useScenarioStore.getState().scenario).toBe(before);
    expect(entryOf(before, 'expert').kind).toBe('range');
    expect(await screen.findByText(/^The goal does not hold now/)).toBeInTheDocument();
  });

  it('a benchmark goal: the value applied as a what-if override reaches the goal, one undo step', async () => {
    // One criterion weighted 20 times the others, the first where one cell can close VAETKI's gap to the model
    // ranked ahead (with the shipped weights no single cell can: one cell moves a composite by at most its weight).
    const variants = announced.criteria.map((h) => ({
      ...announced,
      criteria: announced.criteria.map((c) => ({ ...c, weight: c.benchmark === h.benchmark ? 100 : 5 })),
    }));
    const aheadOf = (sc: Scenario) => {
      const e = evaluate(sc);
      if (!e.ok) throw new Error(e.message);
      const me = e.evaluation.alternatives.find((a) => a.model === VAETKI)!;
      return e.evaluation.alternatives.find((a) => a.rank === me.rank - 1)!.model;
    };
    const variant = variants.find((v) =>
      whatItTakes(v, VAETKI, { kind: 'overtake', model: aheadOf(v) }).benchmarks.some((b) => b.state === 'reachable'),
    )!;
    useScenarioStore.getState().load(variant, null);
    const user = userEvent.setup();
    renderWith(<Live />, real.api);
    const evaluation = evaluate(variant);
    if (!evaluation.ok) throw new Error(evaluation.message);
    const vaetki = evaluation.evaluation.alternatives.find((a) => a.model === VAETKI)!;
    const ahead = evaluation.evaluation.alternatives.find((a) => a.rank === vaetki.rank - 1)!;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'VAETKI');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Goal' }), 'Overtake a model');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model to overtake' }), ahead.name);
    const table = screen.getByRole('table', { name: 'Benchmark values' });
    const button = within(table).getAllByRole('button', { name: /^Apply .* as what-if$/ })[0];
    const before = useScenarioStore.getState().scenario!;
    await user.click(button);
    const after = useScenarioStore.getState().scenario!;
    expect(after.overrides).toHaveLength(before.overrides.length + 1);
    const override = after.overrides.find((o) => o.model === VAETKI)!;
    expect(override.note).toMatch(/^what it takes: /);
    // As the Results table ranks it: VAETKI now ahead of the model it was behind.
    const next = evaluate(after);
    if (!next.ok) throw new Error(next.message);
    const rank = (m: string) => next.evaluation.alternatives.find((a) => a.model === m)!.rank;
    expect(rank(VAETKI)).toBeLessThan(rank(ahead.model));
    expect(status()).toHaveTextContent(/^The goal holds now/);
    useScenarioStore.temporal.getState().undo();
    expect(useScenarioStore.getState().scenario).toBe(before);
  });

  it('speaks Korean: labels and the goal line', async () => {
    const user = userEvent.setup();
    renderWith(<Live />, real.api, 'ko');
    await user.selectOptions(screen.getByRole('combobox', { name: '모델' }), 'VAETKI');
    await user.selectOptions(screen.getByRole('combobox', { name: '목표' }), '차수 컷 라인 위에 남기');
    expect(status()).toHaveTextContent('지금은 목표를 이루지 못합니다: VAETKI: 1차 평가 (as announced) 통과?');
  });

  it('has every English string in Korean', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(ko).sort()).toEqual(keys(en).sort());
  });
});
