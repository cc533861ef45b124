import i18next from 'i18next';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { createI18n } from '../../../renderer/src/i18n';
import { evaluate } from '../../../renderer/src/state/evaluation';
import { useScenarioStore } from '../../../renderer/src/state/scenario-store';
import { pasteBlock, type PasteOutcome } from '../../../renderer/src/views/data/paste-block';
import { createRealApi, resetStores, type RealApi } from '../real-api';

let real: RealApi;
let shipped: Scenario;
const t = createI18n('en').t as typeof i18next.t;
const store = () => useScenarioStore.getState();
const history = () => useScenarioStore.temporal.getState();

beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  shipped = await resetStores(real.api);
});

/** The grid's rows (candidates) and columns (criteria) of the shipped scenario, as the Data view shows them. */
function grid(scenario: Scenario = shipped) {
  const model = (id: string) => scenario.dataset.models.find((m) => m.id === id)!;
  const benchmark = (id: string) => scenario.dataset.benchmarks.find((b) => b.id === id)!;
  return {
    rows: scenario.alternatives.map((id) => ({ id, name: model(id).name })),
    columns: scenario.criteria.map((c) => {
      const { id, name, scale } = benchmark(c.benchmark);
      return { id, name, scale };
    }),
  };
}

const paste = (text: string, start = { row: 0, col: 0 }, tr = t): PasteOutcome => {
  const { rows, columns } = grid();
  return pasteBlock(text, start, rows, columns, tr);
};

function cellsOf(outcome: PasteOutcome) {
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  return outcome.cells;
}

function problemsOf(outcome: PasteOutcome) {
  if (outcome.ok) throw new Error(`expected problems, got ${outcome.cells.length} cells`);
  return outcome.problems;
}

