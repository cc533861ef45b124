import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { sameShownCell } from '../../../renderer/src/views/data/same-cell';
import { OverrideCell, valueText, type OverrideCellParams } from '../../../renderer/src/views/data/value-cell';

/** What AG Grid hands the overridden cell's renderer for a value. */
const params = (value: number | null) =>
  ({ value, data: undefined, overrideLabel: 'override' }) as unknown as OverrideCellParams;

describe('the value cells', () => {
  it('a cell without a renderer shows the number as pasted back, "—" where missing', () => {
    expect([valueText(72.25), valueText(0.1 + 0.2), valueText(-3), valueText(null), valueText(undefined)]).toEqual([
      '72.25',
      '0.3',
      '-3',
      '—',
      '—',
    ]);
  });

  it('an overridden cell’s refresh updates its number in place and keeps its ✎ mark with the words for screen readers', () => {
    const cell = new OverrideCell();
    cell.init(params(11.5));
    const gui = cell.getGui();
    const text = gui.firstChild;
    expect(gui.textContent).toBe('11.5✎ (override)');
    expect(gui.querySelector('.override-marker [aria-hidden="true"]')?.textContent).toBe('✎');

    const marker = gui.querySelector('.override-marker');
    expect(cell.refresh(params(88.5))).toBe(true);
    expect(gui.textContent).toBe('88.5✎ (override)');
    expect(gui.firstChild).toBe(text);
    expect(gui.querySelector('.override-marker')).toBe(marker);
  });

  it('a refresh that shows the same changes no node', () => {
    const cell = new OverrideCell();
    cell.init(params(11.5));
    const gui = cell.getGui();
    document.body.append(gui);
    const observer = new MutationObserver(() => {});
    observer.observe(gui, { subtree: true, childList: true, characterData: true, attributes: true });
    cell.refresh(params(11.5));
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
    gui.remove();
  });
});

const root = join(import.meta.dirname, '../../..');
const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));

describe('the side panel’s cell comparison', () => {
  it('after an override, every cell but the edited one reads as showing the same', () => {
    const [model] = scenario.alternatives;
    const edited = scenario.criteria[0].benchmark;
    const before = evaluateScenario(scenario);
    const after = evaluateScenario({ ...scenario, overrides: [{ model, benchmark: edited, value: 12.5, note: '' }] });
    const differing: string[] = [];
    before.alternatives.forEach((a, r) => {
      for (const { benchmark } of scenario.criteria) {
        const [x, y] = [a.cell(benchmark), after.alternatives[r].cell(benchmark)];
        expect(x).not.toBe(y);
        if (!sameShownCell(x, y)) differing.push(`${a.model} × ${benchmark}`);
      }
    });
    expect(differing).toEqual([`${model} × ${edited}`]);
  });
});
