/** At most this many groups get a typed array; the others stay in Maps. */
const TYPED_GROUPS = 8;
/** A group moves from its Map to a typed array once it holds this many cells (a large import's group). */
const TYPED_FROM = 4096;
/** Cell numbers above this stay in a Map (a typed array would be too large). */
const TYPED_MAX_CELL = 1 << 25;

/** How many more groups may take a typed array; shared by the groups of one import. */
export const createTypedBudget = () => ({ left: TYPED_GROUPS });

/**
 * Which row first had each cell (model index × benchmark count + benchmark index) within one group of
 * observations (0 is never a row). A group starts as a Map; once it is large it moves to a growable Int32Array
 * (4 bytes a cell, no per-entry objects), which keeps the duplicate check of a 2,000,000-row import fast and
 * small. The budget caps the typed arrays, so a file of many small setting × source groups stays in Maps.
 */
export function createCellRows(budget: { left: number }): {
  get(cell: number): number | undefined;
  set(cell: number, row: number): void;
} {
  let map: Map<number, number> | null = new Map();
  let rows = new Int32Array(0);
  const overflow = new Map<number, number>();
  const setTyped = (cell: number, row: number) => {
    if (cell >= TYPED_MAX_CELL) {
      overflow.set(cell, row);
      return;
    }
    if (cell >= rows.length) {
      let size = Math.max(rows.length, 1024);
      while (size <= cell) size *= 2;
      const grown = new Int32Array(size);
      grown.set(rows);
      rows = grown;
    }
    rows[cell] = row;
  };
  return {
    get(cell) {
      if (map) return map.get(cell);
      if (cell >= TYPED_MAX_CELL) return overflow.get(cell);
      const row = cell < rows.length ? rows[cell] : 0;
      return row === 0 ? undefined : row;
    },
    set(cell, row) {
      if (!map) return setTyped(cell, row);
      map.set(cell, row);
      if (map.size < TYPED_FROM || budget.left === 0) return;
      budget.left--;
      for (const [c, r] of map) setTyped(c, r);
      map = null;
    },
  };
}