describe('pasting a block copied from a spreadsheet', () => {
  it('maps block cell (i, j) to the model and benchmark below and right of the start cell', () => {
    const { rows, columns } = grid();
    const cells = cellsOf(paste('61.5\t70\n42\t33.25', { row: 1, col: 2 }));
    expect(cells).toEqual([
      { model: rows[1].id, benchmark: columns[2].id, value: 61.5 },
      { model: rows[1].id, benchmark: columns[3].id, value: 70 },
      { model: rows[2].id, benchmark: columns[2].id, value: 42 },
      { model: rows[2].id, benchmark: columns[3].id, value: 33.25 },
    ]);
  });

  it('reads CRLF line ends and ignores the line break after the last row', () => {
    const plain = cellsOf(paste('1\t2\n3\t4'));
    expect(cellsOf(paste('1\t2\n3\t4\n'))).toEqual(plain);
    expect(cellsOf(paste('1\t2\r\n3\t4\r\n'))).toEqual(plain);
    expect(plain.map((c) => c.value)).toEqual([1, 2, 3, 4]);
  });

  it('skips empty cells (they stay as they are) but keeps the positions of the cells after them', () => {
    const { rows, columns } = grid();
    const cells = cellsOf(paste('10\t\t30\n\t\t\n50\t\t'));
    expect(cells).toEqual([
      { model: rows[0].id, benchmark: columns[0].id, value: 10 },
      { model: rows[0].id, benchmark: columns[2].id, value: 30 },
      { model: rows[2].id, benchmark: columns[0].id, value: 50 },
    ]);
  });

  it('reads decimal commas, a percent sign and quoted cells as Excel writes them', () => {
    const values = cellsOf(paste('"55,5"\t45 %\t"80"\n12,75\t"0.5"\t7')).map((c) => c.value);
    expect(values).toEqual([55.5, 45, 80, 12.75, 0.5, 7]);
  });

  it('keeps a quoted cell with a tab or a line break inside as one cell, and names it when it is not a number', () => {
    const { rows, columns } = grid();
    const problems = problemsOf(paste('"12\n3"\t4\n5\t"6\t7"'));
    expect(problems.map((p) => [p.row, p.column, p.model, p.benchmark])).toEqual([
      [1, 1, rows[0].name, columns[0].name],
      [2, 2, rows[1].name, columns[1].name],
    ]);
    expect(problems[1].message).toBe(
      `Pasted row 2, column 2 (${rows[1].name} × ${columns[1].name}): “6\t7” is not a number.`,
    );
  });

  it('refuses the whole block for one bad cell, naming its block position, model and benchmark', () => {
    const { rows, columns } = grid();
    const outcome = paste('70\t71\n72\tn/a\n74\t75', { row: 1, col: 3 });
    expect(outcome).not.toHaveProperty('cells');
    const problems = problemsOf(outcome);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      row: 2,
      column: 2,
      model: rows[2].name,
      benchmark: columns[4].name,
      text: 'n/a',
    });
    expect(problems[0].message).toContain('row 2, column 2');
    expect(problems[0].message).toContain(rows[2].name);
    expect(problems[0].message).toContain(columns[4].name);
  });

  it("refuses a value outside the benchmark's scale", () => {
    const { columns } = grid();
    const scaled = columns.findIndex((c) => c.scale !== null);
    const { max } = columns[scaled].scale!;
    const [problem] = problemsOf(paste(String(max + 1), { row: 0, col: scaled }));
    expect(problem.message).toContain(`${max + 1}`);
    expect(problem.message).toContain(columns[scaled].name);
    expect(cellsOf(paste(String(max), { row: 0, col: scaled }))[0].value).toBe(max);
  });

  it('refuses a block that runs past the last model or the last benchmark', () => {
    const { rows, columns } = grid();
    const below = problemsOf(paste('1\n2\n3', { row: rows.length - 2, col: 0 }));
    expect(below).toEqual([expect.objectContaining({ row: 3, column: 1, model: null, benchmark: null, text: '3' })]);
    expect(below[0].message).toContain('below the last model');

    const right = problemsOf(paste('1\t2\t3', { row: 0, col: columns.length - 1 }));
    expect(right.map((p) => [p.row, p.column, p.model, p.benchmark])).toEqual([
      [1, 2, rows[0].name, null],
      [1, 3, rows[0].name, null],
    ]);
    expect(right[0].message).toContain('right of the last benchmark');
  });

  it('writes its messages in Korean when the language is Korean', () => {
    const ko = createI18n('ko').t as typeof i18next.t;
    const [problem] = problemsOf(paste('abc', { row: 0, col: 0 }, ko));
    expect(problem.message).toContain('붙여넣은 1행 1열');
    expect(problem.message).toContain('숫자가 아닙니다');
  });
});

describe('applying a pasted block', () => {
  it('sets every pasted value as an override in one undo step, and undo restores the values before', () => {
    const { rows, columns } = grid();
    store().setOverride(rows[0].id, columns[0].id, 1, 'earlier');
    const before = store().scenario!;
    const pastBefore = history().pastStates.length;

    store().setOverrides(cellsOf(paste('11\t12\n13\t14')));
    expect(history().pastStates).toHaveLength(pastBefore + 1);
    const result = evaluate(store().scenario!);
    if (!result.ok) throw new Error(result.message);
    const shown = rows.slice(0, 2).map((r) => {
      const alternative = result.evaluation.alternatives.find((a) => a.model === r.id)!;
      return columns.slice(0, 2).map((c) => [alternative.cells[c.id].value, alternative.cells[c.id].origin]);
    });
    expect(shown).toEqual([
      [
        [11, 'override'],
        [12, 'override'],
      ],
      [
        [13, 'override'],
        [14, 'override'],
      ],
    ]);
    expect(store().scenario!.overrides).toHaveLength(4);

    history().undo();
    expect(store().scenario).toBe(before);
    expect(store().scenario!.overrides).toEqual([
      { model: rows[0].id, benchmark: columns[0].id, value: 1, note: 'earlier' },
    ]);
  });

  it('makes no undo step for an empty block', () => {
    const pastBefore = history().pastStates.length;
    store().setOverrides(cellsOf(paste('\t\n')));
    expect(history().pastStates).toHaveLength(pastBefore);
  });
});
