import { describe, expect, it } from 'vitest';
import { createCellRows, createTypedBudget } from '../../../shared/dataset/cell-rows';

describe('cell rows (the duplicate check of an import)', () => {
  it('keeps every entry as a group grows from a Map into a typed array, and past the typed range', () => {
    const budget = createTypedBudget();
    const rows = createCellRows(budget);
    const cells = Array.from({ length: 10_000 }, (_, i) => i * 37);
    cells.forEach((c, i) => rows.set(c, i % 2 ? i + 1 : -(i + 1))); // dataset rows are stored negative
    rows.set(1 << 26, 5);
    cells.forEach((c, i) => expect(rows.get(c)).toBe(i % 2 ? i + 1 : -(i + 1)));
    expect(rows.get(1)).toBeUndefined();
    expect(rows.get(1 << 26)).toBe(5);
    expect(budget.left).toBe(7);
  });

  it('leaves groups in Maps once the typed budget is spent', () => {
    const budget = { left: 0 };
    const rows = createCellRows(budget);
    for (let c = 0; c < 5000; c++) rows.set(c, c + 1);
    expect(rows.get(4999)).toBe(5000);
    expect(budget.left).toBe(0);
  });
});
