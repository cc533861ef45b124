import type { Direction } from '../domain/dataset';

/**
 * Min-max normalization, direction-aware, output in [0, 1] with 1 = best:
 * higher-is-better (x − min)/(max − min); lower-is-better (max − x)/(max − min); a constant column gives 1.
 * Missing values (null) stay null. Ref.: Hwang & Yoon (1981), Multiple Attribute Decision Making.
 */
export function minmax(column: readonly (number | null)[], direction: Direction): (number | null)[] {
  const present = column.filter((v): v is number => v !== null);
  if (present.length === 0) return column.map(() => null);
  let min = Infinity;
  let max = -Infinity;
  for (const v of present) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  return column.map((v) => {
    if (v === null) return null;
    if (span === 0) return 1;
    return direction === 'higher' ? (v - min) / span : (max - v) / span;
  });
}
