import { z } from 'zod';
import type { Direction } from '../../shared/domain/dataset';

/** "benefit" / "cost" as the CLI documents them; the domain's "higher" / "lower" are accepted too. */
export const DirectionInputSchema = z.enum(['benefit', 'cost', 'higher', 'lower']);
export const toDirection = (d: z.infer<typeof DirectionInputSchema>): Direction =>
  d === 'benefit' || d === 'higher' ? 'higher' : 'lower';

export const IdListSchema = z
  .array(z.string().min(1))
  .min(1)
  .refine((ids) => new Set(ids).size === ids.length, 'ids must be unique');

export const RealMatrixSchema = z.array(z.array(z.number()));

/** Checks that a matrix has `rows` rows of `cols` numbers, reporting the first bad row. */
export function checkShape(
  ctx: z.RefinementCtx,
  matrix: readonly (readonly unknown[])[],
  rows: number,
  cols: number,
  field: string,
): void {
  if (matrix.length !== rows) {
    ctx.addIssue({ code: 'custom', path: [field], message: `expected ${rows} rows, got ${matrix.length}` });
    return;
  }
  matrix.forEach((row, i) => {
    if (row.length !== cols)
      ctx.addIssue({ code: 'custom', path: [field, i], message: `expected ${cols} values, got ${row.length}` });
  });
}
