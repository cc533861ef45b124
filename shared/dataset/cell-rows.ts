/** Typed arrays are used for the first few setting × source groups; further groups fall back to a Map. */
const TYPED_GROUPS = 8;
/** Cell numbers above this go to a Map too (a typed array would be too large). */
const TYPED_MAX_CELL = 1 << 25;

/**
 * Which row first had each cell (model index × benchmark count + benchmark index) within one group of
 * observations. A growable Int32Array (0 = none) costs 4 bytes a cell and no per-entry objects, which
 * keeps the duplicate check of a 2,000,000-row import fast and small; Maps serve the rare many-group input.
 */
export function createCellRows(groupsSoFar: number): {
  get(cell: number): number | undefined;
  set(cell: number, row: number): void;
} {
  if (groupsSoFar >= TYPED_GROUPS) {
    const map = new Map<number, number>();
    return { get: (cell) => map.get(cell), set: (cell, row) => void map.set(cell, row) };
  }
  let rows = new Int32Array(1024);
  const overflow = new Map<number, number>();
  return {
    get(cell) {
      if (cell >= TYPED_MAX_CELL) return overflow.get(cell);
      const row = cell < rows.length ? rows[cell] : 0;
      return row === 0 ? undefined : row;
    },
    set(cell, row) {
      if (cell >= TYPED_MAX_CELL) {
        overflow.set(cell, row);
        return;
      }
      if (cell >= rows.length) {
        let size = rows.length;
        while (size <= cell) size *= 2;
        const grown = new Int32Array(size);
        grown.set(rows);
        rows = grown;
      }
      rows[cell] = row;
    },
  };
}
