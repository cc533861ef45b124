import type { EvaluatedAlternative, Evaluation } from '../../../../shared/evaluation/evaluate';

/**
 * How much of a large scenario the Results view and the report list (10,000 candidates would be 10,000 table rows,
 * a chart 340,000 px tall, 2,000,000 breakdown cells); every value stays in Export data → decision matrix.
 */
export const SHOWN = { ranking: 500, chart: 50, contributions: 50 } as const;
/**
 * The robustness analyses (stability intervals, rank acceptability) run up to this many candidates: both grow
 * with the square of their number.
 */
export const ANALYSED_MAX = 500;

const order = new WeakMap<Evaluation, EvaluatedAlternative[]>();
/** The default locale's collation, as `a.localeCompare(b)` compares, made once (localeCompare makes it per call). */
const byName = new Intl.Collator().compare;

/**
 * The alternatives best first (competition ranks; a tie by name), at most `limit` of them (a new array). Sorted once
 * per evaluation: the table and the chart beside it read the same order.
 */
export function ranked(evaluation: Evaluation, limit = Infinity): EvaluatedAlternative[] {
  let sorted = order.get(evaluation);
  if (!sorted) {
    sorted = [...evaluation.alternatives].sort((a, b) => a.rank - b.rank || byName(a.name, b.name));
    order.set(evaluation, sorted);
  }
  return sorted.slice(0, limit);
}
