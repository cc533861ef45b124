import { EngineError } from './errors';

/** Direct weights normalized to sum 1; all-zero weights give equal weights (never NaN). */
export function normalizeWeights(raw: readonly number[]): number[] {
  const total = raw.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return raw.map(() => (raw.length ? 1 / raw.length : 0));
  return raw.map((w) => w / total);
}

/** Direct weights as the analyst gives them: finite, non-negative, not all zero; returned summing to 1. */
export function directWeights(raw: readonly number[], path: (string | number)[] = ['weights']): number[] {
  raw.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0)
      throw new EngineError('invalid-weights', `weight ${i} must be a finite non-negative number`, [...path, i]);
  });
  if (!raw.some((w) => w > 0)) throw new EngineError('invalid-weights', 'at least one weight must be positive', path);
  return normalizeWeights(raw);
}

/**
 * Points allocation (Bottomley & Doyle 2001): the analyst distributes a budget of points over the criteria;
 * w_j = points_j / budget. When a budget is given the points must use it exactly.
 */
export function pointsWeights(points: readonly number[], budget?: number): number[] {
  const total = points.reduce((a, b) => a + b, 0);
  if (budget !== undefined && Math.abs(total - budget) > 1e-9 * Math.max(1, budget))
    throw new EngineError('invalid-weights', `the points add up to ${total}, not to the budget of ${budget}`, [
      'points',
    ]);
  return directWeights(points, ['points']);
}

const assertCount = (n: number) => {
  if (!Number.isInteger(n) || n < 1) throw new EngineError('invalid-parameter', 'n must be a positive integer', ['n']);
};

/** Rank-order centroid (Barron & Barrett 1996): w_k = (1/n) Σ_{i=k}^{n} 1/i for the criterion ranked k. */
export function rocWeights(n: number): number[] {
  assertCount(n);
  const w = new Array<number>(n);
  let tail = 0;
  for (let k = n; k >= 1; k--) {
    tail += 1 / k;
    w[k - 1] = tail / n;
  }
  return w;
}

/** Rank-sum (Stillwell, Seaver & Edwards 1981): w_k = 2(n + 1 − k) / (n(n + 1)). */
export function rankSumWeights(n: number): number[] {
  assertCount(n);
  return Array.from({ length: n }, (_, i) => (2 * (n - i)) / (n * (n + 1)));
}

export interface HierarchyNode {
  weight: number;
  /** Group id, or null for a criterion directly under the goal. */
  group: string | null;
}

/**
 * Hierarchical weights: global w = (group weight) × (local weight within the group), both levels
 * normalized to sum 1. Criteria without a known group sit directly under the goal beside the groups,
 * carrying their own weight at the top level.
 */
export function hierarchicalWeights(
  criteria: readonly HierarchyNode[],
  groups: readonly { id: string; weight: number }[],
): number[] {
  const known = new Map(groups.map((g) => [g.id, g.weight]));
  const inGroup = (c: HierarchyNode) => c.group !== null && known.has(c.group);
  const used = new Set(criteria.filter(inGroup).map((c) => c.group as string));
  const topLevel = [
    ...[...used].map((id) => known.get(id) as number),
    ...criteria.filter((c) => !inGroup(c)).map((c) => c.weight),
  ];
  const topTotal = topLevel.reduce((a, b) => a + b, 0);
  const localTotal = new Map<string, number>();
  for (const c of criteria) if (inGroup(c)) localTotal.set(c.group!, (localTotal.get(c.group!) ?? 0) + c.weight);
  if (!(topTotal > 0)) return normalizeWeights(criteria.map(() => 0));
  return criteria.map((c) => {
    if (!inGroup(c)) return c.weight / topTotal;
    const groupShare = (known.get(c.group!) as number) / topTotal;
    const local = localTotal.get(c.group!) as number;
    const members = criteria.filter((d) => d.group === c.group).length;
    return groupShare * (local > 0 ? c.weight / local : 1 / members);
  });
}
