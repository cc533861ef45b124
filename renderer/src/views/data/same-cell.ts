import type { ResolvedCell } from '../../../../shared/dataset/resolve';
import type { MatrixCell } from '../../../../shared/evaluation/evaluate';

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const sameWhy = (a: ResolvedCell['why'], b: ResolvedCell['why']) =>
  (Object.keys(a) as (keyof ResolvedCell['why'])[]).every((k) => a[k] === b[k]);

/**
 * True when two readings of a cell show the same thing: its value, the dataset's value, where it comes from and
 * how the observation policy chose (the same observation objects, the same ones used, the same reason). Each
 * evaluation builds its cells anew, so after an edit elsewhere the selected cell is another object that shows the
 * same; the side panel compares with this instead of by identity.
 */
export function sameShownCell(a: MatrixCell | undefined, b: MatrixCell | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const [ra, rb] = [a.resolved, b.resolved];
  return (
    a.value === b.value &&
    a.datasetValue === b.datasetValue &&
    a.origin === b.origin &&
    ra.value === rb.value &&
    ra.reason === rb.reason &&
    sameWhy(ra.why, rb.why) &&
    sameList(ra.observationIds, rb.observationIds) &&
    sameList(ra.candidates, rb.candidates)
  );
}
