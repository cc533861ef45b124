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

/** The alternatives best first (competition ranks; a tie by name), at most `limit` of them. */
export const ranked = (evaluation: Evaluation, limit = Infinity): EvaluatedAlternative[] =>
  [...evaluation.alternatives].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name)).slice(0, limit);
