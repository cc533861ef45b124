import { EngineError } from './errors';
import { powerOfTwoScale } from './normalize';

/**
 * Non-negative weights normalized to sum 1: w_j / Σw, the sum taken over weights scaled by a power of two near
 * the largest (exact), so [1e308, 1e308] gives [0.5, 0.5]. All weights 0 is a typed error (`invalid-weights`):
 * there is nothing to rank by, and no weights are made up.
 */
export function normalizeWeights(raw: readonly number[], path: (string | number)[] = ['weights']): number[] {
  const largest = raw.reduce((a, b) => Math.max(a, b), 0);
  if (!(largest > 0))
    throw new EngineError('invalid-weights', 'all weights are 0: give at least one criterion a positive weight', path);
  const s = powerOfTwoScale(largest);
  const total = raw.reduce((a, b) => a + b * s, 0);
  return raw.map((w) => (w * s) / total);
}

/** Direct weights as the analyst gives them: finite, non-negative, not all zero; returned summing to 1. */
export function directWeights(raw: readonly number[], path: (string | number)[] = ['weights']): number[] {
  raw.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0)
      throw new EngineError('invalid-weights', `weight ${i} must be a finite non-negative number`, [...path, i]);
  });
  return normalizeWeights(raw, path);
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

interface HierarchyNode {
  weight: number;
  /** Group id, or null for a criterion directly under the goal. */
  group: string | null;
}

/**
 * Hierarchical weights: global w = (group weight) × (local weight within the group), both levels
 * normalized to sum 1 (normalizeWeights). Criteria without a known group sit directly under the goal beside
 * the groups, carrying their own weight at the top level; a group whose criteria all weigh 0 shares its weight
 * equally among them. All top-level weights 0 is a typed error.
 */
export function hierarchicalWeights(
  criteria: readonly HierarchyNode[],
  groups: readonly { id: string; weight: number }[],
): number[] {
  const known = new Map(groups.map((g) => [g.id, g.weight]));
  const inGroup = (c: HierarchyNode) => c.group !== null && known.has(c.group);
  const used = [...new Set(criteria.filter(inGroup).map((c) => c.group as string))];
  const loose = criteria.filter((c) => !inGroup(c));
  const top = normalizeWeights([...used.map((id) => known.get(id) as number), ...loose.map((c) => c.weight)]);
  const share = new Map(used.map((id, k) => [id, top[k]]));
  const local = new Map<string, number[]>();
  for (const id of used) {
    const ws = criteria.filter((c) => c.group === id).map((c) => c.weight);
    local.set(id, ws.some((w) => w > 0) ? normalizeWeights(ws) : ws.map(() => 1 / ws.length));
  }
  const next = new Map(used.map((id) => [id, 0]));
  let looseIndex = used.length;
  return criteria.map((c) => {
    if (!inGroup(c)) return top[looseIndex++];
    const k = next.get(c.group!)!;
    next.set(c.group!, k + 1);
    return share.get(c.group!)! * local.get(c.group!)![k];
  });
}
