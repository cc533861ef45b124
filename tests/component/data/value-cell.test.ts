import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { sameShownCell } from '../../../renderer/src/views/data/same-cell';
import { ValueCell, type ValueCellParams } from '../../../renderer/src/views/data/value-cell';

/** What AG Grid hands the renderer for a value, with the column's override test answering `override`. */
const params = (value: number | null, override: boolean) =>
  ({ value, data: undefined, overrideLabel: 'override', isOverride: () => override }) as unknown as ValueCellParams;

describe('the value cell renderer', () => {
  it('a refresh updates its number and ✎ mark in place: the same text node, the mark added and removed', () => {
    const cell = new ValueCell();
    cell.init(params(72.25, false));
    const gui = cell.getGui();
    const text = gui.firstChild;
    expect(gui.textContent).toBe('72.25');

    expect(cell.refresh(params(11.5, true))).toBe(true);
    expect(gui.textContent).toBe('11.5✎ (override)');
    expect(gui.firstChild).toBe(text);
    expect(gui.querySelector('.override-marker [aria-hidden="true"]')?.textContent).toBe('✎');

    const marker = gui.querySelector('.override-marker');
    cell.refresh(params(88.5, true));
    expect(gui.textContent).toBe('88.5✎ (override)');
    expect(gui.querySelector('.override-marker')).toBe(marker);

    cell.refresh(params(88.5, false));
    expect(gui.textContent).toBe('88.5');
    expect(gui.querySelector('.override-marker')).toBeNull();

    cell.refresh(params(null, false));
    expect(gui.textContent).toBe('—');
    expect(gui.className).toBe('cell-missing');
    expect(gui.firstChild).toBe(text);
  });

  it('a refresh that shows the same changes no node', () => {
    const cell = new ValueCell();
    cell.init(params(11.5, true));
    const gui = cell.getGui();
    document.body.append(gui);
    const observer = new MutationObserver(() => {});
    observer.observe(gui, { subtree: true, childList: true, characterData: true, attributes: true });
    cell.refresh(params(11.5, true));
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
