import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { blockBetween, toTsv } from '../../../renderer/src/views/data/grid-block';
import { pasteBlock } from '../../../renderer/src/views/data/paste-block';
import { createI18n } from '../../../renderer/src/i18n';

describe('copying a block', () => {
  it('spans the rectangle between anchor and focus; a model-column end takes whole rows', () => {
    const columns = ['a', 'b', 'c', 'd'];
    expect(blockBetween({ row: 3, col: 'c' }, { row: 1, col: 'b' }, columns)).toEqual({ rows: [1, 3], cols: [1, 2] });
    expect(blockBetween({ row: 2, col: 'model' }, { row: 4, col: 'model' }, columns)).toEqual({
      rows: [2, 4],
      cols: [0, 3],
    });
    expect(blockBetween({ row: 0, col: 'gone' }, { row: 0, col: 'a' }, columns)).toBeNull();
  });

  it('writes TSV as Excel does (tabs, CRLF, quotes doubled inside a quoted cell) and reads back as it was', () => {
    const table = [
      ['Model', 'τ²-Bench "Telecom"', 'Two\nlines'],
      ['K-EXAONE', '73.5', ''],
    ];
    const text = toTsv(table);
    expect(text).toBe('Model\t"τ²-Bench ""Telecom"""\t"Two\nlines"\r\nK-EXAONE\t73.5\t\r\n');
    expect(Papa.parse(text.slice(0, -2), { delimiter: '\t' }).data).toEqual(table);
  });

  it("pastes back into the grid as the same numbers (the grid's paste reads the copied values)", () => {
    const text = toTsv([['71', '', '5.9']]);
    const outcome = pasteBlock(
      text,
      { row: 0, col: 0 },
      [{ id: 'm', name: 'M' }],
      ['a', 'b', 'c'].map((id) => ({ id, name: id })),
      createI18n('en').t,
    );
    expect(outcome).toEqual({
      ok: true,
      cells: [
        { model: 'm', benchmark: 'a', value: 71 },
        { model: 'm', benchmark: 'c', value: 5.9 },
      ],
    });
  });
});
