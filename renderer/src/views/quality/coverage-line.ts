import type { Coverage } from '../../../../shared/evaluation/coverage';

/** What the line under the Data grid names: every model when they are few, else the least covered. */
export interface CoverageLine<A> {
  /** Models with a value on every criterion (null: the line names every model instead). */
  complete: number | null;
  /** The models named, each with its count: all of them (scenario order) or the least covered (fewest first). */
  listed: A[];
  /** Models with a gap that are not named (they are in the Data quality panel's table). */
  rest: number;
}

/**
 * Up to `limit` models the line names every one, in the scenario's order. Beyond that a list of a thousand names is
 * no summary: it counts the complete models and names the `limit` with the smallest share of criteria with a value
 * (the scenario's order among equal shares), so those below the coverage rule come first.
 */
export function coverageLine<A extends { coverage: Coverage }>(
  alternatives: readonly A[],
  limit = 12,
): CoverageLine<A> {
  if (alternatives.length <= limit) return { complete: null, listed: [...alternatives], rest: 0 };
  const gaps = alternatives
    .map((a, order) => ({ a, order }))
    .filter(({ a }) => a.coverage.present < a.coverage.total)
    .sort((x, y) => x.a.coverage.share - y.a.coverage.share || x.order - y.order)
    .map(({ a }) => a);
  return {
    complete: alternatives.length - gaps.length,
    listed: gaps.slice(0, limit),
    rest: Math.max(0, gaps.length - limit),
  };
}
